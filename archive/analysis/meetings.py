"""Meeting-name matching: data-driven recognition of meeting mentions
("AMEM 38", "SOME+3 lần thứ 17", "การประชุม...ครั้งที่ ๓๘") as search tokens."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from archive.analysis.text import THAI_MARKS, clean_text, fold, is_thai, normalise, normalise_cleaned

__all__ = ["MeetingMatcher", "MeetingMention", "SeriesSpec"]


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


def term_atoms(term: str) -> list[str]:
    """Regex atoms for a folded term: literal chars, flexible separators,
    and symbols ('+', '(', '.') that tolerate spaces around them. Meeting names
    here, people's names in archive.ingest.detect."""
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
                atoms.append(r"\s*" if is_thai(prev) and is_thai(ch) else _SEP)
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
                atoms = term_atoms(term)
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
        return self.find_prepared(clean, fold(normalise_cleaned(clean)))

    def find_prepared(self, clean: str, folded: str) -> list[MeetingMention]:
        """find() for a text already in both forms: ``clean_text`` output and
        ``fold(normalise(...))`` of it (offsets are into ``clean``)."""
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
