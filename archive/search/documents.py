"""From an article to what the index stores, with the expensive part cached.

Segmentation (underthesea, pythainlp) and the meeting mentions run once per text
version on the write path (archive/ingest/write.py: imports, saves, re-detection) and are kept on
the article (`Article.analysis`), keyed by a hash of the text and of the archive's
meeting names. Indexing only reads: when a key is stale (editors added a meeting or a
person since), the document is built from a fresh analysis in memory, and
`manage.py redetect_mentions` stores it.
"""

from __future__ import annotations

import hashlib

from archive import analysis
from archive.analysis import shingles
from archive.analysis.keywords import keyword_token
from archive.search.lexicon import Lexicon, get_lexicon

# Bump when the analysis pipeline changes in a way that alters tokens.
ANALYSIS_VERSION = 3
# Vietnamese compound words are computed on the title, lead and the body's opening
# (about its first paragraph) only: news puts its key terms up front, compounds only
# lift ranking, and the CRF segmenter was ~85% of import time. Syllables (recall,
# phrases) always cover the whole body.
COMPOUND_CHARS = 600


def analysis_key(title: str, lead: str, body: str, language: str, thai_words: tuple[str, ...]) -> str:
    h = hashlib.sha256()
    for part in (str(ANALYSIS_VERSION), language, title, lead, body):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    if language == "th" or analysis.detect_language(body[:2000]) == "th":
        # Thai segmentation depends on the archive's dictionary.
        h.update("\n".join(thai_words).encode())
    return h.hexdigest()


def compute_analysis(title: str, lead: str, body: str, language: str, thai_words: tuple[str, ...] = ()) -> dict:
    """Segment title and text. Pure function of its inputs: safe to run in worker processes."""
    title_a = analysis.analyse(title, language=language or None, extra_words=thai_words)
    text = f"{lead}\n\n{body}" if lead else body
    body_a = analysis.analyse(text, language=None, extra_words=thai_words, compound_chars=COMPOUND_CHARS)
    return {"v": ANALYSIS_VERSION, "title": title_a.to_dict(), "body": body_a.to_dict()}


def current_analysis(article, lexicon: Lexicon | None = None) -> dict:
    """The article's analysis for its current text: the stored one, or, when the text or
    the archive's Thai words changed since it was stored, computed here without saving
    (indexing only reads; the write path, archive/ingest/write.py, stores it)."""
    lexicon = lexicon or get_lexicon()
    key = analysis_key(article.title, article.lead, article.body, article.language, lexicon.thai_words)
    if article.analysis_key == key and article.analysis:
        return article.analysis
    return compute_analysis(article.title, article.lead, article.body, article.language, lexicon.thai_words)


def _detected_mentions(article, stored: dict, lexicon: Lexicon) -> list[str]:
    """The stored mentions when the archive's meeting names have not changed since;
    otherwise found again here, without saving (`manage.py redetect_mentions` stores them)."""
    cached = stored.get("mentions") or {}
    if cached.get("key") == lexicon.matcher_key:
        return cached["tokens"]
    from archive.ingest.detect import mention_tokens  # the mentions module owns the matching

    return mention_tokens(lexicon.matcher, article.title, article.lead, article.body)


def meeting_tokens(article, lexicon: Lexicon, stored: dict | None = None) -> list[str]:
    """Meeting and series tokens for the article: found in its text, plus editors' links.

    Repeated tokens are kept on purpose: the count is the term frequency that ranks
    an article about AMEM 38 above one that names it in passing.
    """
    stored = stored if stored is not None else current_analysis(article, lexicon)
    tokens = list(_detected_mentions(article, stored, lexicon))
    for m in article.meetings.all():
        for token in (m.search_token or f"event:{m.slug}", f"series:{m.series.slug}" if m.series_id else None):
            if token and token not in tokens:
                tokens.append(token)
    return tokens


def exact_compounds(words: str) -> list[str]:
    """Distinct Vietnamese compounds in their exact form ('năng_lượng').

    The analysis also lists folded compounds; in the index those would double the
    postings for no recall (the folded syllable field already matches unaccented
    queries), so only the exact forms are kept — they rank exact diacritics first.
    """
    compounds = {w for w in words.split() if "_" in w}
    accented = {analysis.fold(w) for w in compounds if analysis.fold(w) != w}
    return sorted(w for w in compounds if w not in accented)


def index_fields(article, lexicon: Lexicon | None = None) -> dict[str, str | None]:
    """The analysed index fields. Kept lean on purpose: Whoosh pays per posting.

    `text` holds the folded syllables/words of title and body (positions kept for
    phrases) and carries recall; the exact title and exact compounds carry the
    ranking signals for diacritics; meeting tokens carry meetings.
    """
    lexicon = lexicon or get_lexicon()
    stored = current_analysis(article, lexicon)
    title, body = stored["title"], stored["body"]
    meetings = meeting_tokens(article, lexicon, stored)
    series = sorted({t.split(":", 1)[1] for t in meetings if t.startswith("series:")})
    title_tokens, body_tokens = title["exact"].split(), body["exact"].split()
    title_bi, title_bi_x = shingles.text_bigrams(article.title, title_tokens)
    body_text = f"{article.lead}\n\n{article.body}" if article.lead else article.body
    body_bi, body_bi_x = shingles.text_bigrams(body_text, body_tokens)
    return {
        "title": title["exact"],
        "title_f": title["folded"],
        "text": f"{title['folded']} {body['folded']}".strip(),
        # Adjacency and exact marks as plain terms (see archive/analysis/shingles.py).
        "bigrams": " ".join(title_bi + body_bi),
        "bigrams_x": " ".join(title_bi_x + body_bi_x),
        "exact": " ".join(shingles.marked_tokens(title_tokens) + shingles.marked_tokens(body_tokens)),
        "words": " ".join(exact_compounds(f"{title['words']} {body['words']}")),
        "meetings": " ".join(meetings),
        "series": " ".join(series),
        "tags": " ".join(dict.fromkeys(filter(None, map(keyword_token, article.keyword_list)))),
    }
