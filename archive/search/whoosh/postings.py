"""A term's postings read straight from Whoosh 2.7's posting blocks, as numpy arrays:
scoring (ranking.py) and bitsets (bitsets.py) both walk them instead of Whoosh's
matcher tree, which costs several Python calls per posting."""

from __future__ import annotations

import numpy as np
from whoosh.matching import ListMatcher


def posting_blocks(searcher, fieldname: str, text: str):
    """(document numbers, term frequencies) of a term's postings, as arrays, block by block.

    Whoosh's matcher tree costs several Python calls per posting and per term (is_active,
    id, score...): that was most of a query's time. This reads each segment's posting
    blocks (Whoosh 2.7's W3LeafMatcher arrays) directly and leaves the arithmetic to
    numpy; deleted documents may appear, and the callers only rank documents from the
    live bitsets.
    """
    for reader, offset in searcher.reader().leaf_readers():
        if (fieldname, text) not in reader:
            continue
        matcher = reader._terms.matcher(
            fieldname, reader._text_to_bytes(fieldname, text), reader.schema[fieldname].format
        )
        if isinstance(matcher, ListMatcher):  # a short list kept in the term's entry (codec.py)
            ids, weights = matcher._ids, matcher._weights
            yield np.asarray(ids, dtype=np.int64) + offset, np.asarray(weights, dtype=np.float64)
            continue
        if not hasattr(matcher, "_read_ids"):  # another codec: the generic, slower path
            ids, weights = [], []
            while matcher.is_active():
                ids.append(matcher.id())
                weights.append(matcher.weight())
                matcher.next()
            yield np.asarray(ids, dtype=np.int64) + offset, np.asarray(weights, dtype=np.float64)
            continue
        while matcher.is_active():
            if matcher._ids is None:
                matcher._read_ids()
            if matcher._weights is None:
                matcher._read_weights()
            yield np.asarray(matcher._ids, dtype=np.int64) + offset, np.asarray(matcher._weights, dtype=np.float64)
            matcher._next_block()
