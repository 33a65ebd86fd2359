"""Issue 9, the write side: every input that broke the importer or the admin, as a regression test."""

from __future__ import annotations

import datetime as dt
import json
import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from archive.ingest import ReadOptions, read_paths
from archive.ingest.clean import (
    CleanError,
    clean_article_fields,
    clean_text_field,
    normalise_source_url,
    validate_published_date,
)
from archive.ingest.pipeline import ImportOptions, import_records
from archive.ingest.readers import MAX_ROW_BYTES
from archive.ingest.records import Failure, Record, record_from_mapping
from archive.models import Article, Capture, Meeting, Organization, Participation, Person
from tests.test_import import run, write_jsonl

# Imports drain the index queue: an index of the module's own.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def good(n: int) -> dict:
    return {"url": f"https://example.org/h/{n}", "title": f"Hydro row {n}", "body": f"Hydropower text number {n}."}


def make_user(name: str, group: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw-for-tests", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def admin_form(article: Article | None = None, **overrides) -> dict:
    data = {
        "title": "Bài kiểm tra",
        "slug": "",
        "lead": "",
        "body": "Nội dung kiểm tra.",
        "source_name": "",
        "source_url": "https://example.org/admin/1",
        "byline": "",
        "published_0": "",
        "published_1": "",
        "language": "vi",
        "status": "draft",
        "captures-TOTAL_FORMS": "0",
        "captures-INITIAL_FORMS": "0",
        "captures-MIN_NUM_FORMS": "0",
        "captures-MAX_NUM_FORMS": "1000",
    }
    if article is not None:
        data.update(
            title=article.title,
            slug=article.slug,
            body=article.body,
            source_url=article.source_url,
            status=article.status,
            language=article.language,
        )
        n = article.captures.count()
        data.update({"captures-TOTAL_FORMS": str(n), "captures-INITIAL_FORMS": str(n)})
        for i, c in enumerate(article.captures.all()):
            data[f"captures-{i}-id"] = str(c.pk)
            data[f"captures-{i}-article"] = str(article.pk)
    data.update(overrides)
    return data


# --- 1. out-of-range dates -------------------------------------------------------------------


def test_out_of_range_dates_are_row_errors_and_cost_no_other_row(tmp_path):
    rows = [
        good(1),
        {**good(2), "published": "0001-01-01"},
        good(3),
        {**good(4), "published": "9999-12-31T23:00:00-12:00"},
        {**good(5), "published": "1899-12-31"},
        {**good(6), "published": f"{dt.date.today().year + 2}-01-01"},
        {**good(7), "published": "1900-01-01"},
    ]
    path = write_jsonl(tmp_path / "dates.jsonl", rows)
    code, out, err = run(str(path))
    assert code == 1
    for line in (2, 4, 5, 6):
        assert f"{path}:{line}: date " in err and "out of range" in err, err
    urls = set(
        Article.objects.filter(source_url__startswith="https://example.org/h/").values_list("source_url", flat=True)
    )
    assert urls == {good(n)["url"] for n in (1, 3, 7)}
    assert "created 3" in out and "failed 4" in out


def test_date_range_limits():
    validate_published_date(dt.date(1900, 1, 1))
    validate_published_date(dt.date(dt.date.today().year + 1, 12, 31))
    for bad in (dt.date(1899, 12, 31), dt.date(dt.date.today().year + 2, 1, 1), dt.datetime(1, 1, 1)):
        with pytest.raises(CleanError):
            validate_published_date(bad)


def test_admin_out_of_range_date_is_a_form_error(client):
    client.force_login(make_user("chief", "Editors"))
    for day in ("0001-01-01", "9999-12-31"):
        response = client.post(
            reverse("admin:archive_article_add"), admin_form(published_0=day, published_1="23:00:00")
        )
        assert response.status_code == 200, response.status_code
        assert "out of range" in response.content.decode()
    assert not Article.objects.filter(source_url="https://example.org/admin/1").exists()


# --- 2. control characters -------------------------------------------------------------------


def test_control_characters_are_cleaned_on_import(tmp_path):
    row = {
        "url": "https://example.org/ctl\u0000/a",
        "title": "Con\u0000trol\u200b title\nsecond line",
        "lead": "Lead\u0001 text",
        "body": "Body\u0000 text about solar\u0007 power.",
        "byline": "A.\u0000 Writer\u0085",
        "source": "Báo\u0001 Ví Dụ",
    }
    code, out, err = run(str(write_jsonl(tmp_path / "ctl.jsonl", [row])))
    assert code == 0, err
    a = Article.objects.get(source_url="https://example.org/ctl/a")
    assert (a.title, a.lead, a.body) == ("Control title second line", "Lead text", "Body text about solar power.")
    assert (a.byline, a.source_name) == ("A. Writer", "Báo Ví Dụ")


def test_control_characters_are_cleaned_in_the_admin_and_curated_models(client):
    client.force_login(make_user("chief", "Editors"))
    # NUL is refused by Django's form fields with a form error; other controls are cleaned.
    response = client.post(reverse("admin:archive_article_add"), admin_form(byline="Tác\u0000 giả"))
    assert response.status_code == 200 and "Null characters are not allowed" in response.content.decode()
    response = client.post(
        reverse("admin:archive_article_add"),
        admin_form(byline="Tác\u0007 giả", source_name="Nguồn\u0001", title="Tiêu\u200b đề", body="Nội\u0008 dung."),
    )
    assert response.status_code == 302, response.content[:2000]
    a = Article.objects.get(source_url="https://example.org/admin/1")
    assert (a.byline, a.source_name, a.title, a.body) == ("Tác giả", "Nguồn", "Tiêu đề", "Nội dung.")
    org = Organization.objects.create(name="Org\u0000 name", description="Line\u0001 one")
    person = Person.objects.create(name="Ng\u0000uyễn", position="Min\u0007ister", organization=org)
    meeting = Meeting.objects.create(name_en="One\u0000-off", theme="Theme\u200b", city="Ha\u0001noi")
    part = Participation.objects.create(person=person, meeting=meeting, role="Ch\u0000air")
    for obj, values in [
        (org, {"name": "Org name", "description": "Line one"}),
        (person, {"name": "Nguyễn", "position": "Minister"}),
        (meeting, {"name_en": "One-off", "theme": "Theme", "city": "Hanoi"}),
        (part, {"role": "Chair"}),
    ]:
        obj.refresh_from_db()
        assert {k: getattr(obj, k) for k in values} == values


def test_one_cleaning_function_for_every_path():
    text = "  Tie\u0302u\u0000 \u200bđe\u0302\u0300\r\nx\u2028y "
    assert clean_text_field(text, multiline=False) == "Tiêu đề x y"
    fields, errors, _ = clean_article_fields({"title": text, "body": text, "source_url": "https://A.ORG/x/"})
    assert not errors and fields["title"] == "Tiêu đề x y" and fields["source_url"] == "https://a.org/x"
    record = record_from_mapping({"url": "https://A.ORG/x/", "title": text, "body": text}, "t")
    assert (record.title, record.body, record.url) == (fields["title"], fields["body"], fields["source_url"])


# --- 7. contributors and published articles --------------------------------------------------


def test_contributors_cannot_change_published_articles(client):
    article = Article.objects.published().exclude(captures__isnull=False).first()
    before = (article.title, article.body, article.source_url)
    client.force_login(make_user("writer", "Contributors"))
    url = reverse("admin:archive_article_change", args=[article.pk])
    page = client.get(url)
    assert page.status_code == 200  # they may read it
    assert 'name="_save"' not in page.content.decode()  # but there is nothing to save
    response = client.post(url, admin_form(article, title="Defaced", body="Defaced body."))
    assert response.status_code == 403
    article.refresh_from_db()
    assert (article.title, article.body, article.source_url) == before
    # their own drafts stay editable
    draft = Article.objects.create(title="Nháp", body="Nội dung.", source_url="https://example.org/draft/c")
    response = client.post(
        reverse("admin:archive_article_change", args=[draft.pk]), admin_form(draft, title="Nháp đã sửa")
    )
    assert response.status_code == 302, response.content[:2000]
    draft.refresh_from_db()
    assert draft.title == "Nháp đã sửa" and draft.status == Article.Status.DRAFT


def test_editors_still_change_published_articles(client):
    article = Article.objects.published().exclude(captures__isnull=False).first()
    client.force_login(make_user("chief", "Editors"))
    url = reverse("admin:archive_article_change", args=[article.pk])
    response = client.post(url, admin_form(article, byline="Corrected Byline"))
    assert response.status_code == 302, response.content[:2000]
    article.refresh_from_db()
    assert article.byline == "Corrected Byline"


# --- 8. folders ------------------------------------------------------------------------------


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "dump"
    (root / "a").mkdir(parents=True)
    (root / "b").mkdir()
    (root / "c").mkdir()
    for sub, n in (("a", 1), ("b", 2), ("c", 3)):
        (root / sub / f"{n}.json").write_text(json.dumps(good(n)))
    os.symlink(root / "a" / "missing.json", root / "a" / "0-dangling.json")  # sorts first in its folder
    return root


def test_a_dangling_symlink_is_reported_and_the_rest_is_read(tmp_path):
    root = _folder(tmp_path)
    items = list(read_paths([str(root)]))
    failures = [str(i) for i in items if isinstance(i, Failure)]
    records = [i.url for i in items if isinstance(i, Record)]
    assert records == [good(n)["url"] for n in (1, 2, 3)]
    assert len(failures) == 1 and failures[0].startswith(f"{root}/a/0-dangling.json: cannot read"), failures


def test_an_unreadable_folder_is_reported_and_the_rest_is_read(tmp_path, monkeypatch):
    root = _folder(tmp_path)
    os.remove(root / "a" / "0-dangling.json")
    blocked = str(root / "b")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == blocked:
            raise PermissionError(13, "Permission denied", blocked)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_paths([str(root)]))
    assert [i.url for i in items if isinstance(i, Record)] == [good(n)["url"] for n in (1, 3)]
    assert [str(i) for i in items if isinstance(i, Failure)] == [f"{blocked}: cannot read folder: Permission denied"]


