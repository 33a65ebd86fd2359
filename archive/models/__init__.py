"""The archive's data: articles, the meetings they report on, and the people there."""

from __future__ import annotations

import hashlib

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from archive import analysis
from archive.querysets import (
    CHRONOLOGICAL_PARTICIPATIONS,
    NEWEST_ARTICLES,
    NEWEST_MEETINGS,
    ArticleQuerySet,
    MeetingQuerySet,
    MeetingSeriesQuerySet,
    OrganizationQuerySet,
    ParticipationQuerySet,
    PersonQuerySet,
)


class Language(models.TextChoices):
    VIETNAMESE = "vi", _("Vietnamese")
    THAI = "th", _("Thai")
    ENGLISH = "en", _("English")


def make_slug(text: str, max_length: int = 80) -> str:
    """An ASCII slug for any of the archive's languages.

    Django's slugify drops 'đ' and every Thai letter, so Latin text is folded
    first and Thai is romanised (RTGS, offline) before slugifying.
    """
    text = analysis.clean_text(text or "")
    if any("\u0e00" <= ch <= "\u0e7f" for ch in text):
        from pythainlp.transliterate import romanize

        text = " ".join(romanize(word, engine="royin") for word in analysis.segment_th(text.lower())[:12])
    slug = slugify(analysis.fold(text))[:max_length].strip("-")
    return slug or hashlib.sha1(text.encode()).hexdigest()[:10]


