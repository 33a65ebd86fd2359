"""A backend-neutral description of one search, built by the query service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class QueryTerm:
    """One word the reader typed: its folded form always, its exact form when it carries diacritics."""

    folded: str
    exact: str | None = None


@dataclass
class SearchRequest:
    terms: list[QueryTerm] = field(default_factory=list)
    # Vietnamese compound words of the query ('năng_lượng', 'nang_luong'): they lift, never restrict.
    compounds: list[str] = field(default_factory=list)
    # Meetings named in the query ('meeting:amem-38', 'series:amem'): each must match.
    meeting_tokens: list[str] = field(default_factory=list)
    # Relaxed: any term may match (used when all-terms finds nothing).
    match_any: bool = False
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
        return not self.terms and not self.meeting_tokens