# --- 9. deep JSON ------------------------------------------------------------------------------


def test_deeply_nested_json_is_a_row_error(tmp_path):
    path = write_jsonl(tmp_path / "deep.jsonl", ["[" * 100_000, good(1), '{"title": ' + "[" * 100_000])
    code, out, err = run(str(path))
    assert code == 1
    assert f"{path}:1: broken JSON: nested too deeply" in err
    assert f"{path}:3: broken JSON: nested too deeply" in err
    assert "Traceback" not in err
    assert Article.objects.filter(source_url=good(1)["url"]).exists()
    deep_file = tmp_path / "deep.json"
    deep_file.write_text("[" * 100_000)
    assert [str(i) for i in read_paths([str(deep_file)])] == [f"{deep_file}: broken JSON: nested too deeply"]


# --- 12. size limits ---------------------------------------------------------------------------


def test_oversized_rows_are_reported_and_the_rest_imports(tmp_path):
    huge = json.dumps({**good(2), "body": "x" * (MAX_ROW_BYTES + 10)})
    long_text = {**good(3), "body": "ย" * 200_001}  # under the row limit in bytes, over the text limit
    path = write_jsonl(tmp_path / "big.jsonl", [good(1), huge, long_text, good(4)])
    code, out, err = run(str(path))
    assert code == 1
    assert f"{path}:2: row larger than 2 MiB" in err
    assert f"{path}:3: article text longer than 200,000 characters" in err
    urls = set(
        Article.objects.filter(source_url__startswith="https://example.org/h/").values_list("source_url", flat=True)
    )
    assert urls == {good(1)["url"], good(4)["url"]}


