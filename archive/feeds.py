"""Atom and RSS feeds: latest articles, per meeting, series, person, language, and any search.

Each feed is one class; `atom_and_rss` makes its two flavours. Only published articles appear.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from archive.models import Article, Language, Meeting, MeetingSeries, Person
from archive.search.errors import RETRY_AFTER, SearchUnavailable, index_errors_as_unavailable
from archive.search.forms import params_from_querydict
from archive.search.service import SearchInputError, SearchParams, search

FEED_SIZE = 30


class ArticleFeed(Feed):
    feed_type = Rss201rev2Feed

    def title(self, obj=None) -> str:
        return _("Latest articles") + f" — {settings.SITE_NAME}"

    def description(self, obj=None) -> str:
        return _("News about ASEAN energy and environment meetings in Vietnamese, Thai and English.")

    def subtitle(self, obj=None) -> str:
        return self.description(obj)

    def link(self, obj=None) -> str:
        return reverse("archive:article-list")

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj=None):
        return self.articles(obj).for_listing().newest_first()[:FEED_SIZE]

    def item_title(self, item: Article) -> str:
        return item.title

    def item_description(self, item: Article) -> str:
        # RSS <description> and Atom <summary type="html"> are read as HTML: the lead is
        # plain text, so it goes out escaped and a '<svg onload=…>' in it stays text.
        return escape(Truncator(item.lead or "").words(60) or item.title)

    def item_pubdate(self, item: Article):
        return item.published or item.created

    def item_updateddate(self, item: Article):
        return item.published or item.created

    def item_author_name(self, item: Article) -> str:
        return item.byline or item.source_name

    def item_categories(self, item: Article) -> list[str]:
        return [m.short_name for m in item.meetings.all()]


class MeetingFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Meeting.objects.select_related("series"), slug=slug)

    def title(self, obj) -> str:
        return _("Articles about %(meeting)s") % {"meeting": obj.short_name} + f" — {settings.SITE_NAME}"

    def description(self, obj) -> str:
        return obj.long_name()

    def link(self, obj) -> str:
        return obj.get_absolute_url()

    def articles(self, obj):
        return Article.objects.published().filter(meetings=obj)


class SeriesFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(MeetingSeries, slug=slug)

    def title(self, obj) -> str:
        return _("Articles about %(series)s meetings") % {"series": obj.acronym} + f" — {settings.SITE_NAME}"

    def description(self, obj) -> str:
        return obj.name()

    def link(self, obj) -> str:
        return obj.get_absolute_url()

    def articles(self, obj):
        return Article.objects.published().filter(meetings__series=obj).distinct()


class PersonFeed(ArticleFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Person, slug=slug)

    def title(self, obj) -> str:
        return _("Articles mentioning %(person)s") % {"person": obj.name} + f" — {settings.SITE_NAME}"

    def description(self, obj) -> str:
        return obj.position or obj.name

    def link(self, obj) -> str:
        return obj.get_absolute_url()

    def articles(self, obj):
        return Article.objects.published().filter(people=obj)


class LanguageFeed(ArticleFeed):
    def get_object(self, request, language):
        if language not in Language.values:
            raise Http404
        return language

    def title(self, obj) -> str:
        return _("Latest articles in %(language)s") % {"language": Language(obj).label} + f" — {settings.SITE_NAME}"

    def link(self, obj) -> str:
        return reverse("archive:article-list") + f"?lang={obj}"

    def articles(self, obj):
        return Article.objects.published().filter(language=obj)


@dataclass
class FeedQuery:
    params: SearchParams
    querystring: str


class SearchFeed(ArticleFeed):
    """Follow a query: the newest articles matching it, with the same filters as the search page."""

    def __call__(self, request, *args, **kwargs):
        try:
            params_from_querydict(request.GET)
            with index_errors_as_unavailable():
                return super().__call__(request, *args, **kwargs)
        except SearchInputError as exc:
            return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")
        except SearchUnavailable:
            response = HttpResponse(
                _("Search is being rebuilt. Please try again in a few minutes."),
                status=503,
                content_type="text/plain; charset=utf-8",
            )
            response["Retry-After"] = str(RETRY_AFTER)
            return response

    def get_object(self, request):
        params = params_from_querydict(request.GET, default_page_size=FEED_SIZE)
        if not request.GET.get("sort"):
            params.sort = "newest"  # a feed is read newest first
        params.page = 1
        return FeedQuery(params, request.GET.urlencode())

    def title(self, obj) -> str:
        if obj.params.q.strip():
            return _("Search: %(query)s") % {"query": obj.params.q.strip()} + f" — {settings.SITE_NAME}"
        return _("Search results") + f" — {settings.SITE_NAME}"

    def link(self, obj) -> str:
        return reverse("archive:search") + ("?" + obj.querystring if obj.querystring else "")

    def items(self, obj):
        return [hit.article for hit in search(obj.params, record=False).hits]


def atom_and_rss(feed_class: type[ArticleFeed]) -> tuple[Feed, Feed]:
    """The RSS 2.0 and Atom 1.0 flavours of one feed."""
    atom = type(f"{feed_class.__name__}Atom", (feed_class,), {"feed_type": Atom1Feed})
    return feed_class(), atom()
