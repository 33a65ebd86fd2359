"""django-haystack backend for Elasticsearch 7 and OpenSearch 1.x/2.x, over plain HTTP JSON.

It carries out the engine contract (archive/search/engine.py) like the Whoosh engine:
`run()` takes a `SearchRequest` and sends the body query.py builds from the ranking
plan; haystack's own query-string search is not used. `requests` speaks to the
cluster (no client library: the REST API used here is the same on ES 7 and OpenSearch).

The index name of SEARCH_URL is an alias. `clear()` (`manage.py clear_index`, and the
first half of `rebuild_index`) builds a new `<name>-<timestamp>` index, bulk-loads
every article into it and moves the alias in one `_aliases` call, so searches never
see an empty index; the old index is deleted after. haystack's `update_index` then
re-sends every document (idempotent; haystack has no hook to skip it).

Not run against a cluster in this repository (none can be installed here): see
docs/deploy.md for how to verify it on one.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Iterable

import requests
from haystack import connections
from haystack.backends import BaseEngine, BaseSearchBackend, BaseSearchQuery
from haystack.constants import ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier

from archive.search.elastic import mapping, query
from archive.search.engine import subject_terms
from archive.search.errors import SearchUnavailable
from archive.search.plan import Phrase, Term, build_plan
from archive.search.query import SearchResult

log = logging.getLogger("archive.search")

# Vocabulary answers (slip correction asks a few hundred per search) are kept this long;
# this process's own writes forget them at once.
VOCABULARY_SECONDS = 60.0
REBUILD_BATCH = 1000
REBUILD_LOCK_TIMEOUT = 600.0


class ElasticError(RuntimeError):
    """The cluster refused a request (a bug or a misconfiguration, not an outage)."""


def to_source(doc: dict) -> dict:
    """A haystack-prepared document as the JSON source: no empty fields (a missing
    `published` sorts last), dates in ISO 8601 (with their offset when aware)."""
    source = {}
    for key, value in doc.items():
        if value is None or key == "boost":
            continue
        source[key] = value.isoformat() if isinstance(value, dt.date) else value
    return source


def bulk_body(index: str, docs: Iterable[dict] = (), deletes: Iterable[str] = ()) -> str:
    """NDJSON for `POST /_bulk`: index each document under its haystack identifier,
    delete the given identifiers."""
    lines = []
    for doc in docs:
        lines.append(json.dumps({"index": {"_index": index, "_id": doc[ID]}}))
        lines.append(json.dumps(to_source(doc), ensure_ascii=False))
    lines += [json.dumps({"delete": {"_index": index, "_id": identifier}}) for identifier in deletes]
    return "\n".join(lines) + "\n" if lines else ""


def alias_actions(alias: str, old: Iterable[str], new: str) -> dict:
    """The body of `POST /_aliases`: applied atomically, so the alias always names one index."""
    actions = [{"remove": {"index": name, "alias": alias}} for name in old if name != new]
    return {"actions": [*actions, {"add": {"index": new, "alias": alias}}]}


def new_index_name(alias: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    return f"{alias}-{now:%Y%m%d%H%M%S%f}"


class ElasticBackend(BaseSearchBackend):
    def __init__(self, connection_alias, **options):
        super().__init__(connection_alias, **options)
        self.url = options["URL"].rstrip("/")
        self.alias = options["INDEX_NAME"]
        self.replicas = int(options.get("REPLICAS", 0))
        self.session = requests.Session()
        self.session.verify = options.get("VERIFY", True)
        if options.get("HTTP_AUTH"):
            self.session.auth = tuple(options["HTTP_AUTH"])
        self._vocabulary: dict[tuple, tuple[float, int]] = {}
        self._ensured = False

    # --- HTTP ------------------------------------------------------------------------------

    def _call(self, method: str, path: str, body=None, params=None, missing_ok: bool = False):
        """One request; JSON answer. An unreachable cluster or a missing index becomes
        `SearchUnavailable` (the pages answer "search is being rebuilt")."""
        kwargs = {"params": params, "timeout": self.timeout}
        if isinstance(body, str):
            kwargs.update(data=body.encode(), headers={"Content-Type": "application/x-ndjson"})
        elif body is not None:
            kwargs["json"] = body
        try:
            response = self.session.request(method, f"{self.url}/{path}", **kwargs)
        except requests.RequestException as exc:
            raise SearchUnavailable(f"search cluster at {self.url} unreachable: {exc}") from exc
        if response.status_code == 404 and missing_ok:
            return None
        if response.status_code == 404 or response.status_code >= 500:
            raise SearchUnavailable(f"{method} /{path}: {response.status_code} {response.text[:300]}")
        if response.status_code >= 400:
            raise ElasticError(f"{method} /{path}: {response.status_code} {response.text[:1000]}")
        return response.json() if response.content else {}

    def _bulk(self, body: str, refresh: bool) -> None:
        if not body:
            return
        answer = self._call("POST", "_bulk", body, params={"refresh": "wait_for"} if refresh else None)
        if answer.get("errors"):
            failed = [i for item in answer["items"] for i in item.values() if i.get("error")]
            # Deleting what is not there is not an error (remove_articles is idempotent).
            failed = [i for i in failed if i.get("status") != 404]
            if failed:
                raise ElasticError(f"bulk: {len(failed)} failed, first: {failed[0]['error']}")
        self._vocabulary.clear()

    # --- the index and its alias ---------------------------------------------------------------

    def _fields(self) -> dict:
        return connections[self.connection_alias].get_unified_index().all_searchfields()

    def alias_targets(self) -> list[str]:
        answer = self._call("GET", f"_alias/{self.alias}", missing_ok=True)
        return sorted(answer or {})

    def create_index(self, bulk: bool = False) -> str:
        name = new_index_name(self.alias)
        self._call("PUT", name, mapping.index_body(self._fields(), self.replicas, bulk=bulk))
        return name

    def switch_alias(self, new: str) -> None:
        """Point the alias at `new` in one atomic call, then delete the indices it left."""
        old = self.alias_targets()
        self._call("POST", "_aliases", alias_actions(self.alias, old, new))
        for name in old:
            if name != new:
                self._call("DELETE", name, missing_ok=True)
        self._vocabulary.clear()

    def ensure_index(self) -> None:
        """Create the first index behind the alias, if there is none yet."""
        if self._ensured:
            return
        if not self.alias_targets():
            self.switch_alias(self.create_index())
        self._ensured = True

    def clear(self, models=None, commit=True):
        """Rebuild behind the alias: a new index, bulk-loaded, then the alias moved to it.
        Holds the single-writer lock meanwhile, so saves queue up and are applied after."""
        from archive.models import Article
        from archive.search import queue

        with queue.writer_lock(REBUILD_LOCK_TIMEOUT) as acquired:
            if not acquired:
                raise SearchUnavailable("the index writer stayed busy; rebuild not started")
            name = self.create_index(bulk=True)
            index = connections[self.connection_alias].get_unified_index().get_index(Article)
            queryset = index.index_queryset().order_by("pk")
            started, count = time.monotonic(), 0
            for start in range(0, queryset.count(), REBUILD_BATCH):
                docs = self._prepare(index, queryset[start : start + REBUILD_BATCH])
                self._bulk(bulk_body(name, docs), refresh=False)
                count += len(docs)
            self._call("PUT", f"{name}/_settings", {"index": {"refresh_interval": "1s"}})
            self._call("POST", f"{name}/_refresh")
            self._call("PUT", f"{name}/_settings", {"index": {"number_of_replicas": self.replicas}})
            self.switch_alias(name)
            self._ensured = True
            log.info("search index %s: %d documents in %.1f s", name, count, time.monotonic() - started)

    def delete_index(self) -> None:
        """Delete the alias and every index behind it (tests' temporary indices)."""
        for name in self.alias_targets():
            self._call("DELETE", name, missing_ok=True)
        self._ensured = False

    # --- writing ----------------------------------------------------------------------------

    @staticmethod
    def _prepare(index, objects) -> list[dict]:
        docs = []
        for obj in objects:
            try:
                docs.append(index.full_prepare(obj))
            except SkipDocument:
                continue
        return docs

    def update(self, index, iterable, commit=True):
        self.ensure_index()
        self._bulk(bulk_body(self.alias, self._prepare(index, iterable)), refresh=commit)

    def remove(self, obj_or_string, commit=True):
        self.ensure_index()
        self._bulk(bulk_body(self.alias, deletes=[get_identifier(obj_or_string)]), refresh=commit)

    def index_articles(self, articles) -> None:
        from archive.models import Article

        self.update(connections[self.connection_alias].get_unified_index().get_index(Article), articles)

    def remove_articles(self, article_ids) -> None:
        self.ensure_index()
        deletes = [f"archive.article.{pk}" for pk in article_ids]
        self._bulk(bulk_body(self.alias, deletes=deletes), refresh=True)

    def _segments(self) -> int:
        stats = self._call("GET", f"{self.alias}/_stats/segments")
        return stats["_all"]["primaries"]["segments"]["count"]

    def optimize(self, max_segments: int = 1) -> tuple[int, int]:
        """Force-merge to at most `max_segments` segments per shard; (segments before, after)."""
        before = self._segments()
        self._call("POST", f"{self.alias}/_forcemerge", params={"max_num_segments": max_segments})
        self._call("POST", f"{self.alias}/_refresh")
        return before, self._segments()

    def search(self, query_string, **kwargs):
        raise NotImplementedError("the archive searches through run(SearchRequest)")

    # --- reading ----------------------------------------------------------------------------------

    def _count(self, clauses) -> int:
        return self._call("POST", f"{self.alias}/_count", query.count_body(clauses))["count"]

    def _remembered_count(self, key: tuple, clauses) -> int:
        now = time.monotonic()
        cached = self._vocabulary.get(key)
        if cached is not None and now - cached[0] < VOCABULARY_SECONDS:
            return cached[1]
        if len(self._vocabulary) > 200_000:
            self._vocabulary.clear()
        n = self._count(clauses)
        self._vocabulary[key] = (now, n)
        return n

    def document_frequency(self, field_name: str, term: str) -> int:
        return self._remembered_count(("df", field_name, term), [Term(field_name, term)])

    def knows(self, word: str) -> bool:
        return self.document_frequency("text", word) > 0

    def documents_with_all(self, field_name: str, terms: list[str]) -> int:
        return self._remembered_count(("all", field_name, *terms), [Term(field_name, t) for t in terms])

    def phrase_documents(self, words: list[str]) -> int:
        return self._remembered_count(("phrase", *words), [Phrase("text", tuple(words))])

    def warm_up(self) -> None:
        """Open the connection (keep-alive) before the first search."""
        self.check()

    def check(self) -> int:
        """The document count behind the alias, or raise (SearchUnavailable when missing)."""
        return self._call("GET", f"{self.alias}/_count")["count"]

    def run(self, request) -> SearchResult:
        plan = build_plan(request)
        counts = [self._count(unit) for unit in plan.units] if plan.min_match and plan.words else None
        answer = self._call("POST", f"{self.alias}/_search", query.search_body(request, plan, counts))
        aggregations = answer.get("aggregations", {})
        return SearchResult(
            ids=[int(hit["_source"]["django_id"]) for hit in answer["hits"]["hits"]],
            total=answer["hits"]["total"]["value"],
            facets=query.parse_facets(aggregations) if request.facets else {},
            via_alternatives=aggregations.get("via_alternatives", {}).get("doc_count", 0),
        )

    def similar(self, article_id: int, text: str, limit: int, language: str | None = None) -> list[int]:
        """Articles sharing the most of this one's distinctive terms (query.similar_body)."""
        terms = subject_terms(text)
        if not any(terms.values()):
            return []
        body = query.similar_body(f"archive.article.{article_id}", terms, limit, language)
        answer = self._call("POST", f"{self.alias}/_search", body)
        return [int(hit["_source"]["django_id"]) for hit in answer["hits"]["hits"]]


class ElasticEngine(BaseEngine):
    backend = ElasticBackend
    query = BaseSearchQuery
