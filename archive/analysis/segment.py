"""Segmentation: text into word tokens (English/Latin runs, Thai via pythainlp
newmm, Vietnamese compounds via underthesea).

underthesea and pythainlp are imported lazily, on first use, so importing this
module stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from archive.analysis.text import (
    MARK_CLASS,
    THAI_CHAR_RE,
    THAI_DIGITS,
    THAI_MARKS,
    THAI_RUN_RE,
    THAI_RUN_SRC,
    normalise,
)

__all__ = ["segment_th", "segment_vi", "tokenize_en"]

# A word: a letter/digit (Python's \w minus '_', our compound joiner) followed by
# letters, digits and combining marks, which \w does not cover (Thai/Lao/Khmer
# vowel signs...).  A stray mark with no base letter is not a word.
_WORD_RE = re.compile(f"[^\\W_](?:[^\\W_]|[{THAI_MARKS}{MARK_CLASS}])*")
# Exact-stream segmentation: Thai runs (for newmm) vs. any other word run.
_SEG_RE = re.compile(f"(?P<th>{THAI_RUN_SRC})|(?P<w>[^\\W_\u0e00-\u0e7f](?:[^\\W_\u0e00-\u0e7f]|[{MARK_CLASS}])*)")
_THAI_MARK_CHARS = "\u0e31" + "".join(map(chr, range(0x0E34, 0x0E3B))) + "".join(map(chr, range(0x0E47, 0x0E4F)))
_THAI_NOISE_RE = re.compile(f"[\u0e2f\u0e46{THAI_MARKS}]+")  # ฯ ๆ or bare marks


def tokenize_en(text: str) -> list[str]:
    """Runs of letters/digits, lowercased; hyphens, apostrophes, '%' split."""
    return _WORD_RE.findall(text.lower())


# --- Thai -------------------------------------------------------------------


@cache
def _pythainlp() -> Any:
    from pythainlp.tokenize import word_tokenize  # slow import, done once

    return word_tokenize


@lru_cache(maxsize=4)
def _thai_trie(extra: frozenset[str]) -> Any:
    """newmm dictionary: pythainlp's default word trie + the useful archive terms."""
    from pythainlp.tokenize import word_dict_trie

    words = _thai_dictionary_words(extra)
    return _WithExtraWords(word_dict_trie(), words) if words else word_dict_trie()


class _WithExtraWords:
    """A dictionary trie plus a few extra words, as newmm uses one: `prefixes` (the words
    starting at a position, shortest first) and its truth. A trie of the union was a
    second copy of pythainlp's 62k-word trie, about 65 MB of Python objects per word set;
    the default one stays loaded anyway (the extra words' filtering needs it)."""

    def __init__(self, base, extra: frozenset[str]):
        from pythainlp.util import Trie

        self._base, self._extra = base, Trie(extra)
        self._starts = frozenset(word[0] for word in extra)

    def prefixes(self, text: str, start: int = 0) -> list[str]:
        found = self._base.prefixes(text, start)
        if start >= len(text) or text[start] not in self._starts:
            return found
        more = self._extra.prefixes(text, start)
        # Each is text[start:end]: their lengths tell them apart and order them.
        return sorted({*found, *more}, key=len) if more else found

    def __contains__(self, word: str) -> bool:
        return word in self._base or word in self._extra

    def __len__(self) -> int:
        return len(self._base) + len(self._extra)


def _thai_dictionary_words(extra: Iterable[str]) -> frozenset[str]:
    """The extra words worth adding to the Thai dictionary.

    newmm only ever sees Thai-script runs (Latin is split off first), so only
    all-Thai entries can matter; inner spaces are dropped to match run text.
    A term the default dictionary already cuts into real content words (a
    meeting or ministry name) is skipped: as one token it would hide its
    words, and 'พลังงาน' must still find 'การประชุมรัฐมนตรีพลังงานอาเซียน'.
    Transliterated names cut into short syllable-words ('โม'+'อิน',
    'พี'+'แอล'+'เอ็น') are the ones a custom entry helps, and they stay.
    """
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_dict_trie

    known = thai_words()
    default_trie = word_dict_trie()
    tokenize = _pythainlp()
    out = set()
    for word in extra:
        if not isinstance(word, str):
            continue
        w = re.sub(r"\s+", "", normalise(word))
        if not w or w in known or not THAI_RUN_RE.fullmatch(w):
            continue
        parts = tokenize(w, custom_dict=default_trie, engine="newmm", keep_whitespace=False, join_broken_num=False)
        if len(parts) > 1 and all(p in known for p in parts) and len(w) >= 4 * len(parts):
            continue
        out.add(w)
    return frozenset(out)


