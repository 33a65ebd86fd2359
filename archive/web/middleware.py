"""Request hardening for every page, feed and API endpoint.

`StripControlCharacters` removes control characters (NUL above all) from every query
parameter before any view sees it, and answers 404 for a path that holds one.
PostgreSQL refuses NUL in text and SQLite does not, so without it the same URL was a
500 on one database and a 200 on the other; cleaning before any view runs makes the
whole class of defect impossible, for every parameter and slug, present and future.
Query text stays accepted: `q=%00AMEM` searches for "AMEM".

`ContentSecurityPolicy` sends the site's CSP on every response that has none of its own
(the sandboxed capture view sets a stricter one).
"""

from __future__ import annotations

import re

from django.conf import settings
from django.http import HttpResponseNotFound, JsonResponse, QueryDict
from django.utils.translation import gettext as _

# C0 controls and DEL, except tab, newline and carriage return (a pasted query may hold
# them; the analysis treats them as spaces). None at all in a path.
VALUE_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
PATH_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


def clean_querydict(data: QueryDict) -> QueryDict | None:
    """A copy of `data` without control characters, or None when there were none."""
    if not any(VALUE_CONTROLS.search(k) or any(VALUE_CONTROLS.search(v) for v in vs) for k, vs in data.lists()):
        return None
    cleaned = QueryDict(mutable=True)
    for key, values in data.lists():
        cleaned.setlist(VALUE_CONTROLS.sub("", key), [VALUE_CONTROLS.sub("", v) for v in values])
    cleaned._mutable = False
    return cleaned


def is_api(request) -> bool:
    return request.path_info.startswith("/api/")


class StripControlCharacters:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if PATH_CONTROLS.search(request.path_info):
            message = _("The address contains control characters (such as NUL), which are not allowed.")
            if is_api(request):
                return JsonResponse({"detail": message}, status=404)
            return HttpResponseNotFound(message, content_type="text/plain; charset=utf-8")
        cleaned = clean_querydict(request.GET)
        if cleaned is not None:
            request.GET = cleaned
        return self.get_response(request)


DEFAULT_CSP = {"default-src": ["'self'"]}


def csp_header(policy: dict[str, list[str]]) -> str:
    return "; ".join(f"{name} {' '.join(values)}".strip() for name, values in policy.items())


class ContentSecurityPolicy:
    """Adds `Content-Security-Policy` (settings.CONTENT_SECURITY_POLICY) unless the view set one."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = csp_header(getattr(settings, "CONTENT_SECURITY_POLICY", DEFAULT_CSP))
        admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        self.admin_header = csp_header(admin_policy) if admin_policy else self.header

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            admin = request.path_info.startswith("/admin/")
            response["Content-Security-Policy"] = self.admin_header if admin else self.header
        return response
