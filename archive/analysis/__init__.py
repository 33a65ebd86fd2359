"""Text analysis shared by indexing and querying.

Every piece of text that reaches the search index -- article titles, bodies
and user queries alike -- goes through :func:`analyse`, so index-time and
query-time tokens can never drift apart.  The search backend only receives
already-analysed strings (tokens joined by single spaces) and splits them on
whitespace.

Plain Python on purpose: no Django, no search backend.  underthesea and
pythainlp are imported lazily so importing this package stays cheap.

Modules
-------
``text``       cleaning, ``normalise``, ``fold``, Thai tables, ``is_thai``.
``language``   ``detect_language`` / ``detect_languages``, ``LANGUAGES``.
``segment``    tokens: Thai-script runs -> pythainlp newmm, everything else ->
               runs of letters/digits (Vietnamese therefore yields syllables);
               ``segment_vi`` for Vietnamese compound words (underthesea).
``meetings``   data-driven meeting-name recognition ("AMEM 38" -> token).
``document``   ``analyse``: the pipeline above, one text to an ``Analysis``.

The names below are re-exported so ``analysis.fold(...)`` etc. work as before.
"""

from __future__ import annotations

from archive.analysis.document import Analysis, analyse
from archive.analysis.language import LANGUAGES, detect_language, detect_languages
from archive.analysis.meetings import MeetingMatcher, MeetingMention, SeriesSpec
from archive.analysis.segment import segment_th, segment_vi, tokenize_en
from archive.analysis.text import clean_text, fold, is_thai, normalise, split_paragraphs

__all__ = [
    "LANGUAGES",
    "Analysis",
    "MeetingMatcher",
    "MeetingMention",
    "SeriesSpec",
    "analyse",
    "clean_text",
    "detect_language",
    "detect_languages",
    "fold",
    "is_thai",
    "normalise",
    "segment_th",
    "segment_vi",
    "split_paragraphs",
    "tokenize_en",
]
