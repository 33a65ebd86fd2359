"""The meetings admin: series, meetings with their relations and sources, and candidates to confirm."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from archive.admin.filters import MeetingYearListFilter
from archive.admin.people import ParticipationInline
from archive.models import Meeting, MeetingCandidate, MeetingRelation, MeetingSeries, MeetingSource, Source


@admin.register(MeetingCandidate)
class MeetingCandidateAdmin(admin.ModelAdmin):
    """Meetings the press names that the archive does not know yet ('AMEM 39'): confirm or reject."""

    list_display = ["__str__", "series", "number", "article_count", "first_seen", "status", "meeting"]
    list_filter = ["status", "series"]
    readonly_fields = ["series", "number", "first_seen", "article_count", "meeting"]
    filter_horizontal = ["articles"]
    actions = ["confirm", "reject"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Confirm: create the meeting and link its articles"), permissions=["change"])
    def confirm(self, request, queryset):
        created = 0
        for candidate in queryset.filter(status=MeetingCandidate.Status.NEW).select_related("series"):
            _meeting, new = candidate.confirm(request.user)
            created += new
        self.message_user(
            request,
            ngettext("%(n)d meeting created.", "%(n)d meetings created.", created) % {"n": created},
            messages.SUCCESS,
        )

    @admin.action(description=_("Reject: not a meeting"), permissions=["change"])
    def reject(self, request, queryset):
        for candidate in queryset.select_related("series"):
            candidate.reject(request.user)


class RelationInline(admin.TabularInline):
    model = MeetingRelation
    fk_name = "source"
    extra = 1
    autocomplete_fields = ["target"]
    verbose_name = _("related meeting")
    verbose_name_plural = _("related meetings (this meeting prepares / is held alongside / follows up on)")


class MeetingSourceInline(admin.TabularInline):
    model = MeetingSource
    extra = 1
    autocomplete_fields = ["source"]
    fields = ["source", "supports", "year_stated"]
    verbose_name = _("source (reference)")
    verbose_name_plural = _("sources (references shown on the meeting page)")


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "published", "accessed", "url"]
    list_filter = ["publisher"]
    search_fields = ["title", "publisher", "url"]
    date_hierarchy = "accessed"


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "series", "number", "start_date", "country", "city", "format", "article_count"]
    list_filter = ["series", MeetingYearListFilter, "format", "country"]
    search_fields = ["name_en", "name_vi", "name_th", "series__acronym", "alternate_names", "city", "slug"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["series"]
    inlines = [ParticipationInline, RelationInline, MeetingSourceInline]
    fieldsets = [
        (None, {"fields": ["series", "number", "slug"]}),
        (_("One-off events"), {"fields": ["name_en", "name_vi", "name_th"], "classes": ["collapse"]}),
        (_("When and where"), {"fields": ["start_date", "end_date", "country", "city", "format"]}),
        (_("About"), {"fields": ["chair", "theme", "documents", "description", "alternate_names"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("series").annotate(n_articles=Count("articles"))

    @admin.display(description=_("articles"), ordering="n_articles")
    def article_count(self, obj):
        return obj.n_articles

    def get_search_results(self, request, queryset, search_term):
        # 'AMEM 38' typed into the autocomplete finds the meeting.
        queryset, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        parts = search_term.replace("-", " ").split()
        if len(parts) == 2 and parts[1].isdigit():
            queryset |= self.model.objects.filter(series__acronym__iexact=parts[0], number=int(parts[1]))
        return queryset.order_by(*self.model._meta.ordering), may_have_duplicates


@admin.register(MeetingSeries)
class MeetingSeriesAdmin(admin.ModelAdmin):
    list_display = ["acronym", "name_en", "name_vi", "name_th", "sector", "parent"]
    list_filter = ["sector"]
    search_fields = ["acronym", "name_en", "name_vi", "name_th", "alternate_names"]
    prepopulated_fields = {"slug": ["acronym"]}
    autocomplete_fields = ["parent"]
