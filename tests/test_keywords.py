"""Keywords: a source's subject tags are kept, cleaned, shown, exported and searched.

An article its source tagged with the query is what a reader who types that tag
wants first, above articles that only use the word.
"""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command

from archive.analysis.keywords import keyword_token
from archive.ingest import clean
from archive.ingest.records import record_from_mapping
from archive.models import Article
from archive.search import lexicon
from tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_keywords_are_cleaned_one_per_line():
    text, dropped = clean.clean_keywords(["  ตำรวจ ", "Năng lượng\u0000 sạch", "ตำรวจ", "", "NĂNG LƯỢNG SẠCH"])
    assert text == "ตำรวจ\nNăng lượng sạch" and dropped == 0
    text, dropped = clean.clean_keywords("a, b\nc")
    assert text.splitlines() == ["a", "b", "c"]
    text, dropped = clean.clean_keywords([f"k{i}" for i in range(60)])
    assert len(text.splitlines()) == clean.MAX_KEYWORDS and dropped == 10
    assert len(clean.clean_keywords(["x" * 500])[0]) == clean.MAX_KEYWORD


def test_keyword_token_ignores_marks_case_and_spacing():
    assert keyword_token("Năng lượng  tái tạo") == keyword_token("nang luong tai tao") == "nang_luong_tai_tao"
    assert keyword_token("ตำรวจ") == "ตำรวจ"


def test_the_thai_sites_navigation_tags_are_not_keywords():
    row = {
        "url": "https://www.dailynews.co.th/crime/1",
        "title": "ตำรวจจับผู้ต้องหา | เดลินิวส์",
        "content": "ตำรวจจับผู้ต้องหาได้ที่ชายแดน",
        "keywords": "ตำรวจ,ยาเสพติด,เดลินิวส์,ข่าวด่วน,ไลฟ์สไตล์,ตำรวจ",
    }
    record = record_from_mapping(row, "crime.json")
    assert record.keywords == ["ตำรวจ", "ยาเสพติด"]
    assert record.title == "ตำรวจจับผู้ต้องหา"


def test_a_bad_keywords_value_is_a_row_error():
    with pytest.raises(ValueError, match="keywords"):
        record_from_mapping({"url": "https://example.org/k", "title": "t", "body": "b", "keywords": {"a": 1}}, "x:1")


def test_the_admin_path_cleans_keywords_like_the_import():
    article = make_article(title="Tin thử", keywords="điện gió, Điện gió\n\u200bđiện mặt trời")
    article.refresh_from_db()
    assert article.keyword_list == ["điện gió", "điện mặt trời"]


TAGGED = {
    # Uses the word in its title, not tagged with it.
    "title-only": ("ตำรวจจับผู้ต้องหาคดีลักทรัพย์", "เจ้าหน้าที่ตำรวจนำตัวผู้ต้องหาไปสอบสวน", ""),
    # Tagged with it; the word only in the body.
    "tagged": ("จับกุมแก๊งค้ายาชายแดนใต้", "ตำรวจภูธรภาค 9 ร่วมกับทหารจับกุมแก๊งค้ายา", "ตำรวจ\nยาเสพติด"),
    # Tagged with a subject its text does not name as such.
    "subject-only": ("โรงไฟฟ้าชุมชนเริ่มเดินเครื่อง", "ชาวบ้านผลิตไฟฟ้าจากแกลบและฟางข้าว", "พลังงานหมุนเวียน"),
    "vi": ("Dự án mới ở Ninh Thuận", "Nhà máy điện gió đầu tiên của tỉnh đi vào vận hành.", "Năng lượng sạch"),
}


@pytest.fixture(scope="module")
def tagged(module_search_index, django_db_blocker):
    """The tagged articles, committed for the module and indexed in the module's own index."""
    with django_db_blocker.unblock():
        made = {k: make_article(title=t, body=b, keywords=kw) for k, (t, b, kw) in TAGGED.items()}
        call_command("process_index_queue", verbosity=0)
        lexicon.invalidate()
        yield made
        Article.objects.filter(pk__in=[a.pk for a in made.values()]).delete()
        call_command("process_index_queue", verbosity=0)  # the deletions' tasks: the queue is left empty


def slugs(client, q: str) -> list[str]:
    response = client.get("/api/search/", {"q": q})
    assert response.status_code == 200, response.content
    return [r["url"].rstrip("/").rsplit("/", 1)[-1] for r in response.json()["results"]]


def test_tagged_articles_come_before_articles_that_only_use_the_word(client, tagged):
    found = slugs(client, "ตำรวจ")
    assert found[:2] == [tagged["tagged"].slug, tagged["title-only"].slug]


def test_a_tag_finds_articles_whose_text_does_not_hold_it(client, tagged):
    assert slugs(client, "พลังงานหมุนเวียน")[0] == tagged["subject-only"].slug
    assert tagged["vi"].slug in slugs(client, "nang luong sach")


def test_keywords_show_as_search_links_and_in_the_api(client, tagged):
    article = tagged["tagged"]
    page = client.get(article.get_absolute_url()).content.decode()
    assert 'href="/search/?q=%E0%B8%95%E0%B8%B3%E0%B8%A3%E0%B8%A7%E0%B8%88"' in page
    data = client.get(f"/api/articles/{article.slug}/").json()
    assert data["keywords"] == ["ตำรวจ", "ยาเสพติด"]


@pytest.mark.usefixtures("module_search_index")
def test_reimport_updates_keywords_and_the_index(tmp_path, client):
    path = tmp_path / "k.jsonl"
    row = {"url": "https://example.org/k/1", "title": "Gió ngoài khơi", "body": "Điện gió ngoài khơi phát triển."}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n")
    call_command("import_articles", str(path), "--workers", "1", verbosity=0)
    article = Article.objects.get(source_url=row["url"])
    assert article.slug not in slugs(client, "hải lưu")
    path.write_text(json.dumps({**row, "keywords": ["Hải lưu"]}, ensure_ascii=False) + "\n")
    call_command("import_articles", str(path), "--workers", "1", verbosity=0)
    article.refresh_from_db()
    assert article.keyword_list == ["Hải lưu"]
    assert slugs(client, "hải lưu")[0] == article.slug
