"""Counting and facets with document bitsets, cached per index generation.

Walking every match through Whoosh's collector to count it and read its facet
values cost 100–250 ms per query at 37k articles. Here each term's matching
documents become one Python int used as a bitset (built once per searcher,
then `&`, `|` and `int.bit_count()` run in C): a query's count and its facet
counts take a few popcounts.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable

import numpy as np
from whoosh import query as wq

from archive.search.whoosh.postings import phrase_documents, posting_blocks
from archive.search.whoosh.translate import to_whoosh


class DocSets:
    """Bitsets of document numbers for one searcher (one index generation)."""

    def __init__(self, searcher, max_entries: int = 4096):
        self.searcher = searcher
        self.size = searcher.doc_count_all()
        self._cache: OrderedDict[str, int] = OrderedDict()
        self._lock = threading.Lock()
        self._max = max_entries
        self._values: dict[str, list[str]] = {}
        self.live = self.bits(wq.Every())
        keep_only_segments(reader for reader, _offset in searcher.reader().leaf_readers())

    def bits(self, q) -> int:
        """The documents matching a Whoosh query or a plan clause (archive/search/plan.py)."""
        key = repr(q)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        query = q if isinstance(q, wq.Query) else to_whoosh(q)
        if isinstance(query, wq.Term) and hasattr(self, "live"):
            # From the posting blocks in numpy (deleted documents masked by `live`): the
            # generic path below spends a Python loop per matching document.
            value = self._from_docnums(
                ids for ids, _weights in posting_blocks(self.searcher, query.fieldname, query.text)
            )
        elif isinstance(query, wq.Phrase) and query.slop == 1 and self._has_positions(query.fieldname):
            # Ids first, then positions of the documents holding every word (postings.py).
            value = self._from_docnums([phrase_documents(self.searcher, query.fieldname, query.words)])
        else:
            buf = bytearray((self.size >> 3) + 1)
            for docnum in self.searcher.docs_for_query(query):
                buf[docnum >> 3] |= 1 << (docnum & 7)
            value = int.from_bytes(buf, "little")
        with self._lock:
            self._cache[key] = value
            while len(self._cache) > self._max:
                self._cache.popitem(last=False)
        return value

    def _from_docnums(self, arrays) -> int:
        """A bitset of these arrays' document numbers, deleted documents masked by `live`."""
        member = np.zeros(self.size + 8, dtype=bool)
        for ids in arrays:
            member[ids] = True
        return int.from_bytes(np.packbits(member, bitorder="little").tobytes(), "little") & self.live

    def _has_positions(self, fieldname: str) -> bool:
        schema = self.searcher.schema
        return fieldname in schema and schema[fieldname].format.supports("positions")

    def all_of(self, queries: Iterable) -> int:
        result = self.live
        # Rarest first keeps intermediate ints small (ints shrink with their top bit only,
        # but an early zero ends the loop).
        for q in queries:
            result &= self.bits(q)
            if not result:
                break
        return result

    def any_of(self, queries: Iterable) -> int:
        result = 0
        for q in queries:
            result |= self.bits(q)
        return result & self.live

    def facet_counts(self, matched: int, fieldname: str) -> dict[str, int]:
        counts = {}
        for value in self.values(fieldname):
            n = (matched & self.bits(wq.Term(fieldname, value))).bit_count()
            if n:
                counts[value] = n
        return counts

    def values(self, fieldname: str) -> list[str]:
        """A facet field's values, listed once per generation (merging the term lists of
        every segment on each query cost more than the counting itself)."""
        cached = self._values.get(fieldname)
        if cached is None:
            cached = self._values[fieldname] = list(self.searcher.reader().field_terms(fieldname))
        return cached

    # --- ranking helpers for very common words -------------------------------------

    def date_order(self) -> list[int]:
        """Live document numbers, newest first (undated last; equal dates in document
        order); built once per searcher from per-segment columns (see segment_dates)."""
        order = getattr(self, "_date_order", None)
        if order is None:
            parts = [segment_dates(reader) for reader, _offset in self.searcher.reader().leaf_readers()]
            published = np.concatenate([p for p, _d in parts]) if parts else np.zeros(0, np.uint64)
            dated = np.concatenate([d for _p, d in parts]) if parts else np.zeros(0, bool)
            docs = self.members(self.live)
            docs = docs[docs < len(published)]
            # lexsort: the last key is the first criterion; reversed, so document order is negated.
            keys = (-docs, published[docs], dated[docs])
            order = self._date_order = docs[np.lexsort(keys)[::-1]].tolist()
        return order

    def newest(self, bits: int, limit: int, skip: set[int] = frozenset(), oldest: bool = False) -> list[int]:
        """Up to `limit` document numbers of `bits`, newest first (or oldest first; undated last)."""
        if not bits or limit <= 0:
            return []
        order = self.oldest_order() if oldest else self.date_order()
        if bits.bit_count() <= 256:
            # Few documents: take their numbers straight from the bits and sort them by date.
            rank = self._rank(oldest)
            docs = []
            while bits:
                low = bits & -bits
                docs.append(low.bit_length() - 1)
                bits ^= low
            docs.sort(key=lambda d: rank.get(d, len(rank)))
            return [d for d in docs if d not in skip][:limit]
        member = bits.to_bytes((self.size >> 3) + 1, "little")
        out = []
        for d in order:
            if member[d >> 3] >> (d & 7) & 1 and d not in skip:
                out.append(d)
                if len(out) >= limit:
                    break
        return out

    def _rank(self, oldest: bool) -> dict[int, int]:
        name = "_rank_oldest" if oldest else "_rank_newest"
        rank = getattr(self, name, None)
        if rank is None:
            order = self.oldest_order() if oldest else self.date_order()
            rank = {d: i for i, d in enumerate(order)}
            setattr(self, name, rank)
        return rank

    def rank_array(self) -> np.ndarray:
        """Each document's place in the newest-first order (undated and unknown last)."""
        rank = getattr(self, "_rank_array", None)
        if rank is None:
            order = self.date_order()
            rank = np.full(self.size + 1, len(order), dtype=np.int64)
            rank[np.asarray(order, dtype=np.int64)] = np.arange(len(order))
            self._rank_array = rank
        return rank

    def members(self, bits: int) -> np.ndarray:
        """The document numbers set in a bitset, in order."""
        raw = np.frombuffer(bits.to_bytes((self.size >> 3) + 1, "little"), dtype=np.uint8)
        return np.flatnonzero(np.unpackbits(raw, bitorder="little"))

    def holds(self, bits: int, docs: np.ndarray) -> np.ndarray:
        """For each document number in `docs`, whether `bits` has it (a boolean array)."""
        raw = np.frombuffer(bits.to_bytes((self.size >> 3) + 1, "little"), dtype=np.uint8)
        return np.unpackbits(raw, bitorder="little").view(bool)[docs]

    def oldest_order(self) -> list[int]:
        order = getattr(self, "_oldest_order", None)
        if order is None:
            newest = self.date_order()
            dated = self.bits(wq.Term("dated", "1")).to_bytes((self.size >> 3) + 1, "little")
            has_date = [bool(dated[d >> 3] >> (d & 7) & 1) for d in newest]
            with_dates = [d for d, known in zip(newest, has_date, strict=True) if known]
            undated = [d for d, known in zip(newest, has_date, strict=True) if not known]
            order = self._oldest_order = with_dates[::-1] + undated
        return order

    @staticmethod
    def by_count(candidates: int, parts: list[int]) -> list[int]:
        """Split `candidates` into disjoint bitsets: those in all `parts` first, then one fewer, …"""
        at_least = [candidates] + [0] * (len(parts) + 1)
        for part in parts:
            hit = candidates & part
            for k in range(len(parts), 0, -1):
                at_least[k] |= at_least[k - 1] & hit
        return [at_least[k] & ~at_least[k + 1] for k in range(len(parts), -1, -1)]


