"""Text analysis shared by indexing and querying.

Every piece of text that reaches the search index -- article titles, bodies
and user queries alike -- goes through :func:`analyse`, so index-time and
query-time tokens can never drift apart.  The search backend only receives
already-analysed strings (tokens joined by single spaces) and splits them on
whitespace.

Plain Python on purpose: no Django, no search backend.  underthesea and
pythainlp are imported lazily so importing this module stays cheap.

Pipeline overview
-----------------
``clean_text``   storage form: NFC, newlines unified, control/format chars gone.
``normalise``    analysis form: lowercase, Vietnamese tone marks in one place,
                 Thai digits -> ASCII.  Same length as ``clean_text`` output,
                 so offsets found in one are valid in the other.
``fold``         Latin diacritics removed (also length preserving).
tokens           Thai-script runs -> pythainlp newmm; everything else -> runs
                 of letters/digits.  Vietnamese therefore yields syllables.
``segment_vi``   Vietnamese compound words (underthesea) for the ``words`` field.
MeetingMatcher   data-driven meeting-name recognition ("AMEM 38" -> token).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

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
    "normalise",
    "segment_th",
    "segment_vi",
    "split_paragraphs",
    "tokenize_en",
]

LANGUAGES = ("vi", "th", "en")


# ---------------------------------------------------------------------------
# Character tables, built once at import (a BMP scan takes ~50 ms).
# ---------------------------------------------------------------------------


def _ranges_to_class(codepoints: Iterable[int]) -> str:
    """Compress code points into the body of a regex character class."""
    parts: list[str] = []
    run_start = prev = None
    for cp in sorted(codepoints):
        if prev is not None and cp == prev + 1:
            prev = cp
            continue
        if run_start is not None:
            parts.append(_class_range(run_start, prev))
        run_start = prev = cp
    if run_start is not None:
        parts.append(_class_range(run_start, prev))
    return "".join(parts)


def _class_range(a: int, b: int) -> str:
    def esc(cp: int) -> str:
        return f"\\U{cp:08x}"  # unambiguous inside [], surrogates included

    return esc(a) if a == b else f"{esc(a)}-{esc(b)}"


def _build_tables() -> tuple[str, str, dict[int, str]]:
    controls: list[int] = []
    marks: list[int] = []
    casefold: dict[int, str] = {}
    category = unicodedata.category
    for cp in range(0x10000):
        ch = chr(cp)
        cat = category(ch)
        if cat in ("Cc", "Cf", "Cs"):
            controls.append(cp)
        elif cat in ("Mn", "Mc", "Me") and not 0x0E00 <= cp <= 0x0E7F:
            marks.append(cp)
        low = ch.lower()
        folded = ch.casefold()
        # casefold-like, but only where it stays a single character
        # (e.g. final sigma, long s); 'ß' -> 'ss' would break offsets.
        if len(folded) == 1 and folded != low:
            casefold[cp] = folded
    # Astral format characters (stable set; avoids scanning 1.1M code points).
    controls += [
        0x110BD,
        0x110CD,
        *range(0x13430, 0x13440),
        *range(0x1BCA0, 0x1BCA4),
        *range(0x1D173, 0x1D17B),
        0xE0001,
        *range(0xE0020, 0xE0080),
    ]
    controls = [cp for cp in controls if cp not in (0x09, 0x0A)]
    controls.append(0x034F)  # combining grapheme joiner: invisible, zero width
    return _ranges_to_class(controls), _ranges_to_class(marks), casefold


_CONTROL_CLASS, _MARK_CLASS, _CASEFOLD_EXTRA = _build_tables()

# Characters that are line breaks in disguise become '\n' instead of vanishing,
# so "para1\u2029para2" still splits into two paragraphs.
_CRLF_RE = re.compile(r"\r\n?")
_LINEBREAK_TABLE = str.maketrans({c: "\n" for c in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})
_CONTROL_RE = re.compile(f"[{_CONTROL_CLASS}]+")

THAI_MARKS = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"  # Thai vowel signs / tone marks (Mn)
_THAI_CHAR_RE = re.compile("[\u0e01-\u0e4e]")
_THAI_RUN_RE_SRC = "[\u0e01-\u0e3a\u0e40-\u0e4e]+"  # letters + marks, no digits/punct/baht
_THAI_RUN_RE = re.compile(_THAI_RUN_RE_SRC)
_THAI_DIGITS = str.maketrans({0x0E50 + i: str(i) for i in range(10)})

# A word: a letter/digit (Python's \w minus '_', our compound joiner) followed by
# letters, digits and combining marks, which \w does not cover (Thai/Lao/Khmer
# vowel signs...).  A stray mark with no base letter is not a word.
_WORD_RE = re.compile(f"[^\\W_](?:[^\\W_]|[{THAI_MARKS}{_MARK_CLASS}])*")
# Exact-stream segmentation: Thai runs (for newmm) vs. any other word run.
_SEG_RE = re.compile(f"(?P<th>{_THAI_RUN_RE_SRC})|(?P<w>[^\\W_\u0e00-\u0e7f](?:[^\\W_\u0e00-\u0e7f]|[{_MARK_CLASS}])*)")
_THAI_MARK_CHARS = "\u0e31" + "".join(map(chr, range(0x0E34, 0x0E3B))) + "".join(map(chr, range(0x0E47, 0x0E4F)))
_THAI_NOISE_RE = re.compile(f"[\u0e2f\u0e46{THAI_MARKS}]+")  # ฯ ๆ or bare marks

# normalise(): single-char translations applied after lower().
_NORMALISE_TABLE: dict[int, str] = dict(_CASEFOLD_EXTRA)
_NORMALISE_TABLE.update(_THAI_DIGITS)
_NORMALISE_TABLE.update({ord("ð"): "đ"})  # eth typed for Vietnamese đ (cf. underthesea)

# Vietnamese tone placement: old style "hòa, khỏe, thủy" vs new style
# "hoà, khoẻ, thuỷ".  Only open syllables differ (hoàn/huỳnh agree in both),
# so move the mark only when no letter follows.  'qu' + 'y' is excluded:
# "quý" has the mark on y in both styles.
_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


# 'oà' -> 'òa', 'uỷ' -> 'ủy', ...: the same two letters, the mark one letter left.
_TONE_MOVES: dict[str, str] = {
    first + _toned(second, tone): _toned(first, tone) + second
    for tone in _TONES
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
}
_OA_OE = "".join(_toned("a", t) + _toned("e", t) for t in _TONES)
_UY = "".join(_toned("y", t) for t in _TONES)
_TONE_RE = re.compile(f"(?:o[{_OA_OE}]|(?<!q)u[{_UY}])(?![^\\W\\d_])")


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, stop in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for cp in range(start, stop):
            decomposed = unicodedata.normalize("NFD", chr(cp))
            base = decomposed[0]
            if (
                len(decomposed) > 1
                and base.isascii()
                and base.isalpha()
                and all(unicodedata.combining(c) for c in decomposed[1:])
            ):
                table[cp] = base
    # Letters with a stroke have no decomposition but fold naturally.
    for src, dst in ("đd", "ĐD", "ðd", "ÐD", "øo", "ØO", "łl", "ŁL"):
        table[ord(src)] = dst
    return table


_FOLD_TABLE = _build_fold_table()


# ---------------------------------------------------------------------------
# Cleaning / normalisation / folding
# ---------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Storage form: NFC, '\\n' newlines, no control/format/zero-width chars."""
    if not text:
        return ""
    if "\r" in text:
        text = _CRLF_RE.sub("\n", text)
    text = text.translate(_LINEBREAK_TABLE)
    text = _CONTROL_RE.sub("", text)
    # Controls are removed before NFC: a zero-width char between a base letter
    # and its combining mark would otherwise block composition.
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def normalise(text: str) -> str:
    """Analysis form; ``len(normalise(t)) == len(clean_text(t))`` always."""
    return _normalise_clean(clean_text(text))


