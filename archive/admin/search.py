"""The search statistics admin: what readers fail to find."""

from __future__ import annotations

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from archive.models import SearchQueryStat


class ResultCountFilter(admin.SimpleListFilter):
    title = _("results")
    parameter_name = "results"

    def lookups(self, request, model_admin):
        return [("0", _("none")), ("low", _("1–3 (low)")), ("ok", _("more than 3"))]

    def queryset(self, request, queryset):
        return {
            "0": queryset.filter(last_result_count=0),
            "low": queryset.filter(last_result_count__gte=1, last_result_count__lte=3),
            "ok": queryset.filter(last_result_count__gt=3),
        }.get(self.value(), queryset)


@admin.register(SearchQueryStat)
class SearchQueryStatAdmin(admin.ModelAdmin):
    """What readers fail to find: sort by searches, filter to zero or few results."""

    list_display = ["query", "language", "searches", "zero_result_searches", "last_result_count", "last_seen"]
    list_filter = ["language", ResultCountFilter, "last_seen"]
    search_fields = ["query"]
    ordering = ["-zero_result_searches", "-searches"]
    readonly_fields = [f.name for f in SearchQueryStat._meta.fields]

    def has_add_permission(self, request):
        return False