def test_a_huge_line_in_a_zip_is_never_held_whole(tmp_path):
    size = 48 * 1024 * 1024  # compresses to ~50 kB; reading it whole would take 48 MB
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        with zf.open("rows.jsonl", "w") as member:
            member.write(json.dumps(good(1)).encode() + b"\n")
            chunk = b"a" * (1024 * 1024)
            member.write(b'{"body": "')
            for _ in range(size // len(chunk)):
                member.write(chunk)
            member.write(b'"}\n' + json.dumps(good(2)).encode() + b"\n")
    tracemalloc.start()
    try:
        items = [str(i) if isinstance(i, Failure) else i.url for i in read_paths([str(path)])]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert items == [good(1)["url"], f"{path}:rows.jsonl:2: row larger than 2 MiB (the limit); skipped", good(2)["url"]]
    assert peak < 16 * 1024 * 1024, peak


# --- 13. URLs -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("HTTPS://EXAMPLE.COM/a/", "https://example.com/a"),
        ("https://example.com/a", "https://example.com/a"),
        ("https://example.com:443/a#comments", "https://example.com/a"),
        ("http://Example.com:80", "http://example.com/"),
        ("http://example.com:8080/a/?id=3&utm_source=x&fbclid=y&gclid=z", "http://example.com:8080/a?id=3"),
        ("https://example.com/a?utm_medium=mail", "https://example.com/a"),
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"),
        ("urn:asean-archive:seed:000_x", "urn:asean-archive:seed:000_x"),
        ("baomoi-vi:21395276", "baomoi-vi:21395276"),
        ("file:dump/page.html", "file:dump/page.html"),
    ],
)
def test_url_normalisation(given, stored):
    assert normalise_source_url(given) == stored
    assert normalise_source_url(stored) == stored  # idempotent


