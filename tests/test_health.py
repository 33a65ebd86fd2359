"""`GET /healthz`: the database, the search index (documents against published articles,
the queue, the last drain) and the shared cache; 200 when all answer, else 503."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.test import override_settings

from archive.models import Article, IndexTask
from archive.search import queue
from tests.factories import make_article
from tests.helpers import temporary_search_index

pytestmark = pytest.mark.django_db


class UnreachableCache(LocMemCache):
    """A cache whose server does not answer: every write fails as a client's would."""

    def set(self, *args, **kwargs):
        raise ConnectionError("cache server at 10.0.0.9:6379 refused the connection")


def test_all_ok_is_200_with_every_field(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True and body["database"] == {"ok": True, "error": None}
    index = body["index"]
    assert set(index) == {"ok", "documents", "published", "queue", "last_drain", "error"}
    assert index["ok"] is True and index["error"] is None and index["documents"] >= 5
    assert index["published"] == Article.objects.published().count()
    assert isinstance(index["queue"], int)
    assert body["cache"] == {"ok": True, "backend": type(caches["default"]).__name__, "error": None}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_index_health_function():
    from archive.search.health import index_health

    health = index_health()
    assert set(health) == {"ok", "documents", "published", "queue", "last_drain", "error"}
    assert health["ok"] and health["error"] is None


def test_an_unreadable_index_is_503(client, tmp_path):
    with temporary_search_index(tmp_path / "none", articles=None):  # no index at all
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["ok"] is False and body["database"]["ok"] is True and body["cache"]["ok"] is True
    assert body["index"]["ok"] is False and body["index"]["error"] == "SearchUnavailable"  # no server path
    assert body["index"]["published"] == Article.objects.published().count()


def test_a_failing_cache_is_503_and_names_only_the_kind_of_failure(client):
    with override_settings(CACHES={"default": {"BACKEND": "tests.test_health.UnreachableCache"}}):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["cache"] == {"ok": False, "backend": "UnreachableCache", "error": "ConnectionError"}
    assert body["database"]["ok"] is True and body["index"]["ok"] is True


def test_a_long_queue_is_reported_and_not_a_failure(client):
    # An import in progress: many tasks queued, no drain yet.
    IndexTask.objects.bulk_create([IndexTask(article_id=10**9 + i) for i in range(queue.REQUEST_BACKLOG * 5)])
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["index"]["queue"] == IndexTask.objects.count() >= queue.REQUEST_BACKLOG * 5


def test_last_drain_is_null_before_any_drain_and_moves_after_one(client, tmp_path):
    # An index of its own, with its writer lock (and so the drain stamp) beside it.
    with temporary_search_index(tmp_path, Article.objects.for_index()):
        assert client.get("/healthz").json()["index"]["last_drain"] is None
        article = make_article(title="Quazzle grid report", body="The quazzle grid.")
        before = dt.datetime.now(dt.UTC).replace(microsecond=0)
        queue.enqueue([article.pk], drain_after_commit=False)
        assert queue.drain(timeout=5, first=[article.pk], others=0) == 1
        drained = client.get("/healthz").json()["index"]["last_drain"]
        assert dt.datetime.fromisoformat(drained["at"]) >= before and 0 <= drained["age_seconds"] < 60

        # As if the last drain (by any process) ran an hour ago: the age is the stamp's.
        hour_ago = time.time() - 3600
        os.utime(queue.stamp_path(), (hour_ago, hour_ago))
        assert client.get("/healthz").json()["index"]["last_drain"]["age_seconds"] >= 3600
        queue.enqueue([article.pk], drain_after_commit=False)
        queue.drain(timeout=5, first=[article.pk], others=0)
        assert client.get("/healthz").json()["index"]["last_drain"]["age_seconds"] < 60
