"""A per-process memo of repeated searches.

Search logs have a head: the same few queries again and again (a meeting's name, the
news of the week). Understanding a query and ranking it is most of a search's time, so
its result (the understood request and the engine's ids, total and facets) is kept for
the most recent SEARCH_RESULTS_MEMO entries, keyed by the archive's content version: a
publish, an edit or an import makes every entry stale at once, in every worker. The
search page still loads its articles and snippets per request; `/api/search/` keeps its
whole answer (a page of results: ids, titles, snippets, facets), since loading the
articles and making snippets was most of what a repeated search still cost. Query
statistics count every search either way. Per process and bounded, so no shared cache is
written on the search path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.conf import settings

from archive.lru import Bounded
from archive.web.freshness import content_version

T = TypeVar("T")

_entries = Bounded()
_MISSING = object()


def remembered(key: str, compute: Callable[[], T]) -> T:
    """compute(), or what it gave for this key under the current content version."""
    size = getattr(settings, "SEARCH_RESULTS_MEMO", 0)
    if size <= 0:
        return compute()
    entry = (content_version(), key)
    value = _entries.get(entry, _MISSING)
    if value is _MISSING:
        value = compute()
        _entries.put(entry, value, 1, size)  # stale versions age out as the least recently used
    return value


def forget() -> None:
    _entries.clear()
