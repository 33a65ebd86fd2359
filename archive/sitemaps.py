"""The sitemaps: an index at /sitemap.xml pointing to sections of at most
URLS_PER_PAGE URLs each (every public page in every interface language, with hreflang
alternates and lastmod), cached until the archive's content changes."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from xml.sax.saxutils import escape

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import http_date

from archive.models import Article, Meeting, MeetingSeries, Organization, Person

URLS_PER_PAGE = 9_999  # crawlers accept 50,000; small pages render fast and stay under 10 MB


class _LanguagePairs:
    """(item, language) for a queryset, sliced lazily: a page reads only its own rows
    (Django's i18n sitemaps build every pair of every item for each page)."""

    def __init__(self, queryset, languages: list[str]):
        self.queryset, self.languages = queryset, languages

    def count(self) -> int:
        return self.queryset.count() * len(self.languages)

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice):
        n = len(self.languages)
        first, last = window.start // n, -(-window.stop // n)
        pairs = [(item, lang) for item in self.queryset[first:last] for lang in self.languages]
        return pairs[window.start - first * n : window.stop - first * n]


class ArchiveSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    limit = URLS_PER_PAGE
    model = None  # a Slugged model: its detail page is `archive:<url_name>` by slug

    def items(self):
        return self.rows(self.model.objects.all())

    @staticmethod
    def rows(queryset):
        # Named rows, not model instances: a section page reads 3,333 of them.
        return queryset.order_by("pk").values_list("slug", "updated", named=True)

    def lastmod(self, item):
        return item.updated

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated"))["latest"]

    @property
    def paginator(self):
        languages = self._languages()
        return Paginator(_LanguagePairs(self.items(), languages), self.limit)

    def location_in(self, item, language: str) -> str:
        # One reverse per language instead of one per URL: the paths differ only by slug.
        paths = self.__dict__.setdefault("_paths", {})
        if language not in paths:
            with translation.override(language):
                paths[language] = reverse(f"archive:{self.model.url_name}", kwargs={"slug": "SLUG-PLACEHOLDER"})
        return paths[language].replace("SLUG-PLACEHOLDER", item.slug)


class ArticleSitemap(ArchiveSitemap):
    changefreq = "monthly"
    priority = 0.8
    model = Article

    def items(self):
        return self.rows(Article.objects.published())


class MeetingSitemap(ArchiveSitemap):
    changefreq = "weekly"
    priority = 0.7
    model = Meeting


class SeriesSitemap(ArchiveSitemap):
    changefreq = "weekly"
    priority = 0.6
    model = MeetingSeries


class PersonSitemap(ArchiveSitemap):
    changefreq = "monthly"
    priority = 0.5
    model = Person


class OrganizationSitemap(ArchiveSitemap):
    changefreq = "monthly"
    priority = 0.4
    model = Organization


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "daily"
    priority = 0.5
    names = (
        "archive:home",
        "archive:article-list",
        "archive:meeting-list",
        "archive:series-list",
        "archive:timeline",
        "archive:person-list",
        "archive:organization-list",
    )

    def items(self):
        return list(self.names)

    def lastmod(self, item):
        return None

    def location_in(self, item: str, language: str) -> str:
        with translation.override(language):
            return reverse(item)


SITEMAPS = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "meetings": MeetingSitemap,
    "series": SeriesSitemap,
    "people": PersonSitemap,
    "organisations": OrganizationSitemap,
}


QUOTE = {'"': "&quot;"}  # locations go in double-quoted attributes too
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    ' xmlns:xhtml="http://www.w3.org/1999/xhtml">'
)


@contextmanager
def cyclic_gc_paused():
    """Python's cyclic garbage collector off for a while (reference counting still frees).

    A section builds some 100,000 short-lived objects; young collections moved the ones
    alive at that moment to the oldest generation until a full collection ran, walking
    every object the preloaded worker holds (the segmenters' models, the Thai
    dictionary): a section then took 237–429 ms instead of about 90. Nothing a section
    builds forms a cycle, so it is all freed when the response is written."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def section_view(request, section: str) -> HttpResponse:
    """One section page (`?p=N`), written directly: the same XML as Django's sitemap view
    (hreflang alternates, x-default, lastmod as a date), without a template or a
    translation switch per URL, which took seconds for a page of 9,999 URLs."""
    if section not in SITEMAPS:
        raise Http404(f"No sitemap section {section!r}")
    with cyclic_gc_paused():
        return _section(request, SITEMAPS[section]())


def _section(request, sitemap) -> HttpResponse:
    try:
        pairs = sitemap.paginator.page(request.GET.get("p", 1)).object_list
    except (EmptyPage, PageNotAnInteger) as exc:
        raise Http404(str(exc)) from exc
    base = f"{request.scheme}://{get_current_site(request).domain}"
    languages = [code for code, _name in settings.LANGUAGES]
    tail = "".join(
        f"<{tag}>{value}</{tag}>"
        for tag, value in (("changefreq", sitemap.changefreq), ("priority", sitemap.priority))
        if value
    )
    tz = timezone.get_current_timezone()
    out, latest, previous = [HEADER], None, None
    for item, language in pairs:
        if item is not previous:  # a page lists each item once per language, in a row
            previous = item
            locations = {code: escape(base + sitemap.location_in(item, code), QUOTE) for code in languages}
            locations["x-default"] = locations[settings.LANGUAGE_CODE]
            alternates = "".join(
                f'<xhtml:link rel="alternate" hreflang="{code}" href="{location}"/>'
                for code, location in locations.items()
            )
            lastmod = sitemap.lastmod(item)
            date = f"<lastmod>{lastmod.astimezone(tz):%Y-%m-%d}</lastmod>" if lastmod else ""
            latest = max(latest, lastmod) if latest and lastmod else (lastmod or latest)
        out.append(f"<url><loc>{locations[language]}</loc>{date}{tail}{alternates}</url>")
    out.append("</urlset>\n")
    headers = {"Last-Modified": http_date(latest.timestamp())} if latest else None
    return HttpResponse("".join(out), content_type="application/xml", headers=headers)


def cached(view):
    """A sitemap view answered from the shared cache until the content changes."""
    from django.core.cache import cache
    from django.http import HttpResponse

    from archive.web.freshness import content_version

    def wrapped(request, *args, **kwargs):
        key = f"sitemap:{content_version()}:{request.get_host()}:{request.get_full_path()}"
        body = cache.get(key)
        if body is None:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
            if hasattr(response, "render"):  # the index is a TemplateResponse
                response.render()
            body = response.content
            cache.set(key, body)
        return HttpResponse(body, content_type="application/xml")

    return wrapped
