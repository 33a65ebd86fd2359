"""Engine-neutral clauses (archive/search/plan.py) as Whoosh queries."""

from __future__ import annotations

from functools import lru_cache

from whoosh import query as wq

from archive.search import plan


@lru_cache(maxsize=4096)
def to_whoosh(clause) -> wq.Query:
    if isinstance(clause, plan.Term):
        return wq.Term(clause.fieldname, clause.text, boost=clause.boost)
    if isinstance(clause, plan.Phrase):
        return wq.Phrase(clause.fieldname, list(clause.words))
    if isinstance(clause, plan.DateRange):
        return wq.DateRange(clause.fieldname, clause.start, clause.end)
    if isinstance(clause, wq.Query):
        return clause
    raise TypeError(f"not a search clause: {clause!r}")