def _normalise_clean(text: str) -> str:
    """normalise() for text that is already the output of clean_text()."""
    low = text.lower()
    if len(low) != len(text):
        # Only 'İ' lowers to two chars; keep its first so offsets stay 1:1.
        low = "".join(c.lower()[0] for c in text)
    low = low.translate(_NORMALISE_TABLE)
    return _TONE_RE.sub(lambda m: _TONE_MOVES[m.group()], low)


def fold(text: str) -> str:
    """Strip Latin diacritics (ă->a, ệ->e, đ->d); Thai is left untouched."""
    if text.isascii():
        return text
    return text.translate(_FOLD_TABLE)


# ---------------------------------------------------------------------------
# Language detection
# ---------------------------------------------------------------------------

_DETECT_WINDOW = 5000
_LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]")
# Letters that (practically) only Vietnamese uses: ă đ ơ ư + the U+1EA0..1EF9
# block of tone-marked vowels.  â ê ô à á é ... are shared with French etc.
_VI_STRONG_RE = re.compile("[ăĂđĐơƠưƯ\u1ea0-\u1ef9]")
_VI_WEAK_RE = re.compile("[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĩĨũŨ]")
_ASCII_WORD_RE = re.compile("[a-z]+")
# Frequent Vietnamese syllables (diacritics removed) that are not English
# words; used to recognise unaccented Vietnamese such as "nang luong tai tao".
_VI_SYLLABLES = frozenset(
    """
co cua va trong la cac dong cho da tu voi duoc nhung nam nguoi khong tai mot
cung cong nay dau gia ve dung khi doi quan thi anh chi thu ngay su toi nhan noi
thanh moi du tinh bao dinh se thong truong vao tren qua dang hoi nhieu lam bi vi
hien viec lai theo nhu nha thuc sau tien ong hoa chinh nhat giao biet phai duong
cau phan thuong trung di hon dien thang chung chu minh hanh hai nuoc phat nang
thoi vu vien cao hop dieu dai quoc dat truoc luong nguyen tang dao luc hoc chuyen
ty viet tuong phong sinh nen ly ky tri cu tro trang thay chuc vang danh phu tam
lan hinh than mua chua ngoai phuong ba rat tham quy bien xa canh tong giai mang
cam khach hieu khac giam nghi yeu diem tran vo tich trinh xuat tuc huong toan
nghiep kien song mau tra dua xay cach gian tiep tac rang cuoc lien ket kinh tao
binh lon trieu muc tre tay doan doanh bac tuyen trien nhien duc gioi dam nho
khien phuc tuy thiet tieu kiem nghe chat dia trai chong vay khu tuoi quyet chan
phap loai nao che cai doc manh kha chiec dich ung khoang xu vong khai khoi roi
thuoc gio kho tung hoat vua dac chien benh tot ngan dep boi hoan bong sach hoang
thai lanh chau cuu tranh cuoi nghiem quyen phi nhap giup deu vuc truyen them muon
huu hoac vung quang nhau chieu nong nganh chia giua duoi xuong nguon nhom tieng
luat thao truc lieu duy hau nham troi khi hat nhien xanh ben vung hien dai
nguyen huynh pham dang bui ngo vo hung tuan
""".split()
)


