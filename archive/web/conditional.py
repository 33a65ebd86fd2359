"""Conditional GET for the public site, answered before any view runs.

Every public page, feed and API answer is a function of the archive's content (the
content version of archive/web/freshness.py, which every publish, edit, deletion and
import moves), the URL and the interface language. So a response carries an ETag made
of those, with `Cache-Control: no-cache` (browsers and proxies revalidate each time, and
a page never outlives a publish), and a request whose If-None-Match still matches gets
a 304 without rendering anything. Editors (signed in) and the admin are left alone: their
pages show drafts and messages.
"""

from __future__ import annotations

import hashlib

from django.http import HttpResponseNotModified
from django.utils.cache import patch_vary_headers

from archive.web.freshness import content_version

SKIPPED_PREFIXES = ("/admin/", "/i18n/", "/healthz", "/static/")


def _etag(request) -> str:
    parts = (content_version(), request.get_full_path(), getattr(request, "LANGUAGE_CODE", ""))
    return '"' + hashlib.sha256(repr(parts).encode()).hexdigest()[:32] + '"'


class ConditionalOnContent:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.method not in ("GET", "HEAD")
            or request.path_info.startswith(SKIPPED_PREFIXES)
            or (user is not None and user.is_authenticated)
        ):
            return self.get_response(request)
        etag = _etag(request)
        if etag in [t.strip() for t in request.headers.get("If-None-Match", "").split(",")]:
            response = HttpResponseNotModified()
            response["ETag"] = etag
            return response
        response = self.get_response(request)
        if response.status_code == 200 and not response.has_header("ETag"):
            response["ETag"] = etag
            response["Cache-Control"] = "no-cache"
            patch_vary_headers(response, ("Cookie", "Accept-Language"))
        return response
