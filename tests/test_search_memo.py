"""Repeated searches reuse their ranking until the content changes (archive/search/memo.py)."""

from __future__ import annotations

import pytest

from archive.search import memo, service
from archive.search.service import SearchParams, search
from archive.web.freshness import content_changed

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted(settings, monkeypatch):
    settings.SEARCH_RESULTS_MEMO = 4
    memo.forget()
    calls: list[str] = []
    real = service._ranked

    def ranked(params, lexicon):
        calls.append(params.q)
        return real(params, lexicon)

    monkeypatch.setattr(service, "_ranked", ranked)
    yield calls
    memo.forget()


def test_a_repeated_search_is_ranked_once_and_answers_the_same(counted):
    first = search(SearchParams(q="AMEM 38"))
    again = search(SearchParams(q="AMEM 38"))
    assert counted == ["AMEM 38"]
    assert [h.article.pk for h in again.hits] == [h.article.pk for h in first.hits] and again.count == first.count > 0
    assert again.hits[0].snippet == first.hits[0].snippet
    search(SearchParams(q="AMEM 38", page=2))  # another page is another search
    assert counted == ["AMEM 38", "AMEM 38"]


def test_a_content_change_makes_every_entry_stale(counted):
    search(SearchParams(q="năng lượng"))
    content_changed()  # what a publish, an edit or an import does
    search(SearchParams(q="năng lượng"))
    assert counted == ["năng lượng", "năng lượng"]


def test_only_the_most_recent_searches_are_kept(counted):
    for q in ["AMEM", "ASOEN", "SOME", "điện", "năng lượng"]:  # one more than the memo holds
        search(SearchParams(q=q))
    search(SearchParams(q="năng lượng"))
    search(SearchParams(q="AMEM"))  # the oldest was dropped
    assert counted == ["AMEM", "ASOEN", "SOME", "điện", "năng lượng", "AMEM"]


def test_the_query_statistics_count_every_search(counted):
    from archive.models import SearchQueryStat

    search(SearchParams(q="biogas"))
    search(SearchParams(q="biogas"))
    assert SearchQueryStat.objects.get(query="biogas").searches == 2


def test_a_repeated_api_search_answers_whole_from_the_memo_and_still_counts(counted, client, monkeypatch):
    from archive.models import SearchQueryStat

    loads: list[list[int]] = []
    real = service._load_articles
    monkeypatch.setattr(service, "_load_articles", lambda ids: loads.append(ids) or real(ids))
    first = client.get("/api/search/", {"q": "biogas AMEM"}).json()
    again = client.get("/api/search/", {"q": "biogas AMEM"}).json()
    assert again == first and counted == ["biogas AMEM"] and len(loads) == 1
    assert SearchQueryStat.objects.get(query="biogas amem").searches == 2
    other_host = client.get("/api/search/", {"q": "biogas AMEM"}, HTTP_HOST="localhost").json()
    assert len(loads) == 2  # its links name another host: answered anew
    assert [r["title"] for r in other_host["results"]] == [r["title"] for r in first["results"]]
