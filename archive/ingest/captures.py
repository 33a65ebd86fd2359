"""Raw pages kept for provenance: the file (content-addressed) and its `Capture` row."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from archive.ingest.records import CapturedPage


def save_capture_file(page: CapturedPage) -> str:
    """Keep the raw page under MEDIA_ROOT/captures/, content-addressed (same bytes, one file)."""
    ext = "html" if "html" in page.content_type else "bin"
    path = f"captures/{page.sha256[:2]}/{page.sha256}.{ext}"
    if not default_storage.exists(path):
        path = default_storage.save(path, ContentFile(page.raw))
    return path


def store_captures(pairs: list[tuple[int, CapturedPage]]) -> None:
    """The raw pages of articles just written, and their provenance rows (one per article and page)."""
    from archive.models import Capture

    for article_id, page in pairs:
        Capture.objects.get_or_create(
            article_id=article_id,
            sha256=page.sha256,
            defaults={
                "url": page.url,
                "captured_at": page.captured_at or timezone.now(),
                "content_type": page.content_type,
                "file": save_capture_file(page),
                "size": len(page.raw),
            },
        )
