"""Read-side queries for the public pages: each returns what one page section needs in a
bounded number of queries. Everything about articles starts from `Article.objects.published()`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count, Max, Min, QuerySet
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils.translation import gettext_lazy as _

from archive import analysis
from archive.models import (
    Article,
    Meeting,
    MeetingRelation,
    MeetingSeries,
    Participation,
    Person,
    SearchQueryStat,
)
from archive.web.forms import BrowseForm
from archive.web.freshness import content_version

# How a relation reads from the other side: AMEM 38 is "prepared by" SOME 38.
INVERSE_KIND = {
    MeetingRelation.Kind.PREPARES: _("prepared by"),
    MeetingRelation.Kind.ALONGSIDE: _("held alongside"),
    MeetingRelation.Kind.FOLLOWS_UP: _("followed up by"),
}


def listing() -> QuerySet[Article]:
    """Published articles, ready for article cards."""
    return Article.objects.published().for_listing()


def meetings_for_cards() -> QuerySet[Meeting]:
    """Meetings with their published article counts, in the default order (newest first, undated last)."""
    return Meeting.objects.select_related("series").with_counts()


# --- Articles ---------------------------------------------------------------------------


@dataclass
class BrowseFilters:
    year: int | None = None
    month: int | None = None
    language: str | None = None
    source: str | None = None
    series: str | None = None
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_querydict(cls, data) -> BrowseFilters:
        """The request's filters (archive/web/forms.py); those that cannot be used are named in `errors`."""
        form = BrowseForm(data)
        values = form.values()
        return cls(
            year=values["year"],
            month=values["month"],
            language=values["lang"],
            source=values["source"],
            series=values["series"],
            errors=list(form.errors),
        )

    def apply(self, qs: QuerySet[Article]) -> QuerySet[Article]:
        if self.year:
            qs = qs.filter(published__year=self.year)
        if self.month:
            qs = qs.filter(published__month=self.month)
        if self.language:
            qs = qs.filter(language=self.language)
        if self.source:
            qs = qs.filter(source_name=self.source)
        if self.series:
            qs = qs.filter(meetings__series__slug=self.series).distinct()
        return qs


def browse_facets(filters: BrowseFilters) -> dict[str, list[tuple]]:
    """Counts for the browse page's filter lists, each computed under the other filters;
    kept in the shared cache until the content changes (counting 37k articles by language
    and by source took 140 ms of every list page)."""
    wanted = (filters.year, filters.month, filters.language, filters.source, filters.series)
    key = f"browse-facets:{content_version()}:{hashlib.sha256(repr(wanted).encode()).hexdigest()[:32]}"
    return cache.get_or_set(key, lambda: _count_facets(filters))


def warm_up_lists() -> None:
    """The article lists' facet counts, unfiltered and per language, into the shared cache.
    The gunicorn master calls this before forking: otherwise every worker's first list
    page counts them at the same time (2 s at 75k articles on SQLite, under load)."""
    for language in (None, *analysis.LANGUAGES):
        browse_facets(BrowseFilters(language=language))


def _count_facets(filters: BrowseFilters) -> dict[str, list[tuple]]:
    base = Article.objects.published()

    def without(name: str) -> QuerySet[Article]:
        other = BrowseFilters(**{**filters.__dict__, name: None, "errors": []})
        if name == "year":
            other.month = None
        return other.apply(base)

    years = (
        without("year")
        .exclude(published=None)
        .annotate(y=ExtractYear("published"))
        .values_list("y")
        .annotate(n=Count("id", distinct=True))
        .order_by("-y")
    )
    months = []
    if filters.year:
        months = (
            without("month")
            .exclude(published=None)
            .annotate(m=ExtractMonth("published"))
            .values_list("m")
            .annotate(n=Count("id", distinct=True))
            .order_by("m")
        )
    languages = without("language").values_list("language").annotate(n=Count("id", distinct=True)).order_by("-n")
    sources = (
        without("source")
        .exclude(source_name="")
        .values_list("source_name")
        .annotate(n=Count("id", distinct=True))
        .order_by("-n", "source_name")[:30]
    )
    series_counts = dict(
        without("series")
        .filter(meetings__series__isnull=False)
        .values_list("meetings__series__slug")
        .annotate(n=Count("id", distinct=True))
    )
    series = [(s, series_counts[s.slug]) for s in MeetingSeries.objects.filter(slug__in=series_counts)]
    return {
        "year": list(years),
        "month": list(months),
        "language": list(languages),
        "source": list(sources),
        "series": series,
    }


# --- Meetings ---------------------------------------------------------------------------


@dataclass
class Relation:
    label: str
    meeting: Meeting


def meeting_relations(meeting: Meeting) -> list[Relation]:
    """Both directions of MeetingRelation, phrased from this meeting's point of view."""
    out = MeetingRelation.objects.filter(source=meeting).select_related("target__series")
    into = MeetingRelation.objects.filter(target=meeting).select_related("source__series")
    relations = [Relation(r.get_kind_display(), r.target) for r in out]
    relations += [Relation(str(INVERSE_KIND.get(r.kind, r.get_kind_display())), r.source) for r in into]
    return relations


def participants(meeting: Meeting) -> list[Participation]:
    return list(meeting.participations.select_related("person", "organization").order_by("delegation", "person__name"))