@pytest.mark.parametrize(
    "bad",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:x",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "https://",
        "http://example.com:99999/",
        "urn:other:x",
        "",
        "\u0000",
    ],
)
def test_unsafe_urls_are_refused(bad):
    with pytest.raises(CleanError):
        normalise_source_url(bad)


def test_url_variants_are_one_article_on_import(tmp_path):
    path = write_jsonl(tmp_path / "u.jsonl", [{**good(1), "url": "HTTPS://EXAMPLE.ORG/h/1/"}])
    assert run(str(path))[0] == 0
    path2 = write_jsonl(tmp_path / "u2.jsonl", [{**good(1), "url": "https://example.org/h/1#top"}])
    code, out, err = run(str(path2))
    assert code == 0 and "created 0" in out and "unchanged 1" in out, (out, err)
    assert Article.objects.filter(source_url__iexact="https://example.org/h/1").count() == 1
    both = write_jsonl(tmp_path / "u3.jsonl", [good(5), {**good(5), "url": "https://EXAMPLE.org/h/5/?utm_source=x"}])
    code, out, err = run(str(both))
    assert code == 1 and f"{both}:2: duplicate url" in err


def test_javascript_and_data_urls_are_refused_on_import_and_in_the_admin(tmp_path, client):
    rows = [{**good(1), "url": "javascript:alert(1)"}, {**good(2), "url": "data:text/html,x"}, good(3)]
    path = write_jsonl(tmp_path / "js.jsonl", rows)
    code, out, err = run(str(path))
    assert code == 1 and f"{path}:1: url must be an http" in err and f"{path}:2: url must be an http" in err
    assert "created 1" in out
    client.force_login(make_user("chief", "Editors"))
    response = client.post(reverse("admin:archive_article_add"), admin_form(source_url="javascript:alert(1)"))
    assert response.status_code == 200 and "url must be an http" in response.content.decode()
    response = client.post(reverse("admin:archive_article_add"), admin_form(source_url="HTTPS://EXAMPLE.ORG/admin/1/"))
    assert response.status_code == 302
    assert Article.objects.filter(source_url="https://example.org/admin/1").exists()
    # the same address typed differently is the same article: a uniqueness error, not a second article
    response = client.post(reverse("admin:archive_article_add"), admin_form(source_url="https://example.org/admin/1#x"))
    assert response.status_code == 200
    assert Article.objects.filter(source_url__startswith="https://example.org/admin/1").count() == 1


