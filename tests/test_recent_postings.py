"""Posting lists decoded lately are kept by segment and term (archive/search/whoosh/postings.py)."""

from __future__ import annotations

import numpy as np
import pytest
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage

from archive.search.whoosh import postings
from archive.search.whoosh.codec import archive_codec
from archive.search.whoosh.postings import RecentPostings, phrase_documents, segment_postings

SCHEMA = Schema(id=ID(stored=True, unique=True), text=TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=True))


def lists(n: int, values=None):
    return np.arange(n, dtype=np.int64), np.ones(n), values


def test_entries_are_kept_up_to_the_byte_bound_oldest_out_first():
    recent = RecentPostings(max_bytes=10_000)
    for word in "abcd":
        recent.put(("seg", "text", word), lists(150))  # 2,400 bytes each
    assert all(recent.get(("seg", "text", w), False) is not None for w in "abcd")
    recent.get(("seg", "text", "a"), False)  # used: "b" is now the oldest
    recent.put(("seg", "text", "e"), lists(150))
    assert recent.get(("seg", "text", "b"), False) is None
    assert all(recent.get(("seg", "text", w), False) is not None for w in "acde")
    recent.put(("seg", "text", "huge"), lists(1000))  # over a quarter of the bound: not kept
    assert recent.get(("seg", "text", "huge"), False) is None


def test_a_list_kept_without_positions_does_not_answer_for_one_with_them():
    recent = RecentPostings(max_bytes=1 << 20)
    key = ("seg", "text", "gió")
    recent.put(key, lists(3))
    assert recent.get(key, values=True) is None
    recent.put(key, lists(3, [b"\x00", b"\x01", b"\x02"]))
    ids, _weights, encoded = recent.get(key, values=True)
    assert encoded == [b"\x00", b"\x01", b"\x02"]
    assert recent.get(key, values=False)[2] is None  # as asked: no values
    with pytest.raises(ValueError):
        ids[0] = 7  # shared by every caller: read-only


def test_a_segments_postings_are_read_once_and_stay_what_they_were(tmp_path, monkeypatch):
    index = FileStorage(str(tmp_path)).create_index(SCHEMA)
    writer = index.writer(codec=archive_codec())
    for n in range(300):
        writer.add_document(id=str(n), text="điện gió ngoài khơi" if n % 3 else "gió điện")
    writer.commit()
    reads = []
    real = postings._segment_postings
    monkeypatch.setattr(postings, "_segment_postings", lambda *a: reads.append(a[1:]) or real(*a))
    with index.searcher() as searcher:
        ((reader, _offset),) = searcher.reader().leaf_readers()
        first = segment_postings(reader, "text", "gió")
        again = segment_postings(reader, "text", "gió")
        assert again[0] is first[0] and reads == [("text", "gió", False)]
        assert first[0].tolist() == list(range(300))
        # A phrase needs positions: read once more, with them; then kept with them.
        found = phrase_documents(searcher, "text", ["điện", "gió"])
        assert found.tolist() == [n for n in range(300) if n % 3]
        assert phrase_documents(searcher, "text", ["điện", "gió"]).tolist() == found.tolist()
        assert reads.count(("text", "gió", True)) == 1 and reads.count(("text", "điện", True)) == 1
        assert segment_postings(reader, "text", "không_có") is None
