"""The one write path for articles: `prepare` each row, then `store` a batch.

    prepare  clean and validate every field (archive.ingest.clean), resolve the meetings,
             people and organisations a row names, choose the language and hash the
             text; only for new or changed text, segment it and find its mentions
             (`prepare_text`, pure: the importer runs it in worker processes)
    store    compare with what is stored (create / update / metadata only / unchanged),
             allocate slugs, write in bulk, link meetings, people, organisations and
             raw captures, and queue the index updates, in one transaction

Every entry point goes through here: the bulk importer (pipeline.py keeps only the
streaming, the worker pool and the batching), add-from-link (links.py), an editor's
save (`Article.save` runs `prepare_text` and the admin links what it found with
`link_mentions`), and re-detection (`redetect`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.db import DatabaseError, transaction
from django.utils import timezone

from archive import analysis
from archive.ingest.captures import store_captures
from archive.ingest.detect import Detection, Detector, apply_detection, get_detector
from archive.ingest.records import Failure, Record, RecordError, clean_record
from archive.models import Article, Meeting, free_slugs, make_slug
from archive.search import queue
from archive.search.documents import analysis_key, compute_analysis
from archive.search.lexicon import Lexicon, get_lexicon

log = logging.getLogger("archive.ingest")

# Fields a re-import may change without re-analysing the text.
STORED_META = ("published", "source_name", "byline", "keywords", "status")
META_FIELDS = [*STORED_META, "updated"]
TEXT_FIELDS = ["title", "lead", "body", "language", "analysis", "analysis_key", *META_FIELDS]
SLUG_MAX = Article.slug_max_length - 5  # room for a '-2' suffix


# --- the text: language, analysis, mentions (no database) ---------------------------------


@dataclass
class TextContext:
    """What text preparation needs from the archive, read once: safe to hand to worker processes."""

    thai_words: tuple[str, ...] = ()
    detector: Detector | None = None
    segment: bool = True  # False for a dry run: language and hash only
    slugs: bool = False  # make the slug of new articles here (romanising Thai is CPU work)

    @classmethod
    def current(cls, lexicon: Lexicon | None = None, *, detect: bool = True, **options) -> TextContext:
        lexicon = lexicon or get_lexicon()
        return cls(lexicon.thai_words, get_detector(lexicon) if detect else None, **options)


@dataclass
class PreparedText:
    """What text preparation found; not the text itself (the caller has it: the importer's
    workers send this back to the parent, and an unchanged article costs a few bytes)."""

    language: str
    key: str  # analysis_key of the text
    unchanged: bool  # the stored analysis is this text's: nothing was segmented
    analysis: dict | None = None
    detection: Detection | None = None
    slug_base: str = ""


def prepare_text(
    title: str,
    lead: str,
    body: str,
    context: TextContext,
    *,
    language: str = "",
    stored_language: str = "",
    stored_key: str = "",
    detect: bool = False,
) -> PreparedText:
    """Choose the language, hash, and (for new or changed text) analyse and detect mentions.

    Fields come cleaned (clean_article_fields). An unchanged text costs a sha256: the
    stored language is tried first and detection runs only for new or changed text.
    `detect` finds the mentions even when the text is unchanged (an editor's save,
    re-detection). Raises RecordError for a text that cannot be an article.
    """
    if not title:
        raise RecordError("missing title")
    if not body:
        raise RecordError("empty body")
    chosen = language or stored_language
    key = analysis_key(title, lead, body, chosen, context.thai_words) if chosen else ""
    if not (stored_key and key == stored_key) and not language:
        chosen = analysis.detect_language(f"{title}\n{body}")
        key = analysis_key(title, lead, body, chosen, context.thai_words)
    result = PreparedText(chosen, key, unchanged=bool(stored_key) and key == stored_key)
    if result.unchanged or not context.segment:
        detect = detect and context.segment
    else:
        result.analysis = compute_analysis(title, lead, body, chosen, context.thai_words)
        detect = True
        if context.slugs and not stored_key:
            result.slug_base = make_slug(title, max_length=SLUG_MAX)
    if detect and context.detector is not None:
        result.detection = context.detector.detect(title, lead, body)
        if result.analysis is not None:
            result.analysis["mentions"] = result.detection.mentions  # the index reads them
    return result


def apply_text(article: Article, prepared: PreparedText) -> bool:
    """Put a prepared text's language, analysis and mentions on an article (prepared with the
    article's `stored_key`, so an unchanged text keeps its stored analysis).
    -> whether the stored analysis changes."""
    article.language = prepared.language
    changed = False
    if prepared.analysis is not None:
        article.analysis, article.analysis_key, changed = prepared.analysis, prepared.key, True
    mentions = prepared.detection.mentions if prepared.detection is not None else None
    if mentions is not None and article.analysis.get("mentions") != mentions:
        article.analysis["mentions"], changed = mentions, True
    return changed


def held_analysis_key(article: Article) -> str:
    """The key of the analysis an article holds ('' when it holds none: analyse it)."""
    return article.analysis_key if article.analysis else ""


# --- a row: cleaned fields and the names it gives (the parent, with the database) ----------


class NameResolver:
    """Meetings, people and organisations as an input row names them -> ids.

    Meetings by slug or as written ('AMEM 38'); people and organisations by slug (as
    export_articles writes them). Unknown names are warnings: the row is kept.
    """

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or get_lexicon()
        self.meetings = dict(Meeting.objects.values_list("slug", "id"))
        self._slugs: dict[str, dict[str, int]] = {}

    def meeting(self, name: str) -> int | None:
        key = name.strip().lower()
        if key in self.meetings:
            return self.meetings[key]
        mentions = self.lexicon.matcher.find(name)
        if len(mentions) == 1:
            ref = self.lexicon.meeting_for_token(mentions[0].token)
            if ref:
                return ref.id
        return None

    def by_slug(self, kind: str, slugs: Iterable[str], warnings: list[str]) -> set[int]:
        from archive.models import Organization, Person

        if kind not in self._slugs:
            model = Person if kind == "people" else Organization
            self._slugs[kind] = dict(model.objects.values_list("slug", "id"))
        ids = set()
        for slug in slugs:
            if slug in self._slugs[kind]:
                ids.add(self._slugs[kind][slug])
            else:
                warnings.append(f"unknown {kind} slug {slug!r} (not linked)")
        return ids


@dataclass
class PreparedArticle:
    record: Record  # cleaned
    source: str = ""
    meeting_ids: set[int] = field(default_factory=set)
    person_ids: set[int] = field(default_factory=set)
    organization_ids: set[int] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    text: PreparedText | None = None
    existing: dict | None = None  # the stored article's id, key, language, metadata and links
    action: str = ""  # create | update | meta | unchanged
    article_id: int | None = None  # once stored

    @property
    def origin(self) -> str:
        return self.record.origin


def prepare_fields(record: Record, resolver: NameResolver, default_source: str = "") -> PreparedArticle:
    """Clean and validate every field (raises RecordError) and resolve the names the row gives."""
    record = clean_record(record)  # idempotent: a record cleaned by its reader stays the same
    warnings = list(record.warnings)
    meeting_ids = set()
    for name in record.meetings:
        meeting_id = resolver.meeting(name)
        if meeting_id is None:
            warnings.append(f"unknown meeting {name!r} (not linked)")
        else:
            meeting_ids.add(meeting_id)
    return PreparedArticle(
        record=record,
        source=record.source or default_source,
        meeting_ids=meeting_ids,
        person_ids=resolver.by_slug("people", record.people, warnings),
        organization_ids=resolver.by_slug("organizations", record.organizations, warnings),
        warnings=warnings,
    )


def prepare(
    record: Record,
    *,
    resolver: NameResolver | None = None,
    context: TextContext | None = None,
    default_source: str = "",
) -> PreparedArticle:
    """One row, whole: fields, what is stored under its address, then the text."""
    prepared = prepare_fields(record, resolver or NameResolver(), default_source)
    lookup([prepared])
    prepare_row_text(prepared, context or TextContext.current(slugs=True))
    return prepared


def text_arguments(prepared: PreparedArticle, language: str = "") -> tuple:
    """prepare_text's arguments for a row (picklable: the importer sends them to workers)."""
    existing = prepared.existing or {}
    r = prepared.record
    return (
        r.title,
        r.lead,
        r.body,
        language or r.language,
        existing.get("language", ""),
        existing.get("analysis_key", ""),
    )


