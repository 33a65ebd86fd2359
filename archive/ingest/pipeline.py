"""The bulk importer: streaming, a worker pool and batching around the one write path.

    readers (stream) -> write.prepare_fields (parent: clean, validate, resolve names)
      -> write.lookup per chunk (one query: what is stored under these addresses)
      -> write.prepare_text in a process pool (language, hash; segmentation and mentions
         only for new or changed text)
      -> write.Store.store in transactions of a few hundred (bulk writes, links,
         captures and index tasks in the same transaction)
      -> the index queue drained while the workers segment, and once at the end.

Unchanged articles cost a hash, not a segmentation: the workers compare the text's
analysis key with the stored one (archive/ingest/write.py).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from django.db import connections, reset_queries

from archive.ingest.records import Failure, Record, RecordError
from archive.ingest.write import (
    NameResolver,
    PreparedArticle,
    PreparedText,
    Store,
    StoreResult,
    TextContext,
    lookup,
    prepare_fields,
    prepare_text,
    text_arguments,
)
from archive.models import Article
from archive.search import queue
from archive.search.lexicon import get_lexicon

log = logging.getLogger("archive.ingest")


@dataclass
class ImportOptions:
    status: str = Article.Status.PUBLISHED
    source: str = ""  # source name for records that name none
    language: str = ""  # force a language instead of detecting it
    dry_run: bool = False
    workers: int = os.cpu_count() or 1
    chunk_size: int = 50  # articles per pool task
    write_batch: int = 300  # articles per transaction
    detect: bool = True  # link known meetings and people found in the text
    drain: bool = True  # leave the index up to date before returning
    drain_batch: int = 5000
    drain_timeout: float = 600.0


@dataclass
class ImportReport(StoreResult):
    """What an import did: the store's counts over all its batches, plus reading and indexing."""

    read: int = 0
    failed: int = 0
    indexed: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    warnings: list[str] = field(default_factory=list)

    def fail(self, failure: Failure) -> None:
        self.failed += 1
        super().fail(failure)

    def add(self, result: StoreResult) -> None:
        self.created += result.created
        self.updated += result.updated
        self.unchanged += result.unchanged
        self.links += result.links
        for failure in result.failures:
            self.fail(failure)

    @property
    def rate(self) -> float:
        return self.read / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        prefix = "dry run (nothing written): " if self.dry_run else ""
        return (
            f"{prefix}read {self.read} / created {self.created} / updated {self.updated} / "
            f"unchanged {self.unchanged} / failed {self.failed} in {self.seconds:.1f} s "
            f"({self.rate:.1f} articles/s)"
        )


# --- worker side (runs in pool processes; no database) -----------------------------------

_worker_context: list[TextContext] = []


def _init_worker(context: TextContext) -> None:
    _worker_context[:] = [context]


def _process_chunk(payload: list[tuple]) -> list[PreparedText | str]:
    """prepare_text for each row of a chunk; a row's error (a string) fails only that row."""
    context = _worker_context[0]
    out: list[PreparedText | str] = []
    for title, lead, body, language, stored_language, stored_key in payload:
        try:
            out.append(
                prepare_text(
                    title,
                    lead,
                    body,
                    context,
                    language=language,
                    stored_language=stored_language,
                    stored_key=stored_key,
                )
            )
        except RecordError as exc:
            out.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - one article's error fails only that article
            out.append(f"analysis failed: {exc!r}"[:500])
    return out


# --- parent side -------------------------------------------------------------------------------


