"""The archive's repeated queries, each written once and chainable.

`Article.objects.published()` is what the public sees; `with_counts()` counts only those
articles; `Meeting.objects.newest_first()` and `Participation.objects.chronological()` list
undated meetings last on SQLite and PostgreSQL alike (the databases disagree about where
NULL sorts unless told).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict

from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q
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


def _presence_flag(relation: str) -> str:
    return f"_has_{relation}"


def _relation_rows(model, relation: str) -> models.QuerySet:
    """The rows linking an outer `model` row to `relation` (a many-to-many or a reverse foreign key)."""
    field = model._meta.get_field(relation)
    if field.many_to_many:
        return field.remote_field.through.objects.filter(**{field.m2m_field_name(): OuterRef("pk")})
    return field.related_model.objects.filter(**{field.field.name: OuterRef("pk")})


def _set_empty_prefetch(instance, relation: str) -> None:
    """What prefetch_related leaves for a relation with no rows: `instance.relation.all()` is
    an empty, already evaluated queryset."""
    manager = getattr(instance, relation)
    empty = manager.model.objects.none()
    empty._result_cache, empty._prefetch_done = [], True
    # Where the related managers look (many-to-many, reverse foreign key).
    cache_name = getattr(manager, "prefetch_cache_name", None) or manager.field.remote_field.cache_name
    if not hasattr(instance, "_prefetched_objects_cache"):
        instance._prefetched_objects_cache = {}
    instance._prefetched_objects_cache[cache_name] = empty


class ArticleQuerySet(models.QuerySet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._sparse_lookups: tuple[str | Prefetch, ...] = ()

    def _clone(self):
        clone = super()._clone()
        clone._sparse_lookups = self._sparse_lookups
        return clone

    def prefetch_where_present(self, *lookups: str | Prefetch):
        """prefetch_related for relations most articles lack (of the corpora's 37,760 articles,
        5 name a meeting and none has a capture). Each row says in its own query whether it
        holds the relation (EXISTS); only rows that do are prefetched, and the rest get an
        empty list without a query. A prefetch costs about 0.5 ms of ORM work even when it
        finds nothing, which was most of an article page's loading."""
        flags = {}
        for lookup in lookups:
            name = lookup.prefetch_to if isinstance(lookup, Prefetch) else lookup
            flags[_presence_flag(name)] = Exists(_relation_rows(self.model, name))
        clone = self.annotate(**flags)
        clone._sparse_lookups = self._sparse_lookups + lookups
        return clone

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh and self._sparse_lookups:
            self._prefetch_sparse(self._result_cache)

    def _iterator(self, use_chunked_fetch, chunk_size):
        rows = super()._iterator(use_chunked_fetch, chunk_size)
        if not self._sparse_lookups or chunk_size is None:  # as Django: prefetching needs chunks
            yield from rows
            return
        while chunk := list(itertools.islice(rows, chunk_size)):
            self._prefetch_sparse(chunk)
            yield from chunk

    def _prefetch_sparse(self, results: list) -> None:
        rows = [row for row in results if isinstance(row, self.model)]  # not values()
        for lookup in self._sparse_lookups if rows else ():
            name = lookup.prefetch_to if isinstance(lookup, Prefetch) else lookup
            holding = [row for row in rows if getattr(row, _presence_flag(name))]
            if holding:
                models.prefetch_related_objects(holding, lookup)
            for row in rows:
                if not getattr(row, _presence_flag(name)):
                    _set_empty_prefetch(row, name)

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

        return self.only(*LISTING_FIELDS).prefetch_where_present(
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
        return self.defer("analysis").prefetch_where_present(
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


# The meetings, in their default order, and the ids of the articles linked to any, kept per
# process until the content changes (archive/web/freshness.py): a few hundred rows that
# every list of article cards shows, and at most one id per article.
_MEETINGS: dict[str, tuple[dict, dict, frozenset]] = {}


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
        linked = frozenset(Article.meetings.through.objects.values_list("article_id", flat=True))
        entry = ({m.pk: m for m in ordered}, {m.pk: i for i, m in enumerate(ordered)}, linked)
        _MEETINGS.clear()
        _MEETINGS[version] = entry
    by_id, place, linked = entry
    links = defaultdict(list)
    # Most articles name no meeting (5 of the corpora's 37,760): a page of them costs no query.
    holding = [a.pk for a in articles if a.pk in linked]
    if holding:
        rows = Article.meetings.through.objects.filter(article_id__in=holding)
        for article_id, meeting_id in rows.values_list("article_id", "meeting_id"):
            if meeting_id in by_id:
                links[article_id].append(by_id[meeting_id])
    for article in articles:
        meetings = article.meetings.all()
        meetings._result_cache = sorted(links[article.pk], key=lambda m: place[m.pk])
        meetings._prefetch_done = True
        article._prefetched_objects_cache = {**getattr(article, "_prefetched_objects_cache", {}), "meetings": meetings}
    return articles
