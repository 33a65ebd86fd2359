"""One rate-limit policy for every API endpoint, the HTML search page and the feeds.

DRF's throttle classes (REST_FRAMEWORK["DEFAULT_THROTTLE_CLASSES"] and their rates)
are the policy; DRF views apply them themselves, and `throttled` applies the same
classes, with the same cache keys, to plain Django views (`/api/search/`, `/search/`,
the feeds). Over the limit: HTTP 429 with Retry-After, a JSON body under /api/.
"""

from __future__ import annotations

import functools
import math

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle


class ArchiveAnonThrottle(AnonRateThrottle):
    """Anonymous clients, by address. Reads its rate when used, so settings changes apply."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


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
