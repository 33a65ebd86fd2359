"""The article lists' order uses an index on both databases (EXPLAIN), not a sort of the
whole table: list pages, related articles and feeds ask for it on every view."""

from __future__ import annotations

import pytest
from django.db import connection

from archive.models import Article

pytestmark = pytest.mark.django_db


def plan(queryset) -> str:
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")  # a tiny test table would be scanned anyway
            cursor.execute(f"EXPLAIN {sql}", params)
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
        return "\n".join(" ".join(map(str, row)) for row in cursor.fetchall())


@pytest.mark.parametrize(
    "queryset, index",
    [
        (lambda: Article.objects.published().newest_first().values("id")[:20], "archive_article_newest"),
        (
            lambda: Article.objects.published().filter(language="vi").newest_first().values("id")[:5],
            "archive_article_lang_newest",
        ),
    ],
)
def test_newest_first_lists_read_an_index_in_order(queryset, index):
    text = plan(queryset())
    assert index in text, text
    assert "TEMP B-TREE" not in text and "Sort" not in text.split(index)[0], text  # no sort step


def test_sitemap_sections_read_only_a_covering_index():
    from archive.sitemaps import ArticleSitemap

    text = plan(ArticleSitemap().items()[3333:6666])  # a section page's rows
    assert "archive_article_sitemap" in text, text
    if connection.vendor == "sqlite":
        assert "COVERING INDEX archive_article_sitemap" in text, text
    assert "TEMP B-TREE" not in text and "Sort" not in text.split("archive_article_sitemap")[0], text


def test_search_results_and_related_cards_are_looked_up_by_key_not_in_date_order():
    """Loading a page of results (or related cards) by id must not inherit the newest-first
    order: for it SQLite walked the date index over every published article (4.4 ms at 37k)."""
    from django.test.utils import CaptureQueriesContext

    from archive.search.service import _load_articles
    from archive.web.related import _cards
    from tests.factories import make_article

    ids = [make_article().pk for _ in range(3)]
    for load in (_load_articles, _cards):
        with CaptureQueriesContext(connection) as captured:
            assert len(load(ids)) == 3
        article_queries = [q["sql"] for q in captured.captured_queries if 'FROM "archive_article"' in q["sql"]]
        assert article_queries and not any("ORDER BY" in sql for sql in article_queries), article_queries
