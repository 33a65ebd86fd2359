"""Search finds the text, not just the title: phrases, names, exact marks, slips, glossary.

A handful of articles written for the purpose sit beside the founding articles in
an index of the module's own; each test asks through `/api/search/` as readers do.
"""

from __future__ import annotations

import pytest
from django.core.management import call_command

from archive.models import Article, Concept
from archive.search import lexicon
from tests.factories import make_article

pytestmark = pytest.mark.django_db

TEXTS = {
    "renewables": (
        "Phát triển năng lượng tái tạo ở miền Trung",
        "Các dự án năng lượng tái tạo như điện gió và điện mặt trời đang tăng nhanh. "
        "Năng lượng tái tạo giúp giảm phát thải.",
    ),
    "tuition": (
        "Tăng học phí cần gắn với nâng chất lượng đào tạo",
        "Nhà trường nâng học phí; chất lượng đào tạo phải tăng theo. Tạo điều kiện cho sinh viên.",
    ),
    "minister": ("Bộ trưởng phát biểu tại hội thảo", "Bộ trưởng Trần Hồng Hà nhấn mạnh vai trò của quy hoạch."),
    "street": (
        "Cửa hàng điện máy khai trương",
        "Cửa hàng trên phố Nguyên Hồng - Hà Nội mở cửa; ông Trần Văn Bình là chủ.",
    ),
    "road": ("Tin giao thông", "Con đường mới nối hai huyện được thông xe."),
    "ocean": ("Tin biển đảo", "Con dương mới được thả về biển."),
    "rooftop": ("Lắp đặt hệ thống trên mái", "Người dân lắp điện mặt trời mái nhà để tiết kiệm tiền điện."),
    "two-athletes": ("Điền kinh châu Á", "Nguyễn Thị Huyền vô địch, Quách Thị Lan giành huy chương bạc."),
    "athlete": ("Vận động viên trẻ", "Chị Nguyễn Thị Lan tập luyện mỗi ngày."),
    # One name typed without marks, two people: the one the archive names most comes first.
    "phong-1": ("Hội nghị tỉnh ủy", "Ông Nguyễn Văn Phong phát biểu khai mạc."),
    "phong-2": ("Kỳ họp thứ năm", "Phó bí thư Nguyễn Văn Phong chủ trì thảo luận."),
    "phòng": ("Giải cờ tướng", "Kỳ thủ Nguyễn Văn Phòng vô địch."),  # the newest
}


@pytest.fixture(scope="module")
def articles(module_search_index, django_db_blocker):
    """The articles above, committed for the module and indexed in the module's own index."""
    with django_db_blocker.unblock():
        made = {key: make_article(title=t, body=b) for key, (t, b) in TEXTS.items()}
        call_command("process_index_queue", verbosity=0)
        lexicon.invalidate()
        yield made
        Article.objects.filter(pk__in=[a.pk for a in made.values()]).delete()
        call_command("process_index_queue", verbosity=0)  # the deletions' tasks: the queue is left empty
        lexicon.invalidate()


def api(client, **params) -> dict:
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(data: dict) -> list[str]:
    return [r["title"] for r in data["results"]]


@pytest.mark.parametrize("q", ["năng lượng tái tạo", "nang luong tai tao"])
def test_a_phrase_beats_the_same_syllables_apart(client, articles, q):
    found = titles(api(client, q=q))
    assert found[0] == TEXTS["renewables"][0]
    assert TEXTS["tuition"][0] not in found[:1]


@pytest.mark.parametrize("q", ["Trần Hồng Hà", "tran hong ha", "Hà Trần Hồng"])
def test_a_name_is_a_unit(client, articles, q):
    data = api(client, q=q)
    found = titles(data)
    assert TEXTS["minister"][0] in found
    assert TEXTS["street"][0] not in found  # 'Hồng - Hà' and a 'Trần' elsewhere are not the name
    assert data["person"]["name"] == "Trần Hồng Hà"
    assert data["person"]["url"].endswith("/")


