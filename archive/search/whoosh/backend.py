"""django-haystack's Whoosh backend, made fit for many processes and pre-analysed text.

What changes against haystack's stock backend, and why:

* The index receives text analysed by `archive.analysis` (tokens joined by spaces),
  so every text field uses a whitespace tokenizer: Thai and Vietnamese segmentation
  happen once, in Python, and would work the same with Solr/Elasticsearch. The fields
  split that text in one regex call (fields.py), and short posting lists are kept in
  the term index (codec.py): most of this index's terms are rare word pairs.
* Storage does not memory-map segment files, and each process keeps one searcher
  open and only refreshes it when the index generation changed. The stock backend
  opens a new reader (and copies mmapped files) on every query.
* Writes never go through `AsyncWriter` (which silently buffers or drops updates
  when another process holds the lock): callers take the index lock
  (`archive.search.queue`) and writes retry on Whoosh's LockError.
* `run()` takes a backend-neutral `SearchRequest` (see `archive.search.query`),
  which the query service builds, and carries out the engine-neutral ranking plan
  (archive/search/plan.py). It is the engine contract of archive/search/engine.py;
  haystack's own query-string search is not used.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterable

from haystack.backends import BaseEngine
from haystack.backends.whoosh_backend import WhooshSearchBackend, WhooshSearchQuery
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from whoosh import query as wq
from whoosh.fields import DATETIME, NUMERIC, Schema
from whoosh.fields import ID as WHOOSH_ID
from whoosh.index import EmptyIndexError, LockError
from whoosh.reading import SegmentReader
from whoosh.writing import NO_MERGE

from archive.search.errors import SearchUnavailable
from archive.search.plan import build_plan
from archive.search.query import SearchResult
from archive.search.whoosh.bitsets import DocSets, per_segment
from archive.search.whoosh.codec import archive_codec
from archive.search.whoosh.fields import SpacedKeywords, SpacedText
from archive.search.whoosh.ranking import (
    SaturatedTfIdf,
    document_frequency,
    main_matches,
    ranked,
    text_vocabulary,
)
from archive.search.whoosh.similar import similar_documents
from archive.search.whoosh.storage import PreadStorage

log = logging.getLogger("archive.search")

# Whoosh's in-memory posting pool per writer: a 2,000-article batch fits, so commits
# don't spill sorted runs to disk and read them back (that was a third of indexing time).
WRITER_MEMORY_MB = 512

# Batches at least this large are committed as their own segment, without merging.
BULK_SEGMENT_DOCS = 500


# One searcher per index directory per process, shared by every thread. haystack keeps
# a backend per thread; a searcher per backend made a threaded server (runserver,
# gunicorn gthread) open the index, its bitsets and its date order again in each
# request thread, and never free them (about 540 MB a request at 37k articles).
# Whoosh searchers are not made for concurrent use, so reads take this lock; under the
# GIL, pure-Python search work gains nothing from running two at once anyway.
_READ_LOCK = threading.RLock()
_SEARCHERS: dict[str, object] = {}
# Whether the index changed is asked of the disk (a directory listing) at most this often:
# one search asks the vocabulary a few hundred times (slip correction), each asking for
# the searcher. Writes made by this process are seen at once (see _changed).
SEARCHER_RECHECK_SECONDS = 0.1
_CHECKED: dict[str, float] = {}


def _changed(path: str) -> None:
    """This process wrote to the index: the next read looks for the new generation."""
    _CHECKED.pop(path, None)


# Interactive commits fold segments smaller than this into the new one and leave the
# large bulk segments alone: Whoosh's own MERGE_SMALL sometimes picked a bulk segment
# and rewrote it inside an editor's request (minutes, past gunicorn's timeout).
SMALL_SEGMENT_DOCS = 300
# ... and no more documents than this in one such merge (merging is pure Python: an
# editor's save must stay well inside a request's time).
MERGE_DOCS_PER_COMMIT = 1000


def merge_small_segments(writer, segments):
    keep = []
    small = []
    total = 0
    for seg in sorted((s for s in segments if s.doc_count_all() < SMALL_SEGMENT_DOCS), key=lambda s: s.doc_count_all()):
        if total + seg.doc_count_all() > MERGE_DOCS_PER_COMMIT:
            break
        small.append(seg)
        total += seg.doc_count_all()
    if len(small) < 2:
        return segments
    for seg in segments:
        if seg in small:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
        else:
            keep.append(seg)
    return keep


def merge_smallest(max_segments: int):
    """A Whoosh merge policy: the smallest segments become one, so that at most
    `max_segments` are left (1: everything, as Whoosh's optimize). Merging costs in
    proportion to the documents it rewrites, so the large segments stay as they are."""

    def policy(writer, segments):
        if len(segments) <= max_segments:
            return segments
        smallest = sorted(segments, key=lambda s: s.doc_count_all())[: len(segments) - max_segments + 1]
        for seg in smallest:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
        return [seg for seg in segments if seg not in smallest]

    return policy


class ArchiveWhooshBackend(WhooshSearchBackend):
    # --- schema and storage ---------------------------------------------------------

    def setup(self):
        super().setup()
        # Reopen on storage without mmap: mapping copies whole segment files per reader.
        self.storage = PreadStorage(self.path, supports_mmap=False)
        try:
            self.index = self.storage.open_index(schema=self.schema)
        except EmptyIndexError:
            self.index = self.storage.create_index(self.schema)

    def build_schema(self, fields):
        schema_fields = {
            ID: WHOOSH_ID(stored=True, unique=True),
            DJANGO_CT: WHOOSH_ID(stored=True),
            DJANGO_ID: WHOOSH_ID(stored=True),
        }
        content_field_name = ""
        for field in fields.values():
            name = field.index_fieldname
            if field.field_type == "analysed":
                # Positions kept for phrase queries; nothing stored (snippets come from the DB).
                schema_fields[name] = SpacedText(phrase=field.phrase, stored=False)
            elif field.field_type == "tokens":
                schema_fields[name] = SpacedKeywords(lowercase=False, commas=False, scorable=True, stored=False)
            elif field.field_type == "facet":
                schema_fields[name] = WHOOSH_ID(stored=True, sortable=True)
            elif field.field_type in ("date", "datetime"):
                schema_fields[name] = DATETIME(stored=True, sortable=True)
            elif field.field_type == "integer":
                schema_fields[name] = NUMERIC(stored=True, numtype=int, sortable=True)
            else:
                schema_fields[name] = SpacedText(stored=field.stored)
            if field.document:
                content_field_name = name
        return content_field_name, Schema(**schema_fields)

    # --- writing ------------------------------------------------------------------------

    def _writer(self, bulk: bool = False, attempts: int = 50):
        """A real writer; waits for Whoosh's lock instead of buffering or dropping.

        Bulk batches are written by one Whoosh sub-writer per core, each into a segment
        of its own (Whoosh's writing is pure Python: one core was the limit)."""
        options = {"procs": os.cpu_count() or 1, "multisegment": True} if bulk and (os.cpu_count() or 1) > 1 else {}
        for attempt in range(attempts):
            try:
                return self.index.writer(limitmb=WRITER_MEMORY_MB, codec=archive_codec(), **options)
            except LockError:
                time.sleep(min(0.05 * (attempt + 1), 0.5))
        raise LockError(f"Whoosh index at {self.path} stayed locked")

    def update(self, index, iterable, commit=True):
        if not self.setup_complete:
            self.setup()
        docs = []
        for obj in iterable:
            try:
                doc = index.full_prepare(obj)
            except SkipDocument:
                continue
            doc.pop("boost", None)
            # Unknown dates stay out of the document rather than becoming a bogus value.
            docs.append({k: self._from_python(v) for k, v in doc.items() if v is not None})
        if not docs:
            return
        self.index = self.index.refresh()
        bulk = len(docs) >= BULK_SEGMENT_DOCS
        writer = self._writer(bulk=bulk)
        try:
            # One delete pass, then plain adds: Whoosh's update_document opens a new
            # reader for every document, which dominated bulk indexing time.
            if self.index.doc_count_all():
                writer.delete_by_query(wq.Or([wq.Term(ID, doc[ID]) for doc in docs]))
            for doc in docs:
                writer.add_document(**doc)
        except Exception:
            writer.cancel()
            raise
        # Bulk batches become segments of their own: merging them rewrites every posting
        # in Python (minutes at full size). Small, interactive batches are merged into
        # each other (Whoosh's MERGE_SMALL) so editors' saves don't pile up segments.
        writer.commit(mergetype=NO_MERGE if bulk else merge_small_segments)
        _changed(self.path)

    def remove_identifiers(self, identifiers: Iterable[str]) -> None:
        """Delete documents by haystack identifier ('archive.article.12'), in one commit."""
        if not self.setup_complete:
            self.setup()
        identifiers = list(identifiers)
        if not identifiers:
            return
        self.index = self.index.refresh()
        writer = self._writer()
        try:
            writer.delete_by_query(wq.Or([wq.Term(ID, identifier) for identifier in identifiers]))
        except Exception:
            writer.cancel()
            raise
        writer.commit()
        _changed(self.path)

    # --- the engine contract's writing side (archive/search/engine.py) -----------------

    def optimize(self, max_segments: int = 1) -> tuple[int, int]:
        """Merge the smallest segments into one until at most `max_segments` are left;
        (segments before, after). The caller holds the writer lock."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        before = len(self.index._segments())
        if before > max_segments:
            writer = self._writer()
            writer.commit(mergetype=merge_smallest(max_segments))
            _changed(self.path)
            self.index = self.index.refresh()
        return before, len(self.index._segments())

    def index_articles(self, articles) -> None:
        from haystack import connections

        from archive.models import Article

        self.update(connections[self.connection_alias].get_unified_index().get_index(Article), articles)

    def remove_articles(self, article_ids) -> None:
        self.remove_identifiers(f"archive.article.{pk}" for pk in article_ids)

    def remove(self, obj_or_string, commit=True):
        self.remove_identifiers([get_identifier(obj_or_string)])

    def delete_index(self):
        super().delete_index()
        with _READ_LOCK:
            _SEARCHERS.pop(self.path, None)
            _changed(self.path)

    # --- reading --------------------------------------------------------------------------

    def _read_schema(self):
        """The schema, without creating anything: readers must not make an empty index."""
        if self.setup_complete:
            return self.schema
        from haystack import connections

        return self.build_schema(connections[self.connection_alias].get_unified_index().all_searchfields())[1]

    def _read_index(self):
        """The index opened read-only, without memory maps: a segment file truncated or
        replaced under a mapping kills the process with SIGBUS, while a plain read of a
        damaged file raises an error that becomes "search is being rebuilt"."""
        if not os.path.isdir(self.path):
            raise SearchUnavailable(f"no search index at {self.path}")
        try:
            return PreadStorage(self.path, supports_mmap=False, readonly=True).open_index(schema=self._read_schema())
        except EmptyIndexError as exc:
            raise SearchUnavailable(f"no search index at {self.path}") from exc

    def searcher(self):
        """This process's searcher, refreshed only when the index has changed."""
        with _READ_LOCK:
            current = _SEARCHERS.get(self.path)
            now = time.monotonic()
            if current is not None and now - _CHECKED.get(self.path, -1e9) < SEARCHER_RECHECK_SECONDS:
                return current
            _CHECKED[self.path] = now
            if current is None:
                current = self._read_index().searcher(weighting=SaturatedTfIdf())
            else:
                try:
                    if not current.up_to_date():
                        current = current.refresh()
                except Exception:  # noqa: BLE001 - any failure: start afresh, never keep a broken searcher
                    # A concurrent commit deleted a segment between Whoosh listing and opening
                    # it; Whoosh then closes the old reader twice (ReaderClosed on every later
                    # refresh). A new searcher reads the new generation; if that fails too,
                    # the error reaches the caller as "search is being rebuilt".
                    _SEARCHERS.pop(self.path, None)
                    current = self._read_index().searcher(weighting=SaturatedTfIdf())
            _SEARCHERS[self.path] = current
            return current

    def check(self) -> int:
        """Open the index afresh and read from every segment; returns the document count.

        Raises what a damaged or missing index raises (see errors.is_index_error). The
        shared searcher may still hold files that were truncated or deleted since it
        opened them, so health does not ask it.
        """
        with self._read_index().searcher() as searcher:
            for reader, _offset in searcher.reader().leaf_readers():
                reader.doc_frequency("language", "vi")  # the term dictionary
                next(iter(reader.all_stored_fields()), None)  # the stored fields
            return searcher.doc_count()

    def indexed_ids(self) -> set[int]:
        with _READ_LOCK:
            searcher = self.searcher()
            return {int(fields[DJANGO_ID]) for fields in searcher.reader().all_stored_fields()}

    def schema_current(self) -> bool:
        """The fields stored in the index's table of contents against the declared ones."""
        if not os.path.isdir(self.path):
            raise SearchUnavailable(f"no search index at {self.path}")
        try:
            stored = PreadStorage(self.path, supports_mmap=False, readonly=True).open_index().schema
        except EmptyIndexError as exc:
            raise SearchUnavailable(f"no search index at {self.path}") from exc
        return set(stored.names()) == set(self._read_schema().names())

    FACET_FIELDS = ("language", "year", "source", "series")

    # --- vocabulary (for the query service's slip correction) ----------------------------

    def document_frequency(self, field_name: str, term: str) -> int:
        with _READ_LOCK:
            return document_frequency(self.searcher(), field_name, term)

    def warm_up(self) -> None:
        """Open the searcher and build what the first search would wait for (date order,
        the word list for slip correction), under the read lock like every other read:
        the searcher's files are shared, and two threads reading them at once read garbage."""
        with _READ_LOCK:
            searcher = self.searcher()
            if searcher.doc_count():
                self.docsets(searcher).date_order()
                self.knows("asean")

    def documents_with_all(self, field_name: str, terms: list[str]) -> int:
        """How many documents hold every one of these terms (bitsets, cached per generation)."""
        with _READ_LOCK:
            searcher = self.searcher()
            return self.docsets(searcher).all_of([wq.Term(field_name, t) for t in terms]).bit_count()

    def phrase_documents(self, words: list[str]) -> int:
        """How many documents hold these words in this order, punctuation between them or not."""
        with _READ_LOCK:
            searcher = self.searcher()
            return self.docsets(searcher).bits(wq.Phrase("text", list(words))).bit_count()

    def knows(self, term: str) -> bool:
        """Whether any document holds this word (folded), from per-segment vocabularies
        (kept across generations: a save adds a small segment, not a new vocabulary)."""
        with _READ_LOCK:
            return any(
                term in per_segment(reader, "vocabulary", text_vocabulary)
                for reader, _offset in self.searcher().reader().leaf_readers()
            )

    def docsets(self, searcher):
        """Bitsets for this searcher's generation (rebuilt when the searcher is refreshed)."""
        cached = getattr(searcher, "_archive_docsets", None)
        if cached is None:
            cached = searcher._archive_docsets = DocSets(searcher)
        return cached

    def run(self, request) -> SearchResult:
        """Execute a `SearchRequest`: the page's article ids, the total, and facet counts.

        Matching and counting use cached bitsets (see bitsets.py); ranking goes tier
        by tier (archive/search/plan.py, carried out in ranking.py), scoring only the
        signal terms, and stops as soon as the page is full.
        """
        with _READ_LOCK:
            return self._run(self.searcher(), request)

    def _run(self, searcher, request) -> SearchResult:
        if searcher.doc_count() == 0:
            return SearchResult([], 0, {})
        plan = build_plan(request)
        sets = self.docsets(searcher)
        base = sets.all_of([*plan.filters, *plan.meetings])
        main = main_matches(sets, plan, base)
        alternatives = 0
        for alt in plan.alternatives:
            alternatives |= sets.all_of(alt.required) & base
        alt_only = alternatives & ~main
        matched = main | alt_only
        total = matched.bit_count()
        facets = {f: sets.facet_counts(matched, f) for f in self.FACET_FIELDS} if request.facets else {}
        end = request.page * request.page_size
        start = (request.page - 1) * request.page_size
        if not total or start >= total:
            return SearchResult([], total, facets, alt_only.bit_count())
        if not plan.words and not plan.alternatives or request.sort in ("newest", "oldest"):
            docnums = sets.newest(matched, end, oldest=request.sort == "oldest")
        else:
            docnums = ranked(searcher, sets, plan, main, alt_only, end)
        ids = [int(searcher.stored_fields(d)[DJANGO_ID]) for d in docnums[start:end]]
        return SearchResult(ids, total, facets, alt_only.bit_count())

    def similar(self, article_id: int, text: str, limit: int, language: str | None = None) -> list[int]:
        """Articles sharing the most of this article's distinctive terms (see similar.py)."""
        with _READ_LOCK:
            searcher = self.searcher()
            if searcher.doc_count() == 0:
                return []
            # One more: the article itself, if indexed, is the best match of its own words.
            docnums = similar_documents(searcher, self.docsets(searcher), text, language, limit + 1)
            ids = [int(searcher.stored_fields(d)[DJANGO_ID]) for d in docnums]
        return [pk for pk in ids if pk != article_id][:limit]


class ArchiveWhooshEngine(BaseEngine):
    backend = ArchiveWhooshBackend
    query = WhooshSearchQuery