def test_seed_identifiers_still_work_and_are_never_links(client):
    article = Article.objects.filter(source_url__startswith="urn:asean-archive:seed:").first()
    assert article is not None and not article.has_source_link
    page = client.get(article.get_absolute_url()).content.decode()
    assert f'href="{article.source_url}"' not in page
    article.byline = "Seed Byline"
    article.save()  # the identifier passes validation unchanged
    assert Article.objects.get(pk=article.pk).source_url == article.source_url


# --- 14. captures in the admin -------------------------------------------------------------------


def test_admin_links_captures_only_through_the_sandboxed_view(client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    article = Article.objects.published().first()
    (tmp_path / "captures").mkdir()
    (tmp_path / "captures" / "page.html").write_bytes(b"<html><script>alert(1)</script></html>")
    capture = Capture.objects.create(
        article=article,
        url="https://example.org/captured",
        sha256="ab" * 32,
        captured_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
        file="captures/page.html",
        size=40,
    )
    client.force_login(make_user("chief", "Editors"))
    page = client.get(reverse("admin:archive_article_change", args=[article.pk])).content.decode()
    assert "/media/" not in page and "captures/page.html" not in page
    assert f'href="{capture.get_absolute_url()}"' in page
    served = client.get(capture.get_absolute_url())
    assert served.status_code == 200 and "sandbox" in served["Content-Security-Policy"]


# --- 16. small things ------------------------------------------------------------------------------


def test_json_error_message_reads_well(tmp_path):
    path = tmp_path / "ctl.jsonl"
    path.write_bytes(b'{"url": "https://example.org/x", "title": "a\x00b"}\n')
    [failure] = list(read_paths([str(path)]))
    assert "at at" not in str(failure) and "Invalid control character at column" in str(failure), str(failure)


def test_an_empty_input_file_is_a_reported_failure(tmp_path):
    for name, content in (("empty.jsonl", b""), ("blank.jsonl", b"\n \n"), ("empty.json", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        code, out, err = run(str(path))
        assert code == 1 and f"{path}: " in err and "empty file" in err, (name, err)


def test_a_title_over_500_characters_is_cut_with_a_warning(tmp_path):
    path = write_jsonl(tmp_path / "long.jsonl", [{**good(1), "title": "Đ" * 600}])
    code, out, err = run(str(path))
    assert code == 0
    assert f"warning: {path}:1: title longer than 500 characters (600), cut" in err
    assert len(Article.objects.get(source_url=good(1)["url"]).title) == 500


def test_records_built_in_code_are_cleaned_by_the_pipeline():
    record = Record(origin="api", url="javascript:x", title="t", body="b")
    ok = Record(origin="api2", url="HTTPS://Example.org/h/9/", title="T\u0000", body="B", byline="x\u0001")
    report = import_records([record, ok], ImportOptions(workers=1, drain=False, detect=False))
    assert [str(f) for f in report.failures] == ["api: url must be an http:// or https:// address, not 'javascript:x'"]
    a = Article.objects.get(source_url="https://example.org/h/9")
    assert (a.title, a.byline) == ("T", "x")


def test_read_options_field_map_still_applies(tmp_path):
    path = tmp_path / "m.jsonl"
    path.write_text(json.dumps({"link": "https://example.org/m", "headline": "H", "content": "C"}) + "\n")
    [record] = list(read_paths([str(path)], ReadOptions()))
    assert (record.url, record.title, record.body) == ("https://example.org/m", "H", "C")