def prepare_row_text(prepared: PreparedArticle, context: TextContext, language: str = "") -> None:
    title, lead, body, given, stored_language, key = text_arguments(prepared, language)
    prepared.text = prepare_text(
        title, lead, body, context, language=given, stored_language=stored_language, stored_key=key
    )


# --- what is stored, and storing ------------------------------------------------------------


def lookup(batch: list[PreparedArticle]) -> None:
    """What the archive holds under each row's address: one query for the batch (two with links)."""
    existing = {
        e["source_url"]: e
        for e in Article.objects.filter(source_url__in=[p.record.url for p in batch]).values(
            "id", "source_url", "analysis_key", "language", *STORED_META
        )
    }
    with_meetings = [existing[p.record.url]["id"] for p in batch if p.meeting_ids and p.record.url in existing]
    linked: dict[int, set[int]] = {}
    if with_meetings:
        for article_id, meeting_id in Article.meetings.through.objects.filter(article_id__in=with_meetings).values_list(
            "article_id", "meeting_id"
        ):
            linked.setdefault(article_id, set()).add(meeting_id)
    for p in batch:
        p.existing = existing.get(p.record.url)
        if p.existing is not None:
            p.existing["linked"] = linked.get(p.existing["id"], set())
        p.article_id = p.existing["id"] if p.existing else None


