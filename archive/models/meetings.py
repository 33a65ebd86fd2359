"""Meetings: series, meetings, their relations and cited sources, and candidates seen in articles."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from archive import analysis
from archive.models.base import Slugged, TimeStamped, log_change, ordinal_en
from archive.querysets import NEWEST_MEETINGS, MeetingQuerySet, MeetingSeriesQuerySet


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
    articles = models.ManyToManyField("Article", blank=True, related_name="meeting_candidates")
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
