"""The read-only JSON API: articles, meetings, series, people, organisations.

Every article queryset starts from `Article.objects.published()`; drafts never leave the admin.
Filters are plain query parameters, validated here so a bad value is a 400, never a 500.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, F, Prefetch
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import permissions, viewsets
from rest_framework.exceptions import ValidationError
from rest_framework.settings import api_settings

from archive import validation
from archive.api import serializers as s
from archive.models import (
    Article,
    Language,
    Meeting,
    MeetingFormat,
    MeetingRelation,
    MeetingSeries,
    Organization,
    Participation,
    Person,
)


def _param(name: str, description: str, type=OpenApiTypes.STR, enum=None) -> OpenApiParameter:
    return OpenApiParameter(name, type, OpenApiParameter.QUERY, required=False, description=description, enum=enum)


def _year(request, name: str) -> int | None:
    value = request.query_params.get(name, "").strip()
    if not value:
        return None
    try:
        number = int(value)
    except ValueError:
        raise ValidationError({name: "Must be a whole number."})
    if not validation.year_ok(number):
        raise ValidationError({name: f"Must be a year in {validation.range_text()}."})
    return number


def _date(request, name: str) -> dt.date | None:
    value = request.query_params.get(name, "").strip()
    if not value:
        return None
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError({name: "Must be a date like 2020-11-17."})
    if not validation.date_ok(date):
        raise ValidationError({name: f"Must be a date in the years {validation.range_text()}."})
    return date


def _choice(request, name: str, choices) -> str | None:
    value = request.query_params.get(name, "").strip()
    if value and value not in choices:
        raise ValidationError({name: f"Must be one of: {', '.join(choices)}."})
    return value or None


class ReadOnly(viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    permission_classes = [permissions.AllowAny]  # every action is a safe method

    def get_throttles(self):
        # The current policy (archive/api/throttling.py), shared with /api/search/, /search/ and the feeds.
        return [throttle() for throttle in api_settings.DEFAULT_THROTTLE_CLASSES]


ARTICLE_FILTERS = [
    _param("lang", "Article language.", enum=Language.values),
    _param("meeting", "Meeting slug, e.g. amem-38."),
    _param("series", "Series slug, e.g. amem."),
    _param("person", "Person slug."),
    _param("organization", "Organisation slug."),
    _param("source", "Source name, exactly as shown (e.g. 'Báo Tin Tức (TTXVN)')."),
    _param("year", "Year of publication.", OpenApiTypes.INT),
    _param("from", "Published on or after this date (YYYY-MM-DD).", OpenApiTypes.DATE),
    _param("to", "Published on or before this date (YYYY-MM-DD).", OpenApiTypes.DATE),
]


@extend_schema_view(
    list=extend_schema(summary="Published articles, newest first", parameters=ARTICLE_FILTERS),
    retrieve=extend_schema(summary="One article with its body, meetings, people and organisations"),
)
class ArticleViewSet(ReadOnly):
    def get_serializer_class(self):
        return s.ArticleDetailSerializer if self.action == "retrieve" else s.ArticleSerializer

    def get_queryset(self):
        qs = Article.objects.published().newest_first()
        meetings = Prefetch("meetings", queryset=Meeting.objects.select_related("series"))
        if self.action == "retrieve":
            return qs.prefetch_related(meetings, "people", "organizations")
        qs = qs.defer("body", "analysis").prefetch_related(meetings)
        r = self.request
        if language := _choice(r, "lang", Language.values):
            qs = qs.filter(language=language)
        for param, lookup in (
            ("meeting", "meetings__slug"),
            ("series", "meetings__series__slug"),
            ("person", "people__slug"),
            ("organization", "organizations__slug"),
            ("source", "source_name"),
        ):
            if value := r.query_params.get(param, "").strip():
                qs = qs.filter(**{lookup: value})
        if (year := _year(r, "year")) is not None:
            qs = qs.filter(published__year=year)
        if date_from := _date(r, "from"):
            qs = qs.filter(published__date__gte=date_from)
        if date_to := _date(r, "to"):
            qs = qs.filter(published__date__lte=date_to)
        return qs.distinct()


@extend_schema_view(
    list=extend_schema(
        summary="Meetings, newest first, with their published article counts",
        parameters=[
            _param("series", "Series slug, e.g. amem."),
            _param("year", "Year the meeting started.", OpenApiTypes.INT),
            _param("country", "Host country (ISO 3166 alpha-2, e.g. VN)."),
            # Not `format`: DRF reserves that name for the response format (?format=json).
            _param("meeting_format", "In person, online or hybrid.", enum=MeetingFormat.values),
            _param("person", "Only meetings this person (slug) took part in."),
        ],
    ),
    retrieve=extend_schema(summary="One meeting with related meetings, participants and articles"),
)
class MeetingViewSet(ReadOnly):
    def get_serializer_class(self):
        return s.MeetingDetailSerializer if self.action == "retrieve" else s.MeetingSerializer

    def get_queryset(self):
        qs = (
            Meeting.objects.select_related("series")
            .with_article_counts()
            .order_by(F("start_date").desc(nulls_last=True), "series__acronym", "-number")
        )
        if self.action == "retrieve":
            return qs.prefetch_related(
                Prefetch("relations_out", queryset=MeetingRelation.objects.select_related("target__series")),
                Prefetch("relations_in", queryset=MeetingRelation.objects.select_related("source__series")),
                Prefetch("participations", queryset=Participation.objects.select_related("person", "organization")),
                Prefetch(
                    "articles",
                    queryset=Article.objects.published()
                    .newest_first()
                    .only("id", "slug", "title", "language", "published"),
                    to_attr="published_articles",
                ),
            )
        r = self.request
        if series := r.query_params.get("series", "").strip():
            qs = qs.filter(series__slug=series)
        if (year := _year(r, "year")) is not None:
            qs = qs.filter(start_date__year=year)
        if country := r.query_params.get("country", "").strip():
            qs = qs.filter(country=country.upper())
        if fmt := _choice(r, "meeting_format", MeetingFormat.values):
            qs = qs.filter(format=fmt)
        if person := r.query_params.get("person", "").strip():
            qs = qs.filter(participations__person__slug=person).distinct()
        return qs


@extend_schema_view(
    list=extend_schema(
        summary="Meeting series",
        parameters=[_param("sector", "Sector.", enum=["energy", "environment", "other"])],
    ),
    retrieve=extend_schema(summary="One series with its meetings in order"),
)
class SeriesViewSet(ReadOnly):
    def get_serializer_class(self):
        return s.SeriesDetailSerializer if self.action == "retrieve" else s.SeriesSerializer

    def get_queryset(self):
        qs = MeetingSeries.objects.select_related("parent").annotate(meeting_count=Count("meetings"))
        if self.action == "retrieve":
            return qs.prefetch_related(
                Prefetch("meetings", queryset=Meeting.objects.select_related("series").order_by("number"))
            )
        if sector := _choice(self.request, "sector", ["energy", "environment", "other"]):
            qs = qs.filter(sector=sector)
        return qs.order_by("acronym")


@extend_schema_view(
    list=extend_schema(
        summary="People",
        parameters=[
            _param("country", "Country (ISO 3166 alpha-2)."),
            _param("organization", "Organisation slug (current or last known)."),
            _param("meeting", "Only people who took part in this meeting (slug)."),
        ],
    ),
    retrieve=extend_schema(summary="One person with their roles at meetings"),
)
class PersonViewSet(ReadOnly):
    def get_serializer_class(self):
        return s.PersonDetailSerializer if self.action == "retrieve" else s.PersonSerializer

    def get_queryset(self):
        qs = Person.objects.select_related("organization").order_by("name")
        if self.action == "retrieve":
            return qs.prefetch_related(
                Prefetch(
                    "participations",
                    queryset=Participation.objects.select_related("meeting__series", "organization").order_by(
                        F("meeting__start_date").asc(nulls_last=True), "meeting__number"
                    ),
                )
            )
        r = self.request
        if country := r.query_params.get("country", "").strip():
            qs = qs.filter(country=country.upper())
        if org := r.query_params.get("organization", "").strip():
            qs = qs.filter(organization__slug=org)
        if meeting := r.query_params.get("meeting", "").strip():
            qs = qs.filter(participations__meeting__slug=meeting).distinct()
        return qs


@extend_schema_view(
    list=extend_schema(
        summary="Organisations",
        parameters=[
            _param("country", "Country (ISO 3166 alpha-2)."),
            _param("parent", "Parent organisation slug (the ministry of a department)."),
        ],
    ),
    retrieve=extend_schema(summary="One organisation with its units and people"),
)
class OrganizationViewSet(ReadOnly):
    def get_serializer_class(self):
        return s.OrganizationDetailSerializer if self.action == "retrieve" else s.OrganizationSerializer

    def get_queryset(self):
        qs = Organization.objects.select_related("parent").order_by("name")
        if self.action == "retrieve":
            return qs.prefetch_related("units", "people")
        r = self.request
        if country := r.query_params.get("country", "").strip():
            qs = qs.filter(country=country.upper())
        if parent := r.query_params.get("parent", "").strip():
            qs = qs.filter(parent__slug=parent)
        return qs
