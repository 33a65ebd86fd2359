"""The archive's repeated queries, each written once and chainable.

`Article.objects.published()` is what the public sees; `with_counts()` counts only those
articles; `Meeting.objects.newest_first()` and `Participation.objects.chronological()` list
undated meetings last on SQLite and PostgreSQL alike (the databases disagree about where
NULL sorts unless told).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db import models
from django.db.models import Count, F, Prefetch, Q
from django.utils import timezone

# Newest meetings first, undated ones last; also Meeting.Meta.ordering.
NEWEST_MEETINGS = (F("start_date").desc(nulls_last=True), "series__acronym", "-number")
# Participations by their meeting's date, undated meetings last; also Participation.Meta.ordering.
CHRONOLOGICAL_PARTICIPATIONS = (F("meeting__start_date").asc(nulls_last=True), "person__name", "meeting__number")
NEWEST_ARTICLES = (F("published").desc(nulls_last=True), "-created")
# What an article card shows (lists, search results, feeds).
LISTING_FIELDS = (
    "id",
    "title",
    "slug",
    "lead",
    "language",
    "published",
    "source_name",
    "source_url",
    "byline",
    "status",
)


def published_count(path: str = "articles") -> Count:
    """How many distinct published articles `path` leads to: the one definition of that count."""
    from archive.models import Article

    return Count(path, filter=Q(**{f"{path}__status": Article.Status.PUBLISHED}), distinct=True)


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The one definition of what the public sees."""
        return self.filter(status=self.model.Status.PUBLISHED)

    def in_language(self, language: str):
        return self.filter(language=language)

    def newest_first(self):
        return self.order_by(*NEWEST_ARTICLES)

    def for_listing(self):
        """What a list of article cards needs, in a bounded number of queries."""
        from archive.models import Meeting

        return self.only(*LISTING_FIELDS).prefetch_related(
            Prefetch("meetings", queryset=Meeting.objects.select_related("series"))
        )

    def for_index(self):
        """What the search index holds (published articles) and what indexing reads."""
        return self.published().prefetch_related("meetings__series").order_by("pk")

    def for_page(self):
        """What the article page needs: its meetings in date order, people, organisations, captures.
        Not the stored analysis (10-20 kB of JSON a row): only related articles read it, and only
        when they are not cached."""
        from archive.models import Meeting, Organization

        meetings = Meeting.objects.select_related("series").order_by("start_date", "series__acronym", "number")
        return self.defer("analysis").prefetch_related(
            Prefetch("meetings", queryset=meetings),
            "people",
            Prefetch("organizations", queryset=Organization.objects.order_by("name")),
            "captures",
        )


class MeetingQuerySet(models.QuerySet):
    def with_counts(self):
        """Each meeting's `article_count`: published articles about it."""
        return self.annotate(article_count=published_count("articles"))

    def newest_first(self):
        return self.order_by(*NEWEST_MEETINGS)

    def past(self, today: dt.date | None = None):
        return self.filter(start_date__lte=today or timezone.localdate())

    def upcoming(self, today: dt.date | None = None):
        return self.filter(start_date__gt=today or timezone.localdate()).order_by("start_date")


class MeetingSeriesQuerySet(models.QuerySet):
    def with_counts(self):
        """Each series' `meeting_count` and `article_count` (published articles about its meetings)."""
        return self.annotate(
            meeting_count=Count("meetings", distinct=True), article_count=published_count("meetings__articles")
        )


class PersonQuerySet(models.QuerySet):
    def with_counts(self):
        """Each person's `meeting_count` (meetings attended) and `article_count` (published, naming them)."""
        return self.annotate(
            meeting_count=Count("participations__meeting", distinct=True), article_count=published_count("articles")
        )


class OrganizationQuerySet(models.QuerySet):
    def with_counts(self):
        """Each organisation's `people_count` and `article_count` (published, naming it)."""
        return self.annotate(people_count=Count("people", distinct=True), article_count=published_count("articles"))


class ParticipationQuerySet(models.QuerySet):
    def chronological(self):
        return self.order_by(*CHRONOLOGICAL_PARTICIPATIONS)


# The meetings, in their default order, kept per process until the content changes
# (archive/web/freshness.py): a few hundred rows that every list of article cards shows.
_MEETINGS: dict[str, tuple[dict, dict]] = {}


def attach_meetings(articles: list) -> list:
    """Give each article its meetings as `prefetch_related("meetings")` would (same
    objects, same order), from one query on the link table: Django's prefetch machinery
    cost more than the rest of a search."""
    from archive.models import Article, Meeting
    from archive.web.freshness import content_version

    version = content_version()
    entry = _MEETINGS.get(version)
    if entry is None:  # kept in a local: another thread may replace the dict's entry meanwhile
        ordered = list(Meeting.objects.select_related("series"))
        entry = ({m.pk: m for m in ordered}, {m.pk: i for i, m in enumerate(ordered)})
        _MEETINGS.clear()
        _MEETINGS[version] = entry
    by_id, place = entry
    links = defaultdict(list)
    rows = Article.meetings.through.objects.filter(article_id__in=[a.pk for a in articles])
    for article_id, meeting_id in rows.values_list("article_id", "meeting_id"):
        if meeting_id in by_id:
            links[article_id].append(by_id[meeting_id])
    for article in articles:
        meetings = article.meetings.all()
        meetings._result_cache = sorted(links[article.pk], key=lambda m: place[m.pk])
        meetings._prefetch_done = True
        article._prefetched_objects_cache = {**getattr(article, "_prefetched_objects_cache", {}), "meetings": meetings}
    return articles
