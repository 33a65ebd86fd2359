"""The editors' tools: add and correct articles, meetings, series, people and organisations.

The admin classes live in modules by concern; importing them here registers them all
when Django autodiscovers `archive.admin`.
"""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

import archive.glossary.admin  # noqa: F401  (the glossary registers its own admin)
from archive.admin.articles import AddFromUrlForm, ArticleAdmin, CaptureInline
from archive.admin.filters import MeetingYearListFilter, SeriesListFilter, YearListFilter
from archive.admin.meetings import (
    MeetingAdmin,
    MeetingCandidateAdmin,
    MeetingSeriesAdmin,
    MeetingSourceInline,
    RelationInline,
    SourceAdmin,
)
from archive.admin.people import OrganizationAdmin, ParticipationInline, PersonAdmin
from archive.admin.search import ResultCountFilter, SearchQueryStatAdmin

admin.site.site_header = _("ASEAN energy & climate news archive")
admin.site.site_title = _("Archive editors")
admin.site.index_title = _("Editing the archive")

__all__ = [
    "AddFromUrlForm",
    "ArticleAdmin",
    "CaptureInline",
    "MeetingAdmin",
    "MeetingCandidateAdmin",
    "MeetingSeriesAdmin",
    "MeetingSourceInline",
    "MeetingYearListFilter",
    "OrganizationAdmin",
    "ParticipationInline",
    "PersonAdmin",
    "RelationInline",
    "ResultCountFilter",
    "SearchQueryStatAdmin",
    "SeriesListFilter",
    "SourceAdmin",
    "YearListFilter",
]
