"""Unicode cleaning, normalisation and folding: the character-level forms of text.

``clean_text``   storage form: NFC, newlines unified, control/format chars gone.
``normalise``    analysis form: lowercase, Vietnamese tone marks in one place,
                 Thai digits -> ASCII.  Same length as ``clean_text`` output,
                 so offsets found in one are valid in the other.
``fold``         Latin diacritics removed (also length preserving).

Also the Thai script tables the other analysis modules share, ``is_thai`` and
``split_paragraphs``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "MARK_CLASS",
    "THAI_CHAR_RE",
    "THAI_DIGITS",
    "THAI_MARKS",
    "THAI_RUN_RE",
    "THAI_RUN_SRC",
    "clean_text",
    "fold",
    "is_thai",
    "normalise",
    "normalise_cleaned",
    "split_paragraphs",
]

# ---------------------------------------------------------------------------
# Character tables, built once at import (a BMP scan takes ~50 ms).
# ---------------------------------------------------------------------------


def _ranges_to_class(codepoints: Iterable[int]) -> str:
    """Compress code points into the body of a regex character class."""
    parts: list[str] = []
    run_start = prev = None
    for cp in sorted(codepoints):
        if prev is not None and cp == prev + 1:
            prev = cp
            continue
        if run_start is not None:
            parts.append(_class_range(run_start, prev))
        run_start = prev = cp
    if run_start is not None:
        parts.append(_class_range(run_start, prev))
    return "".join(parts)


def _class_range(a: int, b: int) -> str:
    def esc(cp: int) -> str:
        return f"\\U{cp:08x}"  # unambiguous inside [], surrogates included

    return esc(a) if a == b else f"{esc(a)}-{esc(b)}"


def _build_tables() -> tuple[str, str, dict[int, str]]:
    controls: list[int] = []
    marks: list[int] = []
    casefold: dict[int, str] = {}
    category = unicodedata.category
    for cp in range(0x10000):
        ch = chr(cp)
        cat = category(ch)
        if cat in ("Cc", "Cf", "Cs"):
            controls.append(cp)
        elif cat in ("Mn", "Mc", "Me") and not 0x0E00 <= cp <= 0x0E7F:
            marks.append(cp)
        low = ch.lower()
        folded = ch.casefold()
        # casefold-like, but only where it stays a single character
        # (e.g. final sigma, long s); 'ß' -> 'ss' would break offsets.
        if len(folded) == 1 and folded != low:
            casefold[cp] = folded
    # Astral format characters (stable set; avoids scanning 1.1M code points).
    controls += [
        0x110BD,
        0x110CD,
        *range(0x13430, 0x13440),
        *range(0x1BCA0, 0x1BCA4),
        *range(0x1D173, 0x1D17B),
        0xE0001,
        *range(0xE0020, 0xE0080),
    ]
    controls = [cp for cp in controls if cp not in (0x09, 0x0A)]
    controls.append(0x034F)  # combining grapheme joiner: invisible, zero width
    return _ranges_to_class(controls), _ranges_to_class(marks), casefold


# MARK_CLASS: combining marks outside the Thai block (a regex class body).
_CONTROL_CLASS, MARK_CLASS, _CASEFOLD_EXTRA = _build_tables()

# Characters that are line breaks in disguise become '\n' instead of vanishing,
# so "para1\u2029para2" still splits into two paragraphs.
_CRLF_RE = re.compile(r"\r\n?")
_LINEBREAK_TABLE = str.maketrans({c: "\n" for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})
_CONTROL_RE = re.compile(f"[{_CONTROL_CLASS}]+")

THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # Thai vowel signs / tone marks (Mn)
THAI_CHAR_RE = re.compile("[\u0e01-\u0e4e]")  # Thai letters, marks and signs, no digits
THAI_RUN_SRC = "[\u0e01-\u0e3a\u0e40-\u0e4e]+"  # letters + marks, no digits/punct/baht
THAI_RUN_RE = re.compile(THAI_RUN_SRC)
THAI_DIGITS = str.maketrans({0x0E50 + i: str(i) for i in range(10)})

# normalise(): single-char translations applied after lower().
_NORMALISE_TABLE: dict[int, str] = dict(_CASEFOLD_EXTRA)
_NORMALISE_TABLE.update(THAI_DIGITS)
_NORMALISE_TABLE.update({ord("ð"): "đ"})  # eth typed for Vietnamese đ (cf. underthesea)

# Vietnamese tone placement: old style "hòa, khỏe, thủy" vs new style
# "hoà, khoẻ, thuỷ".  Only open syllables differ (hoàn/huỳnh agree in both),
# so move the mark only when no letter follows.  'qu' + 'y' is excluded:
# "quý" has the mark on y in both styles.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


# 'oà' -> 'òa', 'uỷ' -> 'ủy', ...: the same two letters, the mark one letter left.
_TONE_MOVES: dict[str, str] = {
    first + _toned(second, tone): _toned(first, tone) + second
    for tone in _TONES
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
}
_OA_OE = "".join(_toned("a", t) + _toned("e", t) for t in _TONES)
_UY = "".join(_toned("y", t) for t in _TONES)
_TONE_RE = re.compile(f"(?:o[{_OA_OE}]|(?<!q)u[{_UY}])(?![^\\W\\d_])")


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, stop in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for cp in range(start, stop):
            decomposed = unicodedata.normalize("NFD", chr(cp))
            base = decomposed[0]
            if (
                len(decomposed) > 1
                and base.isascii()
                and base.isalpha()
                and all(unicodedata.combining(c) for c in decomposed[1:])
            ):
                table[cp] = base
    # Letters with a stroke have no decomposition but fold naturally.
    for src, dst in ("đd", "ĐD", "ðd", "ÐD", "øo", "ØO", "łl", "ŁL"):
        table[ord(src)] = dst
    return table


_FOLD_TABLE = _build_fold_table()


# ---------------------------------------------------------------------------
# Cleaning / normalisation / folding
# ---------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Storage form: NFC, '\\n' newlines, no control/format/zero-width chars."""
    if not text:
        return ""
    if "\r" in text:
        text = _CRLF_RE.sub("\n", text)
    text = text.translate(_LINEBREAK_TABLE)
    text = _CONTROL_RE.sub("", text)
    # Controls are removed before NFC: a zero-width char between a base letter
    # and its combining mark would otherwise block composition.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def normalise(text: str) -> str:
    """Analysis form; ``len(normalise(t)) == len(clean_text(t))`` always."""
    return normalise_cleaned(clean_text(text))


