"""The read-only JSON API: articles, meetings, series, people, organisations.

Every article queryset starts from `Article.objects.published()`; drafts never leave the admin.
Filters are plain query parameters, read by the `*Filters` serializers (archive/api/serializers/,
over the definitions the pages' forms use too), so a bad value is a 400 naming it, never a 500.
"""

from __future__ import annotations

from django.db.models import Count, Prefetch
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import permissions, viewsets
from rest_framework.settings import api_settings

from archive.api import serializers as s
from archive.models import (
    Article,
    Meeting,
    MeetingRelation,
    MeetingSeries,
    Organization,
    Participation,
    Person,
)


class ReadOnly(viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    permission_classes = [permissions.AllowAny]  # every action is a safe method

    def get_throttles(self):
        # The current policy (archive/api/throttling.py), shared with /api/search/, /search/ and the feeds.
        return [throttle() for throttle in api_settings.DEFAULT_THROTTLE_CLASSES]


@extend_schema_view(
    list=extend_schema(summary="Published articles, newest first", parameters=[s.ArticleFilters]),
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
        return s.ArticleFilters.apply(self.request, qs).distinct()


@extend_schema_view(
    list=extend_schema(
        summary="Meetings, newest first, with their published article counts",
        parameters=[s.MeetingFilters],
    ),
    retrieve=extend_schema(summary="One meeting with related meetings, participants and articles"),
)
class MeetingViewSet(ReadOnly):
    def get_serializer_class(self):
        return s.MeetingDetailSerializer if self.action == "retrieve" else s.MeetingSerializer

    def get_queryset(self):
        qs = Meeting.objects.select_related("series").with_counts().newest_first()
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
        return s.MeetingFilters.apply(self.request, qs)


@extend_schema_view(
    list=extend_schema(
        summary="Meeting series",
        parameters=[s.SeriesFilters],
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
        return s.SeriesFilters.apply(self.request, qs).order_by("acronym")


@extend_schema_view(
    list=extend_schema(
        summary="People",
        parameters=[s.PersonFilters],
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
                    queryset=Participation.objects.select_related("meeting__series", "organization").chronological(),
                )
            )
        return s.PersonFilters.apply(self.request, qs)


@extend_schema_view(
    list=extend_schema(
        summary="Organisations",
        parameters=[s.OrganizationFilters],
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
        return s.OrganizationFilters.apply(self.request, qs)
