"""Read-only serialisers. Lists carry what a card needs; details add the relations.

By concern: `common` (page-URL mixin, `*Ref` serialisers, names, errors), `articles`, `meetings`
(meetings and series), `people` (people, organisations, participations) and `search` (query
parameters, list filters and `/api/search/`'s answers). The names used elsewhere are re-exported here.
"""

from archive.api.serializers.articles import ArticleDetailSerializer, ArticleSerializer
from archive.api.serializers.common import ErrorSerializer
from archive.api.serializers.meetings import (
    MeetingDetailSerializer,
    MeetingSerializer,
    SeriesDetailSerializer,
    SeriesSerializer,
)
from archive.api.serializers.people import (
    OrganizationDetailSerializer,
    OrganizationSerializer,
    PersonDetailSerializer,
    PersonSerializer,
)
from archive.api.serializers.search import (
    ArticleFilters,
    MeetingFilters,
    OrganizationFilters,
    PersonFilters,
    PersonSummarySerializer,
    SearchQuerySerializer,
    SearchResultsSerializer,
    SeriesFilters,
)

__all__ = [
    "ArticleDetailSerializer",
    "ArticleFilters",
    "ArticleSerializer",
    "ErrorSerializer",
    "MeetingDetailSerializer",
    "MeetingFilters",
    "MeetingSerializer",
    "OrganizationDetailSerializer",
    "OrganizationFilters",
    "OrganizationSerializer",
    "PersonDetailSerializer",
    "PersonFilters",
    "PersonSerializer",
    "PersonSummarySerializer",
    "SearchQuerySerializer",
    "SearchResultsSerializer",
    "SeriesDetailSerializer",
    "SeriesFilters",
    "SeriesSerializer",
]
