"""The query service: one function from what a reader typed to what a page shows.

Both the HTML search page and `/api/search/` call `search()`; it analyses the
query with the same pipeline as the documents, asks the backend, loads the page's
articles from the database and builds snippets and the meeting "best bet".
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from django.db import DatabaseError
from django.db.models.functions import Substr
from django.utils.translation import gettext as _

from archive import analysis
from archive.analysis.keywords import keyword_token
from archive.models import Article, Meeting, Person, SearchQueryStat
from archive.querysets import LISTING_FIELDS, attach_meetings
from archive.search import memo
from archive.search.engine import get_engine
from archive.search.errors import SearchUnavailable as SearchUnavailable  # raised by the backend
from archive.search.lexicon import Lexicon, get_lexicon
from archive.search.query import SearchRequest, SearchResult
from archive.search.snippets import SEARCH_CHARS, make_snippet
from archive.search.understanding import Expansion, Understanding, name_forms, understand

log = logging.getLogger("archive.search")


class SearchInputError(ValueError):
    """A filter value the service cannot use; the message is meant for the reader.
    (The request parameters are read and checked in archive/search/forms.py.)"""


@dataclass
class SearchParams:
    q: str = ""
    page: int = 1
    page_size: int = 20
    language: str | None = None
    meeting: str | None = None  # meeting slug
    series: str | None = None  # series slug
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "relevance"
    expand: bool = True  # search glossary concepts' other forms too
    correct: bool = True  # mend typing slips


@dataclass
class SearchHit:
    article: Article
    snippet: str


@dataclass
class SearchOutcome:
    params: SearchParams
    count: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]]
    meeting: Meeting | None = None
    person: Person | None = None  # a person the query names: the best bet
    relaxed: bool = False  # no article had every word; showing those with most
    expansions: list[Expansion] = field(default_factory=list)
    corrected_query: str | None = None  # searched instead of what was typed
    name_spellings: NameSpellings | None = None  # a name typed without marks: the form shown

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.params.page_size))


def build_request(params: SearchParams, lexicon: Lexicon, engine) -> Understanding:
    """Analyse the query (see understanding.py) and add the page's filters and order."""
    u = understand(params.q, lexicon, engine, expand=params.expand, correct=params.correct)
    request = u.request
    request.keyword = keyword_token(params.q) or None
    request.language = params.language
    request.series = params.series
    request.date_from, request.date_to = params.date_from, params.date_to
    request.sort, request.page, request.page_size = params.sort, params.page, params.page_size
    if params.meeting:
        meeting = Meeting.objects.select_related("series").filter(slug=params.meeting).first()
        if meeting is None:
            raise SearchInputError(_("No meeting with the address “%(slug)s”.") % {"slug": params.meeting[:80]})
        request.meeting_token = meeting.search_token or f"event:{meeting.slug}"
    return u


def best_bet(request: SearchRequest, lexicon: Lexicon) -> Meeting | None:
    for token in request.meeting_tokens:
        ref = lexicon.meeting_for_token(token)
        if ref:
            return Meeting.objects.select_related("series").filter(pk=ref.id).first()
    return None


def _load_articles(ids: list[int]) -> list[Article]:
    by_id = (
        Article.objects.published()
        .only(*LISTING_FIELDS)
        # Snippets look at the opening only: long bodies stay in the database.
        .annotate(body_head=Substr("body", 1, SEARCH_CHARS))
        # Unordered: in_bulk keeps the default newest-first order, and for it SQLite walked
        # the date index over every published article (4.4 ms at 37k, against 0.9).
        .order_by()
        .in_bulk(ids)
    )
    attach_meetings(list(by_id.values()))
    # Keep the index's order; skip ids the database no longer publishes (an index lagging a delete).
    return [by_id[i] for i in ids if i in by_id]


def record_query(query: str, language: str, count: int) -> None:
    """Count the query (normalised, no personal data) for the editors' zero-result report."""
    key = re.sub(r"\s+", " ", analysis.normalise(query)).strip()[:200]
    if not key:
        return
    try:
        SearchQueryStat.objects.count_search(key, language, count)
    except DatabaseError:  # statistics must never break a search
        log.exception("could not record search statistics")


# Relaxed matching keeps documents with at least this share of the query's words (always the rarest).
RELAXED_SHARE = 2 / 3


def run_with_fallbacks(engine, request: SearchRequest) -> tuple[SearchResult, bool]:
    """Run the request; when nothing matches, relax it step by step. Returns (result, relaxed)."""
    result = engine.run(request)
    if result.total == 0 and request.required_bigrams_exact:
        # No document writes the name with the marks as typed: any marks, same order.
        request.required_bigrams_exact = []
        result = engine.run(request)
    if result.total == 0 and request.required_bigrams:
        # No document names it as a unit: the words apart, labelled as relaxed.
        request.required_bigrams = []
        result = engine.run(request)
        if result.total:
            return result, True
    if result.total == 0 and len(request.terms) > 1:
        request.min_match = RELAXED_SHARE
        result = engine.run(request)
        return result, result.total > 0
    return result, False


# How many of the best matches are read to check that they hold a name word for word:
# NAME_CHECK_DEPTH, or every match when there are at most NAME_CHECK_MAX.
NAME_CHECK_DEPTH = 30
NAME_CHECK_MAX = 120


@dataclass
class NameSpelling:
    name: str  # as written
    count: int  # articles among the matches


