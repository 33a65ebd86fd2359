"""The import pipeline: records -> articles, analysed on all cores, indexed in batches.

    readers (stream) -> prepare (parent: clean, language, analysis key)
      -> classify per chunk (one query: create / update / metadata only / unchanged)
      -> segment + detect in a process pool (only new or changed text)
      -> write in transactions of a few hundred (bulk_create / bulk_update, links,
         captures, index tasks in the same transaction)
      -> drain the index queue once at the end (one writer, large batches).

Unchanged articles cost a hash, not a segmentation: the parent computes the
analysis key (sha256 of the text) and compares it with the stored one.
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

from django.db import DatabaseError, connections, reset_queries, transaction
from django.utils import timezone

from archive import analysis
from archive.ingest.detect import Detection, Detector, apply_detection, get_detector
from archive.ingest.records import Capture, Failure, Record, RecordError, clean_record
from archive.models import Article, Meeting, make_slug
from archive.search import queue
from archive.search.documents import analysis_key, compute_analysis
from archive.search.lexicon import get_lexicon

log = logging.getLogger("archive.ingest")

# Fields a re-import may change without re-analysing the text.
STORED_META = ("published", "source_name", "byline", "keywords", "status")
META_FIELDS = [*STORED_META, "updated"]
TEXT_FIELDS = ["title", "lead", "body", "language", "analysis", "analysis_key", *META_FIELDS]
SLUG_MAX = 115  # Article.slug is 120; room for a '-2' suffix


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
class ImportReport:
    read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    indexed: int = 0
    links: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def fail(self, failure: Failure) -> None:
        self.failed += 1
        self.failures.append(failure)

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


@dataclass
class Row:
    record: Record
    source: str
    meeting_ids: set[int]
    person_ids: set[int] = field(default_factory=set)
    organization_ids: set[int] = field(default_factory=set)
    existing: dict | None = None  # the stored article's id, key, language and metadata
    action: str = ""  # create | update | meta | unchanged | failed
    title: str = ""
    lead: str = ""
    body: str = ""
    language: str = ""
    key: str = ""
    analysis: dict | None = None
    slug_base: str = ""
    detection: Detection | None = None

    @property
    def existing_id(self) -> int | None:
        return self.existing["id"] if self.existing else None

    @existing_id.setter
    def existing_id(self, value: int) -> None:
        self.existing = {**(self.existing or {}), "id": value}


# --- worker side (runs in pool processes; no database) -----------------------------------

_worker_state: dict = {}


def _init_worker(thai_words: tuple[str, ...], detector: Detector | None, segment: bool = True) -> None:
    _worker_state.update(thai_words=thai_words, detector=detector, segment=segment)


def _process(title: str, lead: str, body: str, given_language: str, stored_language: str, stored_key: str) -> tuple:
    """All per-article CPU work: clean, pick the language, hash; segment only if the text changed.

    An unchanged article costs a clean and a sha256: its stored language is tried
    first, and detection runs only for new or changed text.
    """
    thai_words = _worker_state.get("thai_words", ())
    title = analysis.clean_text(title).strip()
    lead = analysis.clean_text(lead).strip()
    body = analysis.clean_text(body).strip()
    if not title:
        return ("error", "missing title")
    if not body:
        return ("error", "empty body")
    language = given_language or stored_language
    key = analysis_key(title, lead, body, language, thai_words) if language else ""
    if stored_key and key == stored_key:
        return ("same", key, language)
    if not given_language:
        language = analysis.detect_language(f"{title}\n{body}")
        key = analysis_key(title, lead, body, language, thai_words)
    if not _worker_state.get("segment", True):  # dry run: no segmentation, nothing to write
        return ("changed", key, language, title, lead, body, None, "", None)
    result = compute_analysis(title, lead, body, language, thai_words)
    slug = "" if stored_key else make_slug(title, max_length=SLUG_MAX)
    detector: Detector | None = _worker_state.get("detector")
    detection = detector.detect(title, lead, body) if detector else None
    if detection is not None:
        result["mentions"] = detection.mentions  # the index reads these (see search/documents.py)
    return ("changed", key, language, title, lead, body, result, slug, detection)


def _process_chunk(payload: list[tuple]) -> list[tuple]:
    out = []
    for args in payload:
        try:
            out.append(_process(*args))
        except Exception as exc:  # one article's error fails only that article
            out.append(("error", f"analysis failed: {exc!r}"[:500]))
    return out


# --- parent side -------------------------------------------------------------------------------


class MeetingResolver:
    """Meeting names as written in an input row ('AMEM 38', 'amem-38') -> meeting ids."""

    def __init__(self, lexicon):
        self.lexicon = lexicon
        self.by_slug = dict(Meeting.objects.values_list("slug", "id"))

    def resolve(self, name: str) -> int | None:
        key = name.strip().lower()
        if key in self.by_slug:
            return self.by_slug[key]
        mentions = self.lexicon.matcher.find(name)
        if len(mentions) == 1:
            ref = self.lexicon.meeting_for_token(mentions[0].token)
            if ref:
                return ref.id
        return None


class Importer:
    def __init__(self, options: ImportOptions, progress: Callable[[ImportReport], None] | None = None):
        self.options = options
        self.progress = progress
        self.report = ImportReport(dry_run=options.dry_run)
        self.lexicon = get_lexicon(force_check=True)
        self.thai_words = self.lexicon.thai_words
        self.detector = get_detector(self.lexicon) if options.detect else None
        self.meetings = MeetingResolver(self.lexicon)
        self.people: dict[str, int] | None = None  # slug -> id, loaded when a row names people
        self.organizations: dict[str, int] | None = None
        self.seen_urls: dict[str, str] = {}
        self.used_slugs: set[str] = set()
        self.buffer: list[Row] = []
        self.pool = None
        self.drainer: BackgroundDrainer | None = None

    # -- driving --

    def run(self, items: Iterable[Record | Failure]) -> ImportReport:
        started = time.monotonic()
        workers = self.options.workers
        segment = not self.options.dry_run
        try:
            if workers > 1:
                # Forked workers inherit the detector and dictionary without pickling;
                # they never touch the database, so the parent's connections are closed first.
                if not _in_transaction():
                    connections.close_all()
                ctx = multiprocessing.get_context("fork")
                # Workers live for the whole run: all forks happen before the drain thread starts.
                self.pool = ctx.Pool(
                    workers, initializer=_init_worker, initargs=(self.thai_words, self.detector, segment)
                )
            else:
                _init_worker(self.thai_words, self.detector, segment)
            if self.options.drain and segment and self.pool is not None and not _in_transaction():
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
        if self.options.drain and segment:
            self.report.indexed += drain_index(self.options.drain_batch, self.options.drain_timeout)
        self.report.seconds = time.monotonic() - started
        self._tick()
        return self.report

    def _pipeline(self, items: Iterable[Record | Failure], max_inflight: int) -> None:
        window: deque = deque()
        for chunk in _chunks(self._prepared(items), self.options.chunk_size):
            self._lookup(chunk)
            payload = [
                (
                    r.record.title,
                    r.record.lead,
                    r.record.body,
                    self.options.language or r.record.language,
                    (r.existing or {}).get("language", ""),
                    (r.existing or {}).get("analysis_key", ""),
                )
                for r in chunk
            ]
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

    # -- prepare (parent): duplicates, explicit meetings; the text work happens in workers --

    def _prepared(self, items: Iterable[Record | Failure]) -> Iterator[Row]:
        for item in items:
            self.report.read += 1
            if isinstance(item, Failure):
                self.report.fail(item)
                self._tick()
                continue
            try:
                item = clean_record(item)  # the same cleaning as every write path; idempotent
            except RecordError as exc:
                self.report.fail(Failure(item.origin, str(exc)))
                self._tick()
                continue
            self.report.warnings.extend(f"{item.origin}: {w}" for w in item.warnings)
            previous = self.seen_urls.get(item.url)
            if previous is not None:
                self.report.fail(Failure(item.origin, f"duplicate url {item.url!r} (first at {previous})"))
                self._tick()
                continue
            self.seen_urls[item.url] = item.origin
            meeting_ids = set()
            for name in item.meetings:
                meeting_id = self.meetings.resolve(name)
                if meeting_id is None:
                    self.report.warnings.append(f"{item.origin}: unknown meeting {name!r} (not linked)")
                else:
                    meeting_ids.add(meeting_id)
            person_ids = self._by_slug(item, "people", item.people)
            organization_ids = self._by_slug(item, "organizations", item.organizations)
            yield Row(
                record=item,
                source=item.source or self.options.source,
                meeting_ids=meeting_ids,
                person_ids=person_ids,
                organization_ids=organization_ids,
            )

    def _by_slug(self, item: Record, kind: str, slugs: list[str]) -> set[int]:
        """People or organisations a row names by slug (as export_articles writes them)."""
        if not slugs:
            return set()
        if getattr(self, kind) is None:
            from archive.models import Organization, Person

            model = Person if kind == "people" else Organization
            setattr(self, kind, dict(model.objects.values_list("slug", "id")))
        known = getattr(self, kind)
        ids = set()
        for slug in slugs:
            if slug in known:
                ids.add(known[slug])
            else:
                self.report.warnings.append(f"{item.origin}: unknown {kind} slug {slug!r} (not linked)")
        return ids

    # -- what is stored already: one query per chunk --

    def _lookup(self, chunk: list[Row]) -> None:
        existing = {
            e["source_url"]: e
            for e in Article.objects.filter(source_url__in=[r.record.url for r in chunk]).values(
                "id", "source_url", "analysis_key", "language", *STORED_META
            )
        }
        with_meetings = [existing[r.record.url]["id"] for r in chunk if r.meeting_ids and r.record.url in existing]
        linked = set()
        if with_meetings:
            linked = set(
                Article.meetings.through.objects.filter(article_id__in=with_meetings).values_list(
                    "article_id", "meeting_id"
                )
            )
        for row in chunk:
            row.existing = existing.get(row.record.url)
            if row.existing is not None:
                row.existing["linked"] = {m for a, m in linked if a == row.existing["id"]}

    def _meta(self, row: Row, existing: dict | None = None) -> dict:
        """The metadata to store; a field the input leaves empty keeps its stored value."""
        existing = existing or {}
        return {
            "published": row.record.published or existing.get("published"),
            "source_name": row.source or existing.get("source_name", ""),
            "byline": row.record.byline or existing.get("byline", ""),
            "keywords": "\n".join(row.record.keywords) or existing.get("keywords", ""),
            "status": row.record.status or self.options.status,
        }

    def _meta_changed(self, row: Row) -> bool:
        e = row.existing
        stored = {k: e[k] for k in STORED_META}
        return self._meta(row, e) != stored or not row.meeting_ids <= e.get("linked", set())

    # -- collect worker results, write in batches --

    def _finish(self, chunk: list[Row], pending) -> None:
        results = pending.get() if hasattr(pending, "get") else _process_chunk(pending)
        for row, result in zip(chunk, results, strict=True):
            state = result[0]
            if state == "error":
                row.action = "failed"
                self.report.fail(Failure(row.record.origin, result[1]))
                continue
            row.key, row.language = result[1], result[2]
            if state == "same":
                row.action = "meta" if self._meta_changed(row) else "unchanged"
            else:
                row.title, row.lead, row.body, row.analysis, row.slug_base, row.detection = result[3:]
                row.action = "update" if row.existing else "create"
            if self.options.dry_run:
                self._count(row)
            else:
                self.buffer.append(row)
        if len(self.buffer) >= self.options.write_batch:
            self._flush()
            if self.drainer is not None:
                self.drainer.wake()
        self._tick()

    def _count(self, row: Row) -> None:
        if row.action == "create":
            self.report.created += 1
        elif row.action in ("update", "meta"):
            self.report.updated += 1
        else:
            self.report.unchanged += 1

    def _flush(self) -> None:
        rows, self.buffer = self.buffer, []
        if not rows:
            return
        # With DEBUG on (the default for developers) Django keeps the last 9,000 queries;
        # bulk inserts carry whole articles, so an import would hold gigabytes of SQL.
        reset_queries()
        try:
            with transaction.atomic():
                self._write(rows)
        except (DatabaseError, KeyError, OverflowError, ValueError):
            # Someone else (an editor, a second import) wrote one of these URLs or slugs
            # meanwhile (or a value the database refuses): write the batch row by row so only
            # the offending row fails.
            for row in rows:
                try:
                    with transaction.atomic():
                        self._write([row], fresh=True)
                except Exception as exc:  # noqa: BLE001 - reported per row
                    self.report.fail(Failure(row.record.origin, f"database error: {exc}"[:500]))
                    continue
                self._count(row)
            return
        for row in rows:
            self._count(row)

    def _write(self, rows: list[Row], fresh: bool = False) -> None:
        now = timezone.now()
        if fresh:  # after a conflict: someone may have created this URL meanwhile
            self._lookup(rows)
            for row in rows:
                if row.action == "create" and row.existing:
                    row.action = "update"
        creates = [r for r in rows if r.action == "create"]
        updates = [r for r in rows if r.action == "update"]
        metas = [r for r in rows if r.action == "meta"]

        new_articles = []
        for row, slug in zip(creates, self._slugs(creates), strict=True):
            new_articles.append(
                Article(
                    title=row.title,
                    slug=slug,
                    lead=row.lead,
                    body=row.body,
                    language=row.language,
                    source_url=row.record.url,
                    analysis=row.analysis,
                    analysis_key=row.key,
                    **self._meta(row),
                )
            )
        Article.objects.bulk_create(new_articles, batch_size=100)
        for row, article in zip(creates, new_articles, strict=True):
            row.existing_id = article.pk

        if updates or metas:
            stored = {
                a.pk: a
                for a in Article.objects.filter(pk__in=[r.existing_id for r in updates + metas]).only(
                    "id", *[f for f in META_FIELDS if f != "updated"]
                )
            }
            changed_text, changed_meta = [], []
            for row in updates + metas:
                article = stored[row.existing_id]
                current = {k: getattr(article, k) for k in STORED_META}
                for name, value in self._meta(row, current).items():
                    setattr(article, name, value)
                article.updated = now
                if row.action == "update":
                    article.title, article.lead, article.body = row.title, row.lead, row.body
                    article.language, article.analysis, article.analysis_key = row.language, row.analysis, row.key
                    changed_text.append(article)
                else:
                    changed_meta.append(article)
            Article.objects.bulk_update(changed_text, TEXT_FIELDS, batch_size=50)
            Article.objects.bulk_update(changed_meta, META_FIELDS, batch_size=200)

        found: dict[int, Detection] = {}
        for row in rows:
            if row.action == "unchanged":
                continue
            detection = row.detection or Detection()
            detection.meeting_ids |= row.meeting_ids
            detection.person_ids |= row.person_ids
            found[row.existing_id] = detection
        self.report.links += apply_detection(found)
        org_links = [
            Article.organizations.through(article_id=r.existing_id, organization_id=o)
            for r in rows
            if r.action != "unchanged"
            for o in sorted(r.organization_ids)
        ]
        Article.organizations.through.objects.bulk_create(org_links, ignore_conflicts=True)
        store_captures([(r.existing_id, r.record.capture) for r in rows if r.record.capture and r.existing_id])
        # The index learns of every change in the same transaction; drained at the end.
        queue.enqueue(found, drain_after_commit=False)

    def _slugs(self, rows: list[Row]) -> list[str]:
        bases = [row.record.slug or row.slug_base or make_slug(row.title, max_length=SLUG_MAX) for row in rows]
        if not bases:
            return []
        taken = set(Article.objects.filter(slug__in=bases).values_list("slug", flat=True))
        out = []
        for base in bases:
            slug, n = base, 2
            if slug in taken or slug in self.used_slugs:
                taken |= set(Article.objects.filter(slug__startswith=f"{base}-").values_list("slug", flat=True))
                while slug in taken or slug in self.used_slugs:
                    slug, n = f"{base}-{n}", n + 1
            self.used_slugs.add(slug)
            out.append(slug)
        return out


def _in_transaction() -> bool:
    return any(c.in_atomic_block for c in connections.all(initialized_only=True))


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    chunk: list[Row] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def save_capture_file(capture: Capture) -> str:
    """Keep the raw page under MEDIA_ROOT/captures/, content-addressed (same bytes, one file)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    ext = "html" if "html" in capture.content_type else "bin"
    path = f"captures/{capture.sha256[:2]}/{capture.sha256}.{ext}"
    if not default_storage.exists(path):
        path = default_storage.save(path, ContentFile(capture.raw))
    return path


def link_capture(article_id: int, capture: Capture, path: str) -> None:
    """The provenance row for a raw page kept at `path` (see save_capture_file)."""
    from archive.models import Capture as CaptureRow

    CaptureRow.objects.get_or_create(
        article_id=article_id,
        sha256=capture.sha256,
        defaults={
            "url": capture.url,
            "captured_at": capture.captured_at or timezone.now(),
            "content_type": capture.content_type,
            "file": path,
            "size": len(capture.raw),
        },
    )


def store_captures(pairs: list[tuple[int, Capture]]) -> None:
    """Raw captured pages and their provenance rows, for articles just written."""
    for article_id, capture in pairs:
        link_capture(article_id, capture, save_capture_file(capture))


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
