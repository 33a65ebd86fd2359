"""Conditional GET for the public site, answered before any view runs.

Every public page, feed and API answer is a function of the archive's content (the
content version of archive/web/freshness.py, which every publish, edit, deletion and
import moves), the URL and the interface language. So a response carries an ETag made
of those, with `Cache-Control: no-cache` (browsers and proxies revalidate each time, and
a page never outlives a publish), and a request whose If-None-Match still matches gets
a 304 without rendering anything. Editors (a session cookie: visitors get none) and the
admin are left alone: their pages show drafts and messages. It sits outside the CSRF
middleware, so the ETag includes the CSRF cookie the page's token was made for.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.http import HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers

from archive.web.freshness import content_version

SKIPPED_PREFIXES = ("/admin/", "/i18n/", "/healthz", "/static/")


def etag_for(request, csrf_cookie: str) -> str:
    parts = (
        content_version(),
        request.get_full_path(),
        getattr(request, "LANGUAGE_CODE", ""),
        request.headers.get("Accept", ""),  # the API answers JSON or its browsable HTML
        timezone.localdate().isoformat(),  # "upcoming" meetings become past ones
        # A page holding a CSRF token (a form that posts) is only good with the cookie the
        # token was made from; public pages hold none today, and would then be told apart.
        csrf_cookie,
    )
    return '"' + hashlib.sha256(repr(parts).encode()).hexdigest()[:32] + '"'


def is_public(request) -> bool:
    """A visitor's GET of a public page: what the ETag describes."""
    return (
        request.method in ("GET", "HEAD")
        and not request.path_info.startswith(SKIPPED_PREFIXES)
        # A session means a signed-in editor (visitors get none): drafts, messages.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


class ConditionalOnContent:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_public(request):
            return self.get_response(request)
        etag = etag_for(request, request.COOKIES.get(settings.CSRF_COOKIE_NAME, ""))
        if etag in [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]:
            return self._headers(HttpResponseNotModified(), etag)
        response = self.get_response(request)
        if response.status_code == 200 and not response.has_header("ETag") and not response.streaming:
            if settings.CSRF_COOKIE_NAME in response.cookies:  # the page's token is for this new cookie
                etag = etag_for(request, response.cookies[settings.CSRF_COOKIE_NAME].value)
            self._headers(response, etag)
        return response

    @staticmethod
    def _headers(response, etag: str):
        response["ETag"] = etag
        if not response.has_header("Cache-Control"):  # a view's own policy wins
            response["Cache-Control"] = "no-cache"
        patch_vary_headers(response, ("Cookie", "Accept-Language", "Accept"))
        return response
