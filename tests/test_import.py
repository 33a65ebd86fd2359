"""manage.py import_articles and archive.ingest: every format, every bad-row kind, idempotency."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils.timezone import localtime

from archive.ingest import ImportOptions, ReadOptions, import_paths, import_records, read_paths
from archive.ingest.records import Failure, Record
from archive.models import Article, IndexTask
from archive.search.service import SearchParams, search

DATA = Path(__file__).parent / "data"
THAI_TAR = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "dailynews-th.tar.xz"
if not THAI_TAR.exists():
    THAI_TAR = Path("/work/shared/corpora/dailynews-th.tar.xz")

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def found(q: str, **kw) -> list[str]:
    return [h.article.source_url for h in search(SearchParams(q=q, page_size=50, **kw), record=False).hits]


def write_jsonl(path: Path, rows: list) -> Path:
    lines = [r if isinstance(r, (str, bytes)) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n")
    return path


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_articles", *args, "--workers", "1", stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


ROWS = [
    {
        "url": "https://example.org/vi/solar",
        "title": "Điện mặt trời mái nhà tăng mạnh",
        "body": "Công suất điện mặt trời mái nhà tăng gấp đôi trong năm nay.\n\nBộ Công Thương cho biết lưới điện cần nâng cấp.",
        "published": "2020-11-18",
        "source": "Báo Ví Dụ",
        "meetings": ["AMEM 38"],
    },
    {
        "url": "https://example.org/en/zebrafinch",
        "title": "Zebrafinch turbines reach the coast",
        "body": "The first zebrafinch offshore turbines were installed this week.",
        "published": "2021-03-02T08:15:00+07:00",
        "byline": "A. Writer",
    },
    {
        "url": "https://example.org/th/solar",
        "title": "โซลาร์เซลล์บนหลังคาเพิ่มขึ้น",
        "body": "กระทรวงพลังงานรายงานว่าการติดตั้งโซลาร์เซลล์บนหลังคาเพิ่มขึ้นอย่างมาก",
    },
]


def test_jsonl_minimal_contract_published_and_searchable(tmp_path):
    code, out, err = run(str(write_jsonl(tmp_path / "a.jsonl", ROWS)))
    assert code == 0, err
    assert "read 3 / created 3 / updated 0 / unchanged 0 / failed 0" in out
    vi, en, th = (Article.objects.get(source_url=r["url"]) for r in ROWS)
    assert {a.status for a in (vi, en, th)} == {"published"}
    assert (vi.language, en.language, th.language) == ("vi", "en", "th")  # detected
    assert vi.source_name == "Báo Ví Dụ" and en.byline == "A. Writer"
    assert localtime(vi.published).date().isoformat() == "2020-11-18"
    assert [m.short_name for m in vi.meetings.all()] == ["AMEM 38"]
    assert vi.analysis and vi.analysis_key and vi.slug  # stored analysis: the index never re-segments
    assert IndexTask.objects.count() == 0  # drained before returning
    assert en.source_url in found("zebrafinch turbines")
    assert vi.source_url in found("dien mat troi mai nha")  # unaccented Vietnamese
    assert th.source_url in found("โซลาร์เซลล์")


def test_reimport_is_idempotent_and_updates_in_place(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", ROWS)
    assert run(str(path))[0] == 0
    ids = dict(Article.objects.filter(source_url__startswith="https://example.org/").values_list("source_url", "pk"))
    code, out, _ = run(str(path))
    assert code == 0 and "created 0 / updated 0 / unchanged 3" in out
    changed = [dict(ROWS[0]), {**ROWS[1], "body": "The turbines were renamed kingfisher turbines."}, ROWS[2]]
    changed[0]["byline"] = "New Byline"  # metadata only: no re-segmentation needed
    code, out, _ = run(str(write_jsonl(tmp_path / "b.jsonl", changed)))
    assert code == 0 and "created 0 / updated 2 / unchanged 1" in out
    after = dict(Article.objects.filter(source_url__startswith="https://example.org/").values_list("source_url", "pk"))
    assert after == ids  # same rows, no duplicates
    assert Article.objects.get(pk=ids[ROWS[0]["url"]]).byline == "New Byline"
    assert ROWS[1]["url"] in found("kingfisher")
    assert ROWS[1]["url"] not in found("offshore")  # the old text is gone from the index


def test_bad_rows_are_reported_and_good_rows_kept(tmp_path):
    good = {"url": "https://example.org/good", "title": "Good row", "body": "Hydropower output rose."}
    rows = [
        good,
        '{"url": "https://example.org/broken", "title": "x", ',  # 2: broken JSON
        {"url": "https://example.org/notitle", "title": "", "body": "text"},  # 3
        {"url": "https://example.org/nobody", "title": "No body", "body": "   "},  # 4
        {"url": "https://example.org/date", "title": "Bad date", "body": "text", "published": "last Tuesday"},  # 5
        b'{"url": "https://example.org/bytes", "title": "caf\xe9", "body": "x"}',  # 6: not UTF-8
        {"url": "https://example.org/good", "title": "Again", "body": "Duplicate."},  # 7
        {"title": "No URL", "body": "text"},  # 8
        {"url": "https://example.org/good2", "title": "Second good row", "body": "Geothermal plans advance."},
    ]
    path = write_jsonl(tmp_path / "bad.jsonl", rows)
    code, out, err = run(str(path))
    assert code == 1
    assert "read 9 / created 2 / updated 0 / unchanged 0 / failed 7" in out
    for line, reason in [
        (2, "broken JSON"),
        (3, "missing title"),
        (4, "empty body"),
        (5, "unknown date format"),
        (6, "undecodable bytes"),
        (7, "duplicate url"),
        (8, "missing url"),
    ]:
        assert f"{path}:{line}: {reason}" in err, (line, err)
    assert set(
        Article.objects.filter(source_url__startswith="https://example.org/").values_list("source_url", flat=True)
    ) == {
        "https://example.org/good",
        "https://example.org/good2",
    }
    assert "https://example.org/good2" in found("geothermal")


def test_dry_run_writes_nothing(tmp_path):
    before = (Article.objects.count(), IndexTask.objects.count())
    code, out, _ = run(str(write_jsonl(tmp_path / "a.jsonl", ROWS)), "--dry-run")
    assert code == 0 and "dry run" in out and "created 3" in out
    assert (Article.objects.count(), IndexTask.objects.count()) == before


def test_drafts_stay_out_of_search_until_published(tmp_path):
    row = {"url": "https://example.org/draft", "title": "Quetzalcoatl dam draft", "body": "The quetzalcoatl dam study."}
    path = write_jsonl(tmp_path / "d.jsonl", [row])
    assert run(str(path), "--status", "draft")[0] == 0
    assert Article.objects.get(source_url=row["url"]).status == "draft"
    assert row["url"] not in found("quetzalcoatl")
    code, out, _ = run(str(path))  # default status: published
    assert code == 0 and "updated 1" in out
    assert row["url"] in found("quetzalcoatl")
    assert run(str(path), "--status", "draft")[0] == 0
    assert row["url"] not in found("quetzalcoatl")


def _txt_files(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "1001.txt").write_text(
        "Nhiệt điện than giảm dần\nViệt Nam giảm dần nhiệt điện than.\nĐoạn thứ hai.", "utf-8"
    )
    (folder / "1002.txt").write_text("Pin lưu trữ năng lượng\nDự án pin lưu trữ đầu tiên được khởi công.", "utf-8")
    (folder / "1003.txt").write_bytes("Hỏng\n".encode() + b"\xff\xfe bad bytes")
    (folder / "notes.md").write_text("ignored: not an article format")
    return folder


def test_txt_folder_and_archives_give_the_same_articles(tmp_path):
    folder = _txt_files(tmp_path / "src" / "vnx")
    code, out, err = run(str(folder), "--source", "Báo Mới")
    assert code == 1 and "created 2" in out
    assert f"{folder / '1003.txt'}: undecodable bytes" in err
    a = Article.objects.get(source_url="vnx:1001")
    assert a.title == "Nhiệt điện than giảm dần" and a.source_name == "Báo Mới"
    assert a.body.startswith("Việt Nam giảm dần") and "Đoạn thứ hai." in a.body
    assert "vnx:1002" in found("pin luu tru")

    tgz, zp = tmp_path / "vnx.tar.gz", tmp_path / "vnx.zip"
    with tarfile.open(tgz, "w:gz") as tar:
        tar.add(folder, arcname="vnx")
    with zipfile.ZipFile(zp, "w") as z:
        for f in sorted(folder.iterdir()):
            z.write(f, f"vnx/{f.name}")
    for archive in (tgz, zp):  # same identifiers whether read from the folder or an archive
        code, out, err = run(str(archive))
        assert "created 0 / updated 0 / unchanged 2 / failed 1" in out, out
        assert f"{archive}:vnx/1003.txt: undecodable bytes" in err
    assert Article.objects.filter(source_url__startswith="vnx:").count() == 2


def test_url_prefix_for_txt(tmp_path):
    folder = _txt_files(tmp_path / "src" / "vnx")
    run(str(folder / "1001.txt"), "--url-prefix", "baomoi:")
    assert Article.objects.filter(source_url="baomoi:1001").exists()


def test_json_files_with_field_map_and_title_suffix(tmp_path):
    folder = tmp_path / "feed"
    folder.mkdir()
    (folder / "1.json").write_text(
        json.dumps(
            {
                "headline": "Wind farm opens | Coast Times",
                "text": "A wind farm opened.",
                "link": "https://ct.example/1",
                "when": "2019-05-01",
            }
        )
    )
    (folder / "2.json").write_text(json.dumps([{"headline": "Two", "text": "Second.", "link": "https://ct.example/2"}]))
    code, out, err = run(
        str(folder), "--map", "title=headline,body=text,url=link,published=when", "--title-suffix", " | Coast Times"
    )
    assert code == 0, err
    a = Article.objects.get(source_url="https://ct.example/1")
    assert a.title == "Wind farm opens" and a.published.year == 2019
    assert Article.objects.filter(source_url="https://ct.example/2").exists()


def test_bad_field_map_is_a_usage_error(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("import_articles", str(tmp_path), "--map", "colour=blue")


def test_thai_corpus_slice_streamed_from_the_tar():
    """The two broken files of the Thai corpus are reported; the rest of the slice is imported."""
    assert THAI_TAR.exists(), "the repo expects ../shared/corpora beside it"
    failures, good = [], []
    for item in read_paths([str(THAI_TAR)]):
        origin = item.origin
        if "/politics/" not in origin and "/regional/" not in origin:
            continue
        if isinstance(item, Failure):
            failures.append(item)
        elif len(good) < 8:
            good.append(item)
    messages = [str(f) for f in failures]
    assert f"{THAI_TAR}:dailynews-th/politics/578928.json: broken JSON: empty file" in messages
    assert f"{THAI_TAR}:dailynews-th/regional/578896.json: broken JSON: empty file" in messages
    assert all(" | เดลินิวส์" not in r.title for r in good)  # the site suffix is stripped
    assert all(r.source == "เดลินิวส์" and r.url.startswith("https://www.dailynews.co.th/") for r in good)
    report = import_records([*good, *failures], ImportOptions(workers=1))
    assert (report.created, report.failed) == (8, len(failures))
    first = Article.objects.get(source_url=good[0].url)
    assert first.language == "th" and first.status == "published"
    word = first.analysis["title"]["exact"].split()[0]
    assert good[0].url in found(word)


def test_saved_html_page_keeps_provenance(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    page = DATA / "amem-page.html"
    code, out, err = run(str(page))
    assert code == 0, err
    a = Article.objects.get(source_url="https://news.example.org/energy/amem-38-grid-plan")
    assert a.title == "Ministers agree on grid plan at AMEM 38"
    assert a.byline == "Lan Pham" and localtime(a.published).date().isoformat() == "2020-11-20"
    assert "ASEAN Power Grid" in a.body and "Most read" not in a.body and "Copyright" not in a.body
    assert "AMEM 38" in [m.short_name for m in a.meetings.all()]
    sha = hashlib.sha256(page.read_bytes()).hexdigest()
    assert (settings.MEDIA_ROOT / "captures" / sha[:2] / f"{sha}.html").read_bytes() == page.read_bytes()
    assert a.source_url in found("power grid cross border")


def _warc(path: Path, pages: list[tuple[str, bytes, str]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body, status in pages:
            http = StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            rec = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2020-11-21T03:04:05Z"},
            )
            writer.write_record(rec)
    return path


def test_warc_capture(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    html = (DATA / "amem-page.html").read_bytes()
    warc = _warc(
        tmp_path / "crawl.warc.gz",
        [
            ("https://captured.example/amem", html, "200 OK"),
            ("https://captured.example/moved", b"<html>moved</html>", "301 Moved Permanently"),
            ("https://captured.example/empty", b"<html><body></body></html>", "200 OK"),
        ],
    )
    code, out, err = run(str(warc))
    assert code == 1 and "created 1" in out
    assert f"{warc}:record 3: no article text found" in err
    a = Article.objects.get(source_url="https://captured.example/amem")  # the captured URL wins
    assert a.title == "Ministers agree on grid plan at AMEM 38"
    sha = hashlib.sha256(html).hexdigest()
    assert (settings.MEDIA_ROOT / "captures" / sha[:2] / f"{sha}.html").exists()


def test_readers_yield_records_and_failures_without_django_writes(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [ROWS[0], "{"])
    items = list(read_paths([str(path), str(tmp_path / "missing.jsonl"), str(DATA / "amem-page.html")]))
    assert isinstance(items[0], Record) and items[0].meetings == ["AMEM 38"]
    failures = [str(i) for i in items if isinstance(i, Failure)]
    assert failures[0].startswith(f"{path}:2: broken JSON: ")
    assert failures[1] == f"{tmp_path / 'missing.jsonl'}: no such file or folder"
    assert (
        items[-1].capture is not None
        and items[-1].capture.sha256 == hashlib.sha256((DATA / "amem-page.html").read_bytes()).hexdigest()
    )


def test_worker_pool_path(tmp_path):
    rows = [
        {
            "url": f"https://example.org/pool/{i}",
            "title": f"Biogas plant {i}",
            "body": f"Biogas plant number {i} opened.",
        }
        for i in range(7)
    ]
    report = import_paths(
        [str(write_jsonl(tmp_path / "p.jsonl", rows))],
        ImportOptions(workers=2, chunk_size=2, write_batch=3),
        ReadOptions(),
    )
    assert (report.created, report.failed) == (7, 0)
    assert set(found("biogas plant")) >= {r["url"] for r in rows}


def test_a_conflicting_row_fails_alone(tmp_path, monkeypatch):
    """If a batch write hits a conflict (e.g. a slug taken meanwhile), the batch is retried
    row by row: only the conflicting row fails, the others are written."""
    from archive.ingest import write

    Article.objects.create(title="Taken", slug="taken-slug", body="x", source_url="https://example.org/taken")
    real = write.Store.slugs
    calls = {"n": 0}

    def slugs(self, rows):
        calls["n"] += 1
        out = real(self, rows)
        # first (batch) write: the second row collides; the row-by-row retry collides again for it
        return [("taken-slug" if r.record.url.endswith("/c2") else s) for r, s in zip(rows, out, strict=True)]

    monkeypatch.setattr(write.Store, "slugs", slugs)
    rows = [{"url": f"https://example.org/c{i}", "title": f"Conflict {i}", "body": "Text."} for i in range(1, 4)]
    report = import_paths([str(write_jsonl(tmp_path / "c.jsonl", rows))], ImportOptions(workers=1))
    assert (report.created, report.failed) == (2, 1)
    assert "database error" in report.failures[0].reason and report.failures[0].origin.endswith(":2")
    assert set(
        Article.objects.filter(source_url__startswith="https://example.org/c").values_list("source_url", flat=True)
    ) == {
        "https://example.org/c1",
        "https://example.org/c3",
    }
