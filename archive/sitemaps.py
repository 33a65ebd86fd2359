"""sitemap.xml: every public page in every interface language (with hreflang alternates)."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from archive.models import Article, Meeting, MeetingSeries, Organization, Person


class ArchiveSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class ArticleSitemap(ArchiveSitemap):
    changefreq = "monthly"
    priority = 0.8

    def items(self):
        return Article.objects.published().only("slug", "published", "updated").order_by("pk")

    def lastmod(self, item: Article):
        return item.updated


class MeetingSitemap(ArchiveSitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        return Meeting.objects.only("slug", "updated").order_by("pk")

    def lastmod(self, item: Meeting):
        return item.updated


class SeriesSitemap(ArchiveSitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return MeetingSeries.objects.only("slug", "updated").order_by("pk")

    def lastmod(self, item: MeetingSeries):
        return item.updated


class PersonSitemap(ArchiveSitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        return Person.objects.only("slug", "updated").order_by("pk")


class OrganizationSitemap(ArchiveSitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return Organization.objects.only("slug", "updated").order_by("pk")


class PageSitemap(ArchiveSitemap):
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