def _detect(text: str) -> tuple[str, bool]:
    """(language, decisive).  Undecided texts (dates, names, 'AMEM') say 'en'
    with decisive=False so mixed documents can give them the dominant one."""
    sample = text[:_DETECT_WINDOW]
    thai = _THAI_CHAR_RE.subn("", sample)[1]
    latin = _LATIN_LETTER_RE.subn("", sample)[1]
    if thai == 0 and latin == 0:
        return "en", False
    if thai > latin:
        return "th", True
    strong = _VI_STRONG_RE.subn("", sample)[1]
    # Proper Vietnamese has a strong letter in most words (~15% of letters);
    # 2.5% tolerates an English paragraph quoting a Vietnamese name.
    if strong and strong * 40 >= latin:
        return "vi", True
    words = _ASCII_WORD_RE.findall(fold(sample.lower()))[:500]
    hits = sum(1 for w in words if w in _VI_SYLLABLES)
    if hits >= 2 and hits * 2 >= len(words):
        return "vi", True
    # Dense shared accents (à í ê ...) plus any Vietnamese-only evidence;
    # French or Spanish rarely reach 10% accented letters and have neither.
    weak = _VI_WEAK_RE.subn("", sample)[1]
    if (strong or hits) and (strong + weak) * 10 >= latin:
        return "vi", True
    return "en", sum(1 for w in words if len(w) > 1) >= 3


