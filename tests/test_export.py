"""manage.py export_articles: a backup that import_articles and loaddata restore, byte for byte."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from archive.models import Article, Meeting, MeetingRelation, MeetingSeries, Organization, Participation, Person

pytestmark = pytest.mark.django_db


def export(directory) -> tuple[bytes, bytes]:
    call_command("export_articles", str(directory), verbosity=0)
    return (directory / "articles.jsonl").read_bytes(), (directory / "curated.json").read_bytes()


def test_export_import_export_gives_identical_files(tmp_path):
    # Some variety beyond the seed: a draft, an undated article, a linked organisation.
    org = Organization.objects.create(name="ASEAN Centre for Energy", acronym="ACE")
    draft = Article.objects.create(
        title="Bản nháp", body="Nội dung nháp.", source_url="https://example.org/export/draft", byline="B. Writer"
    )
    draft.organizations.add(org)
    articles1, curated1 = export(tmp_path / "one")
    rows = [json.loads(line) for line in articles1.decode().splitlines()]
    assert len(rows) == Article.objects.count()
    by_url = {r["url"]: r for r in rows}
    assert by_url[draft.source_url]["status"] == "draft" and by_url[draft.source_url]["organizations"] == [org.slug]
    assert any(r["status"] == "published" and r["meetings"] for r in rows)

    # An empty archive (the test's transaction is rolled back afterwards).
    Article.objects.all().delete()
    for model in (Participation, MeetingRelation, Meeting, Person, Organization, MeetingSeries):
        model.objects.all().delete()
    assert not Article.objects.exists() and not Meeting.objects.exists()

    call_command("loaddata", str(tmp_path / "one" / "curated.json"), verbosity=0)
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "import_articles",
        str(tmp_path / "one" / "articles.jsonl"),
        "--workers",
        "1",
        "--no-detect",
        "--no-drain",  # the shared test index is left alone; the transaction is rolled back
        stdout=out,
        stderr=err,
    )
    assert f"created {len(rows)} /" in out.getvalue() and "failed 0" in out.getvalue(), err.getvalue()
    articles2, curated2 = export(tmp_path / "two")
    assert curated2 == curated1
    assert articles2 == articles1