def unique_slug(instance: models.Model, text: str, field: str = "slug", max_length: int = 80) -> str:
    base = make_slug(text, max_length=max_length - 5)
    qs = type(instance)._default_manager.exclude(pk=instance.pk)
    slug, n = base, 2
    while qs.filter(**{field: slug}).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def ordinal_en(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class Slugged:
    """Models with a slug made from `slug_source()` and a detail page named `url_name`."""

    url_name: str
    slug_max_length = 100

    def slug_source(self) -> str:
        return str(self)

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(self, self.slug_source(), max_length=self.slug_max_length)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(f"archive:{self.url_name}", kwargs={"slug": self.slug})


class TimeStamped(models.Model):
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


# --- Meetings ---------------------------------------------------------------------


class Sector(models.TextChoices):
    ENERGY = "energy", _("Energy")
    ENVIRONMENT = "environment", _("Environment and climate")
    OTHER = "other", _("Other")


class MeetingSeries(Slugged, TimeStamped):
    url_name = "series-detail"

    acronym = models.CharField(
        _("acronym"),
        max_length=30,
        unique=True,
        help_text=_("As ASEAN writes it, e.g. AMEM, SOME, ASOEN, AMEM+3. Used to recognise 'AMEM 38' in text."),
    )
    slug = models.SlugField(
        unique=True, blank=True, help_text=_("URL part, e.g. 'amem-plus-3'; made from the acronym if empty.")
    )
    name_en = models.CharField(_("name (English)"), max_length=255, help_text=_("Official English name."))
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=255, blank=True)
    name_th = models.CharField(_("name (Thai)"), max_length=255, blank=True)
    alternate_names = models.TextField(
        _("alternate names"),
        blank=True,
        help_text=_(
            "One per line: other ways the press writes this series in any language "
            "(e.g. 'Hội nghị Bộ trưởng ASEAN về Năng lượng'). Search and meeting detection use them."
        ),
    )
    sector = models.CharField(max_length=20, choices=Sector.choices, default=Sector.ENERGY)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
        help_text=_("The series this one prepares or reports to (SOME prepares AMEM)."),
    )
    description = models.TextField(blank=True, help_text=_("A short paragraph for readers of the series page."))

    objects = MeetingSeriesQuerySet.as_manager()

    class Meta:
        ordering = ["acronym"]
        verbose_name = _("meeting series")
        verbose_name_plural = _("meeting series")

    def __str__(self) -> str:
        return self.acronym

    def slug_source(self) -> str:
        return self.acronym.replace("+", " plus ")  # 'AMEM+3' -> 'amem-plus-3'

    def name(self, language: str | None = None) -> str:
        """The series name in the reader's language, falling back to English."""
        language = (language or get_language() or "en")[:2]
        return getattr(self, f"name_{language}", "") or self.name_en

    @property
    def local_name(self) -> str:
        return self.name()

    def all_names(self) -> list[str]:
        names = [self.name_en, self.name_vi, self.name_th, *analysis.split_paragraphs(self.alternate_names)]
        return [n for n in dict.fromkeys(names) if n]

    def spec(self) -> analysis.SeriesSpec:
        return analysis.SeriesSpec(key=self.slug, acronyms=(self.acronym,), names=tuple(self.all_names()))


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class Meeting(Slugged, TimeStamped):
    url_name = "meeting-detail"

    series = models.ForeignKey(
        MeetingSeries,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings",
        help_text=_("Leave empty for one-off events that belong to no series."),
    )
    number = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("The meeting's ordinal in its series: 38 for the 38th AMEM.")
    )
    name_en = models.CharField(
        _("name (English)"),
        max_length=255,
        blank=True,
        help_text=_("Only for one-off events; meetings in a series are named from the series and number."),
    )
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=255, blank=True)
    name_th = models.CharField(_("name (Thai)"), max_length=255, blank=True)
    slug = models.SlugField(
        max_length=100, unique=True, blank=True, help_text=_("URL part, e.g. 'amem-38'; made from the name if empty.")
    )
    start_date = models.DateField(null=True, blank=True)
    end_date = models.DateField(null=True, blank=True, help_text=_("Leave empty for one-day meetings."))
    country = CountryField(blank=True, help_text=_("Host country."))
    city = models.CharField(max_length=100, blank=True, help_text=_("Host city, as written in English."))
    format = models.CharField(max_length=20, choices=MeetingFormat.choices, default=MeetingFormat.IN_PERSON)
    theme = models.TextField(blank=True, help_text=_("The official theme, in the language it was announced."))
    chair = models.CharField(
        _("chair"),
        max_length=255,
        blank=True,
        help_text=_("Who chaired the meeting (person and/or country), as the source says."),
    )
    documents = models.TextField(
        _("documents adopted"),
        blank=True,
        help_text=_("The main documents adopted or endorsed (e.g. APAEC phases), in a sentence or two."),
    )
    description = models.TextField(blank=True)
    alternate_names = models.TextField(
        _("alternate names"),
        blank=True,
        help_text=_("One per line: other names the press uses for this meeting (any language)."),
    )
    sources = models.ManyToManyField(
        "Source",
        through="MeetingSource",
        blank=True,
        related_name="meetings",
        help_text=_("The published records this meeting's facts come from."),
    )
    related = models.ManyToManyField(
        "self",
        through="MeetingRelation",
        symmetrical=False,
        blank=True,
        related_name="related_from",
    )

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = list(NEWEST_MEETINGS)
        constraints = [
            models.UniqueConstraint(fields=["series", "number"], name="unique_meeting_number_in_series"),
        ]
        indexes = [models.Index(fields=["start_date"])]

    def __str__(self) -> str:
        return self.short_name

    def slug_source(self) -> str:
        return self.short_name

    def clean(self) -> None:
        if not self.series and not self.name_en:
            raise ValidationError(_("A meeting needs a series or, for one-off events, an English name."))
        if self.series and self.number is None:
            raise ValidationError({"number": _("Meetings in a series need their number (38 for AMEM 38).")})
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The meeting cannot end before it starts.")})

    @property
    def short_name(self) -> str:
        """'AMEM 38', or the event's own name for one-off events."""
        if self.series_id and self.number is not None:
            return f"{self.series.acronym} {self.number}"
        return self.name_en or self.name_vi or self.name_th

    @property
    def long_names(self) -> dict[str, str]:
        """Ordinal long names in English, Vietnamese and Thai."""
        if not (self.series_id and self.number is not None):
            return {"en": self.name_en, "vi": self.name_vi or self.name_en, "th": self.name_th or self.name_en}
        s = self.series
        return {
            "en": f"{ordinal_en(self.number)} {s.name_en}",
            "vi": f"{s.name_vi or s.name_en} lần thứ {self.number}",
            "th": f"{s.name_th or s.name_en} ครั้งที่ {self.number}",
        }

    def long_name(self, language: str | None = None) -> str:
        return self.long_names.get((language or get_language() or "en")[:2]) or self.long_names["en"]

    @property
    def search_token(self) -> str | None:
        """The analysis token that stands for this meeting in the index ('meeting:amem-38')."""
        if self.series_id and self.number is not None:
            return analysis.MeetingMention(0, 0, self.series.slug, self.number).token
        return None

    def all_names(self) -> list[str]:
        names = [self.short_name, *self.long_names.values(), *analysis.split_paragraphs(self.alternate_names)]
        return [n for n in dict.fromkeys(names) if n]

    @property
    def year(self) -> int | None:
        return self.start_date.year if self.start_date else None

    def previous_in_series(self) -> Meeting | None:
        if not self.series_id or self.number is None:
            return None
        return self.series.meetings.filter(number__lt=self.number).order_by("-number").first()

    def next_in_series(self) -> Meeting | None:
        if not self.series_id or self.number is None:
            return None
        return self.series.meetings.filter(number__gt=self.number).order_by("number").first()


