"""django-haystack's Whoosh backend, made fit for many processes and pre-analysed text.

What changes against haystack's stock backend, and why:

* The index receives text analysed by `archive.analysis` (tokens joined by spaces),
  so every text field uses a whitespace tokenizer: Thai and Vietnamese segmentation
  happen once, in Python, and would work the same with Solr/Elasticsearch.
* Storage does not memory-map segment files, and each process keeps one searcher
  open and only refreshes it when the index generation changed. The stock backend
  opens a new reader (and copies mmapped files) on every query.
* Writes never go through `AsyncWriter` (which silently buffers or drops updates
  when another process holds the lock): callers take the index lock
  (`archive.search.queue`) and writes retry on Whoosh's LockError.
* `run()` takes a backend-neutral `SearchRequest` (see `archive.search.query`),
  which the query service builds; haystack's query-string path still works for
  the admin and for `more_like_this`.
"""

from __future__ import annotations

import datetime
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
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.fields import DATETIME, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.fields import ID as WHOOSH_ID
from whoosh.filedb.filestore import FileStorage
from whoosh.index import EmptyIndexError, LockError

from archive.search.bitsets import DocSets

log = logging.getLogger("archive.search")

# Whoosh's in-memory posting pool per writer: a 2,000-article batch fits, so commits
# don't spill sorted runs to disk and read them back (that was a third of indexing time).
WRITER_MEMORY_MB = 512

# Batches at least this large are committed as their own segment, without merging.
BULK_SEGMENT_DOCS = 500

# Analysed text arrives as 'tok tok tok': split on spaces, nothing else.
WHITESPACE = SpaceSeparatedTokenizer()


