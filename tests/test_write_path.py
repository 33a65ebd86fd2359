"""The text's analysis and its meeting mentions are made once, on the write path (a save,
an import, a re-detect), and stored; building the index document only reads."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from archive.models import Article
from archive.search.documents import index_fields
from archive.search.lexicon import get_lexicon
from tests.factories import make_article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]

TEXT = "Tại AMEM 38, các bộ trưởng năng lượng ASEAN thống nhất kế hoạch mới."


def test_a_save_stores_the_analysis_and_the_mentions():
    article = make_article(title="Hội nghị trực tuyến", body=TEXT)
    stored = Article.objects.get(pk=article.pk)
    assert stored.analysis_key and stored.analysis["body"]["folded"]
    assert stored.analysis["mentions"]["key"] == get_lexicon().matcher_key
    assert "meeting:amem-38" in stored.analysis["mentions"]["tokens"]
    stored.status = Article.Status.DRAFT
    with CaptureQueriesContext(connection) as queries:
        stored.save(update_fields=["status"])  # no text change: no analysis written again
    assert not any("analysis" in q["sql"] for q in queries.captured_queries)


def test_an_import_stores_the_mentions_its_workers_found(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"url": "https://example.org/wp/1", "title": "Tin AMEM", "body": TEXT}) + "\n")
    call_command("import_articles", str(path), "--workers", "1", verbosity=0)
    article = Article.objects.get(source_url="https://example.org/wp/1")
    assert "meeting:amem-38" in article.analysis["mentions"]["tokens"]


def test_indexing_never_writes_even_when_the_analysis_is_stale():
    article = make_article(title="Hội nghị", body=TEXT)
    Article.objects.filter(pk=article.pk).update(analysis={}, analysis_key="")  # as an old version left it
    article = Article.objects.get(pk=article.pk)
    with CaptureQueriesContext(connection) as queries:
        fields = index_fields(article)
    assert "meeting:amem-38" in fields["meetings"].split() and "amem" in fields["series"].split()
    assert not [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith("UPDATE")]
    assert Article.objects.get(pk=article.pk).analysis == {}  # still what was stored
    call_command("redetect_mentions", "--ids", str(article.pk), stdout=open("/dev/null", "w"))
    assert "meeting:amem-38" in Article.objects.get(pk=article.pk).analysis["mentions"]["tokens"]


def test_free_slugs_skips_taken_and_reserved_numbers_beyond_one_probe():
    from archive.models import free_slugs

    make_article(title="Giá vàng hôm nay", slug="gia-vang")
    for n in range(2, 25):  # more than one probe of numbered slugs
        make_article(title=f"Giá vàng {n}", slug=f"gia-vang-{n}")
    reserved = {"gia-vang-25"}
    assert free_slugs(Article.objects.all(), ["gia-vang", "gia-vang", "mot-tin-moi"], reserved) == [
        "gia-vang-26",
        "gia-vang-27",
        "mot-tin-moi",
    ]
    assert {"gia-vang-26", "gia-vang-27", "mot-tin-moi"} <= reserved