class MeetingRelation(models.Model):
    class Kind(models.TextChoices):
        PREPARES = "prepares", _("prepares")
        ALONGSIDE = "alongside", _("held alongside")
        FOLLOWS_UP = "follows_up", _("follows up on")

    source = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="relations_out")
    target = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="relations_in")
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        help_text=_("Read as: <this meeting> prepares / is held alongside / follows up on <the other meeting>."),
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "target", "kind"], name="unique_meeting_relation")]
        ordering = ["kind", "target__start_date"]

    def __str__(self) -> str:
        return f"{self.source} {self.get_kind_display()} {self.target}"


class Source(TimeStamped):
    """A published record (statement, report, news item) that meeting facts are taken from."""

    url = models.CharField(
        _("address"),
        max_length=1000,
        unique=True,
        help_text=_("The web address (or, for the founding articles, the archive's identifier of the article)."),
    )
    title = models.CharField(_("title"), max_length=500)
    publisher = models.CharField(
        _("publisher"), max_length=255, blank=True, help_text=_("e.g. 'ASEAN Secretariat', 'Vietnam News Agency'.")
    )
    published = models.DateField(_("published"), null=True, blank=True)
    accessed = models.DateField(_("accessed"), null=True, blank=True, help_text=_("When an editor last read it."))

    class Meta:
        ordering = ["publisher", "title"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self) -> str:
        return f"{self.title} ({self.publisher})" if self.publisher else self.title

    @property
    def is_link(self) -> bool:
        return self.url.startswith(("http://", "https://"))


