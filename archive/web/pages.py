"""Whole public pages kept per process, until the content changes.

A public page is a function of the archive's content, its URL, the interface language
and the day: the ETag of archive/web/conditional.py says so, and browsers revalidate
with it. This keeps the rendered page under the same tag (plus the scheme and host its
absolute links were made for), so the next visitor to ask for it, in this worker, is
answered without queries, the engine or a template: about 1 ms against 8–14 ms for an
article page at 37k articles. A publish, an edit or an import moves the content version,
and with it every key. Only the views decorated with `kept` are kept: not the search
pages (query statistics count every search; they have their own memo) nor feeds and the
API (throttled). A response that sets a cookie, is not a 200 or says private/no-store is
never kept. Memory is bounded by PAGE_MEMO_BYTES of compressed pages per worker (an
article page is about 14 KB, 5 KB compressed); 0 turns it off.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.http import HttpResponse

from archive.lru import Bounded
from archive.web.conditional import etag_for, is_public

_pages = Bounded()
# Never kept: headers that belong to one exchange.
_PER_RESPONSE = {"content-length", "set-cookie", "date"}


@dataclass(frozen=True)
class KeptPage:
    status: int
    headers: tuple[tuple[str, str], ...]
    compressed: bytes

    @classmethod
    def of(cls, response: HttpResponse) -> KeptPage:
        headers = tuple((k, v) for k, v in response.items() if k.lower() not in _PER_RESPONSE)
        return cls(response.status_code, headers, zlib.compress(response.content, 1))

    def response(self) -> HttpResponse:
        response = HttpResponse(zlib.decompress(self.compressed), status=self.status)
        for name, value in self.headers:
            response[name] = value
        return response


def _keepable(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def kept(view):
    """Answer from the kept page for this request's key, or render and keep it."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        limit = getattr(settings, "PAGE_MEMO_BYTES", 0)
        if limit <= 0 or not is_public(request):
            return view(request, *args, **kwargs)
        key = (
            etag_for(request, request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")),
            request.scheme,
            request.get_host(),
        )
        page = _pages.get(key)
        if page is not None:
            return page.response()
        response = view(request, *args, **kwargs)
        if _keepable(response):
            page = KeptPage.of(response)
            _pages.put(key, page, len(page.compressed) + 200, limit)
        return response

    return wrapper


def forget() -> None:
    _pages.clear()
