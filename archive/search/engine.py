"""The boundary between the search service and a search engine.

The service (service.py, understanding.py) and the index queue (queue.py) talk to
an engine only through `SearchEngine`: a backend-neutral `SearchRequest` in, a
`SearchResult` out (query.py), the engine-neutral ranking plan (plan.py) carried
out inside, and a few vocabulary questions for slip correction. Documents are the
fields of archive/search_indexes.py, made by documents.py; every engine indexes
those same fields. The embedded engine is archive/search/whoosh/ (selected by
settings.HAYSTACK_CONNECTIONS); tests/test_engine_contract.py states the contract.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from haystack import connections

from archive.search.query import SearchRequest, SearchResult


class SearchEngine(Protocol):
    # --- reading ---------------------------------------------------------------------
    def run(self, request: SearchRequest) -> SearchResult:
        """The page of article ids for a request, the total, facet counts."""

    def document_frequency(self, field_name: str, term: str) -> int:
        """How many documents hold a token in an index field: an estimate for rarity (an
        engine may count replaced documents until it merges them)."""

    def knows(self, word: str) -> bool:
        """Whether any document holds this (folded) word."""

    def documents_with_all(self, field_name: str, terms: list[str]) -> int:
        """How many documents hold every one of these tokens in one field."""

    def phrase_documents(self, words: list[str]) -> int:
        """How many documents hold these (folded) words in this order."""

    def warm_up(self) -> None:
        """Load what the first search of a process would otherwise wait for."""

    def check(self) -> int:
        """Read the whole index afresh (health); the document count, or raise."""

    def indexed_ids(self) -> set[int]:
        """The ids of the articles the index holds (raise SearchUnavailable if there is none)."""

    def schema_current(self) -> bool:
        """Whether the index was written with the fields the code declares."""

    # --- writing (only archive.search.queue calls these, as the single writer) --------
    def index_articles(self, articles: Iterable) -> None:
        """Add or replace the documents of these (published) articles."""

    def remove_articles(self, article_ids: Iterable[int]) -> None:
        """Remove the documents of these articles, if present."""

    def optimize(self) -> tuple[int, int]:
        """Compact the index after a bulk change; (segments or shards before, after)."""


def get_engine() -> SearchEngine:
    """This process's engine for the default connection."""
    return connections["default"].get_backend()
