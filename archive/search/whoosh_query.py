"""Translate a `SearchRequest` into Whoosh query objects.

Ranking is expressed as boosts: a word in the title counts more than in the body,
exact diacritics more than folded ones, a whole phrase more than scattered words,
and a named meeting most of all.
"""

from __future__ import annotations

import datetime as dt

from whoosh import query as wq

from archive.search.query import SearchRequest

BOOST = {
    "text": 1.0,
    "title_f": 2.0,
    "title": 2.0,
    "meetings": 6.0,
    "phrase_title": 6.0,
    "phrase_text": 2.0,
    "words": 1.5,
}


def _title_boosts(request: SearchRequest) -> list[wq.Query]:
    """Optional clauses: words in the title, exact diacritics, the query as a phrase."""
    boosts: list[wq.Query] = []
    for t in request.terms:
        boosts.append(wq.Term("title_f", t.folded, boost=BOOST["title_f"]))
        if t.exact:
            boosts.append(wq.Term("title", t.exact, boost=BOOST["title"]))
    if len(request.terms) > 1:
        folded = [t.folded for t in request.terms]
        boosts += [
            wq.Phrase("title_f", folded, boost=BOOST["phrase_title"]),
            wq.Phrase("text", folded, boost=BOOST["phrase_text"]),
        ]
    return boosts


def _day_start(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


def build_filter(request: SearchRequest) -> wq.Query | None:
    clauses: list[wq.Query] = []
    if request.language:
        clauses.append(wq.Term("language", request.language))
    if request.meeting_token:
        clauses.append(wq.Term("meetings", request.meeting_token))
    if request.series:
        clauses.append(wq.Term("series", request.series))
    if request.date_from or request.date_to:
        start = _day_start(request.date_from) if request.date_from else None
        end = _day_start(request.date_to) + dt.timedelta(days=1) - dt.timedelta(microseconds=1) if request.date_to else None
        clauses.append(wq.DateRange("published", start, end))
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else wq.And(clauses)


def build_query(request: SearchRequest) -> tuple[wq.Query | None, wq.Query | None]:
    """Return (scored query or None for 'everything', filter or None)."""
    flt = build_filter(request)
    if request.is_empty:
        return None, flt
    required: list[wq.Query] = [wq.Term("meetings", tok, boost=BOOST["meetings"]) for tok in request.meeting_tokens]
    word_groups = [wq.Term("text", t.folded, boost=BOOST["text"]) for t in request.terms]
    if request.match_any and word_groups:
        required.append(wq.Or(word_groups))
    else:
        required.extend(word_groups)
    main = required[0] if len(required) == 1 else wq.And(required)
    optional = _title_boosts(request) + [
        wq.Term("words", c, boost=BOOST["words"]) for c in dict.fromkeys(request.compounds)
    ]
    if optional:
        main = wq.AndMaybe(main, wq.Or(optional))
    return main, flt