# Per-segment data outlives index generations: segments never change once written, and
# an editor's save adds a small segment rather than rewriting the big ones. Rebuilding
# these for every generation cost each worker about 1.5 s after every save.
_SEGMENT_DATA: OrderedDict[tuple[str, str], object] = OrderedDict()
_SEGMENT_LOCK = threading.Lock()
_SEGMENT_ENTRIES = 256


def per_segment(reader, kind: str, build):
    """`build(reader)` for this segment, remembered across generations (bounded)."""
    key = (reader.segment().segment_id(), kind)
    with _SEGMENT_LOCK:
        if key in _SEGMENT_DATA:
            _SEGMENT_DATA.move_to_end(key)
            return _SEGMENT_DATA[key]
    value = build(reader)
    with _SEGMENT_LOCK:
        _SEGMENT_DATA[key] = value
        while len(_SEGMENT_DATA) > _SEGMENT_ENTRIES:
            _SEGMENT_DATA.popitem(last=False)
    return value


def keep_only_segments(readers) -> None:
    """Forget what was kept for segments a new generation no longer has (merged away by
    editors' saves): a bound by count alone let them hold about 100 MB per worker in a
    3-minute soak. One index per process is the norm; a second one only recomputes."""
    current = {reader.segment().segment_id() for reader in readers}
    with _SEGMENT_LOCK:
        for key in [k for k in _SEGMENT_DATA if k[0] not in current]:
            del _SEGMENT_DATA[key]


def _dates(reader) -> tuple[np.ndarray, np.ndarray]:
    n = reader.doc_count_all()
    # Raw column values (sortable longs): translating them to datetimes fails for
    # undated documents, whose slot holds the column's default.
    if reader.has_column("published") and reader.has_column("dated"):
        published = np.fromiter(reader.column_reader("published", translate=False), dtype=np.uint64, count=n)
        dated = np.fromiter((v in ("1", b"1") for v in reader.column_reader("dated")), dtype=bool, count=n)
        return np.where(dated, published, 0), dated
    return np.zeros(n, np.uint64), np.zeros(n, bool)


def segment_dates(reader) -> tuple[np.ndarray, np.ndarray]:
    """(publication time as a sortable integer, 0 when undated; dated?) per document."""
    return per_segment(reader, "dates", _dates)