def coverage_by_language(meeting: Meeting) -> list[tuple[str, list[Article]]]:
    """All published articles about the meeting, grouped by language (vi, th, en first)."""
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in listing().filter(meetings=meeting).newest_first():
        groups[article.language].append(article)
    order = [*analysis.LANGUAGES, *sorted(set(groups) - set(analysis.LANGUAGES))]
    return [(code, groups[code]) for code in order if groups.get(code)]


@dataclass
class TimelinePoint:
    meeting: Meeting
    x: float
    dated: bool


def timeline_points(meetings: list[Meeting], width: int = 900, pad: int = 60) -> tuple[list[TimelinePoint], list]:
    """Positions for the SVG timeline: dated meetings by date, undated ones by number after them."""
    dated = [m for m in meetings if m.start_date]
    if dated:
        lo = min(m.start_date for m in dated)
        hi = max(m.start_date for m in dated)
        lo, hi = dt.date(lo.year, 1, 1), dt.date(hi.year + 1, 1, 1)
        span = max((hi - lo).days, 1)
        scale = (width - 2 * pad) / span
        ticks = [(pad + (dt.date(y, 1, 1) - lo).days * scale, y) for y in range(lo.year, hi.year + 1)]
    else:
        ticks = []
    points = []
    n = max(len(meetings) - 1, 1)
    for i, m in enumerate(meetings):
        if dated and m.start_date:
            x = pad + (m.start_date - lo).days * scale
        else:
            x = pad + i * (width - 2 * pad) / n
        points.append(TimelinePoint(m, round(x, 1), bool(m.start_date)))
    if not dated:  # nothing to scale by: spread evenly by number
        ticks = []
    return points, [(round(x, 1), y) for x, y in ticks]


def series_meetings(series: MeetingSeries) -> list[Meeting]:
    return list(meetings_for_cards().filter(series=series).order_by("number"))


@dataclass
class Matrix:
    meetings: list[Meeting]
    rows: list[tuple[Person, list[list[str]]]]


def attendance_matrix(series: MeetingSeries, meetings: list[Meeting] | None = None) -> Matrix:
    """People × meetings of one series; each cell lists the person's roles at that meeting."""
    meetings = meetings if meetings is not None else series_meetings(series)
    column = {m.pk: i for i, m in enumerate(meetings)}
    people: dict[int, tuple[Person, list[list[str]]]] = OrderedDict()
    parts = (
        Participation.objects.filter(meeting__in=column)
        .select_related("person")
        .order_by("person__name", "meeting__number")
    )
    for p in parts:
        _person, cells = people.setdefault(p.person_id, (p.person, [[] for _ in meetings]))
        cells[column[p.meeting_id]].append(p.role)
    return Matrix(meetings, list(people.values()))


def timeline_by_year() -> list[tuple[int | None, list[Meeting]]]:
    """Every meeting grouped by year, newest year first; undated meetings last."""
    years: dict[int | None, list[Meeting]] = defaultdict(list)
    for m in meetings_for_cards().order_by("start_date", "series__acronym", "number"):
        years[m.year].append(m)
    keys = sorted((y for y in years if y is not None), reverse=True)
    if None in years:
        keys.append(None)
    return [(y, years[y]) for y in keys]


def series_overview() -> QuerySet[MeetingSeries]:
    """Every series with its meeting and article counts and its latest meeting number."""
    return (
        MeetingSeries.objects.with_counts()
        .annotate(
            latest_number=Max("meetings__number"),
            first_date=Min("meetings__start_date"),
            last_date=Max("meetings__start_date"),
        )
        .select_related("parent")
    )


# --- People -----------------------------------------------------------------------------


def person_participations(person: Person) -> list[Participation]:
    # For one person `chronological()`'s person__name tie-break is constant: date, then meeting number.
    return list(person.participations.select_related("meeting__series", "organization").chronological())


def people_overview() -> QuerySet[Person]:
    return Person.objects.select_related("organization").with_counts()


# --- Search helpers -------------------------------------------------------------------------


def series_by_slug(slugs) -> dict[str, MeetingSeries]:
    return {s.slug: s for s in MeetingSeries.objects.filter(slug__in=list(slugs))}


def folded_variant(q: str) -> str | None:
    """The query without Vietnamese tone marks, when that differs from what was typed."""
    folded = analysis.fold(q)
    return folded if folded != q else None


def suggestions(q: str, limit: int = 3) -> list[str]:
    """Did-you-mean: close matches among meeting, series and people names and queries that found results.

    Matching is on folded text, so 'amen 38' suggests 'AMEM 38' and 'hoang tien dun' 'Hoàng Tiến Dũng'.
    """
    key = analysis.fold(q).lower().strip()
    if not key:
        return []
    candidates: dict[str, str] = {}
    for m in Meeting.objects.select_related("series"):
        candidates.setdefault(analysis.fold(m.short_name).lower(), m.short_name)
    for s in MeetingSeries.objects.only("acronym"):
        candidates.setdefault(s.acronym.lower(), s.acronym)
    for name in Person.objects.values_list("name", flat=True):
        candidates.setdefault(analysis.fold(name).lower(), name)
    for query in (
        SearchQueryStat.objects.filter(last_result_count__gt=0)
        .order_by("-searches")
        .values_list("query", flat=True)[:500]
    ):
        candidates.setdefault(analysis.fold(query).lower(), query)
    candidates.pop(key, None)
    matches = difflib.get_close_matches(key, list(candidates), n=limit, cutoff=0.75)
    return [candidates[m] for m in matches]
