"""Tests for archive.analysis: the one pipeline shared by indexing and querying.

Plain pytest, no Django:
    .venv/bin/python -m pytest tests/test_analysis.py -p no:django -q

Most assertions run on the founding seed articles (../shared/seeds/), real
Vietnamese and Thai news text.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from pathlib import Path

import pytest

from archive.analysis import (
    LANGUAGES,
    Analysis,
    MeetingMatcher,
    MeetingMention,
    SeriesSpec,
    analyse,
    clean_text,
    detect_language,
    detect_languages,
    fold,
    normalise,
    segment_th,
    segment_vi,
    split_paragraphs,
    tokenize_en,
)

SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def _seed(prefix: str) -> str:
    paths = sorted(SEEDS_DIR.glob(f"{prefix}_*.txt"))
    assert paths, f"seed {prefix} not found in {SEEDS_DIR} (the repo expects ../shared beside it)"
    return paths[0].read_text(encoding="utf-8")


# A series table shaped like the archive's MeetingSeries rows.
SERIES = [
    SeriesSpec(
        "amem",
        ("AMEM",),
        (
            "ASEAN Ministers on Energy Meeting",
            "Hội nghị Bộ trưởng Năng lượng ASEAN",
            "Hội nghị Bộ trưởng ASEAN về Năng lượng",
            "การประชุมรัฐมนตรีพลังงานอาเซียน",
        ),
    ),
    SeriesSpec(
        "some",
        ("SOME",),
        (
            "Senior Officials Meeting on Energy",
            "Hội nghị Quan chức cao cấp về Năng lượng ASEAN",
            "การประชุมเจ้าหน้าที่อาวุโสด้านพลังงานอาเซียน",
        ),
    ),
    SeriesSpec(
        "amem-plus-3",
        ("AMEM+3",),
        ("ASEAN+3 Ministers on Energy Meeting", "Hội nghị Bộ trưởng Năng lượng ASEAN+3"),
    ),
    SeriesSpec(
        "some-plus-3",
        ("SOME+3",),
        ("ASEAN+3 Senior Officials Meeting on Energy", "Hội nghị Quan chức cao cấp Năng lượng ASEAN+3"),
    ),
    SeriesSpec(
        "asoen",
        ("ASOEN",),
        ("ASEAN Senior Officials on the Environment", "Hội nghị Quan chức cao cấp ASEAN về môi trường"),
    ),
    SeriesSpec(
        "amme",
        ("AMME",),
        (
            "ASEAN Ministerial Meeting on the Environment",
            "Hội nghị Bộ trưởng Môi trường ASEAN",
            "การประชุมรัฐมนตรีสิ่งแวดล้อมอาเซียน",
        ),
    ),
]


@pytest.fixture(scope="module")
def matcher() -> MeetingMatcher:
    return MeetingMatcher(SERIES)


def _phrase_in(needle: str, haystack: str) -> bool:
    """Token-aligned phrase containment in a space-joined token stream."""
    return f" {needle} " in f" {haystack} "


# ---------------------------------------------------------------------------
# Cleaning, normalisation, folding
# ---------------------------------------------------------------------------


def test_clean_text_removes_controls_and_unifies_newlines():
    raw = "A\u200bB\r\nC\rD\x00E\ufeffF\u00adG\u200eH\u202eI\u2028J\tK\x0cL"
    assert clean_text(raw) == "AB\nC\nDEFGHI\nJ\tK\nL"
    assert clean_text("") == ""
    # A zero-width space between a letter and its combining mark must not block NFC.
    assert clean_text("e\u200b\u0302") == "ê"
    assert clean_text("a\ud800b") == "ab"  # lone surrogates cannot be stored


def test_clean_text_is_nfc_and_idempotent():
    nfd = unicodedata.normalize("NFD", _seed("000"))
    once = clean_text(nfd)
    assert unicodedata.is_normalized("NFC", once)
    assert clean_text(once) == once
    assert once == clean_text(_seed("000"))


@pytest.mark.parametrize(
    "variant, canonical",
    [
        ("hoà", "hòa"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("hoá", "hóa"),
        ("tuỳ", "tùy"),
        ("loà", "lòa"),
        ("xoè", "xòe"),
        ("HOÀ BÌNH", "hòa bình"),
        ("Thuỷ điện", "thủy điện"),
    ],
)
def test_tone_mark_placement_is_unified(variant, canonical):
    assert normalise(variant) == canonical
    assert normalise(canonical) == canonical
    assert analyse(variant).to_dict() == analyse(canonical).to_dict()


@pytest.mark.parametrize("word", ["quý", "quỳ", "hoàn", "huỳnh", "khuỷu", "thuyết", "toán", "hòa"])
def test_tone_marks_that_agree_in_both_styles_stay_put(word):
    assert normalise(word) == word


def test_tone_variant_query_matches_seed_exactly():
    doc = analyse(_seed("002"))
    # The seed writes 'hóa chất'; a reader typing the new style still gets an exact hit.
    assert _phrase_in(analyse("hoá chất").exact, doc.exact)
    assert _phrase_in(analyse("Hóa chất").exact, doc.exact)


def test_normalise_lowercases_and_maps_thai_digits():
    assert normalise("ASEAN Đà Nẵng") == "asean đà nẵng"
    assert normalise("ครั้งที่ ๓๘ ปี ๒๕๖๕") == "ครั้งที่ 38 ปี 2565"
    assert normalise("İSTANBUL ΣΟΦΟΣ") == "istanbul σοφοσ"  # one char each, final sigma folded


def test_fold_latin_only():
    assert fold("Đường dây điện") == "Duong day dien"
    assert fold("ăâêôơư ĂÂÊÔƠƯ ệ ỹ ð") == "aaeoou AAEOOU e y d"
    thai = "การประชุมรัฐมนตรีพลังงานอาเซียน ภูมิใจ นวัตกรรมคาร์บอนต่ำ ก่ ก้ ก๊ ก๋ กั กิ กี กึ กื กุ กู ก็ ก์"
    assert fold(thai) == thai
    seed = _seed("004")
    thai_only = "".join(ch for ch in seed if "\u0e00" <= ch <= "\u0e7f")
    assert fold(thai_only) == thai_only


def _random_strings(n: int, seed: int = 7) -> list[str]:
    pool = list(
        "aAoOuUyYqQdDeE \t\n\r.,;:!?*~^()[]{}\"'-+_/\\%&|#@"
        "àÀáảãạăằắẳẵặâầấẩẫậđĐèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
        "กขคงจฉชซญดตถทนบปผพฟมยรลวศษสหอฮะาำเแโใไ\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39"
        "\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4cๆฯ๐๑๒๓๔๕๖๗๘๙฿"
        "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
        "\x00\x07\x0b\x0c\x1f\x7f\x85\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2028\u2029\u2060\ufeff"
        "İıßẞΣσςſµﬁﬀǅǈÅ\u212b\u0345\ud800\udfff😀🇻🇳\U000e0041"
    )
    rng = random.Random(seed)
    return ["".join(rng.choice(pool) for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_normalise_and_fold_preserve_length():
    samples = _random_strings(3000)
    samples += [_seed(p) for p in ("000", "001", "002", "003", "004")]
    samples += [unicodedata.normalize("NFD", s) for s in samples[-5:]]
    for text in samples:
        cleaned = clean_text(text)
        normalised = normalise(text)
        assert len(normalised) == len(cleaned), repr(text)
        assert len(fold(normalised)) == len(normalised), repr(text)
        assert len(fold(text)) == len(text), repr(text)


# ---------------------------------------------------------------------------
# Whole-pipeline invariants on Vietnamese
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_nfc_and_nfd_input_analyse_identically(prefix, matcher):
    text = _seed(prefix)
    nfc = analyse(unicodedata.normalize("NFC", text), matcher=matcher)
    nfd = analyse(unicodedata.normalize("NFD", text), matcher=matcher)
    assert nfc == nfd
    assert nfc.language == "vi"
    assert nfc.exact  # non-trivial


def test_exact_and_folded_streams_align():
    a = analyse(_seed("001"))
    exact, folded = a.exact.split(), a.folded.split()
    assert len(exact) == len(folded) > 100
    assert all(fold(e) == f for e, f in zip(exact, folded, strict=True))
    assert "đoàn" in exact and "doan" in folded and "đoàn" not in folded


def test_vietnamese_exact_stream_is_syllables():
    a = analyse("Năng lượng tái tạo tại Hà Nội")
    assert a.exact == "năng lượng tái tạo tại hà nội"
    assert a.folded == "nang luong tai tao tai ha noi"
    assert "năng_lượng" in a.words.split() and "nang_luong" in a.words.split()
    assert "hà_nội" in a.words.split() and "ha_noi" in a.words.split()


@pytest.mark.parametrize(
    "query, prefix",
    [
        ("nang luong tai tao", "001"),
        ("bien doi khi hau", "002"),
        ("Hoang Tien Dung", "001"),
        ("năng lượng tái tạo", "001"),
        ("Biến đổi khí hậu", "003"),
        ("Cuc Dien luc", "001"),
    ],
)
def test_unaccented_queries_find_seed_phrases(query, prefix):
    doc = analyse(_seed(prefix))
    q = analyse(query)
    assert set(q.folded.split()) <= set(doc.folded.split())
    assert _phrase_in(q.folded, doc.folded)


def test_d_stroke_folds_to_d():
    doc = analyse(_seed("001"))  # 'Điện lực', 'Hoàng Tiến Dũng', 'đối tác'
    assert "điện" in doc.exact.split()
    assert "dien" in doc.folded.split() and "điện" not in doc.folded.split()
    assert analyse("Đ đ").folded == "d d"


def test_accented_query_does_not_hit_other_marks_in_exact_stream():
    # Folded match is broad, the exact stream keeps marks apart: 'bạn' != 'bản'.
    assert analyse("bạn").exact != analyse("bản").exact
    assert analyse("bạn").folded == analyse("bản").folded == "ban"


# ---------------------------------------------------------------------------
# Vietnamese word segmentation
# ---------------------------------------------------------------------------


def test_segment_vi_builds_compounds():
    words = segment_vi(normalise("Hội nghị Bộ trưởng Năng lượng tái tạo tại Hà Nội."))
    for w in ("hội_nghị", "bộ_trưởng", "năng_lượng", "tái_tạo", "hà_nội"):
        assert w in words
    assert "." not in words and all(w.strip() for w in words)


def test_segment_vi_never_merges_across_newlines():
    assert "năng_lượng" in segment_vi("năng lượng")
    words = segment_vi("năng\nlượng")
    assert "năng_lượng" not in words
    assert words == ["năng", "lượng"]


def test_segment_vi_keeps_every_syllable_of_a_seed():
    text = normalise(_seed("000"))
    words = segment_vi(text)
    assert sum(len(w.split("_")) for w in words) == len(tokenize_en(text))
    assert all(re.fullmatch(r"[^\W_]+(?:_[^\W_]+)*", w) for w in words)


def test_segment_vi_bounds_long_input():
    # A single 'line' far above the chunk size, with and without sentence ends.
    sentence = normalise("Việt Nam đẩy mạnh phát triển năng lượng tái tạo và điện gió ngoài khơi. ")
    long_line = sentence * 200
    words = segment_vi(long_line)
    assert words.count("năng_lượng") == 200
    no_stops = sentence.replace(".", "") * 200
    assert sum(len(w.split("_")) for w in segment_vi(no_stops)) == len(tokenize_en(no_stops))


def test_segment_vi_calls_underthesea_with_bounded_chunks(monkeypatch):
    import archive.analysis.segment as segment_module

    real = segment_module._underthesea()
    sizes: list[int] = []

    def recording(chunk: str, **kwargs):
        sizes.append(len(chunk))
        assert "\n" not in chunk
        return real(chunk, **kwargs)

    monkeypatch.setattr(segment_module, "_underthesea", lambda: recording)
    text = normalise(_seed("000") + "\n" + "điện gió ngoài khơi " * 600 + "\n" + "năng lượng. " * 400)
    words = segment_vi(text)
    assert words and max(sizes) <= 2000 and len(sizes) > 10


# ---------------------------------------------------------------------------
# Thai
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["ภูมิใจ", "เอเชีย", "นวัตกรรม", "คาร์บอน", "ต่ำ"])
def test_thai_seed_words_are_tokens(word):
    doc = analyse(_seed("004"))
    assert doc.language == "th"
    assert word in doc.exact.split()


@pytest.mark.parametrize("query", ["ภูมิใจ", "เอเชีย", "นวัตกรรม", "คาร์บอนต่ำ", "นวัตกรรมคาร์บอนต่ำ", "การประชุมสุดยอดเอเชีย"])
def test_thai_queries_match_document_tokens(query):
    doc = analyse(_seed("004"))
    q = analyse(query)
    assert q.language == "th" and q.exact
    assert set(q.exact.split()) <= set(doc.exact.split())
    assert _phrase_in(q.exact, doc.exact)


def test_latin_runs_inside_thai_are_words():
    tokens = analyse(_seed("004")).exact.split()
    for w in ("pt", "pln", "china", "smart", "energy", "2565"):
        assert w in tokens
    assert segment_th("บริษัทพีที พีแอลเอ็น (PT PLN)")[-2:] == ["pt", "pln"]


def test_thai_digits_become_ascii():
    assert analyse("ปี ๒๕๖๕").exact == "ปี 2565"
    assert segment_th("ครั้งที่ ๓๘") == ["ครั้ง", "ที่", "38"]


def test_fold_never_strips_thai_marks():
    doc = analyse(_seed("004"))
    thai = [t for t in doc.exact.split() if re.search("[\u0e00-\u0e7f]", t)]
    folded_thai = [t for t in doc.folded.split() if re.search("[\u0e00-\u0e7f]", t)]
    assert thai == folded_thai
    assert any(re.search("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", t) for t in folded_thai)


def test_thai_extra_words_join_names_but_not_compositional_terms():
    text = "คุณโมอิน อุล เฮก การประชุมรัฐมนตรีพลังงานอาเซียน"
    plain = segment_th(text)
    assert "โมอิน" not in plain  # the default dictionary shreds the name
    extra = frozenset({"โมอิน", "การประชุมรัฐมนตรีพลังงานอาเซียน"})
    custom = segment_th(text, extra)
    assert "โมอิน" in custom
    # A meeting name made of dictionary words keeps its words searchable.
    assert custom[-4:] == ["การประชุม", "รัฐมนตรี", "พลังงาน", "อาเซียน"]
    assert segment_th(text, list(extra)) == custom  # cached trie, any iterable


def test_thai_whitespace_and_punctuation_dropped():
    tokens = segment_th('พลังงาน  สะอาด, (พลังงาน) ๆ ฯ "ลม"')
    assert tokens == ["พลังงาน", "สะอาด", "พลังงาน", "ลม"]


# ---------------------------------------------------------------------------
# English tokenizer
# ---------------------------------------------------------------------------


def test_tokenize_en():
    assert tokenize_en("ASEAN-Japan plan: cut 23% by 2021, co-operation") == [
        "asean",
        "japan",
        "plan",
        "cut",
        "23",
        "by",
        "2021",
        "co",
        "operation",
    ]
    assert tokenize_en("") == []


# ---------------------------------------------------------------------------
# Language detection
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("prefix, lang", [("000", "vi"), ("001", "vi"), ("002", "vi"), ("003", "vi"), ("004", "th")])
def test_detect_language_on_seeds(prefix, lang):
    assert detect_language(_seed(prefix)) == lang


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The ASEAN Ministers on Energy Meeting was held online on Tuesday.", "en"),
        ("Le café à Paris était très bon.", "en"),  # accents alone are not Vietnamese
        ("O João está na praça da cidade.", "en"),
        ("VietJet Air tính niêm yết trên sàn New York, London", "vi"),
        ("năng lượng", "vi"),
        ("hoà bình", "vi"),
        ("nang luong tai tao", "vi"),
        ("Hoang Tien Dung", "vi"),
        ("พลังงาน", "th"),
        ("", "en"),
        ("12345 ... !!!", "en"),
    ],
)
def test_detect_language_short_texts(text, lang):
    assert detect_language(text) == lang


MIXED = (
    "Hội nghị Bộ trưởng Năng lượng ASEAN thúc đẩy năng lượng tái tạo.\n\n"
    "The meeting adopted a joint statement on energy transition.\n"
    "การประชุมรัฐมนตรีพลังงานอาเซียนครั้งที่ ๓๘ จัดขึ้นทางออนไลน์\n"
    "17/11/2020\n"
)


def test_split_paragraphs():
    assert split_paragraphs("  a \n\n\n b\r\nc\n  \n") == ["a", "b", "c"]
    assert split_paragraphs("") == []


def test_detect_languages_per_paragraph():
    pairs = detect_languages(MIXED)
    assert [lang for lang, _ in pairs] == ["vi", "en", "th", "vi"]  # the date line takes the dominant one
    assert pairs[1][1] == "The meeting adopted a joint statement on energy transition."


def test_mixed_text_is_segmented_per_paragraph(matcher):
    a = analyse(MIXED, matcher=matcher)
    assert a.language == "vi"
    exact = a.exact.split()
    assert {"năng", "lượng", "statement", "พลังงาน", "อาเซียน", "38"} <= set(exact)
    words = a.words.split()
    assert "năng_lượng" in words and "tái_tạo" in words
    assert "statement" not in words and not any(re.search("[\u0e00-\u0e7f]", w) for w in words)
    assert a.meetings == ["series:amem", "meeting:amem-38"]


def test_explicit_language_is_respected():
    assert analyse("năng lượng", language="en").words == ""
    assert analyse("năng lượng", language="vi").words == "năng_lượng nang_luong"
    assert analyse("năng lượng", language="xx").language == "vi"  # unknown -> detected


# ---------------------------------------------------------------------------
# Meeting names
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("AMEM 38", "meeting:amem-38"),
        ("AMEM38", "meeting:amem-38"),
        ("amem-38", "meeting:amem-38"),
        ("AMEM-38", "meeting:amem-38"),
        ("38th AMEM", "meeting:amem-38"),
        ("the 38th AMEM", "meeting:amem-38"),
        ("AMEM lần thứ 38", "meeting:amem-38"),
        ("AMEM thứ 38", "meeting:amem-38"),
        ("AMEM lan thu 38", "meeting:amem-38"),
        ("Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38", "meeting:amem-38"),
        ("Hội nghị Bộ trưởng Năng lượng ASEAN (AMEM) lần thứ 38", "meeting:amem-38"),
        ("hoi nghi bo truong nang luong asean lan thu 38", "meeting:amem-38"),
        ("Hội nghị Bộ trưởng ASEAN về Năng lượng lần thứ 38", "meeting:amem-38"),
        ("SOME+3 lần thứ 17", "meeting:some-plus-3-17"),
        ("Hội nghị SOME +3 lần thứ 17", "meeting:some-plus-3-17"),
        ("SOME + 3 lần thứ 17", "meeting:some-plus-3-17"),
        ("38th ASEAN Ministers on Energy Meeting", "meeting:amem-38"),
        ("the 38th ASEAN Ministers on Energy Meeting (AMEM)", "meeting:amem-38"),
        ("ASEAN Ministers on Energy Meeting 38", "meeting:amem-38"),
        ("the 21st ASEAN Ministerial Meeting on the Environment", "meeting:amme-21"),
        ("การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 38", "meeting:amem-38"),
        ("การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ ๓๘", "meeting:amem-38"),
        ("การประชุมรัฐมนตรีพลังงานอาเซียนครั้งที่38", "meeting:amem-38"),
        ("การประชุมรัฐมนตรีพลังงานอาเซียนครั้งที่ ๓๘", "meeting:amem-38"),
        ("AMEM ครั้งที่ 38", "meeting:amem-38"),
        ("Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 33 (ASOEN 33)", "meeting:asoen-33"),
        ("AMEM", "series:amem"),
        ("amem", "series:amem"),  # the whole query
        ("some+3", "series:some-plus-3"),  # the whole query
        ('"SOME+3"', "series:some-plus-3"),
        ("AMEM+3", "series:amem-plus-3"),
        ("Hội nghị AMEM + 3 tại Hà Nội", "series:amem-plus-3"),
        ("Hội nghị Bộ trưởng Năng lượng ASEAN+3", "series:amem-plus-3"),
        ("Trưởng đoàn SOME Việt Nam", "series:some"),
        ("ASEAN Ministers on Energy Meeting", "series:amem"),
        ("การประชุมรัฐมนตรีพลังงานอาเซียน", "series:amem"),
        ("Hội nghị AMEM 2020", "series:amem"),  # 2020 is a year, not a meeting number
        ("AMEM 17/11", "series:amem"),  # a date
    ],
)
def test_meeting_variants(matcher, text, expected):
    mentions = matcher.find(text)
    assert [m.token for m in mentions] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "some countries",
        "Some 30 countries signed.",
        "in some 30 countries",
        "SOMETHING",
        "AWESOME",
        "amem is lower case in running text",
        "AMEM2020",
        "xAMEM 38",
        "38 countries",
        "Hội nghị lần thứ 26 các bên tham gia",
        "",
    ],
)
def test_not_meetings(matcher, text):
    assert matcher.find(text) == []


def _fixture_series() -> list[SeriesSpec]:
    """The archive's own series rows (fixtures/seed.json), as MeetingSeries.spec() builds them."""
    path = Path(__file__).resolve().parents[1] / "fixtures" / "seed.json"
    specs = []
    for row in json.loads(path.read_text(encoding="utf-8")):
        if row.get("model") != "archive.meetingseries":
            continue
        f = row["fields"]
        names = [f.get("name_en"), f.get("name_vi"), f.get("name_th"), *(f.get("alternate_names") or "").splitlines()]
        specs.append(SeriesSpec(f["slug"], (f["acronym"],), tuple(n.strip() for n in dict.fromkeys(names) if n)))
    assert specs, "no meeting series in fixtures/seed.json"
    return specs


