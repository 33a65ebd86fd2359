"""The ranking plan (archive/search/plan.py) as Elasticsearch query DSL: pure functions
from a `SearchRequest` to request bodies, checked in tests/test_elastic_requests.py.

Matching is a filter (no score): the request's filters and meetings, then the query's
words (every word and every required pair; or, relaxed, `minimum_should_match` over
its units, always holding the rarest), or the source's tag; or an alternative.

Ranking is one `function_score`: its query scores the plan's signal terms (BM25 with
b=0, see mapping.py), and its functions are the plan's buckets — each tier split by
`ranking_splits` — best first, with `score_mode: first` so that a document takes the
bonus of the first bucket that holds it (as in the Whoosh engine, where a document
belongs to the first tier that holds it). A bucket's bonus exceeds any signal score
the plan can reach (see `bucket_gap`), so buckets order strictly and the signal score
orders documents within one. Then newest first; undated last.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

from archive.search.engine import SIMILAR_TERMS
from archive.search.plan import Clause, DateRange, Phrase, SearchPlan, Term, ranking_splits, ranking_tiers
from archive.search.query import SearchRequest

FACET_FIELDS = ("language", "year", "source", "series")
FACET_SIZE = 1000  # every value (languages, years, sources, series: small sets)
MATCH_ALL = {"match_all": {}}
MATCH_NONE = {"match_none": {}}
# Lucene's BM25 idf is ln(1 + (N − df + 0.5)/(df + 0.5)) < ln(2N + 2): under 20 up to
# 10^8 documents; and tf/(tf + k1) < 1. So a term scores less than boost × IDF_CEILING.
IDF_CEILING = 20.0
NEWEST = {"published": {"order": "desc", "missing": "_last"}}
OLDEST = {"published": {"order": "asc", "missing": "_last"}}


# --- clauses -------------------------------------------------------------------------------


def clause(c: Clause) -> dict:
    if isinstance(c, Term):
        return {"term": {c.fieldname: c.text}}
    if isinstance(c, Phrase):
        # The field's analyzer is the whitespace tokenizer: the words stay the tokens.
        return {"match_phrase": {c.fieldname: " ".join(c.words)}}
    if isinstance(c, DateRange):
        bounds = {}
        if c.start is not None:
            bounds["gte"] = _iso(c.start)
        if c.end is not None:
            bounds["lte"] = _iso(c.end)
        return {"range": {c.fieldname: bounds}}
    raise TypeError(f"not a search clause: {c!r}")


def _iso(value: dt.datetime) -> str:
    return value.isoformat()


def all_of(clauses) -> dict:
    parts = [clause(c) if not isinstance(c, dict) else c for c in clauses]
    if not parts:
        return MATCH_ALL
    return parts[0] if len(parts) == 1 else {"bool": {"filter": parts}}


def any_of(clauses) -> dict:
    parts = [clause(c) if not isinstance(c, dict) else c for c in clauses]
    if not parts:
        return MATCH_NONE
    return parts[0] if len(parts) == 1 else {"bool": {"should": parts, "minimum_should_match": 1}}


# --- matching --------------------------------------------------------------------------------


def base(plan: SearchPlan) -> list[dict]:
    """Filters and named meetings: every one must hold."""
    return [clause(c) for c in [*plan.filters, *plan.meetings]]


def text_match(plan: SearchPlan, unit_counts: list[int] | None = None) -> dict | None:
    """What the query's words require (None: nothing beyond the base)."""
    if not plan.words:
        return None
    if not plan.min_match:
        words = all_of(plan.words)
        if not plan.required_pairs:
            return words
        # A name must stand together; the query as a phrase of the title counts too.
        together = [all_of(plan.required_pairs)]
        title = plan.title_phrase_exact if plan.title_phrase_exact is not None else plan.title_phrase
        if title is not None:
            together.append(clause(title))
        return all_of([words, any_of(together)])
    return relaxed_match(plan, unit_counts or [])


def relaxed_match(plan: SearchPlan, unit_counts: list[int]) -> dict:
    """A share of the units, always including the rarest one the archive holds.
    `unit_counts` are the units' document counts (over the whole index), in order."""
    if len(unit_counts) != len(plan.units):
        raise ValueError("relaxed matching needs each unit's document count")
    present = [i for i, n in enumerate(unit_counts) if n]
    if not present:
        return MATCH_NONE
    rarest = min(present, key=lambda i: unit_counts[i])
    need = max(1, math.ceil(plan.min_match * len(plan.units)))
    units = [all_of(unit) for unit in plan.units]
    return {"bool": {"filter": [units[rarest]], "should": units, "minimum_should_match": need}}


def main_match(plan: SearchPlan, unit_counts: list[int] | None = None) -> dict | None:
    """Matches of the query as typed (None: every document of the base)."""
    text = text_match(plan, unit_counts)
    if text is None or plan.keyword is None:
        return text
    return any_of([text, clause(plan.keyword)])  # tagged with the query: whatever the text says


def matched(plan: SearchPlan, main: dict | None) -> dict | None:
    """The query's matches: as typed, or through an alternative (None: the whole base)."""
    if main is None or not plan.alternatives:
        return main
    return any_of([main, *(all_of(alt.required) for alt in plan.alternatives)])


# --- ranking ---------------------------------------------------------------------------------


def signal_queries(plan: SearchPlan) -> list[dict]:
    return [{"term": {s.fieldname: {"value": s.text, "boost": s.boost}}} for s in plan.signals]


