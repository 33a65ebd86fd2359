"""The only path by which the search index changes.

Saves and deletes record an `IndexTask` row in the same database transaction.
After commit, the saving process tries to become the single writer (an exclusive
`flock` on a file next to the index) and drains the whole queue; if another
process holds the lock, that process's drain loop picks the task up, and
`manage.py process_index_queue` drains anything left (e.g. after a crash).
Whoosh therefore never sees two writers, and no update is dropped: a task is
deleted only after its change was committed to the index.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F

from archive.models import Article, IndexTask
from archive.search.engine import get_engine
from archive.web.freshness import content_changed

log = logging.getLogger("archive.search")


def lock_path() -> Path:
    path = Path(settings.SEARCH_WRITER_LOCK)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def stamp_path() -> Path:
    """A file beside the writer lock whose modification time is the last drain that
    applied tasks: seen by every process (health), with no database write."""
    lock = lock_path()
    return lock.with_name(lock.name + ".drained")


def last_drain() -> float | None:
    """When a drain last applied queued tasks (a Unix time), by any process; None if never."""
    try:
        return stamp_path().stat().st_mtime
    except FileNotFoundError:
        return None


@contextlib.contextmanager
def writer_lock(timeout: float) -> Iterator[bool]:
    """Yield True once this process is the index's only writer, False on timeout."""
    fd = os.open(lock_path(), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        delay = 0.005
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    yield False
                    return
                time.sleep(delay)
                delay = min(delay * 2, 0.1)
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def enqueue(article_ids: Iterable[int], drain_after_commit: bool = True) -> None:
    """Record that these articles must be (re)indexed or removed; call inside the change's transaction."""
    ids = sorted(set(article_ids))
    if not ids:
        return
    IndexTask.objects.bulk_create([IndexTask(article_id=pk) for pk in ids])
    if drain_after_commit:
        # A request waits only briefly: the process holding the lock drains until the
        # queue is empty, so it applies this task too (an import held editors' saves
        # for 40 s behind the full lock timeout). It applies its own tasks first, then at
        # most REQUEST_BACKLOG others: a web worker that took the lock between an import's
        # batches drained thousands of the import's articles inside an editor's request
        # (seconds, and memory the worker kept). What is left, the import drains, or the
        # next saves, a REQUEST_BACKLOG at a time, or `process_index_queue`.
        transaction.on_commit(
            lambda: drain(timeout=settings.SEARCH_INDEX_AFTER_COMMIT_WAIT, first=ids, others=REQUEST_BACKLOG)
        )


def apply(article_ids: set[int]) -> None:
    """Bring the index in line with the database for these articles."""
    engine = get_engine()
    present = list(Article.objects.for_index().filter(pk__in=article_ids))
    engine.index_articles(present)
    engine.remove_articles(sorted(article_ids - {a.pk for a in present}))
    content_changed()  # every article change reaches the index through here: pages are stale


# A save's drain applies at most this many other queued tasks after its own.
REQUEST_BACKLOG = 100


def drain(timeout: float = 0.0, batch_size: int = 500, first: Iterable[int] = (), others: int | None = None) -> int:
    """Apply queued tasks (those of `first` before any other) until the queue is empty, or
    until `others` tasks besides those of `first` were applied. Returns how many articles
    were applied."""
    first = list(first)
    budget = others
    applied = 0
    with writer_lock(timeout) as acquired:
        if not acquired:
            log.info("index writer busy; queued updates are left to the current writer")
            return 0
        while True:
            tasks = list(IndexTask.objects.filter(article_id__in=first).order_by("id")[:batch_size]) if first else []
            if not tasks:
                first = []
                size = batch_size if budget is None else min(batch_size, budget)
                if size <= 0:
                    break  # the rest: a bulk writer's batches, or the next drains'
                tasks = list(IndexTask.objects.order_by("id")[:size])
                if budget is not None:
                    budget -= len(tasks)
            if not tasks:
                break
            ids = {t.article_id for t in tasks}
            try:
                apply(ids)
            except Exception as exc:  # keep the tasks: the next drain retries them
                IndexTask.objects.filter(id__in=[t.id for t in tasks]).update(
                    last_error=repr(exc)[:2000], attempts=F("attempts") + 1
                )
                raise
            IndexTask.objects.filter(id__in=[t.id for t in tasks]).delete()
            applied += len(ids)
            # Per batch: a long import's drain shows progress, not only its end.
            stamp_path().touch()
    return applied


def pending() -> int:
    return IndexTask.objects.count()
