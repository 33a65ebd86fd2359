"""Translate a `SearchRequest` into Whoosh terms: what must match, and what scores.

Matching is decided with bitsets (see bitsets.py): every word (folded), every
named meeting, every required pair (names). Ranking goes by buckets, best first
(see `_ranked` in backend.py): coverage of the meetings a named person attended;
articles their source tagged with the query as a keyword (the title phrase first
among them); the query as a phrase of the title (one word: in the title); every pair as typed;
every pair folded; every word; matches of alternatives only (glossary forms in
other languages, a person's other names). Each bucket puts documents with the
words exactly as typed first, then articles about the archive's meeting series.

Within a bucket, saturated tf × idf over the signal terms orders documents: pairs
(exact diacritics above folded), words in the title, exact words, compounds,
meetings and alternatives. Terms so common that walking their postings would cost
more than they tell are left out of scoring (see SCORING_POSTINGS).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from whoosh import query as wq

from archive import analysis
from archive.search.query import SearchRequest

BOOST = {
    "text": 0.6,
    "bigrams": 1.0,
    "bigrams_x": 1.5,
    "exact": 0.6,
    "title_f": 2.0,
    "title": 2.0,
    "meetings": 6.0,
    "words": 1.0,
    "alternative": 0.8,
    "person_meetings": 3.0,
}

# Scoring walks each scoring term's postings in Python (about 1 µs each, block by block;
# see backend._postings): the most frequent terms are dropped from scoring until the
# total is under this budget.
SCORING_POSTINGS = 10_000


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
        end = None
        if request.date_to:
            end = _day_start(request.date_to) + dt.timedelta(days=1) - dt.timedelta(microseconds=1)
        clauses.append(wq.DateRange("published", start, end))
    return clauses


@dataclass
class AlternativePlan:
    label: str
    required: list[wq.Query]


@dataclass
class WhooshPlan:
    filters: list[wq.Query]
    meetings: list[wq.Query] = field(default_factory=list)  # each must match
    words: list[wq.Term] = field(default_factory=list)  # the query's words (folded text); all must match
    required_pairs: list[wq.Term] = field(default_factory=list)  # pairs that must stand together (names)
    pairs: list[wq.Term] = field(default_factory=list)  # every adjacent pair of the query: the phrase tier
    # As typed: pairs and words with the reader's diacritics (empty when none were typed).
    exact_pairs: list[wq.Term] = field(default_factory=list)
    exact_words: list[wq.Term] = field(default_factory=list)
    core: list[wq.Term] = field(default_factory=list)  # the archive's core coverage (meeting series)
    person_meetings: list[wq.Term] = field(default_factory=list)  # meetings a person the query names attended
    keyword: wq.Term | None = None  # the whole query as a keyword its source tagged articles with
    title_phrase: wq.Query | None = None  # the whole query as a phrase in the title
    # The same with the diacritics as typed (a name typed with marks must keep them).
    title_phrase_exact: wq.Query | None = None
    alternatives: list[AlternativePlan] = field(default_factory=list)
    signals: list[wq.Term] = field(default_factory=list)  # scoring terms, with boosts
    min_match: float = 0.0
    units: list[list[wq.Term]] = field(default_factory=list)  # for relaxed matching: each unit's terms

    @property
    def has_query(self) -> bool:
        return bool(self.meetings or self.words or self.alternatives)


def _term(field_name: str, text: str, boost_key: str | None = None) -> wq.Term:
    return wq.Term(field_name, text, boost=BOOST[boost_key or field_name])


def build_query(request: SearchRequest) -> WhooshPlan:
    plan = WhooshPlan(filters=build_filters(request), min_match=request.min_match)
    if request.is_empty:
        return plan
    plan.meetings = [_term("meetings", tok) for tok in request.meeting_tokens]
    if request.keyword:
        plan.keyword = wq.Term("tags", request.keyword)
    plan.words = [wq.Term("text", t.folded) for t in request.terms]
    plan.required_pairs = [wq.Term("bigrams", b) for b in dict.fromkeys(request.required_bigrams)]
    plan.required_pairs += [wq.Term("bigrams_x", b) for b in dict.fromkeys(request.required_bigrams_exact)]
    plan.pairs = [wq.Term("bigrams", b) for b in dict.fromkeys(request.bigrams)]
    if request.bigrams_exact or any(t.exact for t in request.terms):
        marked = {analysis.fold(b): b for b in request.bigrams_exact}
        plan.exact_pairs = [
            wq.Term("bigrams_x", marked[b]) if b in marked else wq.Term("bigrams", b)
            for b in dict.fromkeys(request.bigrams)
        ]
        plan.exact_words = [wq.Term("exact", t.exact) for t in request.terms if t.exact]
    plan.core = [wq.Term("series", s) for s in request.prefer_series]
    plan.person_meetings = [wq.Term("meetings", m) for m in dict.fromkeys(request.boost_meetings)]
    if len(request.terms) > 1:
        plan.title_phrase = wq.Phrase("title_f", [t.folded for t in request.terms])
        if request.required_bigrams_exact:
            plan.title_phrase_exact = wq.Phrase("title", [t.exact or t.folded for t in request.terms])
    elif request.terms:  # one word: articles with it in the title first (a tag-like query)
        plan.title_phrase = wq.Term("title_f", request.terms[0].folded)
    plan.units = [
        [wq.Term("text", u[0])]
        if len(u) == 1
        else [wq.Term("bigrams", f"{a}_{b}") for a, b in zip(u, u[1:], strict=False)]
        for u in request.units or [(t.folded,) for t in request.terms]
    ]
    for alt in request.alternatives:
        required = [wq.Term("text", t) for t in alt.terms] + [wq.Term("bigrams", b) for b in alt.bigrams]
        if required:
            plan.alternatives.append(AlternativePlan(alt.label, required))

    signals: list[wq.Term] = list(plan.meetings)
    signals += [_term("bigrams", b) for b in dict.fromkeys(request.bigrams)]
    signals += [_term("bigrams_x", b) for b in dict.fromkeys(request.bigrams_exact)]
    for t in request.terms:
        signals.append(_term("title_f", t.folded))
        if not request.bigrams:  # with pairs, the pairs carry the body's evidence
            signals.append(_term("text", t.folded))
        if t.exact:
            signals.append(_term("title", t.exact))
            if not request.bigrams_exact:
                signals.append(_term("exact", t.exact))
    signals += [_term("words", c) for c in dict.fromkeys(request.compounds)]
    signals += [wq.Term("meetings", m, boost=BOOST["person_meetings"]) for m in dict.fromkeys(request.boost_meetings)]
    for alt in request.alternatives:
        parts = alt.bigrams or alt.terms
        signals += [wq.Term("bigrams" if alt.bigrams else "text", p, boost=BOOST["alternative"]) for p in parts]
    plan.signals = list({(s.fieldname, s.text): s for s in signals}.values())
    return plan
