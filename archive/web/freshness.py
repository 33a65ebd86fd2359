"""One number that changes whenever what the public pages show may have changed.

Cached fragments and whole responses (the sitemaps) are keyed by it, so a publish,
an edit, a deletion or an import makes them stale at once in every worker (the
cache is shared: see CACHES in settings), with no list of keys to delete.
"""

from __future__ import annotations

import time

from django.core.cache import cache

KEY = "archive:content-version"


def content_version() -> str:
    version = cache.get(KEY)
    if version is None:
        version = str(time.time_ns())
        cache.add(KEY, version, None)
        version = cache.get(KEY, version)
    return version


def content_changed() -> None:
    cache.set(KEY, str(time.time_ns()), None)
