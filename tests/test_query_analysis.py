"""The analysis steps behind relevance: shingles, names, glossary concepts, typing slips.

Plain functions on real Vietnamese and Thai text; no database, no index.
"""

from __future__ import annotations

import pytest

from archive import analysis
from archive.analysis import concepts, names, shingles, typos


def _tokens(text: str) -> tuple[str, list[str]]:
    return analysis.normalise(text), analysis.analyse(text).exact.split()


class TestShingles:
    def test_adjacent_syllables_make_bigrams(self):
        norm, tokens = _tokens("Năng lượng tái tạo")
        assert shingles.bigrams(tokens, shingles.adjacency(norm, tokens)) == ["năng_lượng", "lượng_tái", "tái_tạo"]

    def test_punctuation_and_line_breaks_break_pairs(self):
        norm, tokens = _tokens("phố Nguyên Hồng - Hà Nội, năm 2020\nmới")
        pairs = shingles.bigrams(tokens, shingles.adjacency(norm, tokens))
        assert "hồng_hà" not in pairs
        assert "nội_năm" not in pairs
        assert "2020_mới" not in pairs
        assert "nguyên_hồng" in pairs and "hà_nội" in pairs

    def test_folded_and_marked_bigrams(self):
        text = "Trần Hồng Hà phát biểu"
        folded, marked = shingles.text_bigrams(text, analysis.analyse(text).exact.split())
        assert folded == ["tran_hong", "hong_ha", "ha_phat", "phat_bieu"]
        assert marked == ["trần_hồng", "hồng_hà", "hà_phát", "phát_biểu"]

    def test_thai_words_pair_up(self):
        text = "ค่าไฟฟ้าแพง"
        folded, marked = shingles.text_bigrams(text, analysis.analyse(text).exact.split())
        assert folded and not marked  # folding never changes Thai
        assert all("_" in b for b in folded)

    def test_marked_tokens_keep_only_words_with_diacritics(self):
        assert shingles.marked_tokens(["năng", "asean", "lượng", "amem"]) == ["năng", "lượng"]

    def test_a_token_the_text_lacks_breaks_the_chain(self):
        assert shingles.adjacency("a b c", ["a", "zzz", "c"]) == [False, False, False]


class TestNames:
    def test_people_are_found_in_any_order_without_diacritics(self):
        index = names.PeopleIndex([(7, ["Trần Hồng Hà"]), (8, ["Hoàng Tiến Dũng", "Hoang Tien Dung"])])
        found = index.find(["ha", "tran", "hong", "dien", "gio"])
        assert [(m.key, m.tokens) for m in found] == [(7, (1, 2, 0))]
        assert index.find(["tran", "hong"]) == []

    def test_spellings_include_other_scripts(self):
        index = names.PeopleIndex([(3, ["Trần Hồng Hà", "ตรัน ห่ง ห่า"])])
        texts = [s.text for s in index.spellings(3)]
        assert texts == ["Trần Hồng Hà", "ตรัน ห่ง ห่า"]
        assert index.spellings(3)[0].bigrams == ("tran_hong", "hong_ha")

    @pytest.mark.parametrize(
        "query, runs",
        [
            ("Bộ trưởng Trần Hồng Hà phát biểu", [[2, 3, 4]]),
            ("năng lượng tái tạo", []),
            ("Năng lượng tái tạo", []),
            ("AMEM ASOEN", []),  # all capitals: shouting, not names
            ("Hà Nội, Việt Nam", [[0, 1], [2, 3]]),
        ],
    )
    def test_capitalised_runs(self, query, runs):
        clean = analysis.clean_text(query)
        norm, tokens = _tokens(clean)
        spans = shingles.token_spans(norm, tokens)
        assert names.capitalised_runs(clean, spans, shingles.adjacency(norm, tokens)) == runs

    def test_three_syllables_led_by_a_surname_look_like_a_name(self):
        assert names.looks_like_vietnamese_name(["tran", "hong", "ha"])
        assert not names.looks_like_vietnamese_name(["nang", "luong", "tai"])
        assert not names.looks_like_vietnamese_name(["tran", "hong"])


class TestConcepts:
    @pytest.fixture
    def index(self):
        return concepts.ConceptIndex(
            [
                (
                    "rooftop-solar",
                    {"en": ["rooftop solar", "solar rooftop"], "vi": ["điện mặt trời mái nhà"], "th": ["โซลาร์รูฟท็อป"]},
                ),
                ("solar-power", {"en": ["solar power"], "vi": ["điện mặt trời"], "th": ["พลังงานแสงอาทิตย์"]}),
            ]
        )

    def test_longest_form_wins(self, index):
        norm, tokens = _tokens("dien mat troi mai nha o Ha Noi")
        folded = [analysis.fold(t) for t in tokens]
        hits = index.find(folded, shingles.adjacency(norm, tokens))
        assert [(h.concept, h.start, h.end) for h in hits] == [("rooftop-solar", 0, 5)]

    def test_english_and_thai_queries_find_concepts(self, index):
        for query, concept in (
            ("Rooftop solar", "rooftop-solar"),
            ("โซลาร์รูฟท็อป", "rooftop-solar"),
            ("solar power", "solar-power"),
        ):
            norm, tokens = _tokens(query)
            hits = index.find([analysis.fold(t) for t in tokens], shingles.adjacency(norm, tokens))
            assert [h.concept for h in hits] == [concept], query

    def test_forms_must_stand_together(self, index):
        norm, tokens = _tokens("solar, power")
        assert index.find(tokens, shingles.adjacency(norm, tokens)) == []

    def test_forms_carry_their_bigrams(self, index):
        forms = {f.text: f for f in index.forms("rooftop-solar")}
        assert forms["điện mặt trời mái nhà"].bigrams == ("dien_mat", "mat_troi", "troi_mai", "mai_nha")
        assert forms["điện mặt trời mái nhà"].tokens == ("dien", "mat", "troi", "mai", "nha")


class TestTypos:
    def test_a_dropped_letter_is_restored_with_the_marks_kept(self):
        edits = dict(typos.latin_edits("luog"))
        assert "luong" in edits
        assert edits["luong"].apply("lượg") == "lượng"

    def test_a_doubled_letter_is_removed(self):
        edits = dict(typos.latin_edits("nanng"))
        assert edits["nang"].apply("nănng") == "năng"

    def test_thai_dropped_tone_mark(self):
        assert "น้ำท่วม" in set(typos.thai_variants("นำท่วม"))

    def test_thai_confusable_consonants(self):
        variants = set(typos.thai_variants("ไฟฟ้ารัดวง"))
        assert "ไฟฟ้าลัดวง" in variants
        assert "พลังงาน" in set(typos.thai_variants("พรังงาน"))

    def test_no_variant_repeats_the_input(self):
        assert "น้ำ" not in set(typos.thai_variants("น้ำ"))
        assert "nang" not in dict(typos.latin_edits("nang"))
