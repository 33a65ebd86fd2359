"""The editors' tools: add and correct articles, meetings, series, people and organisations."""

from __future__ import annotations

import datetime as dt
import secrets

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from archive.ingest.clean import CleanError, normalise_source_url
from archive.ingest.detect import detect_mentions, redetect
from archive.ingest.fetch import FetchError, draft_from_url
from archive.ingest.pipeline import save_capture_file
from archive.models import (
    Article,
    Capture,
    Meeting,
    MeetingCandidate,
    MeetingRelation,
    MeetingSeries,
    MeetingSource,
    Organization,
    Participation,
    Person,
    SearchQueryStat,
    Source,
)
from archive.web.views import article_page

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


class CaptureInline(admin.TabularInline):
    model = Capture
    extra = 0
    can_delete = False
    # Never the raw file (MEDIA_ROOT is not served; served, the page would run on the site's
    # origin): the archived copy is only linked through the sandboxed view.
    fields = ["url", "captured_at", "sha256", "size", "archived_copy"]
    readonly_fields = fields

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description=_("archived copy"))
    def archived_copy(self, obj):
        if not obj or not obj.pk:
            return "—"
        if not obj.article.is_published:
            return _("viewable (sandboxed) once the article is published")
        return format_html('<a href="{}" rel="noopener">{}</a>', obj.get_absolute_url(), _("View (sandboxed)"))


