"""One rate-limit policy for every API endpoint, the HTML search page and the feeds.

DRF's throttle classes (REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"] and their rates)
are the policy; DRF views apply them themselves, and `throttled` applies the same
classes, with the same cache keys, to plain Django views (`/api/search/`, `/search/`,
the feeds). Over the limit: HTTP 429 with Retry-After, a JSON body under /api/.
"""

from __future__ import annotations

import functools
import math

from django.core.cache import caches
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class ArchiveAnonThrottle(AnonRateThrottle):
    """Anonymous clients, by address: at most `rate` requests in any window of its length,
    estimated from the counts of two fixed windows (the sliding-window counter). Reads its
    rate when used, so settings changes apply.

    DRF's throttle keeps one timestamp per request and writes the whole list back to the
    shared cache on every request: pickled and compressed, its cost grows with the rate
    (0.16 ms of zlib alone at a few hundred entries, on every search). Here the state is
    three numbers whatever the rate. The estimate counts the previous window's requests
    as spread evenly over it, rounded up, so a client just past a window's edge is still
    held to the limit.
    """

    cache_format = "throttle_window_%(scope)s_%(ident)s"

    @property
    def cache(self):
        return caches["rates"]  # see CACHES in settings.py

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        now = self.timer()
        start = now - now % self.duration
        previous, current = self._counts(self.cache.get(self.key), start)
        self.now, self.window = now, (start, previous, current)
        if self._estimate(now, start, previous, current) >= self.num_requests:
            return False
        self.cache.set(self.key, (start, previous, current + 1), 2 * self.duration)
        return True

    def _counts(self, stored, start: float) -> tuple[int, int]:
        """(previous window's count, this window's) from the stored (window start, previous,
        current); anything else stored under the key counts as no requests."""
        try:
            window, previous, current = stored
            window, previous, current = float(window), int(previous), int(current)
        except (TypeError, ValueError):
            return 0, 0
        if window == start:
            return previous, current
        return (current if window == start - self.duration else 0), 0

    def _estimate(self, now: float, start: float, previous: int, current: int) -> int:
        # Less a hair for floating-point error: 5 × (1 - 12/60) must round up to 4, not 5.
        return math.ceil(previous * (1 - (now - start) / self.duration) - 1e-9) + current

    def wait(self):
        """Seconds until the estimate falls below the limit, if no more requests come."""
        start, previous, current = self.window
        limit, length = self.num_requests, self.duration
        if current < limit and previous:
            # Inside this window, once enough of the previous one's share has gone.
            return max(0.0, start + length * (1 - (limit - 1 - current) / previous) - self.now)
        # In the next window, when this one's count has faded enough.
        return max(0.0, start + length * (2 - (limit - 1) / current) - self.now) if current else 0.0


def throttle_wait(request) -> float | None:
    """Seconds to wait if any configured throttle refuses this request, else None."""
    waits = []
    for throttle_class in api_settings.DEFAULT_THROTTLE_CLASSES:
        throttle = throttle_class()
        if not throttle.allow_request(request, None):
            waits.append(throttle.wait() or 1)
    return max(waits) if waits else None


def too_many_requests(request, wait: float) -> HttpResponse:
    seconds = max(1, math.ceil(wait))
    message = _("Too many requests. Try again in %(seconds)d seconds.") % {"seconds": seconds}
    if request.path_info.startswith("/api/"):
        response = JsonResponse({"error": message}, status=429)
    else:
        response = HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    response["Retry-After"] = str(seconds)
    return response


def throttled(view):
    """Apply the API's throttle policy to a plain Django view (or a Feed instance)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        wait = throttle_wait(request)
        if wait is not None:
            return too_many_requests(request, wait)
        return view(request, *args, **kwargs)

    return wrapper
