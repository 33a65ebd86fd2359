"""The archive's data: articles, the meetings they report on, and the people there.

The models live in modules by concern; every name is re-exported here, so
`from archive.models import Article` keeps working.
"""

from archive.glossary.models import Concept  # the glossary lives in its own package
from archive.models.articles import Article, Capture
from archive.models.base import (
    Language,
    Slugged,
    TimeStamped,
    free_slugs,
    log_change,
    make_slug,
    ordinal_en,
    unique_slug,
)
from archive.models.meetings import (
    Meeting,
    MeetingCandidate,
    MeetingFormat,
    MeetingRelation,
    MeetingSeries,
    MeetingSource,
    Sector,
    Source,
)
from archive.models.people import Organization, Participation, Person
from archive.models.search import IndexTask, SearchQueryStat

__all__ = [
    "Article",
    "Capture",
    "Concept",
    "IndexTask",
    "Language",
    "Meeting",
    "MeetingCandidate",
    "MeetingFormat",
    "MeetingRelation",
    "MeetingSeries",
    "MeetingSource",
    "Organization",
    "Participation",
    "Person",
    "SearchQueryStat",
    "Sector",
    "Slugged",
    "Source",
    "TimeStamped",
    "log_change",
    "free_slugs",
    "make_slug",
    "ordinal_en",
    "unique_slug",
]