class ArchiveWhooshBackend(WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self._searcher = None
        self._searcher_lock = threading.Lock()

    # --- schema and storage ---------------------------------------------------------

    def setup(self):
        super().setup()
        # Reopen on storage without mmap: mapping copies whole segment files per reader.
        self.storage = FileStorage(self.path, supports_mmap=False)
        try:
            self.index = self.storage.open_index(schema=self.schema)
        except EmptyIndexError:
            self.index = self.storage.create_index(self.schema)
        self._searcher = None

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
                schema_fields[name] = TEXT(analyzer=WHITESPACE, phrase=field.phrase, stored=False)
            elif field.field_type == "tokens":
                schema_fields[name] = KEYWORD(lowercase=False, commas=False, scorable=True, stored=False)
            elif field.field_type == "facet":
                schema_fields[name] = WHOOSH_ID(stored=True, sortable=True)
            elif field.field_type in ("date", "datetime"):
                schema_fields[name] = DATETIME(stored=True, sortable=True)
            elif field.field_type == "integer":
                schema_fields[name] = NUMERIC(stored=True, numtype=int, sortable=True)
            else:
                schema_fields[name] = TEXT(analyzer=WHITESPACE, stored=field.stored)
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
                return self.index.writer(limitmb=WRITER_MEMORY_MB, **options)
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
        writer.commit(merge=not bulk)

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

    def remove(self, obj_or_string, commit=True):
        self.remove_identifiers([get_identifier(obj_or_string)])

    def delete_index(self):
        super().delete_index()
        self._searcher = None

    # --- reading --------------------------------------------------------------------------

    def _read_index(self):
        """The index opened for reading through memory maps.

        Whoosh copies each segment's sub-files out of the map when a reader opens
        them; that is paid once per segment here, since the searcher is kept and
        refresh() reuses the readers of unchanged segments. Reads are then memory
        slices instead of a seek()+read() per posting block.
        """
        return FileStorage(self.path, supports_mmap=True, readonly=True).open_index(schema=self.schema)

    def searcher(self):
        """This process's searcher, refreshed only when the index has changed."""
        if not self.setup_complete:
            self.setup()
        with self._searcher_lock:
            if self._searcher is None:
                self._searcher = self._read_index().searcher()
            else:
                try:
                    if not self._searcher.up_to_date():
                        self._searcher = self._searcher.refresh()
                except (OSError, EmptyIndexError):
                    # A concurrent commit replaced the files between listing and opening.
                    self._searcher = self._read_index().searcher()
            return self._searcher

    FACET_FIELDS = ("language", "year", "source", "series")

    def docsets(self, searcher):
        """Bitsets for this searcher's generation (rebuilt when the searcher is refreshed)."""
        cached = getattr(searcher, "_archive_docsets", None)
        if cached is None:
            cached = searcher._archive_docsets = DocSets(searcher)
        return cached

    def run(self, request) -> dict:
        """Execute a `SearchRequest`: the page's article ids, the total, and facet counts.

        Counting and facets use cached bitsets (see bitsets.py). Ranking is tiered
        (see WhooshPlan.tiers): the title-phrase tier first, each tier by score; a
        later tier is scored only when the page reaches into it. Both keep Whoosh
        from scoring every match.
        """
        from archive.search.whoosh_query import build_query

        searcher = self.searcher()
        if searcher.doc_count() == 0:
            return {"ids": [], "total": 0, "facets": {}}
        plan = build_query(request)
        sets = self.docsets(searcher)
        matched = sets.all_of([*plan.required, *plan.filters])
        total = matched.bit_count()
        facets = {f: sets.facet_counts(matched, f) for f in self.FACET_FIELDS} if request.facets else {}
        end = request.page * request.page_size
        start = (request.page - 1) * request.page_size
        if not total or start >= total:
            return {"ids": [], "total": total, "facets": facets}

        if not plan.required or request.sort in ("newest", "oldest"):
            # Date order comes from the per-searcher date ordering and the match bitset.
            docnums = sets.newest(matched, end, oldest=request.sort == "oldest")
            hits = [_StoredHit(d, searcher.stored_fields(d)) for d in docnums]
        elif self._postings(searcher, plan) > FAST_PATH_POSTINGS:
            hits = self._rank_common_words(searcher, sets, plan, matched, end)
        else:
            hits, seen = [], set()
            for q in plan.tiers():
                found = searcher.search(q, filter=plan.filter, limit=end + len(seen))
                # Newer first among equal scores (undated last); a document is ranked in its best tier.
                top = _top(found)
                hits += [h for h in sorted(top, key=_score_then_newest) if h.docnum not in seen]
                seen.update(h.docnum for h in top)
                if len(hits) >= end:
                    break
        return {"ids": [int(hit[DJANGO_ID]) for hit in hits[start:end]], "total": total, "facets": facets}


    @staticmethod
    def _postings(searcher, plan) -> int:
        """How many postings scoring the query would walk (Whoosh's cost is about 2–3 µs each)."""
        return sum(searcher.doc_frequency(t.fieldname, t.text) for t in plan.words)

    def _rank_common_words(self, searcher, sets: DocSets, plan, matched: int, end: int) -> list:
        """Ranking for queries made of very common words, without walking their postings.

        Same order of evidence as the scored path, coarser within it: the query as a
        title phrase (Whoosh, driven by the short title postings), then by how many
        query words the title holds (folded, then exact), newest first within a group.
        """
        hits: list = []
        seen: set[int] = set()
        if plan.title_phrase is not None:
            meetings = [r for r in plan.required if getattr(r, "fieldname", None) == "meetings"]
            q = wq.And([plan.title_phrase, *meetings])
            for hit in sorted(_top(searcher.search(q, filter=plan.filter, limit=end)), key=_score_then_newest):
                hits.append(hit)
                seen.add(hit.docnum)
        folded = [sets.bits(wq.Term("title_f", t.text)) for t in plan.words]
        exact = [sets.bits(q) for q in plan.exact_title]
        for group in sets.by_count(matched, folded):
            for subgroup in sets.by_count(group, exact) if exact else [group]:
                if len(hits) >= end:
                    break
                for docnum in sets.newest(subgroup, end - len(hits), seen):
                    hits.append(_StoredHit(docnum, searcher.stored_fields(docnum)))
                    seen.add(docnum)
        return hits


class _StoredHit(dict):
    """A hit found without scoring: its stored fields and document number."""

    def __init__(self, docnum: int, fields: dict):
        super().__init__(fields)
        self.docnum = docnum


# Above this many postings, a query is ranked from bitsets instead of scored (about 30 ms of Whoosh work).
FAST_PATH_POSTINGS = 12_000


def _top(results) -> list:
    """The collected hits. Not list(results): that asks len(), and Whoosh re-runs the
    whole query to count every match (counts come from the bitsets instead)."""
    return [results[i] for i in range(results.scored_length())]


def _score_then_newest(hit) -> tuple:
    return (-round(hit.score, 6), hit.get("dated") != "1", -(hit.get("published") or _EPOCH).timestamp())


_EPOCH = datetime.datetime(1970, 1, 1)


class ArchiveWhooshEngine(BaseEngine):
    backend = ArchiveWhooshBackend
    query = WhooshSearchQuery