def _as_frozenset(words: Iterable[str]) -> frozenset[str]:
    # frozenset caches its hash, so callers that pass one frozenset built at
    # start-up pay nothing per document for the trie cache lookup.
    if isinstance(words, frozenset):
        return words
    if isinstance(words, str):
        return frozenset((words,))
    return frozenset(words or ())


def segment_th(text: str, extra_words: Iterable[str] = ()) -> list[str]:
    """Thai words via pythainlp newmm (+ ``extra_words`` in the dictionary);
    non-Thai runs inside the text come out as tokenize_en words."""
    text = text.lower().translate(THAI_DIGITS)  # cheap; callers may skip normalise()
    if not THAI_CHAR_RE.search(text):
        return _WORD_RE.findall(text)
    tokenize = _pythainlp()
    trie = _thai_trie(_as_frozenset(extra_words))
    out: list[str] = []
    for m in _SEG_RE.finditer(text):
        if m.lastgroup == "w":
            out.append(m.group())
            continue
        for tok in tokenize(m.group(), custom_dict=trie, engine="newmm", keep_whitespace=False, join_broken_num=False):
            # Words never start with a vowel sign / tone mark; on garbled input
            # newmm can emit such pieces, so orphan marks are shed.
            tok = tok.lstrip(_THAI_MARK_CHARS)
            if tok and not _THAI_NOISE_RE.fullmatch(tok):
                out.append(tok)
    return out


# --- Vietnamese -------------------------------------------------------------

_VI_CHUNK = 2000  # whole-document underthesea calls blew up to 1.6 GB
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…;])\s+")


@cache
def _underthesea() -> Any:
    from underthesea import word_tokenize  # CRF model loads on first call

    return word_tokenize


def _vi_chunks(text: str) -> Iterator[str]:
    """Lines, with long lines packed sentence-wise into <= _VI_CHUNK chars."""
    for line in text.splitlines():
        line = line.strip()
        if len(line) <= _VI_CHUNK:
            if line:
                yield line
            continue
        buf = ""
        for sent in _SENTENCE_END_RE.split(line):
            while len(sent) > _VI_CHUNK:  # a "sentence" with no terminator
                cut = sent.rfind(" ", 0, _VI_CHUNK)
                cut = cut if cut > 0 else _VI_CHUNK
                if buf:
                    yield buf
                    buf = ""
                yield sent[:cut]
                sent = sent[cut:].lstrip()
            if buf and len(buf) + 1 + len(sent) > _VI_CHUNK:
                yield buf
                buf = ""
            buf = f"{buf} {sent}" if buf else sent
        if buf.strip():
            yield buf


def segment_vi(text: str) -> list[str]:
    """Vietnamese words with syllables joined by '_' ('năng_lượng').

    Expects normalised (lowercase) text so documents and queries segment the
    same way.  Never merges across newlines or punctuation.
    """
    word_tokenize = _underthesea()
    out: list[str] = []
    for chunk in _vi_chunks(text):
        try:
            # use_token_normalize=False: our normalise() already fixed tone
            # placement; underthesea's own table would rewrite some tokens.
            words = word_tokenize(chunk, use_token_normalize=False)
        except Exception:  # third-party model; analysis must not fail
            words = chunk.split()
        for word in words:
            group: list[str] = []
            # A compound is syllable tokens joined by ' '; a punctuation-only
            # piece inside it ends the compound.
            for piece in word.split(" "):
                parts = _WORD_RE.findall(piece)
                if parts:
                    group.extend(parts)
                elif group:
                    out.append("_".join(group))
                    group = []
            if group:
                out.append("_".join(group))
    return out
