"""Names in queries: known people (any order of their name parts) and name-like units.

A name is a unit: `Trần Hồng Hà` means those three syllables side by side, not
three common syllables anywhere in an article. Two kinds of evidence make a unit:

* a person in the archive's people table whose every name part the query holds,
  in any order, with or without diacritics;
* capitalised words typed side by side (`Hồng Hà`, `Nguyen Xuan Phuc`), or a
  query of exactly three syllables that starts with a common Vietnamese surname
  (people type names in lower case too).

Plain Python: the people come from the database through the caller.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from archive.analysis.segment import segment_th
from archive.analysis.text import fold, normalise

# The commonest Vietnamese family names, folded (together well over 90% of people).
VI_SURNAMES = frozenset(
    """
    nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan
    trinh truong lam mai luong ha cao kieu ta tong chu la thai quach lai lu luu ton
    """.split()
)


def name_key(name: str, extra_words: Iterable[str] = ()) -> tuple[str, ...]:
    """A name's parts, folded and lower-case ('Trần Hồng Hà' -> ('tran', 'hong', 'ha')).

    `extra_words` must be the Thai dictionary words that queries are segmented with."""
    return tuple(fold(t) for t in segment_th(normalise(name), extra_words))


@dataclass(frozen=True)
class Spelling:
    text: str  # as written in the people table
    tokens: tuple[str, ...]  # folded name parts
    bigrams: tuple[str, ...]  # folded adjacent pairs


@dataclass(frozen=True)
class PersonMatch:
    key: int  # the person's id
    name: str  # the spelling whose parts were found
    tokens: tuple[int, ...]  # indexes of the query tokens that hold the name, in name order


class PeopleIndex:
    """Finds known people in a query's folded tokens, whatever the order of the name parts."""

    MIN_PARTS = 2  # a single name part ('Hà') is an ordinary word far too often

    def __init__(self, people: Iterable[tuple[int, Iterable[str]]], extra_words: Iterable[str] = ()):
        self._names: list[tuple[tuple[str, ...], int, str]] = []
        self._spellings: dict[int, list[Spelling]] = {}
        for pk, names in people:
            for name in names:
                parts = name_key(name, extra_words)
                if len(parts) >= self.MIN_PARTS:
                    self._names.append((parts, pk, name))
                if parts:
                    pairs = tuple(f"{a}_{b}" for a, b in zip(parts, parts[1:], strict=False))
                    self._spellings.setdefault(pk, []).append(Spelling(name, parts, pairs))
        # Longest names first: 'Nguyễn Văn An' before 'Văn An'.
        self._names.sort(key=lambda item: -len(item[0]))

    def spellings(self, pk: int) -> list[Spelling]:
        """Every way the people table writes this person's name."""
        return list(self._spellings.get(pk, ()))

    def find(self, folded_tokens: Sequence[str]) -> list[PersonMatch]:
        positions: dict[str, list[int]] = {}
        for i, tok in enumerate(folded_tokens):
            positions.setdefault(tok, []).append(i)
        used: set[int] = set()
        found: list[PersonMatch] = []
        seen_people: set[int] = set()
        for parts, pk, name in self._names:
            if pk in seen_people:
                continue
            taken: list[int] = []
            for part in parts:
                free = [i for i in positions.get(part, ()) if i not in used and i not in taken]
                if not free:
                    break
                taken.append(free[0])
            else:
                used.update(taken)
                seen_people.add(pk)
                found.append(PersonMatch(pk, name, tuple(taken)))
        return found


_LATIN_UPPER_RE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ]")


def capitalised_runs(clean: str, spans: Sequence[tuple[int, int] | None], adjacent: Sequence[bool]) -> list[list[int]]:
    """Runs of two or more side-by-side tokens that each start with a capital letter.

    `clean` is the query before lower-casing; `spans` are the tokens' offsets in
    it (the normalised text has the same offsets). An all-capitals query ('AMEM
    ASOEN') is shouting, not names, and gives no runs.
    """
    if clean.isupper():
        return []
    runs: list[list[int]] = []
    current: list[int] = []
    for i, span in enumerate(spans):
        capital = span is not None and bool(_LATIN_UPPER_RE.match(clean, span[0]))
        if capital and current and adjacent[i]:
            current.append(i)
            continue
        if len(current) >= 2:
            runs.append(current)
        current = [i] if capital else []
    if len(current) >= 2:
        runs.append(current)
    return runs


def looks_like_vietnamese_name(folded_tokens: Sequence[str]) -> bool:
    """A whole query of three syllables led by a common surname ('tran hong ha')."""
    return (
        len(folded_tokens) == 3
        and folded_tokens[0] in VI_SURNAMES
        and all(t.isalpha() and t.isascii() for t in folded_tokens)
    )
