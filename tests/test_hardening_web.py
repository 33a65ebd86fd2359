"""Hardening of the read side (issue 9): overflowing and NUL parameters, one throttle
policy, feeds that send text as text, a damaged index, /healthz, security headers."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import override_settings
from django.utils import timezone
from haystack import connections

from archive.models import Article, Meeting

pytestmark = pytest.mark.django_db


# --- 4. Parameters that overflow -------------------------------------------------------------

OVERFLOWING = [
    ("/api/search/", {"to": "9999-12-31"}),
    ("/api/search/", {"from": "0001-01-01"}),
    ("/search/", {"to": "9999-12-31"}),
    ("/feeds/search.rss", {"to": "9999-12-31"}),
    ("/feeds/search.atom", {"from": "0001-01-01"}),
    ("/api/articles/", {"year": "0"}),
    ("/api/articles/", {"year": "-5"}),
    ("/api/articles/", {"year": "100000"}),
    ("/api/articles/", {"from": "0001-01-01"}),
    ("/api/articles/", {"to": "9999-12-31"}),
    ("/api/meetings/", {"year": "100000"}),
    ("/api/meetings/", {"year": "0"}),
    ("/articles/", {"year": "1"}),
    ("/articles/", {"year": "100000"}),
]


@pytest.mark.parametrize("path, params", OVERFLOWING)
def test_out_of_range_dates_and_years_are_a_400(client, path, params):
    response = client.get(path, params)
    assert response.status_code == 400, (path, params, response.status_code)
    if path.startswith("/api/"):
        body = response.json()
        text = str(body)
        assert "1900" in text or "whole number" in text, body


def test_years_in_range_still_filter(client):
    year = timezone.localdate().year + 1
    assert client.get("/api/articles/", {"year": str(year)}).json()["count"] == 0
    assert client.get("/api/articles/", {"year": "2020"}).status_code == 200
    assert client.get("/articles/", {"year": "1900"}).status_code == 200
    assert client.get("/api/search/", {"to": f"{year}-12-31"}).status_code == 200


# --- 5. NUL and control characters: the same answer on SQLite and PostgreSQL -----------------

NUL_URLS = [
    "/api/search/?meeting=%00",
    "/search/?meeting=%00",
    "/api/articles/?meeting=%00",
    "/api/articles/?source=%00",
    "/api/articles/?series=%00&person=%00&organization=%00",
    "/api/meetings/?series=%00&country=%00&person=%00",
    "/api/people/?country=%00&organization=%00&meeting=%00",
    "/api/organisations/?country=%00&parent=%00",
    "/articles/?source=%00",
    "/articles/?series=%00",
    "/feeds/search.rss?meeting=%00",
    "/feeds/search.atom?q=%01&series=%00",
    "/search/?q=%00AMEM%0738",
]


@pytest.mark.parametrize("url", NUL_URLS)
def test_nul_in_parameters_is_cleaned(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])


def test_nul_is_removed_not_searched(client):
    plain = client.get("/api/search/", {"q": "AMEM 38"}).json()
    dirty = client.get("/api/search/", {"q": "AMEM\x00 38\x01"}).json()
    assert dirty["count"] == plain["count"] > 0


@pytest.mark.parametrize(
    "url", ["/api/articles/%00/", "/api/people/%00/", "/api/meetings/a%00b/", "/articles/%00/", "/people/%01/"]
)
def test_nul_in_paths_is_a_404(client, url):
    response = client.get(url)
    assert response.status_code == 404, (url, response.status_code)
    if url.startswith("/api/"):
        assert "detail" in response.json()


# --- 3. One throttle policy --------------------------------------------------------------------

THROTTLED = {
    **settings.REST_FRAMEWORK,
    "DEFAULT_THROTTLE_CLASSES": ["archive.api.throttling.ArchiveAnonThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": "3/minute"},
}


@pytest.fixture
def throttling():
    caches["rates"].clear()
    with override_settings(REST_FRAMEWORK=THROTTLED):
        yield
    caches["rates"].clear()


def test_throttle_applies_to_search_api_like_other_endpoints(client, throttling):
    statuses = [client.get("/api/search/", {"q": "AMEM"}).status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 429, 429]
    response = client.get("/api/search/", {"q": "AMEM"})
    assert int(response["Retry-After"]) > 0
    assert "error" in response.json()
    # One policy: the same client is now over the limit everywhere.
    for url in ("/api/articles/", "/search/?q=AMEM", "/feeds/search.rss?q=AMEM", "/feeds/latest.atom"):
        response = client.get(url)
        assert response.status_code == 429, url
        assert int(response["Retry-After"]) > 0
    assert client.get("/api/articles/").json()["detail"]
    # Pages that are not search keep working.
    assert client.get("/articles/").status_code == 200


def test_throttle_html_search_and_feeds(client, throttling):
    assert [client.get("/search/", {"q": "x"}).status_code for _ in range(4)] == [200, 200, 200, 429]
    caches["rates"].clear()
    assert [client.get("/feeds/latest.rss").status_code for _ in range(4)] == [200, 200, 200, 429]


def test_suite_settings_keep_throttles_off_but_production_has_them():
    from archive import settings as production

    assert production.REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"] == ["archive.api.throttling.ArchiveAnonThrottle"]


# --- 10. Feeds send text as text ---------------------------------------------------------------------

HOSTILE_LEAD = "Grid plan <svg onload=alert(1)> & <b>bold</b>"


@pytest.mark.parametrize("url, tag", [("/feeds/latest.rss", "item/description"), ("/feeds/latest.atom", "summary")])
def test_feed_summaries_are_escaped_text(client, url, tag):
    article = Article.objects.create(
        title="Feed escaping test",
        body="Body.",
        lead=HOSTILE_LEAD,
        source_url="https://example.org/feed-escape",
        language="en",
        status=Article.Status.PUBLISHED,
        published=timezone.now(),
    )
    root = ET.fromstring(client.get(url).content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    if tag == "summary":
        entries = root.findall("a:entry", ns)
        texts = [e.find("a:summary", ns) for e in entries if e.find("a:title", ns).text == article.title]
        assert texts[0].get("type") == "html"
    else:
        texts = [i.find("description") for i in root.iter("item") if i.find("title").text == article.title]
    html = texts[0].text  # what a feed reader renders as HTML
    assert "<svg" not in html and "<b>" not in html
    assert html == "Grid plan &lt;svg onload=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"


# --- 6. Damaged or missing index -------------------------------------------------------------------


@pytest.fixture
def index_copy(tmp_path):
    """Point the search connection at a copy of the test index; yield the copy's path."""
    conn = connections.connections_info["default"]
    original = conn["PATH"]
    copy = tmp_path / "index"
    shutil.copytree(original, copy)
    conn["PATH"] = str(copy)
    connections.reload("default")
    try:
        yield copy
    finally:
        conn["PATH"] = original
        connections.reload("default")