def bucket_gap(plan: SearchPlan) -> float:
    """A power of two above the highest signal score the plan can give (a float32 score
    adds a power of two exactly, and the gap keeps buckets from overlapping)."""
    ceiling = IDF_CEILING * sum(s.boost for s in plan.signals)
    return float(2 ** max(0, math.ceil(math.log2(ceiling + 1))))


def bucket_filters(plan: SearchPlan, main: dict | None) -> list[dict]:
    """The buckets best first, as filters read with "first match wins": each tier
    (plan.ranking_tiers), split by plan.ranking_splits into those in every split, ...,
    those in none (the Whoosh engine's order)."""
    splits = [all_of([*s.all_of, *([any_of(s.any_of)] if s.any_of else [])]) for s in ranking_splits(plan)]
    buckets = []
    for tier in ranking_tiers(plan):
        if tier.alternatives_only:
            parts = []  # the last tier: whatever matched and no earlier tier holds
        else:
            parts = [main] if main is not None else []
            parts += [clause(c) for c in tier.all_of]
            if tier.any_of:
                parts.append(any_of(tier.any_of))
        combos = [parts]
        for split in splits:
            combos = [c for combo in combos for c in ([*combo, split], combo)]
        buckets += [all_of(combo) for combo in combos]
    return buckets


def ranked_query(plan: SearchPlan, filters: list[dict], main: dict | None) -> dict:
    scored = {"bool": {"filter": filters, "should": signal_queries(plan)}}
    # Without alternatives every hit is a main match: the buckets need not say so again.
    buckets = bucket_filters(plan, main if plan.alternatives else None)
    gap = bucket_gap(plan)
    functions = [{"filter": f, "weight": (len(buckets) - i) * gap} for i, f in enumerate(buckets)]
    return {"function_score": {"query": scored, "functions": functions, "score_mode": "first", "boost_mode": "sum"}}


# --- whole requests ---------------------------------------------------------------------------


def facet_aggregations() -> dict:
    """Facet counts over every match (aggregations see the query's hits, not the page)."""
    return {f: {"terms": {"field": f, "size": FACET_SIZE}} for f in FACET_FIELDS}


def search_body(request: SearchRequest, plan: SearchPlan, unit_counts: list[int] | None = None) -> dict:
    """The body of `POST /<index>/_search` for a request (see module docstring)."""
    filters = base(plan)
    main = main_match(plan, unit_counts)
    everything = matched(plan, main)
    if everything is not None:
        filters.append(everything)
    newest_only = (not plan.words and not plan.alternatives) or request.sort in ("newest", "oldest")
    if newest_only:
        query = {"bool": {"filter": filters}} if filters else MATCH_ALL
        sort = [OLDEST if request.sort == "oldest" else NEWEST, {"django_id": "asc"}]
    else:
        query = ranked_query(plan, filters, main)
        sort = ["_score", NEWEST, {"django_id": "asc"}]
    body = {
        "query": query,
        "sort": sort,
        "from": (request.page - 1) * request.page_size,
        "size": request.page_size,
        "track_total_hits": True,
        "_source": ["django_id"],
    }
    aggs = {}
    if request.facets:
        aggs.update(facet_aggregations())
    if plan.alternatives and main is not None:
        # Matches that came only through alternatives (another language's forms).
        aggs["via_alternatives"] = {"filter": {"bool": {"must_not": [main]}}}
    if aggs:
        body["aggs"] = aggs
    return body


def similar_body(identifier: str, terms: dict[str, Counter], limit: int, language: str | None = None) -> dict:
    """The body of `POST /<index>/_search` for articles like one (engine.similar): a
    `more_like_this` over the article's subject terms (engine.subject_terms) given as an
    artificial document, so an article not indexed yet works too. Like the Whoosh engine:
    at most SIMILAR_TERMS terms by tf × idf, none that only this article holds, a document
    sharing any one of them matches; best score first, then newest. `identifier` is the
    article's document id (`archive.article.<pk>`), left out of the answer."""
    like = {field: " ".join(counts.elements()) for field, counts in terms.items() if counts}
    if not like:
        return {"query": MATCH_NONE, "size": 0, "_source": ["django_id"]}
    more_like_this = {
        "more_like_this": {
            "fields": sorted(like),
            "like": [{"doc": like}],
            "min_term_freq": 1,
            "min_doc_freq": 2,
            "max_query_terms": SIMILAR_TERMS,
            "minimum_should_match": 1,
        }
    }
    filters = [clause(Term("language", language))] if language else []
    return {
        "query": {
            "bool": {"must": [more_like_this], "filter": filters, "must_not": [{"ids": {"values": [identifier]}}]}
        },
        "sort": ["_score", NEWEST, {"django_id": "asc"}],
        "size": limit,
        "_source": ["django_id"],
    }


def unit_count_bodies(plan: SearchPlan) -> list[dict]:
    """`_count` bodies for the relaxed units (over the whole index, as the rarest is chosen)."""
    return [count_body(unit) for unit in plan.units]


def count_body(clauses) -> dict:
    return {"query": {"bool": {"filter": [all_of(clauses)]}}}


def parse_facets(aggregations: dict) -> dict[str, dict[str, int]]:
    return {
        f: {str(b["key"]): b["doc_count"] for b in aggregations[f]["buckets"]}
        for f in FACET_FIELDS
        if f in aggregations
    }
