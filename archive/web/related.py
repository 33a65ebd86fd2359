"""Related articles on the article page: published articles sharing the most meetings and
people with this one (then newest), then those whose text is most alike (the engine's
`similar`: shared rare words), without repeats.

Finding them costs 3-4 ms (most of it `similar`), so each article's list is kept in the
shared cache and reused until the article itself changes or the list is a day old. It does
not wait for the content version (freshness.py), which every publish moves: a publish would
make every article's list be found again, and it changes few of them. An article published
today joins older articles' lists as they are found again, within a day; one unpublished
leaves them at once, since the cards are read from the database each time.

`refresh` finds the lists ahead of readers (manage.py refresh_related), after a bulk import.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from django.core.cache import cache
from django.db.models import Count, F, Q, QuerySet

from archive.models import Article
from archive.search import documents
from archive.search.engine import get_engine
from archive.search.errors import is_index_error
from archive.web.queries import listing

log = logging.getLogger("archive.search")

LIMIT = 5
# A list is found again when it is this old, so that newer articles join it.
MAX_AGE_SECONDS = 24 * 3600
# How long the cache holds a bucket: past that every list in it is stale anyway.
KEEP_SECONDS = 2 * MAX_AGE_SECONDS
# Lists are cached in buckets of this many articles: an entry per article would make the
# file cache (MAX_ENTRIES, random culls, a directory listing per write) churn; 256 makes
# 148 buckets at 37k articles and 590 at 150k.
BUCKET = 256


def related_articles(article: Article, limit: int = LIMIT) -> list[Article]:
    """The article's related articles as cards, from the cache when its list is current.
    If the search engine fails, the shared-links part alone, not kept."""
    key = _bucket_key(article.pk, limit)
    bucket = cache.get(key) or {}
    ids = _current(bucket.get(article.pk), article.updated)
    if ids is not None:
        return _in_order(ids)
    related, complete = _find(article, limit)
    if complete:
        # Read-modify-write: a concurrent worker's entry may be lost, and is found again.
        bucket[article.pk] = _entry(related)
        cache.set(key, bucket, KEEP_SECONDS)
    return related


def refresh(
    articles: QuerySet[Article], limit: int = LIMIT, everything: bool = False, batch: int = 500
) -> tuple[int, int]:
    """Find the lists of these articles that are missing or stale, or all of them with
    `everything`, bucket by bucket (each bucket read and written once). Only the articles
    needing a list are loaded whole. Returns (found, already current); lists the engine
    could not complete are left out."""
    stamps = dict(articles.order_by("pk").values_list("pk", "updated"))
    by_bucket: dict[str, list[int]] = {}
    for pk in stamps:
        by_bucket.setdefault(_bucket_key(pk, limit), []).append(pk)
    found = current = 0
    for key, pks in by_bucket.items():
        bucket = cache.get(key) or {}
        stale = [pk for pk in pks if everything or _current(bucket.get(pk), stamps[pk]) is None]
        current += len(pks) - len(stale)
        for start in range(0, len(stale), batch):
            for article in articles.filter(pk__in=stale[start : start + batch]).order_by("pk"):
                related, complete = _find(article, limit)
                if complete:
                    bucket[article.pk] = _entry(related)
                    found += 1
        if stale:
            cache.set(key, bucket, KEEP_SECONDS)
    return found, current


def _bucket_key(pk: int, limit: int) -> str:
    return f"related:v2:{limit}:{pk // BUCKET}"


def _entry(related: list[Article]) -> tuple[float, list[int]]:
    """What a bucket keeps for an article: when its list was found, and the list's ids."""
    return time.time(), [a.pk for a in related]


def _current(entry: tuple[float, list[int]] | None, updated: dt.datetime) -> list[int] | None:
    """The kept ids if they were found after the article's last change and within MAX_AGE_SECONDS."""
    if entry is None:
        return None
    found_at, ids = entry
    if found_at < updated.timestamp() or time.time() - found_at > MAX_AGE_SECONDS:
        return None
    return ids


def _find(article: Article, limit: int) -> tuple[list[Article], bool]:
    """(the related articles, whether the engine answered)."""
    linked = _shared_links(article, limit)
    if len(linked) >= limit:
        return _in_order(linked), True
    try:
        similar = get_engine().similar(article.pk, _similarity_text(article), limit + len(linked), article.language)
    except Exception as exc:  # noqa: BLE001 - the page renders without the similar part
        if is_index_error(exc):
            log.warning("related articles without the search engine: %s", exc)
        else:
            log.exception("related articles without the search engine")
        return _in_order(linked), False
    taken = set(linked) | {article.pk}
    candidates = linked + [pk for pk in similar if pk not in taken]
    cards = _cards(candidates)  # published only: the index may lag an unpublish
    return [cards[pk] for pk in candidates if pk in cards][:limit], True


def _cards(ids: list[int]) -> dict[int, Article]:
    # Unordered: with the default newest-first order SQLite walked the date index over every
    # published article (3 ms at 37k) instead of looking up a few primary keys (0.05 ms).
    return listing().order_by().in_bulk(ids)


def _in_order(ids: list[int]) -> list[Article]:
    """Article cards for these ids, in this order (published only)."""
    cards = _cards(ids)
    return [cards[pk] for pk in ids if pk in cards]


def _shared_links(article: Article, limit: int) -> list[int]:
    """Ids of published articles sharing meetings or people with this one: most shared first,
    then newest."""
    links = {
        "meetings": [m.pk for m in article.meetings.all()],  # prefetched by the view
        "people": [p.pk for p in article.people.all()],
    }
    # Only the relations this article has: an empty `__in` in the count emptied the whole query.
    links = {name: ids for name, ids in links.items() if ids}
    if not links:
        return []
    linked, counts = Q(), []
    for name, ids in links.items():
        linked |= Q(**{f"{name}__in": ids})
        counts.append(Count(name, filter=Q(**{f"{name}__in": ids}), distinct=True))
    return list(
        Article.objects.published()
        .filter(linked)
        .exclude(pk=article.pk)
        .annotate(shared=sum(counts[1:], counts[0]))
        .order_by("-shared", F("published").desc(nulls_last=True), "-created", "-pk")
        .values_list("pk", flat=True)[:limit]
    )


def _similarity_text(article: Article) -> str:
    """The article's `text` index field (documents.index_fields): folded title and body tokens.

    Similar articles need the words, not the exact segmentation the index used: the stored
    analysis serves even when the archive's Thai words changed since it was made, and an
    article without one (loaded from fixtures) is analysed here without them (asking the
    lexicon costs queries). Segmenting takes 4-11 ms; the result is kept with the list."""
    stored = article.analysis
    if not stored or stored.get("v") != documents.ANALYSIS_VERSION:
        stored = documents.compute_analysis(article.title, article.lead, article.body, article.language)
    return f"{stored['title']['folded']} {stored['body']['folded']}".strip()