@pytest.mark.parametrize(
    "text, expected",
    [
        ("AMEM 38", "meeting:amem-38"),
        ("38th AMEM", "meeting:amem-38"),
        ("hoi nghi bo truong nang luong asean lan thu 38", "meeting:amem-38"),
        ("การประชุมรัฐมนตรีพลังงานอาเซียนครั้งที่ ๓๘", "meeting:amem-38"),
        ("AMEM–38", "meeting:amem-38"),  # en dash
        ("ASEAN Ministers’ Meeting on Energy", "series:amem"),  # typographic apostrophe
        ("ASEAN Ministers Meeting on Energy", "series:amem"),  # apostrophe dropped
        ("การประชุมรัฐมนตรีพลังงานอาเซียนบวกสาม ครั้งที่ 17", "meeting:amem-plus-3-17"),
        ("SOME+3 lần thứ 17", "meeting:some-plus-3-17"),
        ("ASOEN 33", "meeting:asoen-33"),
        ("the 5th ASEAN–Japan Dialogue on Environmental Cooperation", "meeting:ajdec-5"),
        ("Đối thoại ASEAN - Nhật Bản về môi trường lần thứ 12", "meeting:ajdec-12"),
        ("ASEAN-ROK DECC 3", "meeting:asean-rok-decc-3"),
        ("Hội nghị quan chức cấp cao năng lượng trù bị", "series:some"),
    ],
)
def test_archive_fixture_series(text, expected):
    assert [m.token for m in MeetingMatcher(_fixture_series()).find(text)] == [expected]


