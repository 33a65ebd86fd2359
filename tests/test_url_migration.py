"""Addresses stored before URL normalisation are brought to the normal form, so a
re-import of the same page updates the article instead of adding a second one."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from archive.ingest.clean import renormalise_stored_urls
from archive.models import Article
from tests.factories import make_article

# The import drains the index queue: an index of the module's own.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def stored(url: str) -> Article:
    """An article as an older version wrote it: the address kept as typed."""
    article = make_article(title=f"Bài cũ {url[-12:]}")
    Article.objects.filter(pk=article.pk).update(source_url=url)
    article.refresh_from_db()
    return article


def test_old_addresses_take_the_normal_form_and_conflicts_are_left(tmp_path):
    old = stored("HTTPS://Example.COM:443/tin/a/?utm_source=x#top")
    twin = stored("https://example.com/tin/b/")
    keeper = stored("https://example.com/tin/b")  # already normal: the twin's form is taken
    odd = stored("javascript:alert(1)")  # unusable: left as it is, never a link

    changed, conflicts = renormalise_stored_urls(Article)

    assert changed == 1 and Article.objects.get(pk=old.pk).source_url == "https://example.com/tin/a"
    assert conflicts == [(twin.pk, "https://example.com/tin/b/", "https://example.com/tin/b")]
    assert Article.objects.get(pk=keeper.pk).source_url == "https://example.com/tin/b"
    assert Article.objects.get(pk=odd.pk).source_url == "javascript:alert(1)"
    assert renormalise_stored_urls(Article) == (0, conflicts)  # idempotent

    path = tmp_path / "again.jsonl"
    row = {"url": "https://example.com/tin/a/", "title": "Bài cũ, sửa", "body": "Nội dung mới."}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n")
    before = Article.objects.count()
    call_command("import_articles", str(path), "--workers", "1", verbosity=0)
    assert Article.objects.count() == before  # the re-import updated the migrated article
    assert Article.objects.get(pk=old.pk).title == "Bài cũ, sửa"
