"""Public pages answer a conditional GET with 304 until the content changes."""

from __future__ import annotations

import pytest

from archive.models import Article
from archive.web.freshness import content_changed

pytestmark = pytest.mark.django_db

PAGES = ["/", "/articles/", "/th/articles/", "/meetings/amem-38/", "/api/articles/", "/feeds/latest.rss"]


@pytest.mark.parametrize("url", PAGES)
def test_304_until_the_content_changes(client, url):
    first = client.get(url)
    assert first.status_code == 200 and first["Cache-Control"] == "no-cache"
    etag = first["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag and not again.content
    content_changed()  # a publish, an edit, a deletion or an import
    fresh = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert fresh.status_code == 200 and fresh["ETag"] != etag


def test_languages_and_pages_have_their_own_tags(client):
    tags = {client.get(url)["ETag"] for url in ("/articles/", "/vi/articles/", "/articles/?page=2")}
    assert len(tags) == 3


def test_a_page_kept_with_another_csrf_cookie_is_sent_again(client):
    """The language switcher's form holds a token made from the visitor's CSRF cookie."""
    first = client.get("/articles/")
    etag = first["ETag"]
    assert client.get("/articles/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    client.cookies["csrftoken"] = "x" * 32  # rotated (a log-in), or cleared and set anew
    assert client.get("/articles/", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_a_views_own_cache_policy_is_kept(client):
    response = client.get("/api/articles/")
    assert response["Cache-Control"] == "no-cache" and "Accept" in response["Vary"]


def test_editors_always_get_a_fresh_page(admin_client):
    article = Article.objects.published().first()
    response = admin_client.get(article.get_absolute_url())
    assert response.status_code == 200 and not response.has_header("ETag")