def test_plus_three_is_not_the_base_series(matcher):
    tokens = [m.token for m in matcher.find("Hội nghị AMEM+3 và Hội nghị SOME+3 lần thứ 17")]
    assert tokens == ["series:amem-plus-3", "meeting:some-plus-3-17"]


def test_longest_match_and_spans(matcher):
    text = "Sáng 17/11, Hội nghị Bộ trưởng Năng lượng ASEAN (AMEM) lần thứ 38 đã diễn ra."
    (m,) = matcher.find(text)
    assert text[m.start : m.end] == "Hội nghị Bộ trưởng Năng lượng ASEAN (AMEM) lần thứ 38"
    assert (m.series, m.number, m.token) == ("amem", 38, "meeting:amem-38")


def test_mention_offsets_are_clean_text_offsets(matcher):
    raw = unicodedata.normalize("NFD", "\u200bTại Hội nghị\r\nSOME +3 lần thứ 17, các nước")
    clean = clean_text(raw)
    (m,) = matcher.find(raw)
    assert clean[m.start : m.end] == "SOME +3 lần thứ 17"
    assert normalise(raw)[m.start : m.end] == "some +3 lần thứ 17"


def test_mentions_sorted_and_non_overlapping(matcher):
    mentions = matcher.find(_seed("000") + "\n" + _seed("001") + "\n" + _seed("002"))
    assert len(mentions) > 10
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start


