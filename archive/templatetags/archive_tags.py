"""Template helpers for the public site: languages, date ranges, hreflang, JSON-LD, pagination."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language_info
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
    """The current page in every interface language: for hreflang (`url`, absolute) and the
    language switcher (`path`; `name` in the language itself). The switcher is links, not a
    form, so public pages hold no CSRF token and can be kept whole (archive/web/pages.py)."""
    request = context.get("request")
    if request is None:
        return []
    path = request.get_full_path()
    alternates = []
    for code, _english in settings.LANGUAGES:
        translated = translate_url(path, code)
        alternates.append(
            {
                "code": code,
                # NFC like all the site's text: Django's own name for Vietnamese is decomposed.
                "name": unicodedata.normalize("NFC", get_language_info(code)["name_local"]),
                "path": translated,
                "url": request.build_absolute_uri(translated),
            }
        )
    return alternates


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
