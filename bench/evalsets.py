"""Evaluation sets for search quality, built from the real corpora in an archive.

Each builder takes the archive's articles (and, for Thai tags, the corpus file)
and a seeded random generator, and returns queries with their judgements. The
kinds are the ones readers type (see issue "Relevance"):

* `vi_body_phrases`: a clause opening of 4–5 syllables from a Vietnamese body,
  found in at most 2 articles (half typed without diacritics); those articles
  are the answers.
* `vi_names`: three-syllable Vietnamese person names (capitalised, led by a
  common surname) from the bodies (half typed without diacritics); an answer
  counts when its article contains the exact name.
* `th_keywords`: the Thai news site's own tag words that occur in the body;
  the answers are the articles carrying that tag.
* `typo_queries`: one slip in a known-item query (Vietnamese: a letter dropped
  or doubled in one word; Thai: a dropped tone mark or a confusable consonant).
* `concept_queries`: English names of glossary concepts; an answer counts when
  the article contains one of the concept's forms in its own language.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from common import th_documents  # bench/ is on sys.path

from archive import analysis
from archive.analysis.typos import CONFUSABLE_GROUPS, THAI_TONE_MARKS


@dataclass
class Query:
    kind: str
    text: str
    answers: set[int] = field(default_factory=set)  # article ids that count as found
    note: str = ""  # what the query was made from


_CLAUSE_SPLIT_RE = re.compile(r"[.,;:!?…()\[\]\"“”‘’'\n–—-]+")
_SYLLABLE_RE = re.compile(r"^[^\W\d_]+$")


def _folded(text: str) -> str:
    return analysis.fold(analysis.normalise(text))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def vi_body_phrases(rng: random.Random, articles: list, texts: dict[int, str], n: int) -> list[Query]:
    """Known items by a clause opening from the body (4–5 syllables, in at most 2 articles)."""
    vi = [a for a in articles if a.language == "vi"]
    candidates: list[tuple[str, int]] = []
    for a in rng.sample(vi, min(len(vi), n * 4)):
        clauses = [c.split() for c in _CLAUSE_SPLIT_RE.split(a.body)]
        clauses = [c for c in clauses if len(c) >= 5 and all(_SYLLABLE_RE.match(w) for w in c[:5])]
        if not clauses:
            continue
        clause = rng.choice(clauses)
        candidates.append((" ".join(clause[: rng.choice((4, 5))]), a.id))
    found = _containing(vi, {_folded(p) for p, _ in candidates}, texts)
    queries = []
    for phrase, target in candidates:
        holders = found[_folded(phrase)]
        if target in holders and len(holders) <= 2:
            queries.append(Query("vi-body", phrase, set(holders), f"article {target}"))
        if len(queries) >= n:
            break
    _unaccent_half(queries)
    return queries


_NON_WORD_RE = re.compile(r"[\W_]+")


def searchable(text: str) -> str:
    """Folded words separated by single spaces, padded: ' phrase ' in it is a whole-word match."""
    return f" {_NON_WORD_RE.sub(' ', _folded(text)).strip()} "


def _containing(articles: list, folded_phrases: set[str], texts: dict[int, str]) -> dict[str, set[int]]:
    """Which articles hold each phrase (folded, whole words; punctuation counts as a space)."""
    keys = {p: searchable(p) for p in folded_phrases}
    found: dict[str, set[int]] = defaultdict(set)
    for a in articles:
        text = texts[a.id]
        for phrase, key in keys.items():
            if key in text:
                found[phrase].add(a.id)
    return found


def _unaccent_half(queries: list[Query]) -> None:
    for i, q in enumerate(queries):
        if i % 2 == 1:
            q.text = analysis.fold(_nfc(q.text))
            q.kind += " (unaccented)"


# At every word start (zero-width, so matches overlap): three words and the one after.
_NAME_RE = re.compile(r"(?<![\w.])(?=(\w+) (\w+) (\w+)(?: (\w+))?)")


def _name_word(word: str) -> bool:
    return word[0].isupper() and word[1:].islower() and word.isalpha()


# Family names as written (the first word of a name must be one, with its marks:
# 'Trưởng' of 'Trưởng phòng' folds like 'Trương' but is a job title).
VI_FAMILY_NAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trịnh Trương "
    "Lâm Mai Lương Hà Cao Kiều Tạ Tống Chu La Thái Quách Lại Lữ Lưu Tôn".split()
)


def vi_names(rng: random.Random, articles: list, n: int, min_articles: int = 3, max_articles: int = 400) -> list[Query]:
    """Three-syllable person names from Vietnamese bodies; an answer is an article that
    contains the exact name (as the issue defines it)."""
    vi = [(a.id, _nfc(f"{a.title}\n{a.lead}\n{a.body}")) for a in articles if a.language == "vi"]
    seen: dict[str, set[int]] = defaultdict(set)
    for pk, text in vi:
        for m in _NAME_RE.finditer(text):
            words, after = m.groups()[:3], m.group(4)
            if words[0] in VI_FAMILY_NAMES and all(map(_name_word, words)) and not (after and _name_word(after)):
                seen[" ".join(words)].add(pk)
    names = sorted(name for name, ids in seen.items() if min_articles <= len(ids) <= max_articles)
    rng.shuffle(names)
    names = names[:n]
    holders: dict[str, set[int]] = {name: set() for name in names}
    for pk, text in vi:
        for name in names:
            if name in text:
                holders[name].add(pk)
    queries = [Query("vi-name", name, holders[name], f"{len(holders[name])} articles") for name in names]
    _unaccent_half(queries)
    return queries


def thai_tags(corpus: Path, max_share: int = 100) -> dict[str, list[str]]:
    """url -> the article's own tag words (the site-wide boilerplate tags left out)."""
    per_url: dict[str, list[str]] = {}
    counts: Counter = Counter()
    for d in th_documents(corpus):
        tags = [_nfc(t.strip()) for t in (d.get("keywords") or "").split(",") if t.strip()]
        per_url[d.get("url") or ""] = tags
        counts.update(set(tags))
    return {url: [t for t in tags if counts[t] <= max_share] for url, tags in per_url.items()}


