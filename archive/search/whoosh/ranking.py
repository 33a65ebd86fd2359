"""The ranking plan (archive/search/plan.py) carried out on Whoosh: matching with
bitsets, buckets best first, and within a bucket saturated tf × idf summed over
posting blocks with numpy."""

from __future__ import annotations

import math

import numpy as np
from whoosh import scoring

from archive.search.plan import SearchPlan, ranking_splits, ranking_tiers
from archive.search.whoosh.bitsets import DocSets, per_segment
from archive.search.whoosh.postings import posting_blocks

# Scoring reads each scoring term's posting blocks (see postings.py): the most
# frequent terms are dropped from scoring until the total is under this budget.
SCORING_POSTINGS = 10_000


class SaturatedTfIdf(scoring.WeightingModel):
    """BM25 without length normalisation: idf × (k1 + 1)·tf / (k1 + tf).

    Whoosh's BM25F reads each scored document's field length from the segment file
    (a seek and a read per document per field, without memory maps): that was most
    of the scoring time. News articles are of similar length, and the ranking
    tiers (phrase, pairs, words) carry what length normalisation would add.
    """

    K1 = 1.2

    def scorer(self, searcher, fieldname, text, qf=1):
        return _SaturatedScorer(searcher.idf(fieldname, text), self.K1)


class _SaturatedScorer(scoring.BaseScorer):
    def __init__(self, idf: float, k1: float):
        self.idf, self.k1 = idf, k1

    def supports_block_quality(self):
        return False

    def score(self, matcher):
        tf = matcher.weight()
        return self.idf * tf * (self.k1 + 1) / (tf + self.k1)


def main_matches(sets: DocSets, plan: SearchPlan, base: int) -> int:
    """Documents that match the query as typed: every word and every required pair,
    or, relaxed, a share of the words that always includes the rarest."""
    tagged = base & sets.bits(plan.keyword) if plan.keyword is not None else 0
    return _text_matches(sets, plan, base) | tagged  # tagged with the query: whatever the text says


def _text_matches(sets: DocSets, plan: SearchPlan, base: int) -> int:
    if not plan.words:
        return base  # only meetings, or an empty query (filters alone)
    words = [sets.bits(w) for w in plan.words]
    if not plan.min_match:
        matched = base & _and(words)
        if not plan.required_pairs:
            return matched
        # A name must stand together; the query as a phrase of the title (punctuation
        # between its words, 'Hồ - Khánh') counts as standing together too.
        together = sets.all_of(plan.required_pairs)
        title_phrase = plan.title_phrase_exact if plan.title_phrase_exact is not None else plan.title_phrase
        if title_phrase is not None:
            together |= sets.bits(title_phrase)
        return matched & together
    words = [sets.all_of(unit) for unit in plan.units]
    need = max(1, math.ceil(plan.min_match * len(words)))
    present = [w for w in words if w]
    if not present:
        return 0
    # The rarest word the archive has: the one that says most about what was meant.
    rarest = min(present, key=int.bit_count)
    groups = DocSets.by_count(base & rarest, words)  # all words first, then one fewer, ...
    matched = 0
    for group in groups[: len(words) - need + 1]:
        matched |= group
    return matched


def _and(bitsets: list[int]) -> int:
    result = -1
    for b in sorted(bitsets, key=int.bit_count):
        result &= b
        if not result:
            break
    return result


def ranked(searcher, sets: DocSets, plan: SearchPlan, main: int, alt_only: int, end: int) -> list[int]:
    """The first `end` document numbers: best bucket first (plan.ranking_tiers, each split
    by plan.ranking_splits), by score then newest within one."""
    tiers = []
    for tier in ranking_tiers(plan):
        if tier.alternatives_only:
            tiers.append(alt_only)
            continue
        bits = main & sets.all_of(tier.all_of) if tier.all_of else main
        tiers.append(bits & sets.any_of(tier.any_of) if tier.any_of else bits)
    splits = [sets.all_of(s.all_of) & (sets.any_of(s.any_of) if s.any_of else -1) for s in ranking_splits(plan)]
    buckets = []
    for tier in tiers:
        parts = [tier]
        for split in splits:
            parts = [p for part in parts for p in (part & split, part)]
        buckets += parts
    scores = _scores(searcher, plan)
    rank = sets.rank_array()
    hits: list[int] = []
    seen = 0
    for bucket in buckets:
        rest = bucket & ~seen
        if rest:
            members = sets.members(rest)
            member_scores = np.round(scores[members], 6)
            has = member_scores > 0
            scored = members[has]
            # Best score first; newest first among equal scores.
            order = np.lexsort((rank[scored], -member_scores[has]))
            hits += scored[order[: end - len(hits)]].tolist()
            if len(hits) < end and len(scored) < len(members):
                hits += sets.newest(rest, end - len(hits), set(hits))
        if len(hits) >= end:
            break
        seen |= bucket
    return hits


def document_frequency(searcher, field_name: str, term: str) -> int:
    """Document frequency, remembered per searcher generation: a lookup reads the term
    dictionary of every segment."""
    cache = getattr(searcher, "_archive_df", None)
    if cache is None or len(cache) > 200_000:
        cache = searcher._archive_df = {}
    key = (field_name, term)
    df = cache.get(key)
    if df is None:
        df = cache[key] = searcher.doc_frequency(field_name, term)
    return df


def _scores(searcher, plan) -> np.ndarray:
    """The plan's signal terms scored (see term_scores)."""
    frequencies = [document_frequency(searcher, t.fieldname, t.text) for t in plan.signals]
    return term_scores(searcher, plan.signals, frequencies)


def term_scores(searcher, terms, frequencies: list[int], budget: int = SCORING_POSTINGS) -> np.ndarray:
    """Saturated tf × idf (see SaturatedTfIdf) over these terms (plan.Term, each with its
    document frequency), rarest first, within the postings budget, summed per document:
    an array indexed by document number (0 where no scoring term occurs)."""
    chosen = []
    for df, i in sorted(zip(frequencies, range(len(terms)), strict=True)):
        if df and df <= budget:
            chosen.append((terms[i], df))
            budget -= df
    total = searcher.doc_count_all()
    scores = np.zeros(total, dtype=np.float64)
    k1 = SaturatedTfIdf.K1
    for term, df in chosen:
        # Whoosh's idf (WeightingModel.idf), from the frequency at hand: asking the
        # searcher would look the term up in the dictionary again.
        idf = math.log(total / (df + 1)) + 1
        factor = idf * term.boost * (k1 + 1)
        for ids, weights in posting_blocks(searcher, term.fieldname, term.text):
            # A term lists a document once, so the fancy-indexed add never collides.
            scores[ids] += factor * weights / (weights + k1)
    return scores


def text_vocabulary(reader) -> dict[str, int]:
    """One segment's words of the `text` field, each with its document frequency."""
    return {
        (t.decode("utf-8") if isinstance(t, bytes) else t): info.doc_frequency()
        for t, info in reader.iter_field("text")
    }


def text_frequencies(searcher, words) -> list[int]:
    """Document frequencies of words in the `text` field, from per-segment vocabularies
    kept across generations (a dictionary lookup per word and segment, no file read)."""
    vocabularies = [
        per_segment(reader, "vocabulary", text_vocabulary) for reader, _offset in searcher.reader().leaf_readers()
    ]
    if len(vocabularies) == 1:
        vocabulary = vocabularies[0]
        return [vocabulary.get(w, 0) for w in words]
    return [sum(v.get(w, 0) for v in vocabularies) for w in words]