def test_seed_000_finds_amem_38(matcher):
    a = analyse(_seed("000"), matcher=matcher)
    assert "meeting:amem-38" in a.meetings
    assert a.meetings == list(dict.fromkeys(a.meetings))  # distinct, first-appearance order
    # Mention spans are still ordinary words.
    assert _phrase_in("bộ trưởng năng lượng asean", a.exact)
    assert "meeting" not in a.exact


def test_seed_001_finds_some_plus_3_and_amem_38(matcher):
    a = analyse(_seed("001"), matcher=matcher)
    assert "meeting:some-plus-3-17" in a.meetings
    assert "meeting:amem-38" in a.meetings
    assert "series:amem-plus-3" in a.meetings
    assert "series:some" in a.meetings  # 'Trưởng đoàn SOME Việt Nam'
    assert "series:amem" not in a.meetings  # 'AMEM+3' is not AMEM


def test_seed_002_asoen(matcher):
    a = analyse(_seed("002"), matcher=matcher)
    assert a.meetings[0] == "meeting:asoen-33"
    assert "meeting:amme-17" in a.meetings  # 'Hội nghị Bộ trưởng môi trường ASEAN lần thứ 17'


def test_matcher_terms_and_tokens():
    m = MeetingMatcher(SERIES)
    terms = m.terms()
    assert "AMEM+3" in terms and "การประชุมรัฐมนตรีพลังงานอาเซียน" in terms
    assert "Hội nghị Bộ trưởng ASEAN về Năng lượng" in terms
    assert MeetingMention(0, 4, "amem", None).token == "series:amem"
    assert MeetingMention(0, 7, "amem-plus-3", 12).token == "meeting:amem-plus-3-12"
    assert MeetingMatcher([]).find("AMEM 38") == []
    # Lists straight from the database are fine too.
    spec = SeriesSpec("amem", ["AMEM"], ["ASEAN Ministers on Energy Meeting"])
    assert spec.acronyms == ("AMEM",) and hash(spec)


