"""Language detection: which of the archive's languages a text or paragraph is in."""

from __future__ import annotations

import re

from archive.analysis.text import THAI_CHAR_RE, fold, split_paragraphs

__all__ = ["LANGUAGES", "detect_language", "detect_languages", "dominant_language", "paragraph_languages"]

LANGUAGES = ("vi", "th", "en")

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
    thai = THAI_CHAR_RE.subn("", sample)[1]
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


def paragraph_languages(paragraphs: list[str]) -> list[str]:
    """A language per paragraph; undecided ones take the dominant decisive one."""
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
    return list(zip(paragraph_languages(paragraphs), paragraphs, strict=True))


def dominant_language(langs: list[str], paragraphs: list[str]) -> str:
    """The language with the most text ('en' for none)."""
    weight: dict[str, int] = {}
    for lang, para in zip(langs, paragraphs, strict=True):
        weight[lang] = weight.get(lang, 0) + len(para)
    return max(weight, key=weight.__getitem__) if weight else "en"