def detect_language(text: str) -> str:
    """'vi' | 'th' | 'en' by script and diacritics (offline, first 5000 chars)."""
    return _detect(text or "")[0]


def split_paragraphs(text: str) -> list[str]:
    """Non-empty, stripped lines (blank lines and single newlines both split)."""
    return [p for p in (line.strip() for line in (text or "").splitlines()) if p]


def _languages_for(paragraphs: list[str]) -> list[str]:
    detected = [_detect(p) for p in paragraphs]
    weight: dict[str, int] = {}
    for (lang, decisive), para in zip(detected, paragraphs, strict=True):
        if decisive:
            weight[lang] = weight.get(lang, 0) + len(para)
    dominant = max(weight, key=weight.__getitem__) if weight else "en"
    return [lang if decisive else dominant for lang, decisive in detected]


def detect_languages(text: str) -> list[tuple[str, str]]:
    """Per-paragraph (language, paragraph).  Paragraphs without evidence of
    their own (a date line, a lone acronym) take the dominant language."""
    paragraphs = split_paragraphs(text)
    return list(zip(_languages_for(paragraphs), paragraphs, strict=True))


def _dominant(langs: list[str], paragraphs: list[str]) -> str:
    weight: dict[str, int] = {}
    for lang, para in zip(langs, paragraphs, strict=True):
        weight[lang] = weight.get(lang, 0) + len(para)
    return max(weight, key=weight.__getitem__) if weight else "en"


# ---------------------------------------------------------------------------
# Tokenizers
# ---------------------------------------------------------------------------


def tokenize_en(text: str) -> list[str]:
    """Runs of letters/digits, lowercased; hyphens, apostrophes, '%' split."""
    return _WORD_RE.findall(text.lower())


# --- Thai -------------------------------------------------------------------


@cache
def _pythainlp() -> Any:
    from pythainlp.tokenize import word_tokenize  # slow import, done once

    return word_tokenize


@lru_cache(maxsize=4)  # ~60 MB per trie
def _thai_trie(extra: frozenset[str]) -> Any:
    """newmm dictionary: pythainlp's default word list + the useful archive
    terms.  Building one costs ~0.5 s, so tries are cached per word set."""
    from pythainlp.corpus import thai_words
    from pythainlp.tokenize import word_dict_trie
    from pythainlp.util import Trie

    words = _thai_dictionary_words(extra)
    return Trie(thai_words() | words) if words else word_dict_trie()


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
        if not w or w in known or not _THAI_RUN_RE.fullmatch(w):
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
    text = text.lower().translate(_THAI_DIGITS)  # cheap; callers may skip normalise()
    if not _THAI_CHAR_RE.search(text):
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


