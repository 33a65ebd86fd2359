"""Is the search index readable? For `/healthz` and monitoring."""

from __future__ import annotations

from archive.search.engine import get_engine
from archive.search.errors import is_index_error


def index_health() -> dict:
    """{"ok", "documents", "queue" (pending IndexTask rows, None if unknown), "error"}; never raises.

    `ok` is about the index alone: the database has its own check in `/healthz`.
    """
    from archive.models import Article, IndexTask

    result = {"ok": False, "documents": 0, "queue": None, "error": None}
    try:
        result["queue"] = IndexTask.objects.count()
    except Exception:  # noqa: BLE001 - reported by the database check
        pass
    try:
        result["documents"] = int(get_engine().check())
        result["ok"] = True
    except Exception as exc:
        if not is_index_error(exc):
            raise
        result["error"] = f"{type(exc).__name__}: {exc}"[:300]
        return result
    # An index recreated empty (deleted directory) beside published articles: not usable.
    if result["documents"] == 0 and Article.objects.published().exists():
        result["ok"] = False
        result["error"] = "EmptyIndex: the index holds no articles; run rebuild_index"
    return result
