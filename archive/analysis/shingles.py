"""Word bigrams ("shingles") that respect punctuation.

Vietnamese is written in syllables, so which syllables stand next to each other
carries most of the meaning: `năng lượng tái tạo` is about renewable energy,
while `nâng chất lượng đào tạo` shares three of its folded syllables. A bigram
`nang_luong` is an ordinary term with a high IDF, so a search engine ranks
adjacency without checking positions.

A bigram never spans punctuation or a line break: `phố Nguyên Hồng - Hà Nội`
has no `hong_ha`, so it does not look like the name `Trần Hồng Hà`. Tokens
come from `archive.analysis.analyse` (they are substrings of the normalised
text), so this module only has to find where each token sits to see what
stands between two of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from archive.analysis.text import fold, normalise

JOINER = "_"


def token_spans(norm: str, tokens: Sequence[str]) -> list[tuple[int, int] | None]:
    """Where each token stands in `norm` (the normalised text it was cut from), in order.

    A token the segmenter changed cannot be found: its span is None.
    """
    spans: list[tuple[int, int] | None] = []
    pos = 0
    find = norm.find
    for tok in tokens:
        i = find(tok, pos)
        if i < 0:
            spans.append(None)
            continue
        spans.append((i, i + len(tok)))
        pos = i + len(tok)
    return spans


def adjacency(norm: str, tokens: Sequence[str]) -> list[bool]:
    """For each token, whether only spaces (no punctuation, no line break) separate it
    from the previous one. A token that cannot be found breaks the chain on both sides."""
    out: list[bool] = []
    prev_end: int | None = None
    for span in token_spans(norm, tokens):
        if span is None:
            out.append(False)
            prev_end = None
            continue
        gap = norm[prev_end : span[0]] if prev_end is not None else None
        out.append(gap is not None and (not gap or (gap.isspace() and "\n" not in gap)))
        prev_end = span[1]
    return out


def bigrams(tokens: Sequence[str], adjacent: Sequence[bool]) -> list[str]:
    """`a_b` for each pair of adjacent tokens, in order (repeats kept: they are term frequency)."""
    return [f"{tokens[i - 1]}{JOINER}{tok}" for i, tok in enumerate(tokens) if i and adjacent[i]]


def text_bigrams(text: str, exact_tokens: Sequence[str]) -> tuple[list[str], list[str]]:
    """(folded bigrams, exact bigrams that carry diacritics) of an analysed text.

    `exact_tokens` is `analyse(text).exact.split()`. Exact bigrams are only kept
    where folding changes them: the folded list already holds the others.
    """
    adjacent = adjacency(normalise(text), exact_tokens)
    exact = bigrams(exact_tokens, adjacent)
    folded = [fold(b) for b in exact]
    marked = [e for e, f in zip(exact, folded, strict=True) if e != f]
    return folded, marked


def marked_tokens(exact_tokens: Sequence[str]) -> list[str]:
    """The tokens whose diacritics matter (those that folding changes)."""
    return [t for t in exact_tokens if fold(t) != t]
