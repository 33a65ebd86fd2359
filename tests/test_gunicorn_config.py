"""The gunicorn settings `make run` serves with (gunicorn.conf.py)."""

from __future__ import annotations

import runpy
import subprocess
from pathlib import Path

import pytest

CONFIG = runpy.run_path(str(Path(__file__).resolve().parents[1] / "gunicorn.conf.py"))


def test_workers_share_the_preloaded_app_and_are_recycled():
    assert CONFIG["preload_app"] is True
    assert CONFIG["workers"] >= 2
    assert CONFIG["max_requests"] > 0 and 0 < CONFIG["max_requests_jitter"] < CONFIG["max_requests"]
    assert CONFIG["graceful_timeout"] <= CONFIG["timeout"]
    # The WSGI module must not open the index in the master: the workers would share its file offsets.
    assert "ARCHIVE_WARM_UP=0" in CONFIG["raw_env"]


@pytest.mark.django_db
def test_a_worker_is_warm_before_its_first_request():
    from haystack import connections

    from archive.search.whoosh import backend, bitsets

    backend._SEARCHERS.clear()

    class Worker:
        log = None

    CONFIG["post_worker_init"](Worker())
    path = connections["default"].get_backend().path
    searcher = backend._SEARCHERS[path]
    assert getattr(searcher, "_archive_docsets", None) is not None  # the date order
    assert any(kind == "vocabulary" for _segment, kind in bitsets._SEGMENT_DATA)  # slip correction's words


@pytest.mark.django_db
def test_the_master_counts_the_list_facets_once_for_every_worker(monkeypatch):
    from archive.web import queries

    class Server:
        log = None

    CONFIG["when_ready"](Server())

    def counted_again(filters):
        raise AssertionError(f"facets counted again for {filters}")

    monkeypatch.setattr(queries, "_count_facets", counted_again)
    for language in (None, "vi", "th", "en"):
        assert queries.browse_facets(queries.BrowseFilters(language=language))["language"]


@pytest.mark.django_db
def test_the_master_finds_related_lists_in_a_background_process(monkeypatch, settings):
    started = []

    class Process:  # records the launch instead of running manage.py against another database
        pid = 4242

        def __init__(self, command, cwd):
            started.append((command, Path(cwd)))

        def poll(self):
            return None

        def terminate(self):
            started.append("terminated")

    class Server:
        class log:  # noqa: N801 - gunicorn's attribute name
            info = staticmethod(lambda *args: None)

    monkeypatch.setattr(subprocess, "Popen", Process)
    settings.REFRESH_RELATED_AT_START = False
    CONFIG["when_ready"](Server())
    assert started == []
    settings.REFRESH_RELATED_AT_START = True
    CONFIG["when_ready"](Server())
    ((command, cwd),) = started
    assert command[:3] == ["nice", "-n", "10"] and command[-2:] == ["manage.py", "refresh_related"]
    assert (cwd / "manage.py").is_file()
    CONFIG["on_exit"](Server())  # a server stopping stops it too
    assert started[-1] == "terminated"
