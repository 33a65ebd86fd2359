"""Shared test set-up.

The test database and a temporary Whoosh index (under a throw-away
ARCHIVE_DATA_DIR, see archive/settings_test.py) are built once per session with
the founding articles loaded through the same two commands the README documents:
`loaddata seed` and `rebuild_index`.
"""

from __future__ import annotations

import shutil

import pytest
from django.conf import settings
from django.core.management import call_command


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
def _fresh_lexicon():
    """Each test sees the meetings and series it created (the cache is per process)."""
    from archive.search import lexicon

    lexicon.invalidate()
    yield
    lexicon.invalidate()


@pytest.fixture
def search_index_cleanup():
    """Remove from the index any article a test indexed, so tests stay independent.

    Usage: `search_index_cleanup.append(article_pk)` after indexing an article.
    """
    from archive.search.engine import get_engine
    from archive.search.queue import writer_lock

    created: list[int] = []
    yield created
    if created:
        with writer_lock(timeout=30):
            get_engine().remove_articles(created)
