"""Add from URL: fetching a page from a local server on loopback (allowed in tests only)."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from archive.ingest.fetch import FetchError, draft_from_url, fetch
from archive.models import Meeting, Person

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
def test_draft_from_url_extracts_and_suggests(server, loopback_allowed):
    draft = draft_from_url(f"{server}/moved")  # the redirect is followed
    assert draft.source_url == f"{server}/article"
    assert draft.title == "Ministers agree on grid plan at AMEM 38"
    assert draft.language == "en" and draft.byline == "Lan Pham"
    assert "ASEAN Power Grid" in draft.body
    assert Meeting.objects.get(slug="amem-38").pk in draft.detection.meeting_ids
    assert Person.objects.get(slug="hoang-tien-dung").pk in draft.detection.person_ids
    assert ("amem", 39) in draft.detection.candidates
    assert draft.capture.raw == PAGE and len(draft.capture.sha256) == 64
    assert draft.initial()["title"] == draft.title


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