# ---------------------------------------------------------------------------
# Meeting names
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesSpec:
    """One meeting series as stored in the database."""

    key: str  # slug: 'amem', 'some-plus-3'
    acronyms: tuple[str, ...] = ()  # ('AMEM',), ('SOME+3',)
    names: tuple[str, ...] = ()  # long names in en/vi/th

    def __post_init__(self) -> None:
        # Accept lists (e.g. straight from a queryset) but stay hashable.
        for attr in ("acronyms", "names"):
            value = getattr(self, attr)
            if isinstance(value, str):
                value = (value,)
            object.__setattr__(self, attr, tuple(value or ()))


@dataclass(frozen=True)
class MeetingMention:
    start: int  # offsets into clean_text(text) == into normalise(text)
    end: int
    series: str
    number: int | None

    @property
    def token(self) -> str:
        if self.number is None:
            return f"series:{self.series}"
        return f"meeting:{self.series}-{self.number}"


# Letters that continue a Latin word in folded text (a boundary check).
_LATIN_LETTERS = "a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_LATIN_WORD_CHAR_RE = re.compile(f"[0-9{_LATIN_LETTERS}]")
_ANY_WORD_RE = re.compile(f"(?:[^\\W_]|[{THAI_MARKS}])")
_DASHES = "\\-\u2010-\u2015\u2212"  # hyphen, en/em dashes, minus (regex class body)
_APOSTROPHES = "'\u2018\u2019\u02bc`\u00b4"
_SEP = rf"[\s{_DASHES}]+"  # space or any dash between words of a name
_DASH_RE = re.compile(f"[{_DASHES}]")
_CANON_DROP_RE = re.compile(f"[\\s{_DASHES}{_APOSTROPHES}]+")
_TERM_EDGE_RE = re.compile(f"^[\\s{_DASHES}{_APOSTROPHES}]+|[\\s{_DASHES}{_APOSTROPHES}]+$")
_HSP = r"[^\S\n]"  # horizontal whitespace
_ORDINAL_PREFIX_RE = re.compile(rf"(?<![0-9{_LATIN_LETTERS}])0*([1-9][0-9]{{0,2}})(?:st|nd|rd|th){_HSP}+$")
# English words an acronym might collide with ('some countries', 'can', ...).
# For those, "acr 30" in lower case is not read as a meeting number.
_COMMON_WORDS = frozenset(
    """
a about after all also an and any are as at be been before but by can did do
does each few for from had has have he her his how if in into is it its just
may me more most much my new no not now of on one only or other our out over
own per said same say says she so some such than that the their them then there
these they this those to too under up us was we well were what when where which
while who why will with would you your
""".split()
)


_NUMBER_ENDS_PHRASE_RE = re.compile(r"\s*(?:[^\w\s]|\Z)")


def _num(name: str) -> str:
    # 1..999 (leading zeros tolerated); not part of a longer number, a date
    # ('17/11'), a decimal ('3.5') or a percentage.
    return (
        rf"0*(?P<{name}>[1-9][0-9]{{0,2}})(?:st|nd|rd|th)?"
        rf"(?![0-9%{_LATIN_LETTERS}]|[/.:,][0-9])"
    )


class _TrieNode:
    __slots__ = ("children", "terminal")

    def __init__(self) -> None:
        self.children: dict[str, _TrieNode] = {}
        self.terminal = False

    def add(self, atoms: list[str]) -> None:
        node = self
        for atom in atoms:
            node = node.children.setdefault(atom, _TrieNode())
        node.terminal = True

    def regex(self) -> str:
        """Alternation with shared prefixes; a terminal node makes the rest
        optional-but-greedy, so the longest term wins ('some+3' over 'some')."""
        alts = [atom + child.regex() for atom, child in sorted(self.children.items())]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if self.terminal:
            return "(?:" + body + ")?"
        return body


def _is_thai(ch: str) -> bool:
    return "\u0e00" <= ch <= "\u0e7f"


