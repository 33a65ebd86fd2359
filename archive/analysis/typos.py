"""Typing slips: candidate spellings one edit away, for the query service to test.

Candidates are only proposals; which one (if any) is used is decided against the
index's own vocabulary by the caller, and only when a typed word is rare or absent.

* Latin script (Vietnamese folded, English): one letter dropped or doubled, i.e.
  every single-letter insertion and deletion. Edits are made on the folded word
  and replayed on the typed one, so `lượg` becomes `lượng` with its marks kept.
* Thai: a dropped tone mark (inserted after a consonant or vowel sign), or one
  confusable consonant swapped for its look- or sound-alikes.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

LATIN = "abcdefghijklmnopqrstuvwxyz"
THAI_TONE_MARKS = "\u0e48\u0e49\u0e4a\u0e4b"  # ่ ้ ๊ ๋
THAI_CONSONANTS = {chr(c) for c in range(0x0E01, 0x0E2F)}
THAI_TONE_BEARERS = THAI_CONSONANTS | set("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39")  # consonants, ั ิ ี ึ ื ุ ู
CONFUSABLE_GROUPS = ("รล", "สศษ", "ตด", "นณ", "ทธ", "ขค")
_CONFUSABLE = {ch: group.replace(ch, "") for group in CONFUSABLE_GROUPS for ch in group}


@dataclass(frozen=True)
class Edit:
    op: str  # "insert" | "delete"
    pos: int
    letter: str = ""

    def apply(self, word: str) -> str:
        if self.op == "insert":
            return word[: self.pos] + self.letter + word[self.pos :]
        return word[: self.pos] + word[self.pos + 1 :]


def latin_edits(folded: str) -> Iterator[tuple[str, Edit]]:
    """(candidate, edit) for every single-letter deletion and insertion of a folded word."""
    seen = {folded}
    for i in range(len(folded)):
        edit = Edit("delete", i)
        cand = edit.apply(folded)
        if cand and cand not in seen:
            seen.add(cand)
            yield cand, edit
    for i in range(len(folded) + 1):
        for letter in LATIN:
            edit = Edit("insert", i, letter)
            cand = edit.apply(folded)
            if cand not in seen:
                seen.add(cand)
                yield cand, edit


def thai_variants(run: str) -> Iterator[str]:
    """Spellings of a Thai run with one tone mark restored or one confusable consonant swapped."""
    seen = {run}
    for i in range(1, len(run) + 1):
        if run[i - 1] in THAI_TONE_BEARERS and (i == len(run) or run[i] not in THAI_TONE_MARKS):
            for mark in THAI_TONE_MARKS:
                cand = run[:i] + mark + run[i:]
                if cand not in seen:
                    seen.add(cand)
                    yield cand
    for i, ch in enumerate(run):
        for other in _CONFUSABLE.get(ch, ""):
            cand = run[:i] + other + run[i + 1 :]
            if cand not in seen:
                seen.add(cand)
                yield cand