class MeetingSource(models.Model):
    """A source cited for a meeting, and which of the meeting's facts it supports."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="citations")
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="citations")
    supports = models.CharField(
        _("supports"),
        max_length=255,
        blank=True,
        help_text=_("The facts this source gives, e.g. 'number, dates, place, chair, documents'."),
    )
    year_stated = models.PositiveSmallIntegerField(
        _("year stated"), null=True, blank=True, help_text=_("The year the source gives for the meeting.")
    )

    class Meta:
        ordering = ["source__publisher", "source__title"]
        constraints = [models.UniqueConstraint(fields=["meeting", "source"], name="unique_meeting_source")]
        verbose_name = _("source cited")
        verbose_name_plural = _("sources cited")

    def __str__(self) -> str:
        return f"{self.meeting}: {self.source}"


# --- People and organisations -------------------------------------------------------------


class Organization(Slugged, TimeStamped):
    url_name = "organization-detail"

    name = models.CharField(max_length=255, help_text=_("Official English name."))
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=255, blank=True)
    name_th = models.CharField(_("name (Thai)"), max_length=255, blank=True)
    acronym = models.CharField(max_length=30, blank=True, help_text=_("e.g. ACE, MOIT, EREA."))
    slug = models.SlugField(
        max_length=100, unique=True, blank=True, help_text=_("URL part; made from the name if empty.")
    )
    alternate_names = models.TextField(blank=True, help_text=_("One per line: other names in any language."))
    country = CountryField(blank=True)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="units",
        help_text=_("The ministry a department belongs to."),
    )
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def slug_source(self) -> str:
        return self.acronym or self.name

    def local_name(self) -> str:
        language = (get_language() or "en")[:2]
        return (getattr(self, f"name_{language}", "") if language != "en" else "") or self.name

    def all_names(self) -> list[str]:
        names = [self.name, self.name_vi, self.name_th, self.acronym, *analysis.split_paragraphs(self.alternate_names)]
        return [n for n in dict.fromkeys(names) if n]


class Person(Slugged, TimeStamped):
    url_name = "person-detail"

    name = models.CharField(max_length=255, help_text=_("The name as the person writes it (e.g. 'Hoàng Tiến Dũng')."))
    slug = models.SlugField(
        max_length=100, unique=True, blank=True, help_text=_("URL part; made from the name if empty.")
    )
    alternate_names = models.TextField(
        blank=True,
        help_text=_(
            "One per line: other spellings and transliterations (e.g. 'Hoang Tien Dung', 'ฮหว่าง เตียน ซุง'). "
            "Used to find the person in articles."
        ),
    )
    country = CountryField(blank=True)
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
        help_text=_("Current or last known organisation."),
    )
    position = models.CharField(max_length=255, blank=True, help_text=_("Current or last known position."))
    description = models.TextField(blank=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.name

    def slug_source(self) -> str:
        return self.name

    def all_names(self) -> list[str]:
        return [n for n in dict.fromkeys([self.name, *analysis.split_paragraphs(self.alternate_names)]) if n]


class Participation(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="participations")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    role = models.CharField(
        max_length=255,
        help_text=_("The role at this meeting, e.g. 'Head of the Vietnamese SOME delegation'."),
    )
    position = models.CharField(
        max_length=255,
        blank=True,
        help_text=_(
            "The position held at the time, e.g. 'Director General, Electricity and Renewable Energy Authority'."
        ),
    )
    organization = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participations",
        help_text=_("The organisation represented at this meeting."),
    )
    delegation = CountryField(blank=True, help_text=_("The delegation's country."))

    objects = ParticipationQuerySet.as_manager()

    class Meta:
        ordering = list(CHRONOLOGICAL_PARTICIPATIONS)
        constraints = [models.UniqueConstraint(fields=["person", "meeting", "role"], name="unique_participation")]

    def __str__(self) -> str:
        return f"{self.person} — {self.role} ({self.meeting})"


# --- Articles -----------------------------------------------------------------


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

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        names = [n for n in self.CLEANED_FIELDS if update_fields is None or n in update_fields]
        errors = self._clean_fields(names)
        if errors:
            raise ValidationError(errors)
        if not self.language:
            self.language = analysis.detect_language(f"{self.title}\n{self.body}")
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


# --- Search bookkeeping ---------------------------------------------------------------


class IndexTask(models.Model):
    """A pending change to the search index, written in the same transaction as the change.

    One writer drains these (see archive.search.queue), so several web workers and
    importers can save at once without dropping index updates.
    """

    article_id = models.BigIntegerField(db_index=True)
    queued = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"index article {self.article_id}"


class SearchQueryStat(models.Model):
    """How often readers ran a query and how many results it found. No personal data."""

    query = models.CharField(max_length=200, help_text="The normalised query text.")
    language = models.CharField(max_length=2, choices=Language.choices)
    searches = models.PositiveIntegerField(default=0)
    zero_result_searches = models.PositiveIntegerField(default=0)
    last_result_count = models.PositiveIntegerField(default=0)
    first_seen = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "language"], name="unique_query_stat")]
        indexes = [models.Index(fields=["language", "last_result_count"])]
        ordering = ["-searches"]
        verbose_name = "search query statistic"

    def __str__(self) -> str:
        return f"{self.query} ({self.language}): {self.searches}×, {self.last_result_count} results"


# --- Provenance and editors' queue --------------------------------------------------------


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


class MeetingCandidate(models.Model):
    """A known series with a number the archive has no meeting for ('AMEM 39'), seen in articles."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        CONFIRMED = "confirmed", _("Confirmed")
        REJECTED = "rejected", _("Rejected")

    series = models.ForeignKey(MeetingSeries, on_delete=models.CASCADE, related_name="candidates")
    number = models.PositiveSmallIntegerField()
    first_seen = models.DateTimeField(default=timezone.now)
    article_count = models.PositiveIntegerField(default=0)
    articles = models.ManyToManyField(Article, blank=True, related_name="meeting_candidates")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    meeting = models.ForeignKey(
        Meeting, null=True, blank=True, on_delete=models.SET_NULL, help_text=_("The meeting created on confirmation.")
    )

    class Meta:
        ordering = ["-article_count"]
        constraints = [models.UniqueConstraint(fields=["series", "number"], name="unique_meeting_candidate")]

    def __str__(self) -> str:
        return f"{self.series.acronym} {self.number}"

    def confirm(self, user) -> tuple[Meeting, bool]:
        """Make the candidate a meeting (found or created) with its articles; logged for `user`.

        Returns the meeting and whether it was created. Only new candidates can be confirmed.
        """
        if self.status != self.Status.NEW:
            raise ValueError(f"{self} is {self.status}: only new candidates can be confirmed.")
        with transaction.atomic():
            meeting, created = Meeting.objects.get_or_create(series=self.series, number=self.number)
            meeting.articles.add(*self.articles.all())
            self.status, self.meeting = self.Status.CONFIRMED, meeting
            self.save(update_fields=["status", "meeting"])
            log_change(user, self, f"Confirmed as {meeting}.")
        return meeting, created

    def reject(self, user) -> bool:
        """Mark the candidate as not a meeting; logged for `user`. False if it already was."""
        if self.status == self.Status.REJECTED:
            return False
        with transaction.atomic():
            self.status = self.Status.REJECTED
            self.save(update_fields=["status"])
            log_change(user, self, "Rejected: not a meeting.")
        return True


def log_change(user, obj: models.Model, message: str) -> None:
    """Record a change in the admin log ('History' in the admin), as the admin's own edits are."""
    from django.contrib.admin.models import CHANGE, LogEntry

    LogEntry.objects.log_actions(
        user_id=user.pk, queryset=[obj], action_flag=CHANGE, change_message=message, single_object=True
    )


from archive.glossary.models import Concept  # noqa: E402,F401  (the glossary lives in its own package)
