"""Template helpers for the public site: languages, date ranges, hreflang, JSON-LD, pagination."""

from __future__ import annotations

import datetime as dt
import json

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def language_label(code: str | None) -> str:
    """The article language's name in the reader's language ('vi' -> 'Tiếng Việt' / 'Vietnamese')."""
    from archive.models import Language

    try:
        return str(Language(code).label)
    except ValueError:
        return code or ""


@register.filter
def series_label(slug: str, series_by_slug: dict | None) -> str:
    """A series facet value (slug) as its acronym, when the page passed a slug -> series map."""
    series = (series_by_slug or {}).get(slug)
    return series.acronym if series else slug


@register.simple_tag
def daterange(start: dt.date | None, end: dt.date | None = None) -> str:
    """'19 Nov 2020', '19 – 20 Nov 2020'-style ranges, localised; 'date not recorded' when unknown."""
    if not start:
        return _("date not recorded")
    if not end or end == start:
        return date_format(start, "DATE_FORMAT")
    return f"{date_format(start, 'DATE_FORMAT')} – {date_format(end, 'DATE_FORMAT')}"


@register.simple_tag(takes_context=True)
def alternate_urls(context) -> list[dict]:
    """The current page in every interface language (for hreflang and the language switcher)."""
    request = context.get("request")
    if request is None:
        return []
    path = request.get_full_path()
    return [
        {"code": code, "name": name, "url": request.build_absolute_uri(translate_url(path, code))}
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag(takes_context=True)
def switcher_next(context) -> str:
    """The current page in the default language, as `next` for Django's set_language view.

    set_language runs under /i18n/ (default language active), where it can only translate
    unprefixed paths: '/th/timeline/' would come back unchanged, '/timeline/' becomes '/vi/timeline/'.
    """
    request = context.get("request")
    if request is None:
        return "/"
    return translate_url(request.get_full_path(), settings.LANGUAGE_CODE)


@register.filter
def ld_json(data) -> SafeString:
    """A schema.org JSON-LD script; '<', '>' and '&' escaped so text can never close the tag."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag
def page_window(current: int, total: int, around: int = 2) -> list[int | None]:
    """Page numbers to show: first, last and a window around the current one; None marks a gap."""
    pages: list[int | None] = []
    for n in range(1, total + 1):
        if n in (1, total) or abs(n - current) <= around:
            pages.append(n)
        elif pages and pages[-1] is not None:
            pages.append(None)
    return pages


@register.filter
def month_name(number) -> str:
    from django.utils.dates import MONTHS

    return str(MONTHS.get(number, number))


@register.filter
def get_item(mapping, key):
    return (mapping or {}).get(key)
