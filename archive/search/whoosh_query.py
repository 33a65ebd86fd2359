"""Translate a `SearchRequest` into Whoosh query objects.

Ranking: tiers (title phrase, then title words, then body only), and within a
tier boosts — exact diacritics over folded ones, compound words, a named meeting
most of all — on top of BM25.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from whoosh import query as wq

from archive.search.query import SearchRequest

BOOST = {
    "text": 1.0,
    "title_f": 2.0,
    "title": 2.0,
    "meetings": 6.0,
    "words": 1.5,
}


def _title_boosts(request: SearchRequest) -> list[wq.Query]:
    """Optional clauses: words in the title, exact diacritics, the query as a phrase."""
    boosts: list[wq.Query] = []
    for t in request.terms:
        boosts.append(wq.Term("title_f", t.folded, boost=BOOST["title_f"]))
        if t.exact:
            boosts.append(wq.Term("title", t.exact, boost=BOOST["title"]))
    return boosts


def _day_start(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


def build_filters(request: SearchRequest) -> list[wq.Query]:
    clauses: list[wq.Query] = []
    if request.language:
        clauses.append(wq.Term("language", request.language))
    if request.meeting_token:
        clauses.append(wq.Term("meetings", request.meeting_token))
    if request.series:
        clauses.append(wq.Term("series", request.series))
    if request.date_from or request.date_to:
        start = _day_start(request.date_from) if request.date_from else None
        end = _day_start(request.date_to) + dt.timedelta(days=1) - dt.timedelta(microseconds=1) if request.date_to else None
        clauses.append(wq.DateRange("published", start, end))
    return clauses


@dataclass
class WhooshPlan:
    required: list[wq.Query]  # every one must match (meetings, words); empty: every document
    boosts: list[wq.Query]  # optional clauses that only reorder what `required` matched
    filters: list[wq.Query]
    title_phrase: wq.Query | None  # the whole query as a phrase in the title
    words: list[wq.Term] = field(default_factory=list)  # the query's words in the folded text field
    exact_title: list[wq.Term] = field(default_factory=list)  # words typed with diacritics, in the exact title

    @property
    def required_query(self) -> wq.Query | None:
        if not self.required:
            return None
        if len(self.required) == 1:
            return self.required[0]
        return wq.And(self.required)

    @property
    def filter(self) -> wq.Query | None:
        if not self.filters:
            return None
        return self.filters[0] if len(self.filters) == 1 else wq.And(self.filters)

    def scored(self, extra: wq.Query | None = None) -> wq.Query:
        main = self.required_query or wq.Every()
        if extra is not None:
            main = wq.And([main, extra])
        return wq.AndMaybe(main, wq.Or(self.boosts)) if self.boosts else main

    def tiers(self) -> list[wq.Query]:
        """Ranking tiers, best first: the query as a phrase in the title, then the rest.

        The phrase tier is driven by the title's short postings and is what a
        known-item search types; checking phrases as a boost on every match
        (span matching per candidate) was most of the query time at 37k articles.
        Within the second tier, title words weigh more through boosts."""
        if self.title_phrase is None:
            return [self.scored()]
        return [self.scored(self.title_phrase), self.scored()]


def build_query(request: SearchRequest) -> WhooshPlan:
    filters = build_filters(request)
    if request.is_empty:
        return WhooshPlan([], [], filters, None)
    required: list[wq.Query] = [wq.Term("meetings", tok, boost=BOOST["meetings"]) for tok in request.meeting_tokens]
    words = [wq.Term("text", t.folded, boost=BOOST["text"]) for t in request.terms]
    if request.match_any and words:
        required.append(wq.Or(words))
    else:
        required.extend(words)
    boosts = _title_boosts(request) + [wq.Term("words", c, boost=BOOST["words"]) for c in dict.fromkeys(request.compounds)]
    title_phrase = wq.Phrase("title_f", [t.folded for t in request.terms]) if len(request.terms) > 1 else None
    words = [wq.Term("text", t.folded) for t in request.terms]
    exact_title = [wq.Term("title", t.exact) for t in request.terms if t.exact]
    return WhooshPlan(required, boosts, filters, title_phrase, words, exact_title)
