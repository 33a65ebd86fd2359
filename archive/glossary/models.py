"""Concepts: one idea, its names in the archive's three languages."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from archive import analysis
from archive.analysis.language import LANGUAGES

# Each language's name and variants fields ('name_vi', 'variants_vi'), for every archive language.
LANGUAGE_FIELDS = {code: (f"name_{code}", f"variants_{code}") for code in LANGUAGES}


class ConceptCategory(models.TextChoices):
    ENERGY = "energy", _("Energy")
    CLIMATE = "climate", _("Climate")
    ENVIRONMENT = "environment", _("Environment")
    POLICY = "policy", _("Policy and economy")


class Concept(models.Model):
    """A glossary entry. Editors extend it in the admin; search expands queries with it."""

    slug = models.SlugField(max_length=100, unique=True, help_text=_("A stable English key, e.g. 'rooftop-solar'."))
    category = models.CharField(max_length=20, choices=ConceptCategory.choices, default=ConceptCategory.ENERGY)
    name_en = models.CharField(_("English"), max_length=200)
    name_vi = models.CharField(_("Vietnamese"), max_length=200)
    name_th = models.CharField(_("Thai"), max_length=200)
    variants_en = models.TextField(_("English variants"), blank=True, help_text=_("One per line: synonyms, spellings."))
    variants_vi = models.TextField(_("Vietnamese variants"), blank=True, help_text=_("One per line."))
    variants_th = models.TextField(_("Thai variants"), blank=True, help_text=_("One per line."))
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        app_label = "archive"
        ordering = ["name_en"]
        verbose_name = _("glossary concept")
        verbose_name_plural = _("glossary concepts")

    def __str__(self) -> str:
        return self.name_en

    def save(self, *args, **kwargs):
        self._clean_text()
        super().save(*args, **kwargs)

    def clean(self):
        self._clean_text()
        for name_field, _variants in LANGUAGE_FIELDS.values():
            if not getattr(self, name_field):
                raise ValidationError({name_field: _("Every concept needs a name in all three languages.")})
        super().clean()

    def _clean_text(self) -> None:
        for fields in LANGUAGE_FIELDS.values():
            for f in fields:
                setattr(self, f, analysis.clean_text(getattr(self, f) or "").strip())

    def forms(self, language: str) -> list[str]:
        """The names in one language: the main name first, then the variants (cleaned, no repeats)."""
        name_field, variants_field = LANGUAGE_FIELDS[language]
        lines = [getattr(self, name_field), *(getattr(self, variants_field) or "").splitlines()]
        cleaned = (analysis.clean_text(line).strip() for line in lines)
        return list(dict.fromkeys(line for line in cleaned if line))
