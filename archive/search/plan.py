"""The ranking rules, engine-neutral: what a `SearchRequest` must match, and how its
matches are ordered. Engines translate these clauses (`Term`, `Phrase`,
`DateRange` over the index fields of archive/search_indexes.py) into their own
queries: archive/search/whoosh/ with bitsets and posting blocks.

Matching: every word (folded), every named meeting, every required pair (names);
or an article its source tagged with the query. Ranking goes by buckets, best
first (see `ranked_tiers`): coverage of the meetings a named person attended;
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


@dataclass(frozen=True)
class Term:
    """Documents whose index field holds this token."""

    fieldname: str
    text: str
    boost: float = 1.0


@dataclass(frozen=True)
class Phrase:
    """Documents whose (positional) index field holds these tokens in this order."""

    fieldname: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class DateRange:
    fieldname: str
    start: dt.datetime | None
    end: dt.datetime | None


Clause = Term | Phrase | DateRange


def _day_start(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


def build_filters(request: SearchRequest) -> list[Clause]:
    clauses: list[Clause] = []
    if request.language:
        clauses.append(Term("language", request.language))
    if request.meeting_token:
        clauses.append(Term("meetings", request.meeting_token))
    if request.series:
        clauses.append(Term("series", request.series))
    if request.date_from or request.date_to:
        start = _day_start(request.date_from) if request.date_from else None
        end = None
        if request.date_to:
            end = _day_start(request.date_to) + dt.timedelta(days=1) - dt.timedelta(microseconds=1)
        clauses.append(DateRange("published", start, end))
    return clauses


@dataclass
class AlternativePlan:
    label: str
    required: list[Clause]


@dataclass
class SearchPlan:
    filters: list[Clause]
    meetings: list[Clause] = field(default_factory=list)  # each must match
    words: list[Term] = field(default_factory=list)  # the query's words (folded text); all must match
    required_pairs: list[Term] = field(default_factory=list)  # pairs that must stand together (names)
    pairs: list[Term] = field(default_factory=list)  # every adjacent pair of the query: the phrase tier
    # As typed: pairs and words with the reader's diacritics (empty when none were typed).
    exact_pairs: list[Term] = field(default_factory=list)
    exact_words: list[Term] = field(default_factory=list)
    core: list[Term] = field(default_factory=list)  # the archive's core coverage (meeting series)
    person_meetings: list[Term] = field(default_factory=list)  # meetings a person the query names attended
    keyword: Term | None = None  # the whole query as a keyword its source tagged articles with
    title_phrase: Clause | None = None  # the whole query as a phrase in the title
    # The same with the diacritics as typed (a name typed with marks must keep them).
    title_phrase_exact: Clause | None = None
    alternatives: list[AlternativePlan] = field(default_factory=list)
    signals: list[Term] = field(default_factory=list)  # scoring terms, with boosts
    min_match: float = 0.0
    units: list[list[Term]] = field(default_factory=list)  # for relaxed matching: each unit's terms

    @property
    def has_query(self) -> bool:
        return bool(self.meetings or self.words or self.alternatives)


def _term(field_name: str, text: str, boost_key: str | None = None) -> Term:
    return Term(field_name, text, boost=BOOST[boost_key or field_name])


def build_plan(request: SearchRequest) -> SearchPlan:
    plan = SearchPlan(filters=build_filters(request), min_match=request.min_match)
    if request.is_empty:
        return plan
    plan.meetings = [_term("meetings", tok) for tok in request.meeting_tokens]
    if request.keyword:
        plan.keyword = Term("tags", request.keyword)
    plan.words = [Term("text", t.folded) for t in request.terms]
    plan.required_pairs = [Term("bigrams", b) for b in dict.fromkeys(request.required_bigrams)]
    plan.required_pairs += [Term("bigrams_x", b) for b in dict.fromkeys(request.required_bigrams_exact)]
    plan.pairs = [Term("bigrams", b) for b in dict.fromkeys(request.bigrams)]
    if request.bigrams_exact or any(t.exact for t in request.terms):
        marked = {analysis.fold(b): b for b in request.bigrams_exact}
        plan.exact_pairs = [
            Term("bigrams_x", marked[b]) if b in marked else Term("bigrams", b) for b in dict.fromkeys(request.bigrams)
        ]
        plan.exact_words = [Term("exact", t.exact) for t in request.terms if t.exact]
    plan.core = [Term("series", s) for s in request.prefer_series]
    plan.person_meetings = [Term("meetings", m) for m in dict.fromkeys(request.boost_meetings)]
    if len(request.terms) > 1:
        plan.title_phrase = Phrase("title_f", tuple(t.folded for t in request.terms))
        if request.required_bigrams_exact:
            plan.title_phrase_exact = Phrase("title", tuple(t.exact or t.folded for t in request.terms))
    elif request.terms:  # one word: articles with it in the title first (a tag-like query)
        plan.title_phrase = Term("title_f", request.terms[0].folded)
    plan.units = [
        [Term("text", u[0])] if len(u) == 1 else [Term("bigrams", f"{a}_{b}") for a, b in zip(u, u[1:], strict=False)]
        for u in request.units or [(t.folded,) for t in request.terms]
    ]
    for alt in request.alternatives:
        required = [Term("text", t) for t in alt.terms] + [Term("bigrams", b) for b in alt.bigrams]
        if required:
            plan.alternatives.append(AlternativePlan(alt.label, required))

    signals: list[Term] = list(plan.meetings)
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
    signals += [Term("meetings", m, boost=BOOST["person_meetings"]) for m in dict.fromkeys(request.boost_meetings)]
    for alt in request.alternatives:
        parts = alt.bigrams or alt.terms
        signals += [Term("bigrams" if alt.bigrams else "text", p, boost=BOOST["alternative"]) for p in parts]
    plan.signals = list({(s.fieldname, s.text): s for s in signals}.values())
    return plan


@dataclass(frozen=True)
class Tier:
    """A bucket of the ranking: the query's matches that also hold every clause of
    `all_of` and, when given, one of `any_of`; or, with `alternatives_only`, the
    matches that came only through alternatives."""

    name: str
    all_of: tuple[Clause, ...] = ()
    any_of: tuple[Clause, ...] = ()
    alternatives_only: bool = False


def ranking_tiers(plan: SearchPlan) -> list[Tier]:
    """The buckets, best first; a document belongs to the first that holds it."""
    tiers = []
    if plan.person_meetings:  # coverage of the meetings a person the query names attended
        tiers.append(Tier("person's meetings", any_of=tuple(plan.person_meetings)))
    title = (plan.title_phrase,) if plan.title_phrase is not None else ()
    if plan.keyword is not None:  # tagged with the query by its source
        if title:
            tiers.append(Tier("tagged, title phrase", all_of=(plan.keyword, *title)))
        tiers.append(Tier("tagged", all_of=(plan.keyword,)))
    if title:
        tiers.append(Tier("title phrase", all_of=title))
    if plan.exact_pairs and len(plan.exact_pairs) == len(plan.pairs):
        tiers.append(Tier("pairs as typed", all_of=tuple(plan.exact_pairs)))
    if plan.pairs:
        tiers.append(Tier("pairs", all_of=tuple(plan.pairs)))
    tiers.append(Tier("words"))
    tiers.append(Tier("alternatives", alternatives_only=True))
    return tiers


def ranking_splits(plan: SearchPlan) -> list[Tier]:
    """Within each bucket, these come first: the words with the marks as typed, then
    (among those) articles about the archive's core meeting series."""
    splits = []
    if plan.exact_words:
        splits.append(Tier("words as typed", all_of=tuple(plan.exact_words)))
    if plan.core:
        splits.append(Tier("core series", any_of=tuple(plan.core)))
    return splits
