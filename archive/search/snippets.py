"""Snippets: a passage of the original text with the reader's words marked.

The text is matched in a form where every character that folds to a letter or a digit
reads as that letter or digit (a, à, ă, ằ, â, ậ, A, … all read 'a'; Thai digits read as
Arabic ones), one character for one, so that what matches there marks the same span of
the stored text: a reader who typed 'nang luong' sees '<mark>năng lượng</mark>', and
tone-mark placements ('hoà'/'hòa') match either way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from archive import analysis
from archive.analysis.text import is_thai

WINDOW = 260
SEARCH_CHARS = 6000


@lru_cache(maxsize=1)
def _match_table() -> np.ndarray:
    """Code point -> the code point it reads as when matching, for the code points below
    the table's end (Latin letters with their marks, ASCII and Thai digits); the rest
    read as themselves."""
    table = np.arange(0x1F00, dtype=np.uint32)
    for cp in [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        key = analysis.fold(analysis.normalise(chr(cp)))
        if len(key) == 1 and key.isascii() and key.isalpha():
            for ch in {chr(cp), chr(cp).lower(), chr(cp).upper()}:
                if len(ch) == 1 and ord(ch) < len(table):
                    table[ord(ch)] = ord(key)
    for ascii_digit, thai_digit in zip("0123456789", "๐๑๒๓๔๕๖๗๘๙", strict=True):
        table[ord(thai_digit)] = ord(ascii_digit)
    return table


def match_form(text: str) -> str:
    """`text` as matching reads it (see the module's docstring): same length, so a span
    found in it is the same span of `text`. One table lookup per character in numpy: a
    pattern of character classes per query ([aàáảãạăằ…]) cost 3 ms to compile per search,
    and str.translate takes about seven times as long (6,000 characters: 0.27 against 0.04 ms)."""
    table = _match_table()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    read = np.where(codes < len(table), table[np.minimum(codes, len(table) - 1)], codes)
    return read.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")


def _term_branch(term: str) -> str:
    """The rest of a term after its first character (already consumed), in a group."""
    first = re.escape(term[0])
    if is_thai(term):  # Thai has no spaces between words: match inside runs
        return f"(?<={first})({re.escape(term[1:])})"
    words = term.split()
    rest = r"\s+".join(re.escape(word) for word in [words[0][1:], *words[1:]])
    # Not inside a word: the character before the first one is no word character.
    return rf"(?<!\w{first})(?<={first})({rest})(?!\w)"


@lru_cache(maxsize=256)
def _terms_regex(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all terms (in their match form); group i+1 matches term i. It opens
    with the set of the terms' first characters, so the regex engine skips every other
    position in C (a pattern opening with an alternation tried each term at each
    position: 3-25× slower)."""
    forms = [match_form(t) for t in terms]
    firsts = "".join(dict.fromkeys(re.escape(t[0]) for t in forms))
    return re.compile(f"[{firsts}](?:" + "|".join(_term_branch(t) for t in forms) + ")")


@lru_cache(maxsize=256)
def _folded(terms: tuple[str, ...]) -> tuple[str, ...]:
    """The distinct terms, folded (once per search, not once per result)."""
    return tuple(t for t in dict.fromkeys(analysis.fold(analysis.normalise(t)).strip() for t in terms) if t)


def _term_spans(text: str, terms: Iterable[str], meeting_tokens: Iterable[str], matcher) -> list[tuple[int, int, int]]:
    """(start, end, term number) for every match of a term (folded) or a named meeting."""
    spans: list[tuple[int, int, int]] = []
    folded_terms = _folded(tuple(terms))
    if folded_terms:
        # One pass over the text for all terms; the group that matched names the term.
        matches = _terms_regex(folded_terms).finditer(match_form(text))
        spans += [(m.start(), m.end(), m.lastindex - 1) for m in matches]
    wanted = set(meeting_tokens)
    if matcher is not None and wanted:
        spans += [(m.start, m.end, -1) for m in matcher.find(text) if m.token in wanted]
    return sorted(spans)


def find_spans(
    text: str, terms: Iterable[str], meeting_tokens: Iterable[str] = (), matcher=None
) -> list[tuple[int, int]]:
    """Character spans of `text` to mark, adjacent matches merged ('năng lượng' is one mark)."""
    return _merge([(s, e) for s, e, _ in _term_spans(text, terms, meeting_tokens, matcher)], text)


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or not text[merged[-1][1] : start].strip()):
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def best_window(spans: list[tuple[int, int, int]], text: str, length: int) -> tuple[int, int]:
    """The passage of about `length` characters that holds the most different query terms.

    One pass with two pointers over the sorted spans (linear in their number, whatever
    the query: a query of 40 one-letter Thai "words" marks thousands of spans).
    """
    if not spans:
        return 0, min(len(text), length)
    best, best_score = spans[0][0], (-1, 0)
    counts: dict[int, int] = {}
    j = 0
    for i, (start, _, _) in enumerate(spans):
        j = max(j, i)
        while j < len(spans) and spans[j][1] <= start + length:
            counts[spans[j][2]] = counts.get(spans[j][2], 0) + 1
            j += 1
        # Most distinct terms first; then the tightest cluster (a phrase beats scattered words).
        score = (len(counts), -(spans[j - 1][0] - start) if j > i else 0)
        if score > best_score:
            best, best_score = start, score
        if j > i:  # spans[i] leaves the window
            n = spans[i][2]
            counts[n] -= 1
            if not counts[n]:
                del counts[n]
    start = max(0, best - length // 4)
    # Begin at a word boundary, not inside a word.
    space = text.rfind(" ", 0, start + 1) if start else 0
    start = space + 1 if space > 0 and best - space < length // 2 else start
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > best else end
    return start, end


def highlight(text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None) -> SafeString:
    end = len(text) if end is None else end
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)
        out.append(escape(text[pos:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        pos = e
    out.append(escape(text[pos:end]))
    return mark_safe("".join(out))


def make_snippet(article, terms: Iterable[str], meeting_tokens: Iterable[str] = (), matcher=None) -> SafeString:
    # The passage is looked for in the opening of long articles: news says what matters first.
    body = getattr(article, "body_head", None)  # the opening, when the service loaded only that
    paragraphs = analysis.split_paragraphs(body) if body is not None else article.paragraphs
    text = " ".join(p for p in (article.lead, *paragraphs) if p)[:SEARCH_CHARS]
    raw = _term_spans(text, terms, meeting_tokens, matcher)
    start, end = best_window(raw, text, WINDOW)
    body = highlight(text, _merge([(s, e) for s, e, _ in raw], text), start, end)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{body}{suffix}")
