"""Add from URL: fetching a page from a local server on loopback (allowed in tests only)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from archive.ingest.fetch import FetchError, fetch, record_from_url
from archive.ingest.links import add_from_link
from archive.models import Article, Capture, MeetingCandidate

PAGE = (Path(__file__).parent / "data" / "amem-page.html").read_bytes()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server's naming
        routes = {
            "/article": (200, "text/html; charset=utf-8", PAGE),
            "/forbidden": (403, "text/html", b"no"),
            "/pdf": (200, "application/pdf", b"%PDF-1.4"),
            "/huge": (200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>"),
        }
        if self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/article")
            self.end_headers()
            return
        status, ctype, body = routes.get(self.path, (404, "text/html", b"missing"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def loopback_allowed(settings):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True


@pytest.mark.django_db
def test_a_page_becomes_a_cleaned_record_with_its_capture(server, loopback_allowed):
    record = record_from_url(f"{server}/moved")  # the redirect is followed
    assert record.url == f"{server}/article"
    assert record.title == "Ministers agree on grid plan at AMEM 38"
    assert record.byline == "Lan Pham" and "ASEAN Power Grid" in record.body
    assert record.capture.raw == PAGE and len(record.capture.sha256) == 64


@pytest.mark.django_db
def test_add_from_link_stores_a_draft_through_the_write_path(server, loopback_allowed):
    added = add_from_link(f"{server}/moved")
    article = added.article
    assert added.created and article.status == Article.Status.DRAFT
    assert article.source_url == f"{server}/article" and article.language == "en"
    assert article.slug.startswith("ministers-agree-on-grid-plan")
    # found once by the write path: the links, the stored mentions and the candidate meeting
    assert {"amem-38", "some-39"} == set(article.meetings.values_list("slug", flat=True))  # both named
    assert set(article.people.values_list("slug", flat=True)) == {"hoang-tien-dung"}
    assert "meeting:amem-38" in article.analysis["mentions"]["tokens"]
    assert MeetingCandidate.objects.filter(series__slug="amem", number=39, articles=article).exists()
    capture = Capture.objects.get(article=article)
    assert capture.sha256 == record_from_url(f"{server}/article").capture.sha256 and capture.size == len(PAGE)
    again = add_from_link(f"{server}/article/")  # the same address, written differently
    assert not again.created and again.article.pk == article.pk
    assert Capture.objects.filter(article=article).count() == 1


@pytest.mark.parametrize(
    "path, message",
    [
        ("/forbidden", "refused the request: HTTP 403"),
        ("/pdf", "not a web page"),
        ("/huge", "larger than"),
        ("/nothing", "HTTP 404"),
    ],
)
def test_fetch_errors_are_clear(server, loopback_allowed, path, message):
    with pytest.raises(FetchError, match=message):
        fetch(f"{server}{path}", max_bytes=100_000)


def test_private_addresses_and_other_schemes_are_refused(server, settings):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(FetchError, match="private or local address"):
        fetch(f"{server}/article")
    for url in ("file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)", ""):
        with pytest.raises(FetchError, match="Only http"):
            fetch(url)


def test_timeout_is_reported(loopback_allowed):
    import socket

    quiet = socket.socket()
    quiet.bind(("127.0.0.1", 0))
    quiet.listen(1)  # accepts the connection, never answers
    try:
        with pytest.raises(FetchError, match="did not answer"):
            fetch(f"http://127.0.0.1:{quiet.getsockname()[1]}/", timeout=0.5)
    finally:
        quiet.close()
