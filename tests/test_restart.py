"""Restarts stay cheap: `make run` calls bootstrap_archive and sync_index, which do only
what is missing and never overwrite editors' work."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from archive.models import Article, Concept
from archive.search.engine import get_engine
from tests.helpers import temporary_search_index

# sync_index writes to the index: an index of the module's own, built from the database.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def run(name: str, *args) -> str:
    out = io.StringIO()
    call_command(name, *args, stdout=out)
    return out.getvalue()


def test_bootstrap_loads_only_what_is_missing_and_keeps_edits():
    article = Article.objects.published().first()
    Article.objects.filter(pk=article.pk).update(title="Corrected by an editor")
    Concept.objects.all().delete()
    run("bootstrap_archive")
    assert Article.objects.get(pk=article.pk).title == "Corrected by an editor"  # seed not reloaded
    assert Concept.objects.count() >= 300  # the glossary was missing: loaded


def test_a_current_index_costs_nothing():
    assert "0 added, 0 removed" in run("sync_index")  # the module's index holds what the database does


def test_sync_adds_and_removes_what_bypassed_the_queue(client):
    # bulk_create skips save(): no index task, as after a crash between commit and drain.
    (article,) = Article.objects.bulk_create(
        [
            Article(
                title="Quokkawatt grid",
                slug="quokkawatt",
                body="Quokkawatt storage.",
                language="en",
                source_url="https://example.org/quokkawatt",
                status="published",
            )
        ]
    )
    assert client.get("/api/search/", {"q": "quokkawatt"}).json()["count"] == 0
    assert "1 added, 0 removed" in run("sync_index")
    assert client.get("/api/search/", {"q": "quokkawatt"}).json()["count"] == 1
    Article.objects.filter(pk=article.pk).update(status="draft")
    assert "0 added, 1 removed" in run("sync_index")
    assert client.get("/api/search/", {"q": "quokkawatt"}).json()["count"] == 0


def test_a_missing_index_is_rebuilt(tmp_path):
    with temporary_search_index(tmp_path / "none", articles=None):
        assert "rebuilding the index" in run("sync_index")
        assert get_engine().indexed_ids() == set(Article.objects.published().values_list("pk", flat=True))
        assert "0 added, 0 removed" in run("sync_index")
