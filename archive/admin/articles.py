"""The article admin: publishing, detected mentions, preview and adding an article from a link."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from archive.admin.filters import SeriesListFilter, YearListFilter
from archive.ingest.detect import detect_mentions
from archive.ingest.fetch import FetchError
from archive.ingest.links import add_from_link
from archive.ingest.write import link_mentions, redetect
from archive.models import Article, Capture, Meeting, Person
from archive.web.views import article_page


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
            "The address of a published article. The page is fetched, its text extracted and saved as a draft"
            " for you to check; the page itself is kept as provenance."
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
        detection = getattr(form.instance, "detection", None)  # found by Article.save
        if detection is not None:
            link_mentions({form.instance.pk: detection})  # the meetings and people the text names

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
            try:
                added = add_from_link(form.cleaned_data["url"])
            except FetchError as exc:
                form.add_error("url", str(exc))
            else:
                if added.created:
                    self.log_addition(request, added.article, "Added from a link.")
                    self.message_user(
                        request,
                        _("Saved as a draft from the page. Check the text and the links, then publish."),
                        messages.SUCCESS,
                    )
                else:
                    self.message_user(request, _("This address is already in the archive."), messages.WARNING)
                return redirect("admin:archive_article_change", added.article.pk)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "form": form,
            "title": _("Add an article from a link"),
        }
        return TemplateResponse(request, "admin/archive/article/add_from_url.html", context)