# ---------------------------------------------------------------------------
# Hostile input, serialisation
# ---------------------------------------------------------------------------

HOSTILE = [
    "",
    " ",
    "\x00",
    "\x00AMEM\x00 38",
    '* ? ~ ^ : ( ) [ ] { } " AND OR NOT -',
    'năng lượng* AND "tái tạo"~2 OR NOT -(hạt nhân)^3 title:[a TO z] {x}',
    "meeting:amem-38 series:amem",
    "😀🔥🇻🇳 \u200f\u202eمرحبا\u202c",
    "\ufeff\u200b\u00ad",
    "\ud800\udfff",
    "\u0301\u0301\u0e48\u0e48",
    "İİİ ßß ẞ",
    "\\ / ! & | && || %",
    "a" * 2000,
    "ก" * 2000,
    ("Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38! " * 50)[:2000],
    ("การประชุมรัฐมนตรีพลังงานอาเซียนครั้งที่ ๓๘ " * 60)[:2000],
    "\t\n\r\n\n\x0b\x0c",
]
_SYNTAX = re.compile(r"[\s*?~^:()\[\]{}\"'+\-\\/!&|%<>=\x00]")
_WORDISH = re.compile(r"[^\W_](?:[^\W_]|[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0300-\u036f])*")


@pytest.mark.parametrize("text", HOSTILE + _random_strings(200, seed=11))
def test_hostile_input_never_raises(text, matcher):
    for language in (None, *LANGUAGES):
        a = analyse(text, language=language, matcher=matcher)
        assert a.language in LANGUAGES
        exact, folded = a.exact.split(" ") if a.exact else [], a.folded.split(" ") if a.folded else []
        assert len(exact) == len(folded)
        for tok in exact + folded:
            assert _WORDISH.fullmatch(tok), (text, tok)
        for tok in a.words.split(" ") if a.words else []:
            assert all(_WORDISH.fullmatch(p) for p in tok.split("_")), (text, tok)
        for tok in exact + folded + a.words.split():
            assert not _SYNTAX.search(tok)
        for tok in a.meetings:
            assert re.fullmatch(r"(?:meeting|series):[a-z0-9-]+", tok)
    assert split_paragraphs(text) == split_paragraphs(text)
    detect_languages(text)
    matcher.find(text)