def test_exact_marks_rank_first_and_folded_finds_both(client, articles):
    assert titles(api(client, q="con đường mới"))[0] == TEXTS["road"][0]
    assert titles(api(client, q="con dương mới"))[0] == TEXTS["ocean"][0]
    both = titles(api(client, q="con duong moi"))
    assert {TEXTS["road"][0], TEXTS["ocean"][0]} <= set(both)


def test_a_dropped_letter_is_mended_and_can_be_refused(client, articles):
    data = api(client, q="năng lượg tái tạo")
    assert data["corrected_query"] == "năng lượng tái tạo"
    assert titles(data)[0] == TEXTS["renewables"][0]
    exact = api(client, q="năng lượg tái tạo", correct=0)
    assert exact["corrected_query"] is None
    assert exact["relaxed"] is True  # the slip as typed is in no article: most of the words instead


def test_a_doubled_letter_is_mended(client, articles):
    data = api(client, q="nanng luong tai tao")
    assert data["corrected_query"] == "nang luong tai tao"
    assert titles(data)[0] == TEXTS["renewables"][0]


def test_a_thai_dropped_tone_mark_is_mended(client, articles):
    data = api(client, q="พลังงานสะอาด")  # as written in the Thai founding article
    assert data["count"] >= 1
    slip = api(client, q="พรังงานสะอาด")  # ล typed as ร
    assert slip["corrected_query"] == "พลังงานสะอาด"
    assert titles(slip)[0] == titles(data)[0]


def test_exact_queries_are_not_corrected(client, articles):
    for q in ("năng lượng tái tạo", "Trần Hồng Hà", "AMEM 38", "พลังงาน"):
        assert api(client, q=q)["corrected_query"] is None, q


def test_english_concept_finds_vietnamese_news_and_says_so(client, articles):
    assert Concept.objects.filter(slug="rooftop-solar").exists()  # from the glossary fixture
    data = api(client, q="rooftop solar")
    assert TEXTS["rooftop"][0] in titles(data)
    [expansion] = data["expansions"]
    assert expansion["concept"] == "rooftop-solar"
    assert "điện mặt trời mái nhà" in expansion["forms"] and "โซลาร์รูฟท็อป" in expansion["forms"]
    plain = api(client, q="rooftop solar", expand=0)
    assert plain["expansions"] == []
    assert TEXTS["rooftop"][0] not in titles(plain)


def test_expansions_rank_below_the_words_as_typed(client, articles):
    data = api(client, q="điện mặt trời mái nhà")
    assert titles(data)[0] == TEXTS["rooftop"][0]


def test_one_common_syllable_is_not_enough(client, articles):
    """A football query must not return the founding articles through a shared common syllable."""
    seeds = set(Article.objects.filter(source_url__startswith="urn:asean-archive:seed").values_list("title", flat=True))
    for q in ("giải bóng đá vô địch quốc gia", "đội tuyển bóng đá Việt Nam"):
        data = api(client, q=q)
        assert not seeds & set(titles(data)), q


def test_relaxed_results_keep_most_words_and_are_labelled(client, articles):
    data = api(client, q="năng lượng tái tạo miền Trung bóng")
    assert data["relaxed"] is True
    assert titles(data)[0] == TEXTS["renewables"][0]


def test_bad_flags_are_a_400(client, articles):
    response = client.get("/api/search/", {"q": "x", "expand": "maybe"})
    assert response.status_code == 400
    assert "expand" in response.json()["error"]


def test_search_page_shows_corrections_and_expansions(client, articles):
    page = client.get("/search/", {"q": "năng lượg tái tạo"}).content.decode()
    assert "năng lượng tái tạo" in page and "correct=0" in page
    page = client.get("/search/", {"q": "rooftop solar"}).content.decode()
    assert "expand=0" in page and "điện mặt trời mái nhà" in page


