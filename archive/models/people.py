"""People and organisations, and who took part in which meeting."""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from archive import analysis
from archive.models.base import Slugged, TimeStamped
from archive.models.meetings import Meeting
from archive.querysets import CHRONOLOGICAL_PARTICIPATIONS, OrganizationQuerySet, ParticipationQuerySet, PersonQuerySet


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