def stored_metadata(prepared: PreparedArticle, status: str, stored: Mapping | None = None) -> dict:
    """The metadata to store; a field the row leaves empty keeps its stored value."""
    stored = stored or {}
    r = prepared.record
    return {
        "published": r.published or stored.get("published"),
        "source_name": prepared.source or stored.get("source_name", ""),
        "byline": r.byline or stored.get("byline", ""),
        "keywords": "\n".join(r.keywords) or stored.get("keywords", ""),
        "status": r.status or status,
    }


@dataclass
class StoreResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    links: int = 0
    failures: list[Failure] = field(default_factory=list)

    def count(self, action: str) -> None:
        if action == "create":
            self.created += 1
        elif action in ("update", "meta"):
            self.updated += 1
        else:
            self.unchanged += 1

    def fail(self, failure: Failure) -> None:
        self.failures.append(failure)


class Store:
    """Writes prepared articles in batches; one per import (it remembers the slugs it gave)."""

    def __init__(self, status: str = Article.Status.PUBLISHED, drain_after_commit: bool = False):
        self.status = status
        # An import drains the index queue itself, in large batches; one article's caller
        # (add-from-link) has it applied after the commit, like a save.
        self.drain_after_commit = drain_after_commit
        self.reserved_slugs: set[str] = set()

    def classify(self, prepared: PreparedArticle) -> None:
        """create / update (text changed) / meta (only metadata or links) / unchanged."""
        e = prepared.existing
        if e is None:
            prepared.action = "create"
        elif not prepared.text.unchanged:
            prepared.action = "update"
        else:
            same_meta = stored_metadata(prepared, self.status, e) == {k: e[k] for k in STORED_META}
            same_links = prepared.meeting_ids <= e.get("linked", set())
            prepared.action = "unchanged" if same_meta and same_links else "meta"

    def store(self, batch: list[PreparedArticle]) -> StoreResult:
        """Write a batch in one transaction. If the database refuses it (another writer took a
        URL or slug meanwhile, a value out of range), write it row by row: only the offending
        rows fail, reported with their origin."""
        result = StoreResult()
        for prepared in batch:
            self.classify(prepared)
        try:
            with transaction.atomic():
                result.links = self._write(batch)
        except (DatabaseError, OverflowError, ValueError) as exc:
            log.info("batch write refused (%r); writing its %d rows one by one", exc, len(batch))
            result.links = 0
            written = []
            for prepared in batch:
                lookup([prepared])  # someone may have written or deleted this address meanwhile
                if prepared.existing and prepared.action == "create":
                    prepared.action = "update"
                elif not prepared.existing and prepared.action != "create":
                    result.fail(Failure(prepared.origin, "the stored article was deleted meanwhile"))
                    continue
                try:
                    with transaction.atomic():
                        result.links += self._write([prepared])
                except (DatabaseError, OverflowError, ValueError) as row_exc:
                    result.fail(Failure(prepared.origin, f"database error: {row_exc}"[:500]))
                    continue
                written.append(prepared)
            batch = written
        for prepared in batch:
            result.count(prepared.action)
        return result

    def _write(self, batch: list[PreparedArticle]) -> int:
        now = timezone.now()
        creates = [p for p in batch if p.action == "create"]
        changes = [p for p in batch if p.action in ("update", "meta")]

        new_articles = [
            Article(
                title=p.record.title,
                slug=slug,
                lead=p.record.lead,
                body=p.record.body,
                language=p.text.language,
                source_url=p.record.url,
                analysis=p.text.analysis,
                analysis_key=p.text.key,
                **stored_metadata(p, self.status),
            )
            for p, slug in zip(creates, self.slugs(creates), strict=True)
        ]
        Article.objects.bulk_create(new_articles, batch_size=100)
        for p, article in zip(creates, new_articles, strict=True):
            p.article_id = article.pk

        if changes:
            stored = {
                a.pk: a for a in Article.objects.filter(pk__in=[p.article_id for p in changes]).only("id", *STORED_META)
            }
            changed_text, changed_meta = [], []
            for p in changes:
                article = stored[p.article_id]
                current = {k: getattr(article, k) for k in STORED_META}
                for name, value in stored_metadata(p, self.status, current).items():
                    setattr(article, name, value)
                article.updated = now
                if p.action == "update":
                    article.title, article.lead, article.body = p.record.title, p.record.lead, p.record.body
                    article.language, article.analysis, article.analysis_key = (
                        p.text.language,
                        p.text.analysis,
                        p.text.key,
                    )
                    changed_text.append(article)
                else:
                    changed_meta.append(article)
            Article.objects.bulk_update(changed_text, TEXT_FIELDS, batch_size=50)
            Article.objects.bulk_update(changed_meta, META_FIELDS, batch_size=200)

        written = [p for p in batch if p.action != "unchanged"]
        found: dict[int, Detection] = {}
        for p in written:
            detection = p.text.detection or Detection()
            detection.meeting_ids |= p.meeting_ids
            detection.person_ids |= p.person_ids
            found[p.article_id] = detection
        org_links = [
            Article.organizations.through(article_id=p.article_id, organization_id=o)
            for p in written
            for o in sorted(p.organization_ids)
        ]
        Article.organizations.through.objects.bulk_create(org_links, ignore_conflicts=True)
        store_captures([(p.article_id, p.record.capture) for p in batch if p.record.capture and p.article_id])
        # The index learns of every change in the same transaction; the caller drains.
        return link_mentions(found, drain_after_commit=self.drain_after_commit)

    def slugs(self, creates: list[PreparedArticle]) -> list[str]:
        """A free slug per new article: the row's own (a restore keeps permalinks), else from the title."""
        bases = [p.record.slug or p.text.slug_base or make_slug(p.record.title, max_length=SLUG_MAX) for p in creates]
        return free_slugs(Article.objects.all(), bases, self.reserved_slugs)


