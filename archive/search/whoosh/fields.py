"""Whoosh fields for text the archive has already analysed: tokens joined by spaces.

Whoosh indexes a value by running its analyzer, which makes a Token object per token
and asks it for its text, position and boost: about a third of indexing time went
there. A whitespace tokenizer on pre-analysed text needs none of that, so these fields
split with the same pattern (Whoosh's SpaceSeparatedTokenizer) in one regex call and
count, and give exactly what Whoosh's own `Field.index` would: (term bytes, frequency,
weight, encoded value) per distinct term; every token's boost is 1.
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


def spaced_values(field, value: str):
    """What `whoosh.fields.FieldType.index` yields for `value` under a whitespace tokenizer."""
    if not isinstance(value, str):
        yield from super(type(field), field).index(value)
        return
    boost = field.format.field_boost
    tokens = TOKEN.findall(value)
    if isinstance(field.format, Positions):
        positions = defaultdict(list)
        for position, token in enumerate(tokens):
            positions[token].append(position)
        encode = field.format.encode
        for token, where in positions.items():
            yield token.encode("utf-8"), len(where), len(where) * boost, encode(where)
    elif type(field.format) is Frequency:
        for token, count in Counter(tokens).items():
            yield token.encode("utf-8"), count, count * boost, pack_uint(count)
    else:
        yield from super(type(field), field).index(value)


class SpacedText(TEXT):
    def __init__(self, **kwargs):
        super().__init__(analyzer=SpaceSeparatedTokenizer(), **kwargs)

    def index(self, value, **kwargs):
        return spaced_values(self, value)


class SpacedKeywords(KEYWORD):
    def index(self, value, **kwargs):
        return spaced_values(self, value)