def th_keywords(rng: random.Random, articles: list, tags_by_url: dict[str, list[str]], n: int) -> list[Query]:
    """A tag word that occurs in its article's body; every article carrying the tag counts."""
    by_tag: dict[str, set[int]] = defaultdict(set)
    pairs = []
    for a in articles:
        if a.language != "th":
            continue
        text = _nfc(f"{a.title}\n{a.body}")
        for tag in tags_by_url.get(a.source_url, ()):
            by_tag[tag].add(a.id)
            if len(tag) >= 2 and tag in text:
                pairs.append((tag, a.id))
    rng.shuffle(pairs)
    queries, used = [], set()
    for tag, article_id in pairs:
        if tag in used:
            continue
        used.add(tag)
        queries.append(Query("th-keyword", tag, set(by_tag[tag]), f"tag of article {article_id}"))
        if len(queries) >= n:
            break
    return queries


def vi_slip(rng: random.Random, text: str) -> str | None:
    """One letter dropped or doubled in one word of at least three letters."""
    words = text.split()
    choices = [i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha()]
    if not choices:
        return None
    i = rng.choice(choices)
    w = words[i]
    j = rng.randrange(len(w))
    words[i] = w[:j] + w[j + 1 :] if rng.random() < 0.5 else w[: j + 1] + w[j] + w[j + 1 :]
    return " ".join(words)


_CONFUSABLE = {ch: group.replace(ch, "") for group in CONFUSABLE_GROUPS for ch in group}


def th_slip(rng: random.Random, text: str) -> str | None:
    """A dropped tone mark, or one confusable consonant swapped."""
    marks = [i for i, ch in enumerate(text) if ch in THAI_TONE_MARKS]
    swaps = [i for i, ch in enumerate(text) if ch in _CONFUSABLE]
    if marks and (not swaps or rng.random() < 0.5):
        i = rng.choice(marks)
        return text[:i] + text[i + 1 :]
    if swaps:
        i = rng.choice(swaps)
        return text[:i] + rng.choice(_CONFUSABLE[text[i]]) + text[i + 1 :]
    return None


def typo_queries(rng: random.Random, known_items: list[Query], n_per_language: int) -> list[Query]:
    out: list[Query] = []
    for lang, slip in (("vi", vi_slip), ("th", th_slip)):
        made = 0
        for q in known_items:
            if made >= n_per_language or not q.kind.startswith(lang):
                continue
            typed = slip(rng, q.text)
            if typed and typed != q.text:
                out.append(Query(f"{lang}-typo", typed, set(q.answers), f"from {q.text!r}"))
                made += 1
    return out


def concept_queries(
    rng: random.Random, articles: list, texts: dict[int, str], concepts: list, n: int, min_articles: int = 10
) -> list[Query]:
    """English concept names; answers are the Vietnamese and Thai articles holding one of its forms."""
    native = [a for a in articles if a.language in ("vi", "th")]
    concepts = rng.sample(concepts, min(len(concepts), n * 3))
    forms = {c.slug: [_folded(f) for lang in ("vi", "th") for f in c.forms(lang)] for c in concepts}
    holders = _containing(native, {f for fs in forms.values() for f in fs if len(f) >= 4}, texts)
    queries = []
    for c in concepts:
        ids = set().union(*(holders.get(f, set()) for f in forms[c.slug]))
        if len(ids) >= min_articles:
            queries.append(Query("en-concept", c.name_en, ids, f"{len(ids)} articles"))
    return queries[:n]
