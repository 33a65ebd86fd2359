"""The searcher and its caches are shared per process, whatever the server's threads.

haystack keeps one backend per thread; before, each request thread of a threaded
server built its own searcher, bitsets and date order and never freed them.
"""

from __future__ import annotations

import threading

import pytest
from haystack import connections

from archive.search.query import QueryTerm, SearchRequest

pytestmark = pytest.mark.django_db


def test_request_threads_share_one_searcher_and_its_bitsets():
    seen = []
    errors = []

    def request_thread():
        try:
            backend = connections["default"].get_backend()  # a backend of this thread's own
            result = backend.run(SearchRequest(terms=[QueryTerm("nang"), QueryTerm("luong")]))
            searcher = backend.searcher()
            seen.append((backend, searcher, backend.docsets(searcher), result.total))  # kept alive: ids stay unique
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=request_thread) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len({id(backend) for backend, *_ in seen}) == 8  # haystack: one backend per thread
    assert len({id(searcher) for _, searcher, _, _ in seen}) == 1  # but one searcher per process
    assert len({id(sets) for *_, sets, _ in seen}) == 1
    assert len({total for *_, total in seen}) == 1 and seen[0][3] > 0
