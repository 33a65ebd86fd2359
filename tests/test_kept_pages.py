"""Public pages are kept whole per process until the content changes (archive/web/pages.py)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.lru import Bounded
from archive.web import pages
from archive.web.freshness import content_changed
from tests.factories import founding_article, make_article

# An edit's commit drains the index queue: an index of the module's own.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


@pytest.fixture(autouse=True)
def keeping(settings):
    settings.PAGE_MEMO_BYTES = 1024 * 1024
    pages.forget()
    yield
    pages.forget()


def queries_for(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries.captured_queries)


def test_a_page_asked_again_is_the_same_page_without_a_query(client):
    url = founding_article("vietnam-japan-dialogue").get_absolute_url()
    first, first_queries = queries_for(client, url)
    again, again_queries = queries_for(client, url)
    assert first.status_code == again.status_code == 200 and first_queries > 0 and again_queries == 0
    assert again.content == first.content
    for header in ("Content-Type", "Content-Language", "ETag", "Vary", "Content-Security-Policy", "X-Frame-Options"):
        assert again[header] == first[header], header


def test_an_edit_is_shown_at_once(client, django_capture_on_commit_callbacks):
    article = make_article(title="Hội nghị AMEM bàn về điện gió")
    content_changed()
    url = article.get_absolute_url()
    assert "điện gió" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Hội nghị AMEM bàn về điện mặt trời"
        article.save()
    response, count = queries_for(client, url)
    assert count > 0 and "điện mặt trời" in response.content.decode()


def test_each_language_and_host_is_its_own_page(client, settings):
    settings.ALLOWED_HOSTS = ["testserver", "archive.example.org"]
    url = founding_article("vietnam-japan-dialogue").get_absolute_url()
    english = client.get(url).content.decode()
    thai, count = queries_for(client, f"/th{url}")
    assert count > 0 and '<html lang="th">' in thai.content.decode() and '<html lang="en">' in english
    other_host, count = queries_for(client, url, HTTP_HOST="archive.example.org")
    assert count > 0 and "http://archive.example.org/" in other_host.content.decode()


def test_editors_searches_and_missing_pages_are_never_kept(client, admin_client):
    url = founding_article("vietnam-japan-dialogue").get_absolute_url()
    for _ in range(2):
        assert queries_for(admin_client, url)[1] > 0  # a session: drafts and messages are theirs
        assert queries_for(client, "/search/?q=AMEM")[1] > 0  # every search is counted
        response, count = queries_for(client, "/articles/no-such-article/")
        assert response.status_code == 404 and count > 0


def test_memory_is_bounded_by_the_setting(client, settings):
    settings.PAGE_MEMO_BYTES = 6000  # about one compressed article page
    urls = [make_article(title=f"Tin năng lượng số {n}").get_absolute_url() for n in range(3)]
    content_changed()
    for url in urls:
        client.get(url)
    assert queries_for(client, urls[-1])[1] == 0  # the newest is kept
    assert queries_for(client, urls[0])[1] > 0  # the oldest was dropped


def test_bounded_keeps_the_most_recently_used_within_the_limit():
    kept = Bounded()
    kept.put("a", 1, 4, limit=10)
    kept.put("b", 2, 4, limit=10)
    assert kept.get("a") == 1  # now the most recently used
    kept.put("c", 3, 4, limit=10)
    assert kept.get("b") is None and kept.get("a") == 1 and kept.get("c") == 3 and kept.weight == 8
    kept.put("a", 9, 2, limit=10)  # replaced: its old weight is given back
    assert kept.weight == 6 and kept.get("a") == 9
    kept.put("huge", 0, 11, limit=10)  # larger than the whole store: not kept, nothing dropped
    assert kept.get("huge") is None and len(kept) == 2
