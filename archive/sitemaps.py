"""The sitemaps: an index at /sitemap.xml pointing to sections of at most
URLS_PER_PAGE URLs each (every public page in every interface language, with hreflang
alternates and lastmod), cached until the archive's content changes."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.core.paginator import Paginator
from django.db.models import Max
from django.urls import reverse
from django.utils import translation

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
        return self.model.objects.only("slug", "updated").order_by("pk")

    def lastmod(self, item):
        return item.updated

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("updated"))["latest"]

    @property
    def paginator(self):
        languages = self._languages()
        return Paginator(_LanguagePairs(self.items(), languages), self.limit)

    def location(self, item) -> str:
        # One reverse per language and page instead of one per URL: the paths differ only by slug.
        language = translation.get_language()
        cache = self.__dict__.setdefault("_paths", {})
        if language not in cache:
            cache[language] = reverse(f"archive:{self.model.url_name}", kwargs={"slug": "SLUG-PLACEHOLDER"})
        return cache[language].replace("SLUG-PLACEHOLDER", item.slug)


class ArticleSitemap(ArchiveSitemap):
    changefreq = "monthly"
    priority = 0.8
    model = Article

    def items(self):
        return Article.objects.published().only("slug", "updated").order_by("pk")


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

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {
    "pages": PageSitemap,
    "articles": ArticleSitemap,
    "meetings": MeetingSitemap,
    "series": SeriesSitemap,
    "people": PersonSitemap,
    "organisations": OrganizationSitemap,
}


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
            response.render()
            body = response.content
            cache.set(key, body)
        return HttpResponse(body, content_type="application/xml")

    return wrapped