class Importer:
    def __init__(self, options: ImportOptions, progress: Callable[[ImportReport], None] | None = None):
        self.options = options
        self.progress = progress
        self.report = ImportReport(dry_run=options.dry_run)
        lexicon = get_lexicon(force_check=True)
        self.context = TextContext.current(lexicon, detect=options.detect, segment=not options.dry_run, slugs=True)
        self.resolver = NameResolver(lexicon)
        self.store = Store(options.status)
        self.seen_urls: dict[str, str] = {}
        self.buffer: list[PreparedArticle] = []
        self.pool = None
        self.drainer: BackgroundDrainer | None = None

    # -- driving --

    def run(self, items: Iterable[Record | Failure]) -> ImportReport:
        started = time.monotonic()
        workers = self.options.workers
        writes = not self.options.dry_run
        try:
            if workers > 1:
                # Forked workers inherit the detector and dictionary without pickling;
                # they never touch the database, so the parent's connections are closed first.
                if not _in_transaction():
                    connections.close_all()
                ctx = multiprocessing.get_context("fork")
                # Workers live for the whole run: all forks happen before the drain thread starts.
                self.pool = ctx.Pool(workers, initializer=_init_worker, initargs=(self.context,))
            else:
                _init_worker(self.context)
            if self.options.drain and writes and self.pool is not None and not _in_transaction():
                # Index while the workers segment: Whoosh writing is single-threaded Python, so
                # overlapping it with segmentation keeps every core busy. (Not inside a caller's
                # transaction: the thread's own connection could not see its rows.)
                self.drainer = BackgroundDrainer(self.options.drain_batch)
                self.drainer.start()
            self._pipeline(items, max_inflight=max(2, workers * 4))
            self._flush()
        finally:
            if self.pool is not None:
                self.pool.terminate()
                self.pool.join()
            if self.drainer is not None:
                self.report.indexed = self.drainer.finish()
        if self.options.drain and writes:
            self.report.indexed += drain_index(self.options.drain_batch, self.options.drain_timeout)
        self.report.seconds = time.monotonic() - started
        self._tick()
        return self.report

    def _pipeline(self, items: Iterable[Record | Failure], max_inflight: int) -> None:
        window: deque = deque()
        for chunk in _chunks(self._prepared(items), self.options.chunk_size):
            lookup(chunk)
            payload = [text_arguments(p, self.options.language) for p in chunk]
            pending = self.pool.apply_async(_process_chunk, (payload,)) if self.pool else payload
            window.append((chunk, pending))
            # Bounded look-ahead keeps memory flat: the reader waits for the slowest worker.
            while len(window) >= max_inflight:
                self._finish(*window.popleft())
        while window:
            self._finish(*window.popleft())

    def _tick(self) -> None:
        if self.progress:
            self.progress(self.report)

    def _fail(self, failure: Failure) -> None:
        self.report.fail(failure)
        self._tick()

    # -- the parent's part of prepare: fields and names; the text work happens in workers --

    def _prepared(self, items: Iterable[Record | Failure]) -> Iterator[PreparedArticle]:
        for item in items:
            self.report.read += 1
            if isinstance(item, Failure):
                self._fail(item)
                continue
            try:
                prepared = prepare_fields(item, self.resolver, self.options.source)
            except RecordError as exc:
                self._fail(Failure(item.origin, str(exc)))
                continue
            self.report.warnings.extend(f"{prepared.origin}: {w}" for w in prepared.warnings)
            url = prepared.record.url
            if url in self.seen_urls:
                self._fail(Failure(prepared.origin, f"duplicate url {url!r} (first at {self.seen_urls[url]})"))
                continue
            self.seen_urls[url] = prepared.origin
            yield prepared

    # -- collect worker results, store in batches --

    def _finish(self, chunk: list[PreparedArticle], pending) -> None:
        results = pending.get() if hasattr(pending, "get") else _process_chunk(pending)
        for prepared, result in zip(chunk, results, strict=True):
            if isinstance(result, str):
                self.report.fail(Failure(prepared.origin, result))
                continue
            prepared.text = result
            if self.options.dry_run:
                self.store.classify(prepared)
                self.report.count(prepared.action)
            else:
                self.buffer.append(prepared)
        if len(self.buffer) >= self.options.write_batch:
            self._flush()
            if self.drainer is not None:
                self.drainer.wake()
        self._tick()

    def _flush(self) -> None:
        batch, self.buffer = self.buffer, []
        if not batch:
            return
        # With DEBUG on (the default for developers) Django keeps the last 9,000 queries;
        # bulk inserts carry whole articles, so an import would hold gigabytes of SQL.
        reset_queries()
        self.report.add(self.store.store(batch))


def _in_transaction() -> bool:
    return any(c.in_atomic_block for c in connections.all(initialized_only=True))


def _chunks(rows: Iterable[PreparedArticle], size: int) -> Iterator[list[PreparedArticle]]:
    chunk: list[PreparedArticle] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class BackgroundDrainer(threading.Thread):
    """Applies queued index tasks while the import goes on (one writer, via queue.drain)."""

    def __init__(self, batch_size: int, min_pending: int = 300):
        super().__init__(name="index-drain", daemon=True)
        self.batch_size, self.min_pending = batch_size, min_pending
        self.applied = 0
        self.error: BaseException | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()

    def wake(self) -> None:
        self._wake.set()

    def run(self) -> None:
        try:
            while not self._stopping.is_set():
                self._wake.wait(timeout=2.0)
                self._wake.clear()
                if not self._stopping.is_set() and queue.pending() >= self.min_pending:
                    self.applied += queue.drain(timeout=1.0, batch_size=self.batch_size)
                    reset_queries()
        except BaseException as exc:  # surfaced by finish(); tasks stay queued for the final drain
            self.error = exc
        finally:
            connections.close_all()  # this thread's own connections

    def finish(self) -> int:
        self._stopping.set()
        self._wake.set()
        self.join()
        if self.error is not None:
            log.warning("background index drain failed, retrying at the end: %r", self.error)
        return self.applied


def drain_index(batch_size: int = 5000, timeout: float = 600.0) -> int:
    """Apply every queued index task before returning (waits for another writer if one is busy)."""
    deadline = time.monotonic() + timeout
    applied = 0
    while queue.pending():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"{queue.pending()} index updates still queued after {timeout:.0f} s")
        applied += queue.drain(timeout=min(remaining, 30.0), batch_size=batch_size)
    return applied


def import_records(
    items: Iterable[Record | Failure],
    options: ImportOptions | None = None,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    return Importer(options or ImportOptions(), progress).run(items)
