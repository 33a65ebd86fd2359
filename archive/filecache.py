"""The default shared cache: Django's file cache, checking its size less often.

Django's FileBasedCache lists and name-matches every file of the cache directory on every
write, to decide whether to cull: 0.5 ms at 500 entries, and more as the cache fills
toward MAX_ENTRIES. The rate limit writes on every API request and search, so that listing
was most of what the limit cost. Here a process checks at most once per CULL_CHECK_SECONDS;
MAX_ENTRIES stays the bound, overshot at most by one interval's writes.
"""

from __future__ import annotations

import time

from django.core.cache.backends.filebased import FileBasedCache


class FileCache(FileBasedCache):
    CULL_CHECK_SECONDS = 1.0

    def _cull(self):
        now = time.monotonic()
        last = getattr(self, "_cull_checked_at", None)
        if last is not None and now - last < self.CULL_CHECK_SECONDS:
            return
        self._cull_checked_at = now
        super()._cull()
