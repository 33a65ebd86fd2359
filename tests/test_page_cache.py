"""The list pages' filter counts are kept in the shared cache until the content changes:
a publish shows in them at once, and an unchanged archive does not count again."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article
from archive.web import queries
from tests.factories import make_article

# A publish's commit drains the index queue: an index of the module's own.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def counts() -> dict[str, int]:
    return dict(queries.browse_facets(queries.BrowseFilters())["language"])


def test_counts_are_cached_until_a_publish(django_capture_on_commit_callbacks):
    before = counts()
    with CaptureQueriesContext(connection) as again:
        assert counts() == before
    assert not any("COUNT(DISTINCT" in q["sql"] for q in again.captured_queries)  # from the cache
    with django_capture_on_commit_callbacks(execute=True):
        make_article(title="ข่าวใหม่เรื่องพลังงานลม", body="พลังงานลมเพิ่มขึ้น", language="th")
    assert counts()["th"] == before.get("th", 0) + 1
    make_article(title="Bản nháp", status=Article.Status.DRAFT)  # drafts never count
    assert counts()["th"] == before.get("th", 0) + 1