def _term_atoms(term: str) -> list[str]:
    """Regex atoms for a folded term: literal chars, flexible separators,
    and symbols ('+', '(', '.') that tolerate spaces around them."""
    atoms: list[str] = []
    gap = False
    prev = ""
    for ch in term:
        if ch.isspace() or _DASH_RE.match(ch):
            gap = True
            continue
        if ch in _APOSTROPHES:  # "Ministers' Meeting" == "Ministers’ Meeting" == "Ministers Meeting"
            atoms.append(f"[{_APOSTROPHES}]?")
            continue
        if not _ANY_WORD_RE.match(ch):  # a symbol such as '+'
            atoms.append((r"\s*" if atoms else "") + re.escape(ch) + r"\s*")
        else:
            if gap and atoms and not atoms[-1].endswith(r"\s*"):
                atoms.append(r"\s*" if _is_thai(prev) and _is_thai(ch) else _SEP)
            atoms.append(re.escape(ch))
        prev, gap = ch, False
    return atoms


def _canon(matched: str) -> str:
    """Key for mapping a matched span back to its term (spacing-insensitive)."""
    return _CANON_DROP_RE.sub("", matched)


class MeetingMatcher:
    """Finds meeting mentions ('AMEM 38', 'SOME+3 lần thứ 17',
    'the 38th ASEAN Ministers on Energy Meeting', 'การประชุม...ครั้งที่ ๓๘').

    Built once from database rows and reused; all series are compiled into a
    single regex over ``fold(normalise(text))``.
    """

    def __init__(self, series: Iterable[SeriesSpec]) -> None:
        self._series = tuple(series)
        # canonical term -> (series key, is acronym, acronym collides with a word)
        self._lookup: dict[str, tuple[str, bool, bool]] = {}
        self._terms: list[str] = []
        all_trie, acr_trie = _TrieNode(), _TrieNode()
        for spec in self._series:
            for raw, is_acr in [(a, True) for a in spec.acronyms] + [(n, False) for n in spec.names]:
                if not isinstance(raw, str):
                    continue
                term = _TERM_EDGE_RE.sub("", re.sub(r"\s+", " ", fold(normalise(raw))))
                if not term or not _ANY_WORD_RE.search(term):
                    continue
                display = clean_text(raw).strip()
                if display not in self._terms:
                    self._terms.append(display)
                lead = re.match(r"[a-z]+", term)  # 'some' of 'some+3'
                ambiguous = bool(lead) and lead.group() in _COMMON_WORDS
                self._lookup.setdefault(_canon(term), (spec.key, is_acr, ambiguous))
                atoms = _term_atoms(term)
                all_trie.add(atoms)
                if is_acr:
                    acr_trie.add(atoms)
        self._regex: re.Pattern[str] | None = None
        if all_trie.children:
            acr = acr_trie.regex() or "(?!)"
            # No leading lookbehind / optional prefix: the pattern then starts
            # with a plain alternation of literals, which lets the regex
            # engine skip quickly to candidate first characters.  Left word
            # boundaries and "38th" prefixes are checked in Python.
            self._regex = re.compile(
                rf"(?P<s>{all_trie.regex()})(?![{_LATIN_LETTERS}]|\s*\+\s*[0-9])"
                rf"(?P<paren>\s*\(\s*(?P<pa>{acr})(?![{_LATIN_LETTERS}])\s*\))?"
                rf"(?P<np>"
                rf"(?:{_HSP}+(?:lan(?:{_HSP}+thu)?|thu){_HSP}*"
                rf"|\s*ครั้ง{_HSP}*ที่{_HSP}*){_num('on')}"
                rf"|{_HSP}*[{_DASHES}]?{_HSP}*{_num('bn')}"
                rf")?"
                rf"(?P<tail>\s*\(\s*(?P<ta>{acr})"
                rf"(?:{_HSP}*[{_DASHES}]?{_HSP}*{_num('tn')})?\s*\))?"
            )

    def terms(self) -> list[str]:
        """Every acronym and name in the data (cleaned, original spelling),
        e.g. for a Thai custom dictionary."""
        return list(self._terms)

    def find(self, text: str) -> list[MeetingMention]:
        clean = clean_text(text or "")
        return self._find(clean, fold(_normalise_clean(clean)))

    def _find(self, clean: str, folded: str) -> list[MeetingMention]:
        if self._regex is None or len(clean) != len(folded):
            return []
        out: list[MeetingMention] = []
        pos = last_end = 0
        search = self._regex.search
        while (m := search(folded, pos)) is not None:
            mention = self._accept(m, clean, folded, last_end)
            if mention is None:
                pos = m.start() + 1
                continue
            out.append(mention)
            pos = last_end = mention.end
        return out

    def _accept(self, m: re.Match[str], clean: str, folded: str, last_end: int) -> MeetingMention | None:
        lookup = self._lookup
        s_start, s_end = m.span("s")
        info = lookup.get(_canon(m.group("s")))
        if info is None:
            return None
        key, is_acr, ambiguous = info
        # Left boundary: 'SOME' inside 'AWESOME' / 'xAMEM' is no mention.
        if s_start and _LATIN_WORD_CHAR_RE.match(folded[s_start]) and _LATIN_WORD_CHAR_RE.match(folded, s_start - 1):
            return None
        start, end = s_start, s_end
        number: int | None = None
        explicit = False  # an ordinal ('38th', 'lần thứ', 'ครั้งที่') backs the number

        if m.group("paren"):
            # The acronym in "(AMEM)" is the authority over a long-name prefix.
            paren_info = lookup.get(_canon(m.group("pa")))
            if paren_info:
                key = paren_info[0]
            end = m.end("paren")
        pre = _ORDINAL_PREFIX_RE.search(folded, max(last_end, s_start - 20), s_start)
        if pre:
            number, explicit, start = int(pre.group(1)), True, pre.start()
        np_used = not m.group("np")
        if m.group("on") and number is None:
            number, explicit, end, np_used = int(m.group("on")), True, m.end("np"), True
        elif (
            m.group("bn")
            and number is None
            and (
                (is_acr and not m.group("paren"))
                # 'ASEAN Ministers on Energy Meeting 38' -- only when nothing
                # but punctuation follows, so '... ASEAN 3 nước' is no number.
                or _NUMBER_ENDS_PHRASE_RE.match(folded, m.end("np"))
            )
        ):
            number, end, np_used = int(m.group("bn")), m.end("np"), True
        if m.group("tail") and np_used:
            tail_info = lookup.get(_canon(m.group("ta")))
            if tail_info and tail_info[0] == key:
                if number is None and m.group("tn"):
                    number, explicit = int(m.group("tn")), True
                end = m.end("tail")

        if number is None and not m.group("paren") and s_end < len(folded) and folded[s_end].isdigit():
            return None  # 'AMEM2020': glued to a number that is not a meeting no.
        if is_acr and not m.group("paren") and not explicit:
            # A bare acronym (or a word-like one before a plain number) must be
            # typed in capitals -- 'some countries', 'Some 30 countries' are
            # English -- unless it is the whole input, i.e. a query like 'amem'.
            if number is None or ambiguous:
                span = clean[s_start:s_end]
                whole = _ANY_WORD_RE.search(folded, 0, start) is None and _ANY_WORD_RE.search(folded, end) is None
                if not (span.isupper() or whole):
                    return None
        return MeetingMention(start, end, key, number)


# ---------------------------------------------------------------------------
# The pipeline
# ---------------------------------------------------------------------------


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
    norm = _normalise_clean(clean)

    paragraphs = split_paragraphs(norm)
    if language in LANGUAGES:
        langs = [language] * len(paragraphs)
        dominant = language
    else:
        langs = _languages_for(paragraphs)
        dominant = _dominant(langs, paragraphs)

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
        for mention in matcher._find(clean, fold(norm)):
            if mention.token not in meetings:
                meetings.append(mention.token)

    return Analysis(language=dominant, exact=exact, folded=fold(exact), words=words, meetings=meetings)
