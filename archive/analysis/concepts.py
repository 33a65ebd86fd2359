"""Glossary concepts in queries: which words name a concept, and its other forms.

A query term that names a concept (`rooftop solar`, `điện mặt trời mái nhà`,
`โซลาร์รูฟท็อป`) also searches the concept's other forms, in every language.
Forms are matched as whole token sequences standing side by side in the query,
longest first, after the same segmentation and folding as documents get.

Plain Python: the concepts come from the database through the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from archive.analysis.segment import segment_th
from archive.analysis.shingles import adjacency, bigrams
from archive.analysis.text import fold, normalise


@dataclass(frozen=True)
class ConceptForm:
    concept: str  # the concept's key (slug)
    language: str
    text: str  # as the glossary writes it
    tokens: tuple[str, ...]  # folded words
    bigrams: tuple[str, ...]  # folded pairs that stand together


@dataclass(frozen=True)
class ConceptHit:
    concept: str
    form: ConceptForm
    start: int  # query token range [start, end)
    end: int


def analyse_form(concept: str, language: str, text: str, extra_words: Iterable[str] = ()) -> ConceptForm | None:
    norm = normalise(text)
    exact = segment_th(norm, extra_words)
    if not exact:
        return None
    pairs = bigrams(exact, adjacency(norm, exact))
    return ConceptForm(concept, language, text, tuple(fold(t) for t in exact), tuple(fold(p) for p in pairs))


class ConceptIndex:
    """All forms of all concepts, looked up by their folded token sequence."""

    def __init__(self, concepts: Iterable[tuple[str, Mapping[str, Sequence[str]]]], extra_words: Iterable[str] = ()):
        extra_words = frozenset(extra_words)
        self._forms: dict[str, list[ConceptForm]] = {}
        self._by_tokens: dict[tuple[str, ...], list[ConceptForm]] = {}
        self.longest = 0
        for key, forms_by_language in concepts:
            for language, forms in forms_by_language.items():
                for text in forms:
                    form = analyse_form(key, language, text, extra_words)
                    if form is None:
                        continue
                    self._forms.setdefault(key, []).append(form)
                    self._by_tokens.setdefault(form.tokens, []).append(form)
                    self.longest = max(self.longest, len(form.tokens))

    def __len__(self) -> int:
        return len(self._forms)

    def forms(self, concept: str) -> list[ConceptForm]:
        return list(self._forms.get(concept, ()))

    def find(self, folded_tokens: Sequence[str], adjacent: Sequence[bool]) -> list[ConceptHit]:
        """Concepts named in a query, longest match first at each position, not overlapping."""
        hits: list[ConceptHit] = []
        i = 0
        n = len(folded_tokens)
        while i < n:
            for size in range(min(self.longest, n - i), 0, -1):
                if size > 1 and not all(adjacent[i + 1 : i + size]):
                    continue
                forms = self._by_tokens.get(tuple(folded_tokens[i : i + size]))
                if forms:
                    hits.append(ConceptHit(forms[0].concept, forms[0], i, i + size))
                    i += size
                    break
            else:
                i += 1
        return hits
