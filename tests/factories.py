"""Builders for test data: no fixed primary keys, sensible defaults, real text."""

from __future__ import annotations

import itertools

from django.utils import timezone

from archive.models import Article

_serial = itertools.count(1)


def make_article(**fields) -> Article:
    """A published article with a unique address; any field can be overridden."""
    n = next(_serial)
    defaults = {
        "title": f"Bài viết thử nghiệm {n}",
        "body": "Nội dung bài viết.",
        "source_url": f"https://example.org/test/{n}-{timezone.now().timestamp()}",
        "status": Article.Status.PUBLISHED,
        "published": timezone.now(),
    }
    defaults.update(fields)
    return Article.objects.create(**defaults)