def _damage(path, how: str) -> None:
    if how == "deleted":
        shutil.rmtree(path)
    elif how == "emptied":
        for name in os.listdir(path):
            os.remove(path / name)
    elif how == "truncated":
        for name in os.listdir(path):
            if not name.endswith(".lock"):
                (path / name).write_bytes(b"")
    elif how == "garbage":
        for name in os.listdir(path):
            if not name.endswith(".lock"):
                (path / name).write_bytes(b"\x00garbage" * 8)


@pytest.mark.parametrize("how", ["deleted", "emptied", "truncated", "garbage"])
def test_damaged_index_is_503_for_search_only(client, index_copy, how):
    assert client.get("/api/search/", {"q": "AMEM 38"}).json()["count"] > 0  # the copy works
    assert client.get("/healthz").status_code == 200
    _damage(index_copy, how)
    from archive.search.whoosh import backend as search_backend

    search_backend._CHECKED.clear()  # as if SEARCHER_RECHECK_SECONDS had passed
    if how in ("truncated", "garbage"):
        # A fresh worker: new connections, and no searcher kept by this process.
        connections.reload("default")
        search_backend._SEARCHERS.clear()

    api = client.get("/api/search/", {"q": "AMEM 38"})
    assert api.status_code == 503 and api["Content-Type"].startswith("application/json")
    assert api.json()["error"] and int(api["Retry-After"]) > 0

    page = client.get("/search/", {"q": "AMEM 38"})
    assert page.status_code == 503 and int(page["Retry-After"]) > 0
    assert "Search is being rebuilt" in page.content.decode()

    for url in ("/feeds/search.rss?q=AMEM", "/feeds/search.atom?q=AMEM"):
        assert client.get(url).status_code == 503, url

    for url in ("/", "/articles/", "/meetings/", "/feeds/latest.rss", "/api/articles/"):
        assert client.get(url).status_code == 200, url

    health = client.get("/healthz")
    assert health.status_code == 503
    body = health.json()
    assert body["database"]["ok"] is True and body["index"]["ok"] is False and body["index"]["error"]


def test_search_unavailable_is_importable_from_the_service():
    from archive.search import errors, service

    assert service.SearchUnavailable is errors.SearchUnavailable


# --- 15. Headers ---------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["/", "/search/?q=AMEM", "/articles/", "/api/docs/", "/api/articles/"])
def test_csp_on_pages(client, url):
    csp = client.get(url)["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "object-src 'none'" in csp
    assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp


def test_capture_view_keeps_its_sandbox():
    from django.http import HttpResponse
    from django.test import RequestFactory

    from archive.web.middleware import ContentSecurityPolicy

    response = HttpResponse()
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    middleware = ContentSecurityPolicy(lambda request: response)
    sent = middleware(RequestFactory().get("/articles/x/archived/y/"))
    assert sent["Content-Security-Policy"] == "sandbox; default-src 'none'"


def test_pages_have_no_inline_scripts_or_styles(client):
    """What the CSP forbids, the pages must not need: no inline script, style or handler."""
    import re

    article = Article.objects.published().first()
    meeting = Meeting.objects.first()
    for url in (
        "/",
        "/search/?q=AMEM+38",
        "/articles/",
        article.get_absolute_url(),
        meeting.get_absolute_url(),
        "/series/",
        "/timeline/",
        "/people/",
        "/api/docs/",
    ):
        html = client.get(url).content.decode()
        for script in re.findall(r"<script\b[^>]*>", html):
            assert 'type="application/ld+json"' in script or "src=" in script, (url, script)
        assert not re.search(r"<style\b|\sstyle=|\son[a-z]+=", html), url


def _deploy_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ARCHIVE_", "DATABASE_URL", "SEARCH_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="archive.settings",
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="archive.example.org",
        ARCHIVE_DATA_DIR=str(settings.DATA_DIR / "deploy-check"),
        **extra,
    )
    return env


def test_check_deploy_has_no_warnings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=_deploy_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout, result.stdout


def test_production_headers_and_proxy_header():
    code = (
        "from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT, s.SECURE_PROXY_SSL_HEADER)"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django;django.setup();{code}"],
        cwd=settings.BASE_DIR,
        env=_deploy_env(SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO=https"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["31536000", "True", "('HTTP_X_FORWARDED_PROTO',", "'https')"]


@pytest.mark.parametrize("url", ["/api/nothing/", "/api/people/%2F/", "/api/articles/no-such-article/"])
def test_api_404s_are_json(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json") and response.json()["detail"]


def test_site_404s_are_pages(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404 and response["Content-Type"].startswith("text/html")
