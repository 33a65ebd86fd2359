"""A term's postings read straight from Whoosh 2.7's posting files, as numpy arrays:
scoring (ranking.py) and bitsets (bitsets.py) both use them instead of Whoosh's
matcher tree, which costs several Python calls per posting."""

from __future__ import annotations

import io
import itertools
import pickle
import struct
import threading
import zlib

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermsReader
from whoosh.reading import TermNotFound

from archive.lru import Bounded
from archive.search.whoosh.codec import SplitBlockCodec, split_block_parts, unpack_part

_BLOCK_LENGTH = struct.Struct("!i")  # Whoosh's StructFile.write_int


def posting_blocks(searcher, fieldname: str, text: str):
    """(document numbers, term frequencies) of a term's postings as arrays, one pair per
    segment that has the term. Deleted documents may appear: the callers only rank
    documents from the live bitsets."""
    for reader, offset in searcher.reader().leaf_readers():
        found = segment_postings(reader, fieldname, text)
        if found is not None:
            ids, weights, _values = found
            yield ids + offset, weights


class RecentPostings:
    """Posting lists decoded lately, by reader and term, up to a number of bytes.

    One search reads a term's list two or three times: its bitset (bitsets.py), its
    scores (ranking.py), a phrase's candidates and positions. Of a never-asked search's
    3.7 ms of posting reads at 37k articles, 1.3 ms were such repeats. A segment never
    changes once written (deletions are masked by the live bitset), so an entry stays
    right for as long as its reader lives. Each index generation opens new readers
    (Whoosh's reuse of a kept segment's reader looks it up by the wrong key and never
    finds it), so after a save the lists are read afresh and the old ones age out. The
    arrays are made read-only: every caller shares them.
    """

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._entries = Bounded()
        self._lock = threading.Lock()

    def get(self, key, values: bool):
        with self._lock:
            found = self._entries.get(key)
        if found is None or (values and found[2] is None):
            return None
        ids, weights, encoded = found
        return ids, weights, encoded if values else None

    def put(self, key, postings) -> None:
        ids, weights, encoded = postings
        ids.flags.writeable = weights.flags.writeable = False
        # A posting's encoded positions: a bytes object of a few dozen bytes, and its slot.
        size = ids.nbytes + weights.nbytes + (len(encoded) * 48 if encoded is not None else 0)
        if size <= self.max_bytes // 4:  # one long list must not push out a search's worth
            with self._lock:
                self._entries.put(key, postings, size, self.max_bytes)


RECENT = RecentPostings(max_bytes=8 << 20)


def segment_postings(reader, fieldname: str, text: str, values: bool = False):
    """One segment's postings of a term: (ids, weights, each posting's encoded value when
    `values`, else None), or None when the segment lacks the term. Values are read for
    fields with a value per posting of its own size (positions), not fixed-size ones."""
    key = (_reader_token(reader), fieldname, text)
    found = RECENT.get(key, values)
    if found is None:
        found = _segment_postings(reader, fieldname, text, values)
        if found is not None:
            RECENT.put(key, found)
    return found


_TOKENS = itertools.count()


def _reader_token(reader) -> int:
    """A number for this reader object, never given to another in this process. Not the
    segment's id: Whoosh draws it from the global `random`, which Hypothesis seeds, so
    two indexes built in one test run can hold segments of the same id."""
    token = reader.__dict__.get("_archive_token")
    if token is None:
        token = reader.__dict__["_archive_token"] = next(_TOKENS)
    return token


def _segment_postings(reader, fieldname: str, text: str, values: bool):
    if fieldname not in reader.schema:
        return None
    terms = getattr(reader, "_terms", None)
    btext = reader._text_to_bytes(fieldname, text)
    if not isinstance(terms, W3TermsReader):  # another codec: Whoosh's matcher, slower
        if (fieldname, text) not in reader:
            return None
        return _from_matcher(reader.postings(fieldname, btext), values)
    try:
        info = terms.term_info(fieldname, btext)
    except TermNotFound:
        return None
    if info.is_inlined():  # a short list kept in the term's entry (codec.py)
        ids, weights, encoded = info.inlined_postings()
        return np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float64), encoded if values else None
    start, length = info.extent()
    raw = terms._postfile.get(start, length)
    return read_postings(raw, isinstance(terms._codec, SplitBlockCodec), values)


