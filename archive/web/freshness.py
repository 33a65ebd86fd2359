"""One number that changes whenever what the public pages show may have changed.

Cached fragments and whole responses (the sitemaps) are keyed by it, so a publish,
an edit, a deletion or an import makes them stale at once in every worker (the
cache is shared: see CACHES in settings), with no list of keys to delete.
"""

from __future__ import annotations

import time

from django.core.cache import cache

KEY = "archive:content-version"
# Each request asks (conditional GET, cached fragments): the shared cache is read at most
# this often per process; a change made in this process is seen at once.
RECHECK_SECONDS = 0.1
_seen: list = [None, 0.0]  # (version, when read)


def content_version() -> str:
    now = time.monotonic()
    if _seen[0] is not None and now - _seen[1] < RECHECK_SECONDS:
        return _seen[0]
    version = cache.get(KEY)
    if version is None:
        version = str(time.time_ns())
        cache.add(KEY, version, None)
        version = cache.get(KEY, version)
    _seen[:] = [version, now]
    return version


def content_changed() -> None:
    version = str(time.time_ns())
    cache.set(KEY, version, None)
    _seen[:] = [version, time.monotonic()]
