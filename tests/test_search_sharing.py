"""The searcher and its caches are shared per process, whatever the server's threads.

haystack keeps one backend per thread; before, each request thread of a threaded
server built its own searcher, bitsets and date order and never freed them.
"""

from __future__ import annotations

import threading

import pytest
from haystack import connections

from archive.search.query import QueryTerm, SearchRequest
from archive.search.whoosh import backend as search_backend

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


def test_a_searcher_broken_by_a_concurrent_commit_is_replaced(monkeypatch):
    """Whoosh's refresh can fail for good after a writer deleted a segment it was opening
    (ReaderClosed on every later refresh); the backend opens a fresh searcher instead."""
    from whoosh.reading import ReaderClosed

    monkeypatch.setattr(search_backend, "SEARCHER_RECHECK_SECONDS", 0)  # every read asks the disk
    backend = connections["default"].get_backend()
    broken = backend.searcher()

    def fail():
        raise ReaderClosed

    monkeypatch.setattr(broken, "up_to_date", fail)
    fresh = backend.searcher()
    assert fresh is not broken
    assert backend.run(SearchRequest(terms=[QueryTerm("asean")])).total > 0
    assert backend.searcher() is fresh  # and it stays


def test_interactive_commits_merge_only_small_segments(monkeypatch):
    """Editors' saves fold small segments together and never rewrite a bulk segment."""
    from archive.search.whoosh import backend as engine

    class Seg:
        def __init__(self, n):
            self.n = n

        def doc_count_all(self):
            return self.n

    class Reader:
        def __init__(self, storage, schema, seg):
            self.seg = seg

        def close(self):
            pass

    class Writer:
        storage = schema = None
        merged: list = []

        def add_reader(self, reader):
            self.merged.append(reader.seg)

    monkeypatch.setattr(engine, "SegmentReader", Reader)
    big = [Seg(5000), Seg(engine.SMALL_SEGMENT_DOCS)]
    small = [Seg(3), Seg(40)]
    writer = Writer()
    assert engine.merge_small_segments(writer, [*big, *small]) == big
    assert writer.merged == small
    one_small = [*big, Seg(3)]
    assert engine.merge_small_segments(Writer(), one_small) is one_small  # nothing worth a merge


def test_warm_up_reads_under_the_shared_lock(monkeypatch):
    """The boot-time warm-up thread once read the shared searcher's files beside a request
    thread ('Block tag error', garbage columns in the soak): it takes the read lock too."""
    from archive.search.service import warm_up
    from archive.search.whoosh import backend as engine

    entered = []

    class RecordingLock:
        def __enter__(self):
            entered.append(threading.current_thread().name)

        def __exit__(self, *exc):
            return False

    monkeypatch.setattr(engine, "_READ_LOCK", RecordingLock())
    warm_up()
    assert entered


def test_one_search_asks_the_disk_for_a_new_generation_once(monkeypatch):
    """Slip correction asks the vocabulary hundreds of times per search; each ask needs the
    searcher, and asking whether the index changed lists its directory."""
    backend = connections["default"].get_backend()
    searcher = backend.searcher()
    calls = []
    monkeypatch.setattr(searcher, "up_to_date", lambda: calls.append(1) or True)
    search_backend._CHECKED.clear()
    for _ in range(50):
        backend.knows("asean")
    assert len(calls) == 1


@pytest.mark.usefixtures("class_search_index")
class TestSaves:
    """A save drains the index queue: an index of the class's own."""

    def test_a_save_does_not_rebuild_what_the_big_segments_hold(self, monkeypatch):
        """Per-segment word sets and dates survive a new index generation: an editor's save
        adds a small segment, and only that one is read."""
        from archive.search.whoosh import bitsets

        # The test index is all small segments, which a save would merge: keep them, as a
        # save keeps the big segments of a real archive.
        monkeypatch.setattr(search_backend, "SMALL_SEGMENT_DOCS", 0)
        backend = connections["default"].get_backend()
        backend.knows("asean")
        backend.docsets(backend.searcher()).date_order()
        before = dict(bitsets._SEGMENT_DATA)
        from django.core.management import call_command

        from tests.factories import make_article

        article = make_article(title="Numbatwatt grid", body="Numbatwatt.")
        call_command("process_index_queue", verbosity=0)
        search_backend._CHECKED.clear()
        assert backend.knows("numbatwatt")
        order = backend.docsets(backend.searcher()).date_order()
        assert order[0] == backend.searcher().document_number(django_id=str(article.pk))  # the newest
        kept = {k: v for k, v in bitsets._SEGMENT_DATA.items() if k in before}
        assert kept and all(v is before[k] for k, v in kept.items())  # the same objects: not rebuilt
