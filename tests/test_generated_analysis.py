"""Generated tests (hypothesis) on archive.analysis: any Unicode string, never an exception.

Bounded budget: a fixed number of examples per property, no deadline (segmenters warm up
lazily), all of it a few seconds.
"""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import analysis

BUDGET = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Any code point (surrogates included: json.loads can produce them), weighted towards the
# archive's scripts, combining marks and control/format characters.
any_text = st.text(
    alphabet=st.one_of(
        st.characters(codec=None),
        st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F),  # Thai
        st.characters(min_codepoint=0x1EA0, max_codepoint=0x1EF9),  # Vietnamese
        st.characters(min_codepoint=0x0300, max_codepoint=0x036F),  # combining marks
        st.sampled_from("\x00\x01\r\n\t\u200b\u200d\u2028\u2029\ufeff\x85 đĐ-AMEM 38"),
    ),
    max_size=60,
)
thai_text = st.text(alphabet=st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B), max_size=60)
MATCHER = analysis.MeetingMatcher(
    [analysis.SeriesSpec(key="amem", acronyms=("AMEM",), names=("ASEAN Ministers on Energy Meeting",))]
)


@BUDGET
@given(any_text)
def test_public_functions_never_raise(text):
    cleaned = analysis.clean_text(text)
    assert analysis.clean_text(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert "\x00" not in cleaned and "\r" not in cleaned
    assert len(analysis.normalise(text)) == len(cleaned)
    analysis.fold(text)
    assert analysis.detect_language(text) in analysis.LANGUAGES
    analysis.detect_languages(text)
    analysis.split_paragraphs(text)
    analysis.tokenize_en(text)
    analysis.segment_th(text)
    analysis.segment_vi(text)
    MATCHER.find(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, st.sampled_from([None, "vi", "th", "en"]))
def test_analyse_never_raises(text, language):
    result = analysis.analyse(text, language=language, matcher=MATCHER)
    assert analysis.Analysis.from_dict(result.to_dict()) == result


@BUDGET
@given(any_text)
def test_normalise_is_idempotent(text):
    once = analysis.normalise(text)
    assert analysis.normalise(once) == once


@BUDGET
@given(thai_text, any_text)
def test_fold_never_changes_thai_characters(thai, other):
    assert analysis.fold(thai) == thai
    folded = analysis.fold(other + thai + other)
    assert len(folded) == len(other) * 2 + len(thai)
    assert folded[len(other) : len(other) + len(thai)] == thai
