"""Add from a link (issue 9, item 11): a total deadline, bad ports and host names, and IPv6
addresses that wrap loopback are clear errors for the editor, never a 500 or a long wait."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse

from archive.ingest import fetch as fetch_module
from archive.ingest.fetch import FetchError, fetch, is_public_address


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # noqa: N802 - http.server's naming
        if self.path == "/drip":  # 8 bytes a second, forever-ish
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>slow.")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
            return
        if self.path == "/drip-headers":  # headers one line a second
            try:
                self.wfile.write(b"HTTP/1.1 200 OK\r\n")
                for i in range(200):
                    self.wfile.write(f"X-Slow-{i}: 1\r\n".encode())
                    self.wfile.flush()
                    time.sleep(0.5)
            except OSError:
                pass
            return
        targets = {"/bad-host": "http://a..b/", "/bad-port": "http://example.com:99999/"}
        if self.path in targets:
            self.send_response(302)
            self.send_header("Location", targets[self.path])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def loopback_allowed(settings):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = True


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_total_deadline(server, loopback_allowed, path):
    start = time.monotonic()
    with pytest.raises(FetchError, match="did not answer within 1.5 seconds"):
        fetch(f"{server}{path}", timeout=1.5)
    assert time.monotonic() - start < 3


@pytest.mark.parametrize(
    "url, message",
    [
        ("http://example.com:99999/", "not a valid address"),
        ("http://example.com:-1/", "not a valid address"),
        ("http://a..b/", "invalid host name"),
        ("http://" + "a" * 70 + ".example/", "invalid host name"),
        ("http://[::1/", "not a valid address"),
    ],
)
def test_bad_links_are_clear_errors(url, message):
    with pytest.raises(FetchError, match=message):
        fetch(url)


@pytest.mark.parametrize("path, message", [("/bad-host", "invalid host name"), ("/bad-port", "not a valid address")])
def test_bad_redirects_are_clear_errors(server, loopback_allowed, path, message):
    with pytest.raises(FetchError, match=message):
        fetch(f"{server}{path}")


@pytest.mark.parametrize(
    "address",
    [
        "64:ff9b::7f00:1",  # NAT64 to 127.0.0.1
        "64:ff9b::a00:1",  # NAT64 to 10.0.0.1
        "64:ff9b:1::7f00:1",  # local-use NAT64
        "2002:7f00:1::",  # 6to4 around 127.0.0.1
        "2002:c0a8:101::1",  # 6to4 around 192.168.1.1
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::127.0.0.1",  # IPv4-compatible
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo to 127.0.0.1
        "::1",
        "fe80::1",
        "fc00::1",
    ],
)
def test_ipv6_wrapping_private_addresses_are_refused(settings, monkeypatch, address):
    settings.INGEST_ALLOW_PRIVATE_ADDRESSES = False
    assert not is_public_address(ipaddress.ip_address(address))

    def resolve(host, port, *args, **kwargs):
        return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", (address, port, 0, 0))]

    monkeypatch.setattr(fetch_module.socket, "getaddrinfo", resolve)
    with pytest.raises(FetchError, match="private or local address"):
        fetch("http://news.example.org/article")


@pytest.mark.parametrize("address", ["8.8.8.8", "2001:4860:4860::8888", "64:ff9b::808:808", "2002:808:808::1"])
def test_public_addresses_still_pass(address):
    assert is_public_address(ipaddress.ip_address(address))


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["http://example.com:99999/", "http://a..b/"])
def test_admin_form_shows_the_error(client, url):
    from tests.test_editors import make_user

    client.force_login(make_user("chief-fetch", "Editors"))
    response = client.post(reverse("admin:archive_article_add_from_url"), {"url": url})
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


@pytest.mark.django_db
def test_admin_form_reports_a_redirect_to_a_bad_host(client, server, loopback_allowed):
    from tests.test_editors import make_user

    client.force_login(make_user("chief-fetch2", "Editors"))
    response = client.post(reverse("admin:archive_article_add_from_url"), {"url": f"{server}/bad-host"})
    assert response.status_code == 200
    assert "invalid host name" in response.content.decode()
