"""List filters the archive's admin pages share: year of a date field and meeting series."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from archive.models import Article, MeetingSeries


class YearListFilter(admin.SimpleListFilter):
    """Filter by year of a date field, listing only years that occur."""

    title = _("year")
    parameter_name = "year"
    date_field = "published"

    def lookups(self, request, model_admin):
        years = model_admin.get_queryset(request).dates(self.date_field, "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(**{f"{self.date_field}__year": self.value()})
        return queryset


class MeetingYearListFilter(YearListFilter):
    date_field = "start_date"


class SeriesListFilter(admin.SimpleListFilter):
    title = _("meeting series")
    parameter_name = "series"

    def lookups(self, request, model_admin):
        return [(s.slug, s.acronym) for s in MeetingSeries.objects.all()]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        if queryset.model is Article:
            return queryset.filter(meetings__series__slug=self.value()).distinct()
        return queryset.filter(series__slug=self.value())
