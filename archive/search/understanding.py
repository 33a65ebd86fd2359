"""From what a reader typed to a `SearchRequest`.

The steps, in order:

1. Typing slips: a word the index has never seen (or barely, and out of its
   context) is replaced by its best one-edit neighbour from the index's own
   vocabulary; a Thai run whose words never stand together gets a restored
   tone mark or a confusable consonant swapped (see archive/analysis/typos.py).
2. Meeting names become meeting tokens (they must match).
3. The rest is analysed like documents: words (folded, and exact where typed
   with diacritics), adjacent pairs, compounds.
4. Names are units: a known person's name parts, capitalised words side by
   side, or a three-syllable query led by a Vietnamese surname must stand
   together in a document.
5. Glossary concepts named in the query add their other forms as alternatives,
   and a known person's other spellings too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive import analysis
from archive.analysis import names, shingles, typos
from archive.analysis.text import is_thai
from archive.search.lexicon import Lexicon
from archive.search.query import Alternative, QueryTerm, SearchRequest

MAX_QUERY_TERMS = 32
# A typed word found in at most this many documents may be a slip.
RARE_DOCS = 2
# Longer "words" are not words anyone mistyped by one letter (and would cost 26 × length lookups).
MAX_WORD_CHARS = 24


@dataclass
class Expansion:
    """A glossary concept the query named, and the other forms searched with it."""

    concept: str  # slug
    name: str  # the concept's English name
    matched: str  # the query's words that named it
    forms: list[str] = field(default_factory=list)


@dataclass
class Understanding:
    request: SearchRequest
    highlight: list[str]  # folded words to mark in snippets
    expansions: list[Expansion] = field(default_factory=list)
    people: list[int] = field(default_factory=list)  # ids of the people the query names
    corrected_query: str | None = None  # what was searched instead of the typed query
    # Names the query holds as units, as typed (folded when typed without marks).
    name_units: list[list[str]] = field(default_factory=list)
    # Every unit is surely a person's name (the people table, or led by a family name),
    # not just capitalised words ('Thang Giam' in a title): only then may articles that
    # hold the words apart, or another spelling, be left out.
    surely_names: bool = False


def understand(text: str, lexicon: Lexicon, vocabulary, expand: bool = True, correct: bool = True) -> Understanding:
    """Analyse a query. `vocabulary` answers `document_frequency(field, term)` and
    `knows(term)` for the index (the search engine's vocabulary)."""
    text = analysis.clean_text(text)
    corrected = correct_slips(text, lexicon, vocabulary) if correct else None
    if corrected:
        text = corrected
    mentions = lexicon.matcher.find(text)
    meeting_tokens = list(dict.fromkeys(m.token for m in mentions))
    # Words inside a meeting name ('Hội nghị Bộ trưởng ... lần thứ 38') are carried by the meeting token.
    free = text
    for m in reversed(mentions):
        free = free[: m.start] + " " + free[m.end :]
    norm = analysis.normalise(free)
    analysed = analysis.analyse(free, extra_words=lexicon.thai_words)
    exact = analysed.exact.split()[:MAX_QUERY_TERMS]
    folded = analysed.folded.split()[:MAX_QUERY_TERMS]
    spans = shingles.token_spans(norm, exact)
    adjacent = shingles.adjacency(norm, exact)
    pairs = shingles.bigrams(exact, adjacent)
    folded_pairs = [analysis.fold(p) for p in pairs]

    understanding = Understanding(
        SearchRequest(
            terms=[QueryTerm(f, e if e != f else None) for e, f in zip(exact, folded, strict=True)],
            bigrams=folded_pairs,
            bigrams_exact=[p for p, f in zip(pairs, folded_pairs, strict=True) if p != f],
            compounds=[w for w in analysed.words.split() if "_" in w][:MAX_QUERY_TERMS],
            meeting_tokens=meeting_tokens,
        ),
        highlight=list(dict.fromkeys(folded)),
        corrected_query=corrected,
    )
    understanding.request.units = _units(norm, analysed.language, folded)
    understanding.request.prefer_series = sorted(lexicon.series_slugs)
    _name_units(understanding, lexicon, free, exact, folded, spans, adjacent)
    if expand:
        _concepts(understanding, lexicon, folded, adjacent)
    return understanding


def _units(norm: str, language: str, folded: list[str]) -> list[tuple[str, ...]]:
    """The query's units for relaxed matching: Vietnamese compounds ('bóng đá') count as
    one word, as a reader means them; elsewhere each word is a unit."""
    if language != "vi":
        return [(t,) for t in folded]
    units = [tuple(analysis.fold(w).split("_")) for w in analysis.segment_vi(norm)]
    return [u for u in units if all(u)][:MAX_QUERY_TERMS]


def _pairs_of(tokens) -> list[str]:
    return [f"{a}{shingles.JOINER}{b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def _name_units(u: Understanding, lexicon: Lexicon, free: str, exact, folded, spans, adjacent) -> None:
    """Names must stand together; typed with diacritics, with those diacritics."""
    units: list[list[str]] = []  # each unit's words as typed, in the order a document writes them
    sure = []  # per unit: surely a person's name
    people = lexicon.people.find(folded)
    for person in people:
        u.people.append(person.key)
        u.request.boost_meetings += lexicon.person_meetings.get(person.key, [])
        typed_marks = any(exact[i] != folded[i] for i in person.tokens)
        # The name as the person writes it, whatever order the reader typed its parts in.
        written = analysis.segment_th(analysis.normalise(person.name), lexicon.thai_words)
        units.append(written if typed_marks else [analysis.fold(t) for t in written])
        sure.append(True)
        canonical = names.name_key(person.name, lexicon.thai_words)
        for other in lexicon.people.spellings(person.key):
            if other.tokens != canonical:
                u.request.alternatives.append(Alternative(other.text, other.tokens, other.bigrams))
    covered = {i for p in people for i in p.tokens}
    for run in names.capitalised_runs(free, spans, adjacent):
        if not covered.intersection(run):
            units.append([exact[i] for i in run])
            sure.append(len(run) in (2, 3, 4) and folded[run[0]] in names.VI_SURNAMES)
    if not units and names.looks_like_vietnamese_name(folded) and all(adjacent[1:]):
        units.append(list(exact))
        sure.append(True)
    u.name_units = [unit for unit in units if len(unit) > 1]
    u.surely_names = bool(u.name_units) and all(ok for unit, ok in zip(units, sure, strict=True) if len(unit) > 1)
    for unit in units:
        pairs = _pairs_of(unit)
        u.request.required_bigrams += [analysis.fold(p) for p in pairs]
        u.request.required_bigrams_exact += [p for p in pairs if analysis.fold(p) != p]
    u.request.required_bigrams = list(dict.fromkeys(u.request.required_bigrams))
    u.request.required_bigrams_exact = list(dict.fromkeys(u.request.required_bigrams_exact))


def _words_regex(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"[^\w\n]+".join(re.escape(w) for w in words) + r"(?!\w)")


def name_forms(text: str, units: list[list[str]]) -> tuple[str, ...] | None:
    """The form each name unit has in the text (lower case, with the text's marks, the
    first occurrence), or None when one is missing. A name typed without marks
    ('nguyen van phong') may stand for several ('nguyễn văn phong', 'nguyễn văn phòng')."""
    # Whole articles are only lower-cased and folded (cheap); the full normalisation
    # (tone placement, Thai digits) runs on the few characters around each candidate.
    rough = analysis.fold(text.lower())
    if len(rough) != len(text):  # 'İ' lower-cases to two characters: no shortcut
        rough, text = analysis.fold(analysis.normalise(text)), analysis.normalise(text)
    forms = []
    for unit in units:
        marked = any(analysis.fold(t) != t for t in unit)
        # Word for word; a dash or comma between the words (a title's 'Hồ - Khánh') is
        # allowed here, as the title phrase allows it: the pairs already kept names apart.
        exact, folded = _words_regex(unit), _words_regex([analysis.fold(t) for t in unit])
        form = None
        for candidate in folded.finditer(rough):
            # One character either side, so the pattern still sees the word boundaries.
            start, end = max(0, candidate.start() - 1), candidate.end() + 1
            window = analysis.normalise(text[start:end])
            found = exact.search(window) if marked else folded.search(analysis.fold(window))
            if found:
                # fold() keeps offsets (one character for one): the match in the folded
                # window points at the same characters of the marked one.
                form = " ".join(window[found.start() : found.end()].split())
                break
        if form is None:
            return None
        forms.append(form)
    return tuple(forms)


def _concepts(u: Understanding, lexicon: Lexicon, folded, adjacent) -> None:
    for hit in lexicon.concepts.find(folded, adjacent):
        forms = [f for f in lexicon.concepts.forms(hit.concept) if f.tokens != hit.form.tokens]
        if not forms:
            continue
        english = next((f.text for f in lexicon.concepts.forms(hit.concept) if f.language == "en"), hit.concept)
        u.expansions.append(
            Expansion(hit.concept, english, " ".join(folded[hit.start : hit.end]), [f.text for f in forms])
        )
        u.request.alternatives += [Alternative(f.text, f.tokens, f.bigrams) for f in forms]


# --- typing slips ------------------------------------------------------------------------


def correct_slips(text: str, lexicon: Lexicon, vocabulary) -> str | None:
    """The query with its slips mended, or None when nothing needed (or could get) mending."""
    norm = analysis.normalise(text)
    in_meeting = [False] * len(norm)
    for m in lexicon.matcher.find(text):
        in_meeting[m.start : m.end] = [True] * (m.end - m.start)
    exact = analysis.segment_th(norm, lexicon.thai_words)
    spans = shingles.token_spans(norm, exact)
    adjacent = shingles.adjacency(norm, exact)
    folded = [analysis.fold(t) for t in exact]
    replacements: list[tuple[int, int, str]] = []  # (start, end, new text) in `text`
    # A word out of place is only judged within a phrase of three words or more: two
    # words that never stand together ('Cuba Mỹ') are too often a fine query.
    phrase_known = len(shingles.bigrams(folded, adjacent)) < 2 or _phrase_docs(folded, adjacent, vocabulary) > 0
    for i, span in enumerate(spans):
        if span is None or in_meeting[span[0]] or is_thai(exact[i]):
            continue
        # A capitalised word (a name) is never taken for a slip of another real word.
        capitalised = text[span[0] : span[0] + 1].isupper()
        edit = _latin_fix(i, folded, adjacent, vocabulary, phrase_known or capitalised)
        if edit is not None:
            replacements.append((span[0], span[1], edit.apply(text[span[0] : span[1]])))
    thai = [span for tok, span in zip(exact, spans, strict=True) if span and is_thai(tok) and not in_meeting[span[0]]]
    if thai:
        start, end = thai[0][0], thai[-1][1]
        better = _thai_fix(norm[start:end], lexicon, vocabulary)
        if better:
            replacements.append((start, end, better))
    if not replacements:
        return None
    out = text
    for start, end, new in sorted(replacements, reverse=True):
        out = out[:start] + new + out[end:]
    return out


def _sides(i: int, word: str, folded: list[str], adjacent: list[bool], vocabulary) -> list[int]:
    """How often `word` stands next to each neighbour the reader typed it beside."""
    sides = []
    if i > 0 and adjacent[i]:
        sides.append(vocabulary.document_frequency("bigrams", f"{folded[i - 1]}{shingles.JOINER}{word}"))
    if i + 1 < len(folded) and adjacent[i + 1]:
        sides.append(vocabulary.document_frequency("bigrams", f"{word}{shingles.JOINER}{folded[i + 1]}"))
    return sides


def _phrase_docs(folded: list[str], adjacent: list[bool], vocabulary) -> int:
    """How many documents hold every adjacent pair of the query (the query as a phrase)."""
    pairs = shingles.bigrams(folded, adjacent)
    return vocabulary.documents_with_all("bigrams", pairs) if pairs else 0


def _latin_fix(i: int, folded: list[str], adjacent: list[bool], vocabulary, phrase_known: bool) -> typos.Edit | None:
    """A one-letter edit for word i, when the word is a likely slip and the edit fits.

    A slip is a word the archive has (almost) never seen (its replacement must stand
    next to a neighbour somewhere), or, in a query of three words or more that is no
    phrase of any article, a real word whose replacement makes the whole query a
    phrase that some article holds ('để ránh bị nghi ngờ' for 'để tránh bị nghi ngờ').
    """
    word = folded[i]
    if not 2 <= len(word) <= MAX_WORD_CHARS or not word.isalpha():
        return None
    df = vocabulary.document_frequency("text", word)
    sides = _sides(i, word, folded, adjacent, vocabulary)
    rare = df <= RARE_DOCS and (len(word) >= 3 or not df) and not any(sides)
    if not rare and phrase_known:
        return None
    best: tuple[tuple[int, int, int], typos.Edit] | None = None
    for candidate, edit in typos.latin_edits(word):
        if not vocabulary.knows(candidate):
            continue
        cdf = vocabulary.document_frequency("text", candidate)
        if cdf <= _needed(df if rare else 0):
            continue
        fits = _sides(i, candidate, folded, adjacent, vocabulary)
        if sides and not (any(fits) if rare else all(fits)):
            continue  # among other words, a replacement must stand next to them somewhere
        phrase = _phrase_docs([*folded[:i], candidate, *folded[i + 1 :]], adjacent, vocabulary) if sides else 0
        if not rare and not phrase:
            continue
        key = (phrase, max(fits, default=0), cdf)
        if best is None or key > best[0]:
            best = (key, edit)
    return best[1] if best else None


def _needed(typed: int) -> int:
    """How well attested a replacement must be: anything beats an unknown word; a rare
    but real one only gives way to something far more common."""
    return 0 if typed == 0 else max(RARE_DOCS, 20 * typed)


def _thai_strength(text: str, lexicon: Lexicon, vocabulary) -> int:
    """How well the archive attests a Thai phrase: the rarest of its words and of its
    adjacent pairs (0: some word or pair is unknown)."""
    norm = analysis.normalise(text)
    tokens = analysis.segment_th(norm, lexicon.thai_words)
    if not tokens or not all(vocabulary.knows(t) for t in tokens):
        return 0
    if sum(ch in typos.THAI_TONE_MARKS for ch in "".join(tokens)) != sum(ch in typos.THAI_TONE_MARKS for ch in norm):
        return 0  # the segmenter shed a tone mark that stands where none can
    pairs = shingles.bigrams(tokens, shingles.adjacency(norm, tokens))
    if not pairs:
        return min(vocabulary.document_frequency("text", t) for t in tokens)
    together = min(vocabulary.document_frequency("bigrams", p) for p in pairs)
    # Side by side somewhere, or at least in this order across punctuation ('พ่อ-โยม').
    return together or vocabulary.phrase_documents([analysis.fold(t) for t in tokens])


def _thai_fix(text: str, lexicon: Lexicon, vocabulary) -> str | None:
    """The Thai part of a query with one tone mark restored or one confusable consonant
    swapped, when that makes a phrase the archive knows far better than the one typed."""
    if len(text) > 4 * MAX_WORD_CHARS:
        return None
    typed = _thai_strength(text, lexicon, vocabulary)
    if typed > RARE_DOCS:
        return None
    best, best_strength = None, _needed(typed)
    for variant in typos.thai_variants(text):
        strength = _thai_strength(variant, lexicon, vocabulary)
        if strength > best_strength:
            best, best_strength = variant, strength
    return best
