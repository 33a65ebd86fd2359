"""Snippet marks: the reader's words found whatever marks and case they are written
with, marking exactly the stored text's characters (archive/search/snippets.py)."""

from __future__ import annotations

import pytest

from archive.search.snippets import find_spans, match_form


def marked(text: str, terms: list[str]) -> list[str]:
    return [text[s:e] for s, e in find_spans(text, terms)]


def test_the_match_form_keeps_every_character_in_place():
    text = "NĂNG LƯỢNG tái tạo: Đà Nẵng ๒๕๖๗ — พลังงาน 🌏 ß İ"
    form = match_form(text)
    assert len(form) == len(text)
    assert form.startswith("nang luong tai tao: da nang 2567 — พลังงาน 🌏")
    assert match_form("") == ""
    assert match_form("\ud800x") == "\ud800x"  # a lone surrogate passes through


@pytest.mark.parametrize(
    ("text", "terms", "expected"),
    [
        ("Bộ trưởng NĂNG LƯỢNG nói về năng lượng tái tạo.", ["nang luong"], ["NĂNG LƯỢNG", "năng lượng"]),
        ("Hội nghị ở Đà Nẵng", ["đà nẵng"], ["Đà Nẵng"]),
        ("hoà bình và hòa giải", ["hoa"], ["hoà", "hòa"]),  # either tone-mark placement
        ("điện gió điệngió", ["điện gió"], ["điện gió"]),  # whole words only
        ("Năm ๒๕๖๗ và năm 2567", ["2567"], ["๒๕๖๗", "2567"]),
        ("การประชุมพลังงานอาเซียน", ["พลังงาน"], ["พลังงาน"]),  # inside a Thai run
        ("năng\nlượng", ["năng lượng"], ["năng\nlượng"]),
    ],
)
def test_terms_are_marked_whatever_their_marks_and_case(text, terms, expected):
    assert marked(text, terms) == expected
