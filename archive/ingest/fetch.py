"""Add from a link: fetch one news page safely and extract it as an import record
(archive/ingest/links.py stores it through the write path).

Safety rules (server-side request forgery is the risk): only http/https; every
address a name resolves to must be public unless settings allow private ones
(tests serve pages on loopback); the connection goes to the address that was
checked (no second DNS lookup to rebind); redirects are followed by hand and each
hop is checked again; time and size are bounded. Errors are `FetchError` with a
message meant for the editor.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils import timezone

from archive.ingest.extract import extract_html
from archive.ingest.records import Record, RecordError

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


def _setting(name: str, default):
    return getattr(settings, name, default)


# IPv6 prefixes that carry an IPv4 address in their low 32 bits (NAT64, RFC 6052 and 8215):
# 64:ff9b::7f00:1 reaches 127.0.0.1 through a NAT64 gateway.
NAT64_PREFIXES = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))


def embedded_ipv4(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address wraps: mapped, 6to4, Teredo, NAT64, IPv4-compatible."""
    if ip.version != 6:
        return []
    found = [ip.ipv4_mapped, ip.sixtofour]
    if ip.teredo:
        found.extend(ip.teredo)
    if any(ip in net for net in NAT64_PREFIXES):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    if int(ip) >> 32 == 0 and int(ip) > 1:  # deprecated ::a.b.c.d
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [v4 for v4 in found if v4 is not None]


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Globally routable, not multicast, and not wrapping a private or loopback IPv4 address."""
    if not ip.is_global or ip.is_multicast:
        return False
    return all(v4.is_global and not v4.is_multicast for v4 in embedded_ipv4(ip))


def _check_address(host: str, port: int, allow_private: bool) -> str:
    """Resolve once; refuse private, loopback, link-local and reserved targets. Returns the IP to use."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchError(f"The address {host[:100]!r} could not be found (DNS).")
    addresses = [info[4][0] for info in infos]
    if not allow_private:
        for addr in addresses:
            ip = ipaddress.ip_address(addr.split("%")[0])
            if not is_public_address(ip):
                raise FetchError(
                    f"{host} points to a private or local address ({ip}); only public sites can be fetched."
                )
    return addresses[0]


def _valid_host(host: str) -> bool:
    """A host name or address that can be looked up (no empty labels, IDNA-encodable)."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        pass
    try:
        encoded = host.rstrip(".").encode("idna")
    except UnicodeError:
        return False
    return 0 < len(encoded) <= 253 and all(0 < len(label) <= 63 for label in encoded.split(b"."))


class _Deadline:
    """A total time limit for one fetch: every socket wait gets only what is left, and a timer
    shuts the socket when time is up (a server dripping a byte at a time cannot stretch it)."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            self.expired = True
            raise TimeoutError
        return left

    def watch(self, conn) -> threading.Timer:
        def expire():
            self.expired = True
            sock = conn.sock
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(max(self.end - time.monotonic(), 0), expire)
        timer.daemon = True
        timer.start()
        return timer


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
    deadline = _Deadline(timeout)  # for the whole fetch, redirects included
    too_slow = f"The site did not answer within {timeout:g} seconds."
    for _ in range(max_redirects + 1):
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError:
            raise FetchError(f"The link {url[:200]!r} is not a valid address (bad host or port).")
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError("Only http:// and https:// links can be fetched.")
        if not _valid_host(parts.hostname):
            raise FetchError(f"The link {url[:200]!r} has an invalid host name.")
        port = port or (443 if parts.scheme == "https" else 80)
        ip = _check_address(parts.hostname, port, allow_private)
        conn_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        try:
            conn = conn_class(parts.hostname, ip, port, deadline.remaining())
        except TimeoutError:
            raise FetchError(too_slow)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        timer = deadline.watch(conn)
        try:
            conn.request("GET", path, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
            conn.sock.settimeout(deadline.remaining())
            response = conn.getresponse()
            if response.status in REDIRECTS and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                continue
            if response.status >= 400:
                raise FetchError(f"The site refused the request: HTTP {response.status} {response.reason}.")
            content_type = (response.getheader("Content-Type") or "").split(";")[0].strip().lower()
            if content_type and content_type not in HTML_TYPES:
                raise FetchError(f"The link is not a web page ({content_type}).")
            body = _read_body(response, conn, deadline, max_bytes)
            if deadline.expired:
                raise TimeoutError
            return FetchedPage(url, response.status, content_type or "text/html", body, timezone.now())
        except FetchError:
            raise
        except TimeoutError:
            raise FetchError(too_slow)
        except (ConnectionError, OSError, http.client.HTTPException, UnicodeError, ValueError) as exc:
            if deadline.expired:
                raise FetchError(too_slow)
            raise FetchError(f"Could not connect to {parts.hostname}: {exc}.")
        finally:
            timer.cancel()
            conn.close()
    raise FetchError("Too many redirects.")


def _read_body(response, conn, deadline: _Deadline, max_bytes: int) -> bytes:
    """Read at most max_bytes + 1 in chunks, each socket wait bounded by the time left."""
    chunks, size = [], 0
    while size <= max_bytes:
        if conn.sock is not None:
            conn.sock.settimeout(deadline.remaining())
        chunk = response.read1(min(65536, max_bytes + 1 - size)) if hasattr(response, "read1") else b""
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise FetchError(f"The page is larger than {max_bytes // (1024 * 1024) or 1} MB.")
    return b"".join(chunks)


def record_from_url(url: str, **fetch_options) -> Record:
    """Fetch a page and extract its article (trafilatura), with the raw page kept for provenance.
    Every field comes cleaned (extract_html -> clean_record); raises FetchError."""
    page = fetch(url, **fetch_options)
    try:
        return extract_html(
            page.body, page.url, url=page.url, captured_at=page.fetched_at, content_type=page.content_type
        )
    except RecordError as exc:
        raise FetchError(f"No article could be found on the page: {exc}.")