def normalise_cleaned(text: str) -> str:
    """normalise() for text that is already the output of clean_text()."""
    low = text.lower()
    if len(low) != len(text):
        # Only 'İ' lowers to two chars; keep its first so offsets stay 1:1.
        low = "".join(c.lower()[0] for c in text)
    low = low.translate(_NORMALISE_TABLE)
    return _TONE_RE.sub(lambda m: _TONE_MOVES[m.group()], low)


def fold(text: str) -> str:
    """Strip Latin diacritics (ă->a, ệ->e, đ->d); Thai is left untouched."""
    if text.isascii():
        return text
    return text.translate(_FOLD_TABLE)


def split_paragraphs(text: str) -> list[str]:
    """Non-empty, stripped lines (blank lines and single newlines both split)."""
    return [p for p in (line.strip() for line in (text or "").splitlines()) if p]


_THAI_BLOCK_RE = re.compile("[\u0e00-\u0e7f]")


def is_thai(text: str | None) -> bool:
    """Whether ``text`` (a character, a token or a name) has a character of the
    Thai block U+0E00..U+0E7F, digits and signs included: wider than
    ``THAI_CHAR_RE`` (letters and marks), which language detection and
    segmentation use."""
    return bool(text) and _THAI_BLOCK_RE.search(text) is not None
