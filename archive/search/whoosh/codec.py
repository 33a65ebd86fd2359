"""The Whoosh codecs the archive writes with: short posting lists stored in the term
index (ArchiveCodec), and posting blocks whose ids, weights and positions are stored
apart (SplitBlockCodec, which new segments use; see its docstring).

Most terms of this index are rare: word pairs (`bigrams`) and words found in a handful
of articles. A 1,500-article segment holds about 270,000 terms for 774,000 postings,
and Whoosh's commit wrote each term's postings as a block of its own in the postings
file (a header, a pickle, a zlib stream): that per-term cost was most of indexing.
Whoosh's W3 codec can keep lists shorter than `inlinelimit` inside the term's entry
(one pickle with the term's statistics, read back with the term), but in Whoosh 2.7.4
that path calls `W3TermInfo.set_inline`, a method the class names `set_inlined`, so the
default limit of 1 (nothing inlined) is the only one that works. Two repairs make it
work; the encoding and the reading side (`ListMatcher`) are otherwise Whoosh's own:

* `set_inline`, the missing name, as an alias of `set_inlined`;
* `ListMatcher.value()` of a field without per-posting values (IDs, facets) gives None,
  as a block's matcher does, not the str '' that merging segments refuses (the posting
  pool accepts bytes or None).
* `W3TermInfo.extent()` gives the posting list's length as an int: `from_bytes` keeps
  struct.unpack's one-element tuple (Whoosh's own reader never uses the length; the
  archive's reader, postings.py, reads the list in one piece by it).

Measured on 4,000 articles of the full archive, one process: commit 10.3 → 7.5 ms per
article, segment 172 → 166 MB. Indexes written before keep working: a term is read
from its block or its entry, whichever it has.
"""

from __future__ import annotations

import pickle
import struct
import zlib
from array import array

import numpy as np
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
    W3TermInfo,
)
from whoosh.matching import ListMatcher
from whoosh.util.numeric import length_to_byte

# Posting lists shorter than this are kept in the term's entry.
INLINE_POSTINGS = 16
# Postings per block (Whoosh's default is 128). The archive reads whole posting lists
# (postings.py) and pays a header, two decompressions and a few Python steps per block;
# a common word of 20,000 articles was 157 blocks, now 20. Readers take any block size,
# so segments written with 128 read on.
BLOCK_POSTINGS = 1024

if not hasattr(W3TermInfo, "set_inline"):
    W3TermInfo.set_inline = W3TermInfo.set_inlined

_list_value = ListMatcher.value


def _value(self):
    return _list_value(self) if self._values else None


if not getattr(ListMatcher.value, "archive_repair", False):
    _value.archive_repair = True
    ListMatcher.value = _value


def _extent(self):
    offset, length = self._offset, self._length
    return offset, length[0] if isinstance(length, tuple) else length


if not getattr(W3TermInfo.extent, "archive_repair", False):
    _extent.archive_repair = True
    W3TermInfo.extent = _extent


class ArchiveCodec(W3Codec):
    """Whoosh's W3 codec, writing each posting list's field lengths from a table read once
    per document and field. Whoosh asks for the document's field length for every posting
    of a commit or a merge (for the block's shortest and longest document), through a
    column reader and several layers (in the two-process bulk writer, across the
    sub-writers' pools), some 500 times per article. What is written is the same;
    `rebuild_index` of the full archive went from 690 to 460 CPU-s. Segments keep their
    codec: an index written with this one needs this module importable to be read."""

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)