def store(batch: list[PreparedArticle], status: str = Article.Status.PUBLISHED) -> StoreResult:
    """One batch, its index updates applied after the commit (an import uses one `Store`)."""
    return Store(status, drain_after_commit=True).store(batch)


def link_mentions(found: Mapping[int, Detection], drain_after_commit: bool = True) -> int:
    """Link articles to what they mention (links are only added; an editor's stay) and queue
    them for the index: bulk link writes send no m2m signal. -> the number of new links."""
    links = apply_detection(found)
    queue.enqueue(found, drain_after_commit=drain_after_commit)
    return links


def redetect(articles: Iterable[Article]) -> int:
    """Find the mentions of saved articles again and link them (admin action, `redetect_mentions`);
    a stale analysis (the text, or the archive's Thai words, changed since) is stored anew."""
    context = TextContext.current()
    articles = list(articles)
    found: dict[int, Detection] = {}
    stale = []
    for a in articles:
        prepared = prepare_text(
            a.title, a.lead, a.body, context, language=a.language, stored_key=held_analysis_key(a), detect=True
        )
        if apply_text(a, prepared):
            stale.append(a)
        found[a.pk] = prepared.detection
    with transaction.atomic():
        Article.objects.bulk_update(stale, ["analysis", "analysis_key"], batch_size=100)
        return link_mentions(found)


__all__ = [
    "NameResolver",
    "PreparedArticle",
    "PreparedText",
    "Store",
    "StoreResult",
    "TextContext",
    "apply_text",
    "link_mentions",
    "lookup",
    "prepare",
    "prepare_fields",
    "prepare_row_text",
    "prepare_text",
    "redetect",
    "store",
    "held_analysis_key",
    "text_arguments",
]