class AddFromUrlForm(forms.Form):
    url = forms.URLField(
        label=_("News link"),
        assume_scheme="https",
        help_text=_(
            "The address of a published article. The page is fetched, its text extracted and kept as provenance."
        ),
        widget=forms.URLInput(attrs={"size": 80, "autofocus": True}),
    )


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "language", "published", "source_name", "status", "updated"]
    list_filter = ["status", "language", YearListFilter, SeriesListFilter, "source_name"]
    search_fields = ["title", "lead", "body", "source_url", "byline", "keywords"]
    date_hierarchy = "published"
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["meetings", "people", "organizations"]
    readonly_fields = ["suggestions", "preview_link"]
    list_select_related = True
    list_per_page = 50
    save_on_top = True
    inlines = [CaptureInline]
    actions = ["publish", "unpublish", "redetect_mentions"]
    change_list_template = "admin/archive/article/change_list.html"
    fieldsets = [
        (None, {"fields": ["title", "slug", "lead", "body"]}),
        (_("Source"), {"fields": ["source_name", "source_url", "byline", "published", "language", "keywords"]}),
        (_("Mentions"), {"fields": ["suggestions", "meetings", "people", "organizations"]}),
        (_("Publication"), {"fields": ["status", "preview_link"]}),
    ]

    # --- who may publish ---------------------------------------------------------

    def has_publish_permission(self, request) -> bool:
        return request.user.has_perm("archive.publish_article")

    def has_change_permission(self, request, obj=None):
        # Contributors draft; a published article changes only through an editor (the form is
        # read-only for them and a POST is refused).
        if obj is not None and obj.is_published and not self.has_publish_permission(request):
            return False
        return super().has_change_permission(request, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not self.has_publish_permission(request):
            fields.append("status")  # contributors draft; an editor publishes
        return fields

    def save_model(self, request, obj, form, change):
        if not self.has_publish_permission(request) and not change:
            obj.status = Article.Status.DRAFT
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        redetect([form.instance])  # link the meetings and people the text names
        self._attach_capture(request, form.instance)

    @admin.action(description=_("Publish selected articles"), permissions=["publish"])
    def publish(self, request, queryset):
        self._set_status(request, queryset, Article.Status.PUBLISHED)

    @admin.action(description=_("Unpublish selected articles (back to draft)"), permissions=["publish"])
    def unpublish(self, request, queryset):
        self._set_status(request, queryset, Article.Status.DRAFT)

    @admin.action(description=_("Re-detect meetings and people in the text"), permissions=["change"])
    def redetect_mentions(self, request, queryset):
        if not self.has_publish_permission(request):
            queryset = queryset.exclude(status=Article.Status.PUBLISHED)  # published: editors only
        links = redetect(queryset)
        for article in queryset:
            self.log_change(request, article, "Meetings and people re-detected.")
        self.message_user(
            request, ngettext("%(n)d new link.", "%(n)d new links.", links) % {"n": links}, messages.SUCCESS
        )

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

    # --- suggestions and preview ---------------------------------------------------------

    @admin.display(description=_("Found in the text"))
    def suggestions(self, obj):
        if not obj or not obj.pk:
            return _("Meetings and people named in the text are linked when you save.")
        found = detect_mentions(obj.title, obj.lead, obj.body)
        meetings = Meeting.objects.filter(pk__in=found.meeting_ids).select_related("series")
        people = Person.objects.filter(pk__in=found.person_ids)
        items = [format_html('<a href="{}">{}</a>', m.get_absolute_url(), m.short_name) for m in meetings]
        items += [format_html('<a href="{}">{}</a>', p.get_absolute_url(), p.name) for p in people]
        items += [
            format_html("{} {} ({})", acronym, number, _("not in the archive yet"))
            for acronym, number in found.candidates
        ]
        return format_html_join(", ", "{}", ((i,) for i in items)) if items else _("Nothing recognised.")

    @admin.display(description=_("Public page"))
    def preview_link(self, obj):
        if not obj or not obj.pk:
            return "—"
        if obj.is_published:
            return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), _("View on the site"))
        url = reverse("admin:archive_article_preview", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Preview the page before publishing"))

    # --- extra views: preview, add from URL -------------------------------------------------

    def get_urls(self):
        own = [
            path(
                "add-from-url/", self.admin_site.admin_view(self.add_from_url_view), name="archive_article_add_from_url"
            ),
            path("<int:pk>/preview/", self.admin_site.admin_view(self.preview_view), name="archive_article_preview"),
        ]
        return own + super().get_urls()

    def preview_view(self, request, pk):
        article = get_object_or_404(Article, pk=pk)
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        return article_page(request, article, preview=True)

    def add_from_url_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = AddFromUrlForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            url = form.cleaned_data["url"]
            try:
                url = normalise_source_url(url)
            except CleanError as exc:
                form.add_error("url", str(exc))
                url = ""
            existing = Article.objects.filter(source_url=url).first() if url else None
            if existing:
                self.message_user(request, _("This address is already in the archive."), messages.WARNING)
                return redirect("admin:archive_article_change", existing.pk)
            try:
                draft = draft_from_url(url) if url else None
            except FetchError as exc:
                form.add_error("url", str(exc))
                draft = None
            if draft is not None:
                token = secrets.token_urlsafe(8)
                request.session[f"article-draft-{token}"] = {
                    "initial": {k: _jsonable(v) for k, v in draft.initial().items()},
                    "capture": {
                        "url": draft.capture.url,
                        "sha256": draft.capture.sha256,
                        "captured_at": _jsonable(draft.capture.captured_at),
                        "content_type": draft.capture.content_type,
                        "path": save_capture_file(draft.capture),
                        "size": len(draft.capture.raw),
                    },
                }
                return redirect(f"{reverse('admin:archive_article_add')}?draft={token}")
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": _("Add an article from a link"),
        }
        return TemplateResponse(request, "admin/archive/article/add_from_url.html", context)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        draft = request.session.get(f"article-draft-{request.GET.get('draft', '')}")
        if draft:
            initial.update(draft["initial"])
            if initial.get("published"):
                initial["published"] = parse_datetime(initial["published"])
        return initial

    def _attach_capture(self, request, article):
        token = request.GET.get("draft", "")
        draft = request.session.pop(f"article-draft-{token}", None) if token else None
        if draft and draft["initial"].get("source_url") == article.source_url:
            c = draft["capture"]
            Capture.objects.get_or_create(
                article=article,
                sha256=c["sha256"],
                defaults={
                    "url": c["url"],
                    "captured_at": parse_datetime(c["captured_at"]) if c["captured_at"] else timezone.now(),
                    "content_type": c["content_type"],
                    "file": c["path"],
                    "size": c["size"],
                },
            )


def _jsonable(value):
    """Session-safe form initial values (the session is JSON)."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value


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


import archive.glossary.admin  # noqa: E402,F401  (the glossary registers its own admin)
