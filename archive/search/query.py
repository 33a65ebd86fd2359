"""A backend-neutral description of one search, built by the query service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class QueryTerm:
    """One word the reader typed: its folded form always, its exact form when it carries diacritics."""

    folded: str
    exact: str | None = None


@dataclass(frozen=True)
class Alternative:
    """Another way to say part of the query (a glossary concept's form in another language,
    a person's other name): a document matches it when it holds all `terms` with every
    pair in `bigrams` standing together. Matches rank below matches of the query as typed."""

    label: str  # the form as an editor wrote it, shown to the reader
    terms: tuple[str, ...]  # folded words
    bigrams: tuple[str, ...] = ()  # folded adjacent pairs


@dataclass
class SearchRequest:
    terms: list[QueryTerm] = field(default_factory=list)
    # Adjacent word pairs of the query, folded and (where diacritics were typed) exact:
    # documents holding them all form the phrase tier.
    bigrams: list[str] = field(default_factory=list)
    bigrams_exact: list[str] = field(default_factory=list)
    # Pairs that must stand together: a name typed as a unit ('Trần Hồng Hà'), folded;
    # and, where the reader typed its diacritics, the same pairs as typed ('trần_hồng').
    required_bigrams: list[str] = field(default_factory=list)
    required_bigrams_exact: list[str] = field(default_factory=list)
    # Meetings that lift a document without being required (those a named person attended).
    boost_meetings: list[str] = field(default_factory=list)
    # Series whose coverage is the archive's core: among equals, articles about them come first.
    prefer_series: list[str] = field(default_factory=list)
    # Vietnamese compound words of the query ('năng_lượng', 'nang_luong'): they lift, never restrict.
    compounds: list[str] = field(default_factory=list)
    # Meetings named in the query ('meeting:amem-38', 'series:amem'): each must match.
    meeting_tokens: list[str] = field(default_factory=list)
    # The whole query as a keyword token: articles their source tagged with it match and
    # rank first (see analysis/keywords.py).
    keyword: str | None = None
    # Other forms of parts of the query; matched as an alternative to the query's words.
    alternatives: list[Alternative] = field(default_factory=list)
    # Relaxed: a document needs only this share of the query's units (words; a Vietnamese
    # compound such as 'bóng đá' is one unit, its syllables side by side), always the
    # rarest one (used when no document has them all). 0 means every word.
    min_match: float = 0.0
    units: list[tuple[str, ...]] = field(default_factory=list)  # folded syllables of each unit
    language: str | None = None
    meeting_token: str | None = None
    series: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "relevance"  # relevance | newest | oldest
    page: int = 1
    page_size: int = 20
    facets: bool = True

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.meeting_tokens and not self.alternatives


@dataclass
class SearchResult:
    """What an engine answers: the page's article ids in order, the total and facet counts."""

    ids: list[int]
    total: int
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    # How many matches came only through alternatives (other languages' forms).
    via_alternatives: int = 0