@dataclass
class NameSpellings:
    """A name typed without marks stands for several people in the archive ('Nguyen Van
    Phong': 'Nguyễn Văn Phong', 'Nguyễn Văn Phòng'); the results show the most written,
    and the others are a click away."""

    shown: str
    others: list[NameSpelling]


def _names_first(ids: list[int], units: list[list[str]]) -> tuple[list[int], dict[int, tuple[str, ...]]]:
    """The articles that hold the names word for word first (the engine knows that each
    two of a name's words stand together, not that all of them do), the most frequent
    form of the name first. -> (ids, the form each holder writes)."""
    texts = {
        pk: f"{t}\n{lead}\n{body}"
        for pk, t, lead, body in Article.objects.filter(pk__in=ids).values_list("id", "title", "lead", "body")
    }
    forms = {pk: form for pk in ids if pk in texts and (form := name_forms(texts[pk], units)) is not None}
    rank = {form: i for i, (form, _n) in enumerate(Counter(forms.values()).most_common())}
    order = {pk: rank.get(forms.get(pk), len(rank)) for pk in ids}
    return sorted(ids, key=order.__getitem__), forms  # stable: the engine's order within a form


def _spelled(form: tuple[str, ...]) -> str:
    return " · ".join(name.title() for name in form)


def _run_names(engine, request: SearchRequest, units: list[list[str]], page: int, page_size: int, sure: bool):
    """Run a query that names people, keeping the articles that hold the names whole.

    The engine's best NAME_CHECK_DEPTH matches, or all of them when there are at most
    NAME_CHECK_MAX, are read to check the names word for word (the same window for every
    page, so pages neither repeat nor skip); holders come first, the rest of the window
    after them, then the engine's order. When the window is all of the matches and the
    query surely names people (`sure`), only holders are results (the others hold the
    names' pairs apart: another person), and of a name typed without marks only its most
    written form when most holders write it so. -> (result, relaxed, NameSpellings or None)."""
    wanted = page * page_size
    request.page, request.page_size = 1, NAME_CHECK_DEPTH
    result, relaxed = run_with_fallbacks(engine, request)
    window = result.total if NAME_CHECK_DEPTH < result.total <= NAME_CHECK_MAX else NAME_CHECK_DEPTH
    if max(window, wanted) > len(result.ids) and result.total > len(result.ids):
        request.page_size = max(window, wanted)
        result = engine.run(request)
    head, tail = result.ids[:window], result.ids[window:]
    ids, forms = _names_first(head, units)
    spellings = None
    if sure and forms and len(head) >= result.total:
        ids = ids[: len(forms)]
        counts = Counter(forms.values()).most_common()
        unmarked = not any(analysis.fold(word) != word for unit in units for word in unit)
        if unmarked and len(counts) > 1 and counts[0][1] * 2 > len(forms):
            ids = [pk for pk in ids if forms[pk] == counts[0][0]]
            spellings = NameSpellings(_spelled(counts[0][0]), [NameSpelling(_spelled(f), n) for f, n in counts[1:]])
        result.total = len(ids)
    result.ids = (ids + tail)[wanted - page_size : wanted]
    return result, relaxed, spellings


def search(params: SearchParams, record: bool = True) -> SearchOutcome:
    lexicon = get_lexicon()
    understood, result, relaxed, spellings = memo.remembered(repr(params), lambda: _ranked(params, lexicon))
    request = understood.request
    articles = _load_articles(result.ids)
    # Marks for the alternatives too (glossary forms in other languages, a person's other
    # names), as the phrases they are; a bounded number.
    highlight = understood.highlight + list(dict.fromkeys(alt.label for alt in request.alternatives))[:12]
    hits = [SearchHit(a, make_snippet(a, highlight, request.meeting_tokens, lexicon.matcher)) for a in articles]
    outcome = SearchOutcome(
        params=params,
        count=result.total,
        hits=hits,
        facets=result.facets,
        meeting=best_bet(request, lexicon),
        person=Person.objects.select_related("organization").filter(pk__in=understood.people[:1]).first(),
        relaxed=relaxed,
        expansions=understood.expansions,
        corrected_query=understood.corrected_query,
        name_spellings=spellings,
    )
    if record:
        record_search(params, outcome.count)
    return outcome


def record_search(params: SearchParams, count: int) -> None:
    """Count a search in the editors' query statistics (first pages of typed queries only)."""
    if params.q.strip() and params.page == 1:
        record_query(params.q, params.language or analysis.detect_language(params.q), count)


def _ranked(params: SearchParams, lexicon: Lexicon):
    """The query understood and ranked: what a repeated search can reuse (archive/search/memo.py)."""
    engine = get_engine()
    understood = build_request(params, lexicon, engine)
    spellings = None
    if understood.name_units and params.sort == "relevance":
        result, relaxed, spellings = _run_names(
            engine, understood.request, understood.name_units, params.page, params.page_size, understood.surely_names
        )
    else:
        result, relaxed = run_with_fallbacks(engine, understood.request)
    return understood, result, relaxed, spellings


def warm_up() -> None:
    """Load what the first search would otherwise wait for."""
    warm_up_analysis()
    warm_up_engine()


def warm_up_analysis() -> None:
    """The segmenters' models and the Thai dictionary with the archive's words."""
    lexicon = get_lexicon()
    analysis.analyse("năng lượng tái tạo พลังงานสะอาด", extra_words=lexicon.thai_words)


def warm_up_engine() -> None:
    """The searcher, its date order and vocabulary."""
    get_engine().warm_up()
