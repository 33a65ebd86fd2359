"""Articles and the captured pages they were imported from."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from archive import analysis
from archive.models.base import Language, Slugged, TimeStamped
from archive.models.meetings import Meeting
from archive.models.people import Organization, Person
from archive.querysets import NEWEST_ARTICLES, ArticleQuerySet


class Article(Slugged, TimeStamped):
    url_name = "article-detail"
    slug_max_length = 120

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    title = models.CharField(max_length=500)
    slug = models.SlugField(
        max_length=120, unique=True, blank=True, help_text=_("Permalink part; left empty, it is made from the title.")
    )
    lead = models.TextField(blank=True, help_text=_("Optional standfirst shown above the body."))
    body = models.TextField(help_text=_("Plain text; separate paragraphs with a blank line."))
    language = models.CharField(
        max_length=2,
        choices=Language.choices,
        blank=True,
        help_text=_("Leave empty to detect it from the text."),
    )
    published = models.DateTimeField(null=True, blank=True, help_text=_("When the source published it, if known."))
    source_name = models.CharField(
        max_length=200, blank=True, help_text=_("The newspaper or site, e.g. 'Báo Tin Tức'.")
    )
    source_url = models.CharField(
        max_length=1000,
        unique=True,
        help_text=_("The original address. It identifies the article: re-imports update it instead of duplicating."),
    )
    byline = models.CharField(max_length=255, blank=True, help_text=_("The author(s) as credited."))
    keywords = models.TextField(
        blank=True, help_text=_("Subject keywords, one per line (a news site's own tags are imported here).")
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True)
    meetings = models.ManyToManyField(Meeting, blank=True, related_name="articles")
    people = models.ManyToManyField(Person, blank=True, related_name="articles")
    organizations = models.ManyToManyField(Organization, blank=True, related_name="articles")
    analysis = models.JSONField(
        default=dict,
        blank=True,
        editable=False,
        help_text="Cached text analysis (segmentation, folding, meeting tokens) so re-indexing never re-segments.",
    )
    analysis_key = models.CharField(max_length=64, blank=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = list(NEWEST_ARTICLES)
        permissions = [("publish_article", "Can publish and unpublish articles")]
        indexes = [
            models.Index(fields=["status", "published"]),
            models.Index(fields=["language", "status"]),
            models.Index(fields=["source_name"]),
        ]

    def __str__(self) -> str:
        return self.title

    # Cleaned and validated by archive.ingest.clean, like every other write path.
    CLEANED_FIELDS = ("title", "lead", "body", "source_name", "byline", "keywords", "source_url", "published")

    # The text fields whose change means a new analysis (archive.ingest.write.prepare_text).
    TEXT_FIELDS = ("title", "lead", "body", "language")

    def save(self, *args, **kwargs):
        """Clean and validate, choose the language, and store the text's analysis and mentions,
        as every write path does (archive.ingest.write). What the text mentions is kept on
        `self.detection` for the caller to link (the admin does, with `link_mentions`)."""
        update_fields = kwargs.get("update_fields")
        names = [n for n in self.CLEANED_FIELDS if update_fields is None or n in update_fields]
        errors = self._clean_fields(names)
        if errors:
            raise ValidationError(errors)
        if update_fields is None or not self.language or set(self.TEXT_FIELDS) & set(update_fields):
            from archive.ingest.write import TextContext, apply_text, held_analysis_key, prepare_text

            prepared = prepare_text(
                self.title,
                self.lead,
                self.body,
                TextContext.current(),
                language=self.language,
                stored_key=held_analysis_key(self),
                detect=True,
            )
            detected_language = not self.language
            changed = apply_text(self, prepared)
            self.detection = prepared.detection
            if update_fields is not None:
                extra = {"language"} if detected_language else set()
                kwargs["update_fields"] = {*update_fields, *extra, *(("analysis", "analysis_key") if changed else ())}
        super().save(*args, **kwargs)

    def clean(self) -> None:
        """Form errors for the admin: url scheme, date range, text size (the text is cleaned too)."""
        errors = self._clean_fields(self.CLEANED_FIELDS)
        if errors:
            raise ValidationError(errors)

    def _clean_fields(self, names) -> dict[str, str]:
        from archive.ingest.clean import clean_article_fields

        cleaned, errors, _warnings = clean_article_fields({name: getattr(self, name) for name in names})
        for name, value in cleaned.items():
            setattr(self, name, value)
        return errors

    def slug_source(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def paragraphs(self) -> list[str]:
        return analysis.split_paragraphs(self.body)

    @property
    def keyword_list(self) -> list[str]:
        return self.keywords.splitlines()

    @property
    def has_source_link(self) -> bool:
        """Only http(s) addresses are links; identifiers ('urn:asean-archive:…', 'folder:name') never are."""
        return self.source_url.lower().startswith(("http://", "https://"))


class Capture(models.Model):
    """The page as it was published: raw bytes kept for provenance, content-addressed."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="captures")
    url = models.CharField(max_length=1000, help_text=_("The address the page was captured from."))
    sha256 = models.CharField(max_length=64, db_index=True)
    captured_at = models.DateTimeField(help_text=_("When the page was captured (WARC date or fetch time)."))
    content_type = models.CharField(max_length=100, default="text/html")
    file = models.FileField(upload_to="captures/", max_length=255)
    size = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-captured_at"]
        constraints = [models.UniqueConstraint(fields=["article", "sha256"], name="unique_capture_per_article")]

    def __str__(self) -> str:
        return f"{self.url} @ {self.captured_at:%Y-%m-%d %H:%M} ({self.sha256[:12]})"

    def get_absolute_url(self) -> str:
        return reverse("archive:article-capture", kwargs={"slug": self.article.slug, "sha256": self.sha256})