def test_schema_documents_the_new_fields(client):
    schema = client.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    response = schema["paths"]["/api/search/"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    response = schema["components"]["schemas"][response["$ref"].rsplit("/", 1)[-1]]  # generated from a serializer
    for name in ("expansions", "corrected_query", "person"):
        assert name in response["properties"]
    params = {p["name"] for p in schema["paths"]["/api/search/"]["get"]["parameters"]}
    assert {"expand", "correct"} <= params


def test_editors_extend_the_glossary_in_the_admin(admin_client):
    response = admin_client.post(
        "/admin/archive/concept/add/",
        {
            "name_en": "tidal power test",
            "slug": "tidal-power-test",
            "category": "energy",
            "name_vi": "điện thủy triều thử",
            "variants_vi": "",
            "name_th": "พลังงานน้ำขึ้นน้ำลงทดสอบ",
            "variants_th": "",
            "variants_en": "",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    assert Concept.objects.get(slug="tidal-power-test").forms("vi") == ["điện thủy triều thử"]
    missing = admin_client.post("/admin/archive/concept/add/", {"name_en": "x", "slug": "x", "category": "energy"})
    assert missing.status_code == 200 and not Concept.objects.filter(slug="x").exists()


@pytest.mark.parametrize("q", ["Nguyễn Thị Lan", "nguyen thi lan"])
def test_a_name_comes_first_where_it_stands_whole(client, articles, q):
    """'Nguyễn Thị Huyền ... Quách Thị Lan' holds both pairs of the name, not the name:
    another person, left out when an article holds the name whole."""
    data = api(client, q=q)
    assert titles(data) == [TEXTS["athlete"][0]] and data["count"] == 1


def test_an_unmarked_name_shows_its_most_written_form_and_offers_the_others(client, articles):
    data = api(client, q="nguyen van phong")
    assert set(titles(data)) == {TEXTS["phong-1"][0], TEXTS["phong-2"][0]} and data["count"] == 2
    assert data["name_spellings"] == {"shown": "Nguyễn Văn Phong", "others": [{"name": "Nguyễn Văn Phòng", "count": 1}]}
    assert titles(api(client, q="Nguyễn Văn Phòng")) == [TEXTS["phòng"][0]]
    page = client.get("/search/", {"q": "nguyen van phong"}).content.decode()
    assert "Nguyễn Văn Phòng" in page and "?q=Nguy%E1%BB%85n+V%C4%83n+Ph%C3%B2ng" in page
    assert api(client, q="Nguyễn Văn Phong")["name_spellings"] is None  # typed with marks: nothing to choose


@pytest.mark.parametrize("q", ["Nguyễn Thị Lan", "nguyen van phong", "Trần"])
def test_pages_of_a_name_search_neither_repeat_nor_skip(client, articles, q):
    whole = api(client, q=q, page_size=10)
    pages = [api(client, q=q, page_size=1, page=n) for n in range(1, whole["count"] + 1)]
    assert [titles(p)[0] for p in pages] == titles(whole)
    assert {p["count"] for p in pages} == {whole["count"]}


def test_name_forms_reads_the_marks_from_the_text():
    from archive.search.understanding import name_forms

    assert name_forms("Ông NGUYỄN Văn Phòng nói", [["nguyen", "van", "phong"]]) == ("nguyễn văn phòng",)
    assert name_forms("Ông Nguyễn Văn Phòng nói", [["nguyễn", "văn", "phong"]]) is None


def test_names_are_held_word_for_word():
    from archive.search.understanding import name_forms

    def holds_names(text, units):
        return name_forms(text, units) is not None

    assert holds_names("Chị Nguyễn Thị Lan tập luyện", [["nguyễn", "thị", "lan"]])
    assert not holds_names("Nguyễn Thị Huyền, Quách Thị Lan", [["nguyễn", "thị", "lan"]])
    assert holds_names("Chi Nguyen Thi Lan", [["nguyen", "thi", "lan"]])  # typed without marks: any marks
    assert not holds_names("Nguyễn Thị Lân", [["nguyễn", "thị", "lan"]])  # typed with marks: the same marks
