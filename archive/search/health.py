"""Is the search index readable, and does the shared cache answer? For `/healthz` and monitoring."""

from __future__ import annotations

import datetime as dt
import time
import uuid

from archive.search.engine import get_engine
from archive.search.errors import is_index_error

# The probe key lives this long if the delete after the check never happens.
CACHE_PROBE_SECONDS = 10


def index_health() -> dict:
    """{"ok", "documents", "published", "queue", "last_drain", "error"}; never raises.

    `published` (published articles) and `queue` (pending IndexTask rows) are None when
    the database cannot tell; `last_drain` is {"at": ISO time, "age_seconds"} of the last
    drain that applied queued tasks, by any process, or None if there never was one.
    `ok` is about the index alone: the database has its own check in `/healthz`, and a
    long queue (an import in progress) is reported, not a failure.
    """
    from archive.models import Article
    from archive.search import queue

    result = {"ok": False, "documents": 0, "published": None, "queue": None, "last_drain": None, "error": None}
    try:
        result["queue"] = queue.pending()
        result["published"] = Article.objects.published().count()
    except Exception:  # noqa: BLE001 - reported by the database check
        pass
    drained = queue.last_drain()
    if drained is not None:
        result["last_drain"] = {
            "at": dt.datetime.fromtimestamp(drained, dt.UTC).isoformat(timespec="seconds"),
            "age_seconds": round(max(0.0, time.time() - drained), 1),
        }
    try:
        result["documents"] = int(get_engine().check())
        result["ok"] = True
    except Exception as exc:
        if not is_index_error(exc):
            raise
        result["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return result
    # An index recreated empty (deleted directory) beside published articles: not usable.
    if result["documents"] == 0 and result["published"]:
        result["ok"] = False
        result["error"] = "EmptyIndex: the index holds no articles; run rebuild_index"
    return result


def cache_health() -> dict:
    """{"ok", "backend" (the cache class), "error" (the kind of failure)}: a short-lived key
    set and read back through the default cache, which every worker shares; never raises."""
    from django.core.cache import caches

    result = {"ok": False, "backend": None, "error": None}
    try:
        cache = caches["default"]
        result["backend"] = type(cache).__name__
        # A key of its own: concurrent probes from other workers cannot overwrite it.
        key, token = f"archive:healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
        cache.set(key, token, CACHE_PROBE_SECONDS)
        read = cache.get(key)
        cache.delete(key)
    except Exception as exc:  # noqa: BLE001 - any failure of the cache is what this reports
        result["error"] = type(exc).__name__
        return result
    if read != token:
        result["error"] = "CacheMiss"
        return result
    result["ok"] = True
    return result