def phrase_documents(searcher, fieldname: str, words) -> np.ndarray:
    """Document numbers holding `words` side by side in this order (Whoosh's Phrase with
    slop 1), deleted ones included.

    Whoosh's phrase matcher walks every word's postings and positions posting by
    posting in Python. Here the documents holding every word come from the id arrays
    (a split block's positions stay compressed), and only theirs are decoded.
    """
    words = list(words)
    found = []
    for reader, offset in searcher.reader().leaf_readers():
        common = None
        for word in dict.fromkeys(words):
            postings = segment_postings(reader, fieldname, word)
            if postings is None:
                common = None
                break
            common = postings[0] if common is None else np.intersect1d(common, postings[0], assume_unique=True)
            if not len(common):
                break
        if common is None or not len(common):
            continue
        decode = reader.schema[fieldname].format.decode_positions
        where = {}
        for word in dict.fromkeys(words):
            ids, _weights, encoded = segment_postings(reader, fieldname, word, values=True)
            where[word] = [decode(encoded[i]) for i in np.searchsorted(ids, common).tolist()]
        for j, doc in enumerate(common.tolist()):
            later = [set(where[word][j]) for word in words[1:]]
            if any(all(p + k in at for k, at in enumerate(later, 1)) for p in where[words[0]][j]):
                found.append(doc + offset)
    return np.asarray(found, dtype=np.int64)


def read_postings(raw: bytes, split: bool, values: bool = False):
    """Decode a posting list: Whoosh 2.7's W3 blocks, or the archive's split blocks
    (codec.SplitBlockCodec) when `split`. -> (ids, weights, encoded values or None).

    Whoosh's own reader (W3LeafMatcher) seeks and reads each block's statistics through
    a pickle read from the file (about 20 small reads a block), then delta-decodes its
    ids in a Python generator. Here the list is read in one piece and the statistics
    are unpickled from memory (see `_blocks`). A W3 block's data is one pickled (id
    deltas, weights, values) tuple, zlib-compressed when compression > 0, so its ids
    cost decoding every posting's positions; a split block's ids and weights are arrays
    of their own, joined across blocks and decoded by numpy in one go.
    """
    if raw[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError("not a Whoosh 3 posting list")
    return _read_split(raw, values) if split else _read_w3(raw, values)


def _blocks(raw: bytes):
    """(postings, last id, compression, data) of each block. A block is `int length`
    (negative for the last), a pickled (count, last id, max weight, compression, min and
    max length byte), then its data."""
    stream = io.BytesIO(raw)
    pos, end = 4, len(raw)
    while pos < end:
        (length,) = _BLOCK_LENGTH.unpack_from(raw, pos)
        block_end = pos + 4 + abs(length)
        stream.seek(pos + 4)
        count, last_id, _maxweight, compression, _mn, _mx = pickle.load(stream)
        yield count, last_id, compression, raw[stream.tell() : block_end]
        pos = block_end
        if length < 0:
            break


_FLOAT32_ONE = np.float32(1.0).tobytes()


def _read_split(raw: bytes, values: bool):
    id_parts, weight_parts, encoded = [], [], []
    starts, lasts, n = [], [], 0
    for count, last_id, compression, data in _blocks(raw):
        packed_ids, packed_weights, packed_values = split_block_parts(data)
        id_parts.append(unpack_part(packed_ids, compression))
        # No weights part: every weight is 1.
        weight_parts.append(unpack_part(packed_weights, compression) if packed_weights else _FLOAT32_ONE * count)
        if values:
            encoded += pickle.loads(unpack_part(packed_values, compression)) if packed_values else [None] * count
        starts.append(n)
        lasts.append(last_id)
        n += count
    deltas = np.frombuffer(b"".join(id_parts), dtype="<u4").astype(np.int64)
    # Deltas restart at 0 in each block (a block's first is its first id): made relative
    # to the previous block's last id, one cumulative sum decodes the whole list.
    deltas[starts[1:]] -= np.asarray(lasts[:-1], dtype=np.int64)
    weights = np.frombuffer(b"".join(weight_parts), dtype="<f4").astype(np.float64)
    return np.cumsum(deltas), weights, encoded if values else None


def _read_w3(raw: bytes, values: bool):
    ids, weights, encoded = [], [], []
    for count, _last_id, compression, data in _blocks(raw):
        deltas, block_weights, block_values = pickle.loads(zlib.decompress(data) if compression else data)
        if values:
            encoded += block_values if block_values is not None else [None] * count
        ids.append(np.cumsum(deltas, dtype=np.int64))
        # Weights: None (all 1), one float (all equal) or a tuple.
        if block_weights is None:
            weights.append(np.ones(count))
        elif isinstance(block_weights, float):
            weights.append(np.full(count, block_weights))
        else:
            weights.append(np.asarray(block_weights, dtype=np.float64))
    return np.concatenate(ids), np.concatenate(weights), encoded if values else None


def _from_matcher(matcher, values: bool):
    ids, weights, encoded = [], [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if values:
            encoded.append(matcher.value())
        matcher.next()
    return np.asarray(ids, dtype=np.int64), np.asarray(weights, dtype=np.float64), encoded if values else None
