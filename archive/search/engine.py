"""The boundary between the search service and a search engine.

The service (service.py, understanding.py), the article page (web/queries.py) and the
index queue (queue.py) talk to an engine only through `SearchEngine`: a backend-neutral
`SearchRequest` in, a `SearchResult` out (query.py), the engine-neutral ranking plan
(plan.py) carried out inside, a few vocabulary questions for slip correction, and the
articles most like one (`similar`). Documents are the fields of
archive/search_indexes.py, made by documents.py; every engine indexes those same fields. The embedded engine is archive/search/whoosh/ (selected by
settings.HAYSTACK_CONNECTIONS); tests/test_engine_contract.py states the contract.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from haystack import connections

from archive.analysis.shingles import JOINER
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

    def similar(self, article_id: int, text: str, limit: int, language: str | None = None) -> list[int]:
        """Ids of up to `limit` other articles most like this one, best first: those sharing
        the most of its most distinctive terms (frequent in the article, rare in the archive;
        at most SIMILAR_TERMS of its `subject_terms`), scored as search scores terms. `text`
        is the article's `text` index field (folded title and body tokens, as
        documents.index_fields makes it), so an article not indexed yet works too; the
        engine weighs the terms by its own statistics. Only articles in `language` when
        given; never the article itself."""

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

    def optimize(self, max_segments: int = 1) -> tuple[int, int]:
        """Compact the index to at most `max_segments` segments (per shard), merging the
        smallest; (segments before, after)."""


# How many of an article's terms make the query for similar articles: its most distinctive.
SIMILAR_TERMS = 10
# Of the word pairs an article repeats, the most frequent this many are candidates.
SIMILAR_PAIRS = 15


def subject_terms(text: str) -> dict[str, Counter]:
    """The candidate terms of an analysed text for `similar`, by index field, with their
    frequency in the text: its words (`text`) and the pairs of adjacent words it repeats
    (`bigrams`). Numbers (years, amounts) and one-character tokens are left out. Pairs
    carry what Vietnamese syllables alone do not (`nhiet_dien`, `duyen_hai`); read from
    the text field they may span punctuation, and such pairs are simply not in the index.
    """
    tokens = text.split()
    subject = [len(w) > 1 and not w.isdigit() for w in tokens]
    words = Counter(w for w, keep in zip(tokens, subject, strict=True) if keep)
    pairs = Counter(
        f"{a}{JOINER}{b}"
        for a, b, keep_a, keep_b in zip(tokens, tokens[1:], subject, subject[1:], strict=False)
        if keep_a and keep_b
    )
    repeated = Counter({p: n for p, n in pairs.most_common(SIMILAR_PAIRS) if n >= 2})
    return {"text": words, "bigrams": repeated}


def get_engine() -> SearchEngine:
    """This process's engine for the default connection."""
    return connections["default"].get_backend()
