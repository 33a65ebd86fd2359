"""Add from URL: fetch one news page safely and turn it into a filled article draft.

Safety rules (server-side request forgery is the risk): only http/https; every
address a name resolves to must be public unless settings allow private ones
(tests serve pages on loopback); the connection goes to the address that was
checked (no second DNS lookup to rebind); redirects are followed by hand and each
hop is checked again; time and size are bounded. Errors are `FetchError` with a
message meant for the editor.
"""

from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils import timezone

from archive import analysis
from archive.ingest.detect import Detection, detect_mentions
from archive.ingest.extract import extract_html
from archive.ingest.records import Capture, RecordError

USER_AGENT = "ASEAN-Energy-Archive/1.0 (+editorial import)"
REDIRECTS = {301, 302, 303, 307, 308}
HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    """Why a page could not be fetched, in words for the editor."""


@dataclass
class FetchedPage:
    url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    fetched_at: dt.datetime


@dataclass
class ArticleDraft:
    """What the admin's 'add from URL' form is filled with."""

    source_url: str
    title: str
    body: str
    language: str
    published: dt.datetime | None
    byline: str
    source_name: str
    capture: Capture
    detection: Detection = field(default_factory=Detection)

    def initial(self) -> dict:
        return {
            "title": self.title,
            "body": self.body,
            "language": self.language,
            "published": self.published,
            "byline": self.byline,
            "source_name": self.source_name,
            "source_url": self.source_url,
            "meetings": sorted(self.detection.meeting_ids),
            "people": sorted(self.detection.person_ids),
        }


def _setting(name: str, default):
    return getattr(settings, name, default)


def _check_address(host: str, port: int, allow_private: bool) -> str:
    """Resolve once; refuse private, loopback, link-local and reserved targets. Returns the IP to use."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise FetchError(f"The address {host!r} could not be found (DNS).")
    addresses = [info[4][0] for info in infos]
    if not allow_private:
        for addr in addresses:
            ip = ipaddress.ip_address(addr.split("%")[0])
            if not ip.is_global or ip.is_multicast:
                raise FetchError(
                    f"{host} points to a private or local address ({ip}); only public sites can be fetched."
                )
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self):
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, ip: str, port: int, timeout: float):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._ip = ip

    def connect(self):
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def fetch(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    allow_private: bool | None = None,
    max_redirects: int = 5,
) -> FetchedPage:
    timeout = timeout or _setting("INGEST_FETCH_TIMEOUT", 10.0)
    max_bytes = max_bytes or _setting("INGEST_FETCH_MAX_BYTES", 5 * 1024 * 1024)
    if allow_private is None:
        allow_private = _setting("INGEST_ALLOW_PRIVATE_ADDRESSES", False)
    url = (url or "").strip()
    for _ in range(max_redirects + 1):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("Only http:// and https:// links can be fetched.")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        ip = _check_address(parts.hostname, port, allow_private)
        conn_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        conn = conn_class(parts.hostname, ip, port, timeout)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
            response = conn.getresponse()
            if response.status in REDIRECTS and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                continue
            if response.status >= 400:
                raise FetchError(f"The site refused the request: HTTP {response.status} {response.reason}.")
            content_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            if content_type and content_type not in HTML_TYPES:
                raise FetchError(f"The link is not a web page ({content_type}).")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise FetchError(f"The page is larger than {max_bytes // (1024 * 1024) or 1} MB.")
            return FetchedPage(url, response.status, content_type or "text/html", body, timezone.now())
        except TimeoutError:
            raise FetchError(f"The site did not answer within {timeout:g} seconds.")
        except (ConnectionError, OSError, http.client.HTTPException) as exc:
            if isinstance(exc, FetchError):
                raise
            raise FetchError(f"Could not connect to {parts.hostname}: {exc}.")
        finally:
            conn.close()
    raise FetchError("Too many redirects.")


def draft_from_url(url: str, **fetch_options) -> ArticleDraft:
    """Fetch, extract (trafilatura), detect language and suggest meetings and people."""
    page = fetch(url, **fetch_options)
    try:
        record = extract_html(
            page.body, page.url, url=page.url, captured_at=page.fetched_at, content_type=page.content_type
        )
    except RecordError as exc:
        raise FetchError(f"No article could be found on the page: {exc}.")
    # extract_html cleans every field through archive.ingest.clean (normalised source_url too).
    title, body = record.title, record.body
    return ArticleDraft(
        source_url=record.url,
        title=title,
        body=body,
        language=analysis.detect_language(f"{title}\n{body}"),
        published=record.published,
        byline=record.byline,
        source_name=record.source,
        capture=record.capture,
        detection=detect_mentions(title, "", body),
    )
