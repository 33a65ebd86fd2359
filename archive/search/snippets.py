"""Snippets: a passage of the original text with the reader's words marked.

Matching runs on `fold(normalise(text))`, which has the same length as the
stored text, so offsets found on the folded copy mark the original: a reader who
typed 'nang luong' sees '<mark>năng lượng</mark>'.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from archive import analysis

WINDOW = 260


def _is_thai(token: str) -> bool:
    return any("\u0e00" <= ch <= "\u0e7f" for ch in token)


def _term_spans(text: str, terms: Iterable[str], meeting_tokens: Iterable[str], matcher) -> list[tuple[int, int, int]]:
    """(start, end, term number) for every match of a term (folded) or a named meeting."""
    folded = analysis.fold(analysis.normalise(text))
    spans: list[tuple[int, int, int]] = []
    for n, term in enumerate(dict.fromkeys(analysis.fold(analysis.normalise(t)).strip() for t in terms)):
        if not term:
            continue
        if _is_thai(term):
            pattern = re.escape(term)  # Thai has no spaces between words
        else:
            pattern = r"(?<!\w)" + r"\s+".join(re.escape(p) for p in term.split()) + r"(?!\w)"
        spans += [(m.start(), m.end(), n) for m in re.finditer(pattern, folded)]
    wanted = set(meeting_tokens)
    if matcher is not None and wanted:
        spans += [(m.start, m.end, -1) for m in matcher.find(text) if m.token in wanted]
    return sorted(spans)


def find_spans(text: str, terms: Iterable[str], meeting_tokens: Iterable[str] = (), matcher=None) -> list[tuple[int, int]]:
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


def _best_window(spans: list[tuple[int, int, int]], text: str, length: int) -> tuple[int, int]:
    """The passage of about `length` characters that holds the most different query terms."""
    if not spans:
        return 0, min(len(text), length)
    best, best_score = spans[0][0], (-1, 0)
    for i, (start, _, _) in enumerate(spans):
        inside = [(s, n) for s, e, n in spans[i:] if e <= start + length]
        # Most distinct terms first; then the tightest cluster (a phrase beats scattered words).
        score = (len({n for _, n in inside}), -(inside[-1][0] - start) if inside else 0)
        if score > best_score:
            best, best_score = start, score
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
    text = " ".join(p for p in (article.lead, *article.paragraphs) if p)
    raw = _term_spans(text, terms, meeting_tokens, matcher)
    start, end = _best_window(raw, text, WINDOW)
    body = highlight(text, _merge([(s, e) for s, e, _ in raw], text), start, end)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(f"{prefix}{body}{suffix}")
