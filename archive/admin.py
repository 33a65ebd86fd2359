"""The editors' tools: add and correct articles, meetings, series, people and organisations."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from archive.models import (
    Article,
    Meeting,
    MeetingRelation,
    MeetingSeries,
    Organization,
    Participation,
    Person,
    SearchQueryStat,
)

admin.site.site_header = _("ASEAN energy & climate news archive")
admin.site.site_title = _("Archive editors")
admin.site.index_title = _("Editing the archive")


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


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "language", "published", "source_name", "status", "updated"]
    list_filter = ["status", "language", YearListFilter, SeriesListFilter, "source_name"]
    search_fields = ["title", "lead", "body", "source_url", "byline"]
    date_hierarchy = "published"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["meetings", "people", "organizations"]
    list_select_related = True
    list_per_page = 50
    save_on_top = True
    actions = ["publish", "unpublish"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body"]}),
        (_("Source"), {"fields": ["source_name", "source_url", "byline", "published", "language"]}),
        (_("Mentions"), {"fields": ["meetings", "people", "organizations"]}),
        (_("Publication"), {"fields": ["status"]}),
    ]

    @admin.action(description=_("Publish selected articles"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, Article.Status.PUBLISHED)

    @admin.action(description=_("Unpublish selected articles (back to draft)"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, Article.Status.DRAFT)

    def _set_status(self, request, queryset, status):
        # Save one by one so the index queue and the admin log see every change.
        changed = 0
        for article in queryset.exclude(status=status):
            article.status = status
            article.save(update_fields=["status", "updated"])
            self.log_change(request, article, f"Status set to {status}.")
            changed += 1
        self.message_user(
            request,
            ngettext("%(n)d article updated.", "%(n)d articles updated.", changed) % {"n": changed},
            messages.SUCCESS,
        )


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 1
    autocomplete_fields = ["person", "organization"]
    fields = ["person", "role", "position", "organization", "delegation"]


class RelationInline(admin.TabularInline):
    model = MeetingRelation
    fk_name = "source"
    extra = 1
    autocomplete_fields = ["target"]
    verbose_name = _("related meeting")
    verbose_name_plural = _("related meetings (this meeting prepares / is held alongside / follows up on)")


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "series", "number", "start_date", "country", "city", "format", "article_count"]
    list_filter = ["series", MeetingYearListFilter, "format", "country"]
    search_fields = ["name_en", "name_vi", "name_th", "series__acronym", "alternate_names", "city", "slug"]
    date_hierarchy = "start_date"
    autocomplete_fields = ["series"]
    inlines = [ParticipationInline, RelationInline]
    fieldsets = [
        (None, {"fields": ["series", "number", "slug"]}),
        (_("One-off events"), {"fields": ["name_en", "name_vi", "name_th"], "classes": ["collapse"]}),
        (_("When and where"), {"fields": ["start_date", "end_date", "country", "city", "format"]}),
        (_("About"), {"fields": ["theme", "description", "alternate_names"]}),
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


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "organization", "country"]
    list_filter = ["country"]
    search_fields = ["name", "alternate_names", "position"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organization"]
    inlines = [ParticipationInline]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "acronym", "country", "parent"]
    list_filter = ["country"]
    search_fields = ["name", "name_vi", "name_th", "acronym", "alternate_names"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


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
