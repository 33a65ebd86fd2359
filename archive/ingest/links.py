"""Add an article from a link: fetch the page, extract it and store it as a draft,
through the same write path as every import (archive/ingest/write.py)."""

from __future__ import annotations

from dataclasses import dataclass

from archive.ingest.clean import CleanError, normalise_source_url
from archive.ingest.fetch import FetchError, record_from_url
from archive.ingest.records import RecordError
from archive.ingest.write import Store, prepare
from archive.models import Article


@dataclass
class AddedFromLink:
    article: Article
    created: bool  # False: the address was in the archive already


def add_from_link(url: str, status: str = Article.Status.DRAFT, **fetch_options) -> AddedFromLink:
    """The article at `url`, stored with the page kept as its capture and the meetings and
    people it names linked; an address already in the archive is not fetched again.
    Raises FetchError with a message meant for the editor."""
    try:
        url = normalise_source_url(url)
    except CleanError as exc:
        raise FetchError(str(exc)) from exc
    existing = Article.objects.filter(source_url=url).first()
    if existing is not None:
        return AddedFromLink(existing, created=False)
    record = record_from_url(url, **fetch_options)
    existing = Article.objects.filter(source_url=record.url).first()  # redirected to a known address
    if existing is not None:
        return AddedFromLink(existing, created=False)
    try:
        prepared = prepare(record)
    except RecordError as exc:
        raise FetchError(f"No article could be found on the page: {exc}.") from exc
    result = Store(status, drain_after_commit=True).store([prepared])
    if result.failures:
        raise FetchError(f"The article could not be stored: {result.failures[0].reason}.")
    return AddedFromLink(Article.objects.get(pk=prepared.article_id), created=prepared.action == "create")
