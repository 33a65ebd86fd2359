"""Shared test set-up.

The test database and a temporary Whoosh index (under a throw-away
ARCHIVE_DATA_DIR, see archive/settings_test.py) are built once per session with
the founding articles loaded through the same two commands the README documents:
`loaddata seed` and `rebuild_index`. Tests only read that session index. A test
class or module whose tests write to the index (saves that drain the queue,
imports, sync_index, optimize_index) uses an index of its own instead:
`class_search_index` or `module_search_index`.
"""

from __future__ import annotations

import contextlib
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.helpers import index_in_line_with_the_database, temporary_search_index


def pytest_sessionfinish(session, exitstatus):
    if getattr(settings, "TEMPORARY_DATA_DIR", False):
        shutil.rmtree(settings.DATA_DIR, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("loaddata", "seed", verbosity=0)
        call_command("loaddata", "history", verbosity=0)
        call_command("loaddata", "glossary", verbosity=0)
        call_command("rebuild_index", interactive=False, verbosity=0)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Cached pages are keyed by the content version, which a test's rolled-back writes
    never bump (their index tasks are not applied): each test starts with an empty cache."""
    from django.core.cache import cache

    from archive.web import freshness

    cache.clear()
    freshness._seen[:] = [None, 0.0]


@pytest.fixture(autouse=True)
def _default_language():
    """A request leaves its interface language active in the thread (LocaleMiddleware does
    not reset it): each test starts in the default language, whatever the last one asked."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _fresh_lexicon():
    """Each test sees the meetings and series it created (the cache is per process)."""
    from archive.search import lexicon

    lexicon.invalidate()
    yield
    lexicon.invalidate()


# The class's or module's own index while one is in use (see _own_search_index).
_own_index: list = []


def _own_search_index(tmp_path_factory, django_db_blocker):
    """An index of its own in a temporary directory, with its own writer lock, built from
    the published articles the database holds (the founding ones, and those of fixtures
    set up before); removed afterwards. Fixtures that add articles for the class or module
    ask for it first and drain the index queue."""
    from archive.models import Article

    with contextlib.ExitStack() as stack:
        with django_db_blocker.unblock():  # only while it is built
            index = temporary_search_index(tmp_path_factory.mktemp("search-index"), Article.objects.for_index())
            engine = stack.enter_context(index)
        _own_index.append(engine)
        try:
            yield engine
        finally:
            _own_index.remove(engine)


@pytest.fixture(scope="class")
def class_search_index(tmp_path_factory, django_db_setup, django_db_blocker):
    """This test class's own search index, which its tests may write to (see _own_search_index).

    Use it on the class: `@pytest.mark.usefixtures("class_search_index")`."""
    yield from _own_search_index(tmp_path_factory, django_db_blocker)


@pytest.fixture(scope="module")
def module_search_index(tmp_path_factory, django_db_setup, django_db_blocker):
    """This test module's own search index, which its tests may write to (see _own_search_index).

    Use it for the whole module: `pytestmark = [..., pytest.mark.usefixtures("module_search_index")]`."""
    yield from _own_search_index(tmp_path_factory, django_db_blocker)


@pytest.fixture(autouse=True)
def _own_index_follows_the_database(django_db_blocker):
    """In a class's or module's own index, each test starts from the database: documents an
    earlier test left for rows its rollback removed are dropped (their ids come back on SQLite)."""
    if _own_index:
        with django_db_blocker.unblock():
            index_in_line_with_the_database(_own_index[-1])
