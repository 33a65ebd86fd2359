"""The pipeline: one text (title, body or query) to the token streams the index stores."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from archive.analysis.language import LANGUAGES, dominant_language, paragraph_languages
from archive.analysis.meetings import MeetingMatcher
from archive.analysis.segment import segment_th, segment_vi
from archive.analysis.text import clean_text, fold, normalise_cleaned, split_paragraphs

__all__ = ["Analysis", "analyse"]


@dataclass
class Analysis:
    language: str = "en"
    exact: str = ""  # syllables (vi) / newmm words (th) / words (en)
    folded: str = ""  # fold() of each exact token, same positions
    words: str = ""  # vi compounds 'năng_lượng' (+ folded 'nang_luong')
    meetings: list[str] = field(default_factory=list)  # 'meeting:amem-38', ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "exact": self.exact,
            "folded": self.folded,
            "words": self.words,
            "meetings": list(self.meetings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Analysis:
        return cls(
            language=str(d.get("language") or "en"),
            exact=str(d.get("exact") or ""),
            folded=str(d.get("folded") or ""),
            words=str(d.get("words") or ""),
            meetings=[str(t) for t in d.get("meetings") or ()],
        )


def analyse(
    text: str,
    language: str | None = None,
    matcher: MeetingMatcher | None = None,
    extra_words: Iterable[str] = (),
    compound_chars: int | None = None,
) -> Analysis:
    """Analyse a title, body or query.  Never raises on any ``str``.

    ``language=None`` detects per paragraph; the exact stream is script-driven
    either way (Thai runs -> newmm, everything else -> words), the language
    decides only where Vietnamese compounds are computed and what is reported.
    ``extra_words`` must be the same at index and query time.
    ``compound_chars`` bounds how much Vietnamese text goes through the CRF
    segmenter (the costliest step by far): compounds are a ranking signal, while
    recall comes from the syllable stream, which always covers the whole text.
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    clean = clean_text(text)
    norm = normalise_cleaned(clean)

    paragraphs = split_paragraphs(norm)
    if language in LANGUAGES:
        langs = [language] * len(paragraphs)
        dominant = language
    else:
        langs = paragraph_languages(paragraphs)
        dominant = dominant_language(langs, paragraphs)

    exact_tokens = segment_th(norm, extra_words)
    exact = " ".join(exact_tokens)

    vi_text = "\n".join(p for lang, p in zip(langs, paragraphs, strict=True) if lang == "vi")
    if compound_chars is not None and len(vi_text) > compound_chars:
        cut = vi_text.rfind(" ", 0, compound_chars)
        vi_text = vi_text[: cut if cut > 0 else compound_chars]
    words = ""
    if vi_text:
        words = " ".join(segment_vi(vi_text))
        folded_words = fold(words)
        if folded_words != words:
            words = f"{words} {folded_words}"

    meetings: list[str] = []
    if matcher is not None:
        for mention in matcher.find_prepared(clean, fold(norm)):
            if mention.token not in meetings:
                meetings.append(mention.token)

    return Analysis(language=dominant, exact=exact, folded=fold(exact), words=words, meetings=meetings)