def test_syntax_characters_leave_only_words():
    a = analyse('"năng lượng" AND (tái tạo) OR NOT -hạt*', language="vi")
    assert a.exact == "năng lượng and tái tạo or not hạt"


def test_analysis_round_trip(matcher):
    a = analyse(MIXED, matcher=matcher)
    d = json.loads(json.dumps(a.to_dict(), ensure_ascii=False))
    assert Analysis.from_dict(d) == a
    assert set(d) == {"language", "exact", "folded", "words", "meetings"}
    assert Analysis.from_dict({}) == Analysis(language="en")


def test_empty_text():
    a = analyse("")
    assert a == Analysis(language="en", exact="", folded="", words="", meetings=[])


def test_compound_chars_bounds_segmentation_but_not_syllables():
    text = "năng lượng tái tạo. " * 10 + "biến đổi khí hậu toàn cầu."
    full = analyse(text, language="vi")
    bounded = analyse(text, language="vi", compound_chars=60)
    assert "biến_đổi" in full.words.split()
    assert "biến_đổi" not in bounded.words.split()
    assert "năng_lượng" in bounded.words.split()
    # recall is unchanged: every syllable is still in the exact and folded streams
    assert bounded.exact == full.exact
    assert "khi" in bounded.folded.split() and "hau" in bounded.folded.split()


def test_thai_extra_words_cut_as_a_trie_of_the_whole_word_list_would():
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_dict_trie, word_tokenize
    from pythainlp.util import Trie

    from archive.analysis import segment

    # Names sharing their first letters with dictionary words, in a real Thai article.
    extra = frozenset({"โมอิน", "พีแอลเอ็น", "ไฮโดรเจนสีเขียว", "เซมบ์คอร์ป"})
    text = _seed("004") + " คุณโมอินกับพีแอลเอ็นและเซมบ์คอร์ปใช้ไฮโดรเจนสีเขียว"
    trie = segment._thai_trie(extra)
    added = segment._thai_dictionary_words(extra)
    assert added and trie._base is word_dict_trie()  # the default trie, not a copy of it
    whole = Trie(thai_words() | added)
    for run in re.findall(segment.THAI_RUN_SRC, text.lower()):
        options = {"engine": "newmm", "keep_whitespace": False, "join_broken_num": False}
        assert word_tokenize(run, custom_dict=trie, **options) == word_tokenize(run, custom_dict=whole, **options)
    assert "โมอิน" in segment_th(text, extra) and "โมอิน" in trie and len(trie) == len(whole)
