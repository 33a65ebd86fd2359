"""Shared pieces of the archive's models: languages, slugs, timestamps and the admin log."""

from __future__ import annotations

import hashlib

from django.db import models
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from archive import analysis


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


def log_change(user, obj: models.Model, message: str) -> None:
    """Record a change in the admin log ('History' in the admin), as the admin's own edits are."""
    from django.contrib.admin.models import CHANGE, LogEntry

    LogEntry.objects.log_actions(
        user_id=user.pk, queryset=[obj], action_flag=CHANGE, change_message=message, single_object=True
    )
