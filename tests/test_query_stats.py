"""The editors' query statistics: one row per (query, language), counted in one statement
on SQLite and PostgreSQL alike (SearchQueryStat.objects.count_search)."""

from __future__ import annotations

import pytest

from archive.models import SearchQueryStat
from archive.search.service import SearchParams, record_search

pytestmark = pytest.mark.django_db


def test_a_query_is_counted_in_one_row():
    SearchQueryStat.objects.count_search("điện gió", "vi", 0)
    first = SearchQueryStat.objects.get(query="điện gió", language="vi")
    assert (first.searches, first.zero_result_searches, first.last_result_count) == (1, 1, 0)
    SearchQueryStat.objects.count_search("điện gió", "vi", 12)
    SearchQueryStat.objects.count_search("điện gió", "th", 3)  # another language: its own row
    again = SearchQueryStat.objects.get(query="điện gió", language="vi")
    assert (again.searches, again.zero_result_searches, again.last_result_count) == (2, 1, 12)
    assert again.first_seen == first.first_seen and again.last_seen >= first.last_seen
    assert SearchQueryStat.objects.count() == 2


def test_record_search_normalises_and_counts_first_pages_only():
    record_search(SearchParams(q="  Năng   lượng  "), 5)
    record_search(SearchParams(q="năng lượng"), 0)
    record_search(SearchParams(q="năng lượng", page=2), 5)  # a later page is the same search
    record_search(SearchParams(q="   "), 0)  # nothing typed
    stat = SearchQueryStat.objects.get()
    assert stat.query == "năng lượng"
    assert (stat.searches, stat.zero_result_searches, stat.last_result_count) == (2, 1, 0)
