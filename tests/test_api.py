"""The read-only REST API (archive/api/) and its OpenAPI schema."""

from __future__ import annotations

import pytest
from django.urls import reverse

from archive.models import Article, Meeting
from tests.factories import founding_article

pytestmark = pytest.mark.django_db


def get_json(client, url, params=None, status=200):
    response = client.get(url, params or {})
    assert response.status_code == status, (url, response.status_code, response.content[:300])
    return response.json()


def test_api_root_lists_resources(client):
    data = get_json(client, "/api/", {"format": "json"})
    assert set(data) >= {"articles", "meetings", "series", "people", "organisations"}


def test_articles_list_and_filters(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        data = get_json(client, "/api/articles/")
    assert data["count"] == 5
    first = data["results"][0]
    assert {"slug", "url", "html_url", "title", "language", "published", "meetings"} <= set(first)
    assert "body" not in first
    assert get_json(client, "/api/articles/", {"lang": "th"})["count"] == 1
    assert get_json(client, "/api/articles/", {"meeting": "amem-38"})["count"] == 2
    assert get_json(client, "/api/articles/", {"series": "amem"})["count"] == 2
    assert get_json(client, "/api/articles/", {"person": "le-ngoc-tuan"})["count"] == 1
    assert get_json(client, "/api/articles/", {"organization": "monre"})["count"] == 2
    assert get_json(client, "/api/articles/", {"year": "2022"})["count"] == 2
    assert get_json(client, "/api/articles/", {"from": "2021-01-01", "to": "2021-12-31"})["count"] == 1
    assert get_json(client, "/api/articles/", {"source": "Báo Tin Tức (TTXVN)"})["count"] == 1
    assert "year" in get_json(client, "/api/articles/", {"year": "x"}, status=400)
    assert "lang" in get_json(client, "/api/articles/", {"lang": "fr"}, status=400)
    assert "from" in get_json(client, "/api/articles/", {"from": "soon"}, status=400)


def test_article_detail(client, django_assert_max_num_queries):
    article = founding_article("amem-plus-3")
    with django_assert_max_num_queries(5):
        data = get_json(client, f"/api/articles/{article.slug}/")
    assert data["title"] == article.title
    assert data["paragraphs"] and data["body"]
    assert [p["slug"] for p in data["people"]] == ["hoang-tien-dung"]
    assert {m["short_name"] for m in data["meetings"]} == {"AMEM 38", "AMEM+3 17", "SOME+3 17"}
    assert data["html_url"] == "http://testserver" + article.get_absolute_url()


def test_drafts_never_in_api(client):
    draft = Article.objects.create(
        title="API draft", body="x", source_url="https://example.org/api-draft", language="en"
    )
    draft.meetings.add(Meeting.objects.get(slug="amem-38"))
    get_json(client, f"/api/articles/{draft.slug}/", status=404)
    assert draft.slug not in str(get_json(client, "/api/articles/", {"page_size": 100}))
    meeting = get_json(client, "/api/meetings/amem-38/")
    assert draft.slug not in str(meeting["articles"])
    assert meeting["article_count"] == 2


def test_meetings(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        data = get_json(client, "/api/meetings/")
    assert data["count"] == Meeting.objects.count()
    amem = Meeting.objects.filter(series__slug="amem").count()  # the seed's AMEM 38 and the history fixture's
    assert get_json(client, "/api/meetings/", {"series": "amem"})["count"] == amem > 1
    assert get_json(client, "/api/meetings/", {"year": "2020"})["count"] == 3
    assert get_json(client, "/api/meetings/", {"country": "kh"})["count"] >= 1
    assert get_json(client, "/api/meetings/", {"person": "le-ngoc-tuan"})["count"] == 2
    get_json(client, "/api/meetings/", {"meeting_format": "teleport"}, status=400)
    online = Meeting.objects.filter(format="online").count()
    assert get_json(client, "/api/meetings/", {"meeting_format": "online"})["count"] == online >= 5
    with django_assert_max_num_queries(8):
        detail = get_json(client, "/api/meetings/amem-38/")
    assert detail["names"]["vi"] == "Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38"
    assert {(r["kind"], r["direction"], r["meeting"]["slug"]) for r in detail["relations"]} == {
        ("prepares", "in", "some-38"),
        ("alongside", "in", "amem-plus-3-17"),
    }
    some = get_json(client, "/api/meetings/some-38/")
    assert some["participants"][0]["person"]["slug"] == "hoang-tien-dung"


def test_series(client):
    data = get_json(client, "/api/series/")
    amem = next(s for s in data["results"] if s["slug"] == "amem")
    assert (
        amem["names"]["th"] == "การประชุมรัฐมนตรีพลังงานอาเซียน"
        and amem["meeting_count"] == Meeting.objects.filter(series__slug="amem").count()
    )
    assert get_json(client, "/api/series/", {"sector": "environment"})["count"] >= 5
    detail = get_json(client, "/api/series/some/")
    assert detail["parent"]["slug"] == "amem" and "some-38" in [m["slug"] for m in detail["meetings"]]


def test_people(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        data = get_json(client, "/api/people/")
    assert data["count"] == 14
    assert get_json(client, "/api/people/", {"country": "VN"})["count"] == 3
    assert get_json(client, "/api/people/", {"meeting": "vj-epd-7"})["count"] == 2
    assert get_json(client, "/api/people/", {"organization": "monre"})["count"] == 1
    detail = get_json(client, "/api/people/le-ngoc-tuan/")
    assert detail["alternate_names"] == ["Le Ngoc Tuan"]
    assert [p["meeting"]["slug"] for p in detail["participations"]] == ["asoen-33", "asean-rok-decc-2"]


def test_organisations(client):
    data = get_json(client, "/api/organisations/")
    assert data["count"] == 15
    assert get_json(client, "/api/organisations/", {"parent": "monre"})["count"] == 1
    detail = get_json(client, "/api/organisations/monre/")
    assert detail["names"]["vi"] == "Bộ Tài nguyên và Môi trường"
    assert [u["slug"] for u in detail["units"]] == ["monre-international-cooperation"]


def test_read_only(client):
    assert client.post("/api/articles/", {"title": "x"}).status_code in (401, 403, 405)
    assert client.delete("/api/meetings/amem-38/").status_code in (401, 403, 405)


def test_search_endpoint_contract_unchanged(client):
    data = get_json(client, "/api/search/", {"q": "AMEM 38"})
    assert {"count", "page", "page_size", "results", "facets", "meeting", "relaxed"} <= set(data)
    assert data["meeting"]["short_name"] == "AMEM 38"
    assert data["meeting"]["url"] == "http://testserver/meetings/amem-38/"


def test_schema_validates(client):
    from drf_spectacular.validation import validate_schema

    from archive.api.schema import ArchiveSchemaGenerator

    schema = ArchiveSchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    for path in (
        "/api/articles/",
        "/api/articles/{slug}/",
        "/api/meetings/",
        "/api/series/{slug}/",
        "/api/people/",
        "/api/organisations/{slug}/",
        "/api/search/",
    ):
        assert path in schema["paths"], path
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200 and response.json()["openapi"].startswith("3.")


def test_docs_page(client):
    html = client.get(reverse("api:docs")).content.decode()
    assert "/api/articles/" in html and "/api/search/" in html and "<code>lang</code>" in html


def test_throttling_is_configured():
    from django.conf import settings

    from archive.api.views import ArticleViewSet

    # Test settings switch throttles off; production settings rate-limit anonymous clients.
    assert "anon" in settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"]
    assert ArticleViewSet.throttle_classes is not None
