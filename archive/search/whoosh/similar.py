"""Articles like a given one (engine.similar) on Whoosh: the article's most distinctive
words and repeated word pairs as an OR query over the `text` and `bigrams` fields, scored
like search's signal terms (ranking.term_scores), within the language's bitset.

Cost is reading postings (in segments written before codec.SplitBlockCodec, a `text`
block's ids come with every posting's positions). So the words' document frequencies
come from the per-segment vocabularies already kept for slip correction (no dictionary
lookups; only the few repeated pairs are looked up), and only the rarest of the chosen
terms are read, within SIMILAR_POSTINGS.
"""

from __future__ import annotations

import heapq
import math

import numpy as np
from whoosh import query as wq

from archive.search.engine import SIMILAR_TERMS, subject_terms
from archive.search.plan import Term
from archive.search.whoosh.bitsets import DocSets
from archive.search.whoosh.ranking import SaturatedTfIdf, document_frequency, term_scores, text_frequencies

# Postings read at most, rarest terms first (as in search's SCORING_POSTINGS): a word in
# thousands of articles costs the most to read and says the least about this one.
SIMILAR_POSTINGS = 1000


def distinctive_terms(searcher, text: str, n: int = SIMILAR_TERMS) -> list[tuple[Term, int]]:
    """The `n` subject terms of an analysed text (engine.subject_terms) weighing most by
    saturated tf × idf, each with its document frequency. A term no other document holds
    matches nothing."""
    candidates = subject_terms(text)
    words, pairs = list(candidates["text"]), list(candidates["bigrams"])
    terms = [Term("text", w) for w in words] + [Term("bigrams", p) for p in pairs]
    frequencies = text_frequencies(searcher, words) + [document_frequency(searcher, "bigrams", p) for p in pairs]
    total = searcher.doc_count_all()
    k1 = SaturatedTfIdf.K1
    weighed = []
    for term, df in zip(terms, frequencies, strict=True):
        if df >= 2:
            tf = candidates[term.fieldname][term.text]
            weighed.append((tf / (tf + k1) * (math.log(total / (df + 1)) + 1), term, df))
    return [(term, df) for _weight, term, df in heapq.nlargest(n, weighed, key=lambda x: x[0])]


def similar_documents(searcher, sets: DocSets, text: str, language: str | None, limit: int) -> list[int]:
    """Document numbers of up to `limit` documents sharing the most of the text's
    distinctive terms, best first (newest first among equal scores)."""
    terms = distinctive_terms(searcher, text)
    if not terms:
        return []
    scores = term_scores(searcher, [t for t, _df in terms], [df for _t, df in terms], SIMILAR_POSTINGS)
    candidates = np.flatnonzero(scores)
    allowed = sets.all_of([wq.Term("language", language)]) if language else sets.live
    candidates = candidates[sets.holds(allowed, candidates)]
    if not len(candidates):
        return []
    found = np.round(scores[candidates], 6)
    # lexsort: the last key first; best score, then newest.
    order = np.lexsort((sets.rank_array()[candidates], -found))[:limit]
    return candidates[order].tolist()
