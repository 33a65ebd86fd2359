"""Helpers shared by several test modules (fixtures live in tests/conftest.py)."""

from __future__ import annotations

import contextlib
import shutil
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path


def database_env(base_env: dict) -> tuple[dict, callable]:
    """A fresh database for subprocesses: a PostgreSQL database beside the test one when
    the suite runs on PostgreSQL (the Makefile's), otherwise an SQLite file in the data dir.

    Returns the environment to run them with and a function that drops that database."""
    url = base_env.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        base_env.pop("DATABASE_URL", None)
        return base_env, lambda: None
    import psycopg

    name = f"archive_conc_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base_env["DATABASE_URL"] = url.rsplit("/", 1)[0] + "/" + name

    def drop():
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return base_env, drop


@contextlib.contextmanager
def temporary_search_index(directory: Path, articles: Iterable | None = ()) -> Iterator:
    """Point the search engine at an index of its own in `directory`, with the writer lock
    (settings.SEARCH_WRITER_LOCK, archive/search/queue.py) beside it, for the time of the block;
    yields the engine. The index holds `articles` (indexed under the writer lock), or, given
    None, is left uncreated, as a missing index. Afterwards the previous index is current
    again and the temporary one is deleted (with the searcher this process kept open on it).

    On Elasticsearch/OpenSearch (SEARCH_URL) the index is a temporary one of the cluster's.
    """
    from django.conf import settings
    from django.test import override_settings
    from haystack import connections

    from archive.search.engine import get_engine
    from archive.search.queue import writer_lock

    connection = dict(settings.HAYSTACK_CONNECTIONS["default"])
    # archive/settings_test.py: a search error fails the test instead of finding nothing.
    assert connection.get("SILENTLY_FAIL") is False, "search errors must stay loud in tests"
    if "INDEX_NAME" in connection:
        connection["INDEX_NAME"] = f"{connection['INDEX_NAME']}-test-{uuid.uuid4().hex[:12]}"
    else:
        connection["PATH"] = str(directory / "index")
    overrides = override_settings(
        HAYSTACK_CONNECTIONS={**settings.HAYSTACK_CONNECTIONS, "default": connection},
        SEARCH_WRITER_LOCK=str(directory / "writer.lock"),
    )
    with overrides:
        # haystack keeps a backend per thread, made from the settings when first asked for.
        connections.reload("default")
        engine = get_engine()
        try:
            if articles is not None:
                with writer_lock(timeout=30) as acquired:
                    assert acquired, "the temporary index's writer lock is held"
                    engine.index_articles(articles)
            yield engine
        finally:
            get_engine().delete_index()  # Whoosh: forgets this process's searcher on it too
    connections.reload("default")
    shutil.rmtree(directory, ignore_errors=True)


def index_in_line_with_the_database(engine) -> None:
    """Remove the documents of articles no longer published (rows a test's rollback took
    away, whose ids the next test's rows may take again) and add published articles the
    index lacks: each test starts from what the database holds."""
    from archive.models import Article
    from archive.search.queue import writer_lock

    published = set(Article.objects.published().values_list("pk", flat=True))
    indexed = engine.indexed_ids()
    if published == indexed:
        return
    with writer_lock(timeout=30) as acquired:
        assert acquired, "the temporary index's writer lock is held"
        engine.remove_articles(sorted(indexed - published))
        engine.index_articles(Article.objects.for_index().filter(pk__in=published - indexed))