class _FieldWriter(W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        return super().add_postings(schema, _KnownLengths(lengths) if lengths else lengths, items)


class _KnownLengths:
    """A per-document reader's `doc_field_length`, each (field, document) asked once."""

    def __init__(self, lengths):
        self._lengths = lengths
        self._known: dict[str, dict[int, int]] = {}

    def doc_field_length(self, docnum, fieldname, default=0):
        known = self._known.get(fieldname)
        if known is None:
            known = self._known[fieldname] = {}
        length = known.get(docnum)
        if length is None:
            length = known[docnum] = self._lengths.doc_field_length(docnum, fieldname, default)
        return length


class SplitBlockCodec(ArchiveCodec):
    """ArchiveCodec with each posting block's document numbers, weights and values
    (positions) stored apart, so that what needs only the first two never decodes the
    third.

    A W3 block is one pickled, zlib-compressed tuple (id deltas, weights, values): to
    learn which documents hold a word, Whoosh and the archive's bitsets and scoring
    (postings.py) decompressed and unpickled every posting's positions too, a bytes
    object each; for a new query that was most of its time. Here a block's data is a
    header of three lengths, then the id deltas as little-endian uint32, the weights as
    float32 (nothing when all are 1) and the pickled values, each part compressed on
    its own. The framing around the data (length, pickled block statistics) is W3's,
    so Whoosh's matcher walks and skips blocks as before; only reading the data
    differs (`_SplitLeafMatcher`). Term vectors (unused here) keep W3's blocks.
    Segments keep their codec: indexes written with ArchiveCodec or W3Codec read on.
    """

    def postings_writer(self, dbfile, byteids=False):
        if byteids:
            return super().postings_writer(dbfile, byteids)
        return _SplitPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return _SplitLeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)


# A split block's data starts with the byte lengths of its three parts.
PARTS = struct.Struct("<III")


def _pack(data: bytes, level: int) -> bytes:
    return zlib.compress(data, level) if level and data else data


def unpack_part(data: bytes, level: int) -> bytes:
    return zlib.decompress(data) if level and data else data


class _SplitPostingsWriter(W3PostingsWriter):
    def _write_block(self, last=False):
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        ids = np.asarray(self._ids, dtype=np.int64)
        deltas = np.diff(ids, prepend=0).astype("<u4").tobytes()
        weights = self._weights
        packed_weights = b"" if all(w == 1.0 for w in weights) else np.asarray(weights, dtype="<f4").tobytes()
        values = self._mini_values()
        packed_values = b"" if values is None else pickle.dumps(values, 2)
        comp = self._compression
        parts = [_pack(deltas, comp), _pack(packed_weights, comp), _pack(packed_values, comp)]
        databytes = PARTS.pack(*map(len, parts)) + b"".join(parts)
        # The block statistics, as W3 writes them (W3LeafMatcher._goto reads them).
        infobytes = pickle.dumps(
            (
                len(ids),
                int(ids[-1]),
                self._maxweight,
                comp,
                length_to_byte(self._minlength),
                length_to_byte(self._maxlength),
            ),
            2,
        )
        blocklength = len(infobytes) + len(databytes)
        self._postfile.write_int(-blocklength if last else blocklength)
        self._postfile.write(infobytes)
        self._postfile.write(databytes)
        self._blockcount += 1
        self._new_block()


def split_block_parts(data: bytes) -> tuple[bytes, bytes, bytes]:
    """A split block's data as (id deltas, weights, pickled values), each still compressed
    (`unpack_part` opens one)."""
    ids_length, weights_length, values_length = PARTS.unpack_from(data)
    start = PARTS.size
    ids = data[start : start + ids_length]
    start += ids_length
    weights = data[start : start + weights_length]
    start += weights_length
    return ids, weights, data[start : start + values_length]


class _SplitLeafMatcher(W3LeafMatcher):
    def _read_data(self):
        raw = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
        self._data = split_block_parts(raw)

    def _read_ids(self):
        if self._data is None:
            self._read_data()
        deltas = np.frombuffer(unpack_part(self._data[0], self._compression), dtype="<u4")
        self._ids = tuple(np.cumsum(deltas, dtype=np.int64).tolist())

    def _read_weights(self):
        if self._data is None:
            self._read_data()
        packed = self._data[1]
        if packed:
            self._weights = array("f", np.frombuffer(unpack_part(packed, self._compression), dtype="<f4").tolist())
        else:
            self._weights = array("f", [1.0] * self._blocklength)

    def _read_values(self):
        if self._data is None:
            self._read_data()
        packed = self._data[2]
        values = pickle.loads(unpack_part(packed, self._compression)) if packed else None
        fixedsize = self._fixedsize
        if fixedsize is None or fixedsize < 0:
            self._values = values
        elif fixedsize == 0:
            self._values = (None,) * self._blocklength
        else:
            self._values = tuple(values[i : i + fixedsize] for i in range(0, len(values), fixedsize))


def archive_codec() -> W3Codec:
    return SplitBlockCodec(blocklimit=BLOCK_POSTINGS, inlinelimit=INLINE_POSTINGS)
