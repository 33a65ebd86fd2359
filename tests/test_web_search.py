"""The HTML search page over the query service."""

from __future__ import annotations

import pytest
from django.urls import reverse

from archive.models import Article
from tests.factories import founding_article

pytestmark = pytest.mark.django_db

URL = "/search/"


def test_search_names_meeting_best_bet(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(15):
        response = client.get(URL, {"q": "AMEM 38"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "meeting-card--bestbet" in html
    assert reverse("archive:meeting-detail", args=["amem-38"]) in html
    assert founding_article("amem-38-online").get_absolute_url() in html
    assert "<mark>" in html  # highlighted snippets
    assert 'value="AMEM 38"' in html  # the query stays in the box
    assert reverse("archive:feed-search-atom") + "?q=AMEM+38" in html


def test_search_facets_are_filter_links(client):
    html = client.get(URL, {"q": "năng lượng"}).content.decode()
    assert "?q=n%C3%A4ng" not in html
    assert "lang=vi" in html  # language facet link
    assert "series=amem" in html  # series facet link
    assert "from=2020-01-01&amp;to=2020-12-31" in html or "from=2022-01-01&amp;to=2022-12-31" in html


def test_search_language_filter_and_removal_link(client):
    html = client.get(URL, {"q": "คาร์บอน", "lang": "th"}).content.decode()
    assert founding_article("thai-asia-summit").get_absolute_url() in html
    assert founding_article("amem-38-online").get_absolute_url() not in html
    assert 'href="?q=%E0%B8%84%E0%B8%B2%E0%B8%A3%E0%B9%8C%E0%B8%9A%E0%B8%AD%E0%B8%99"' in html  # remove the filter


def test_search_sort_and_date_range(client):
    html = client.get(URL, {"q": "", "sort": "oldest", "from": "2021-01-01"}).content.decode()
    dialogue = founding_article("vietnam-japan-dialogue").get_absolute_url()
    partners = founding_article("environment-partners").get_absolute_url()
    assert html.index(dialogue) < html.index(partners)  # 2021 before 2022
    assert founding_article("amem-38-online").get_absolute_url() not in html  # 2020 is before 'from'
    assert 'value="2021-01-01"' in html


def test_bad_filters_are_a_friendly_400(client):
    response = client.get(URL, {"q": "AMEM", "from": "yesterday"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "could not be used" in html and "2020-11-17" in html
    assert client.get(URL, {"sort": "random"}).status_code == 400
    assert client.get(URL, {"lang": "fr"}).status_code == 400


def test_zero_results_page_helps(client):
    html = client.get(URL, {"q": "xyzzyqq đường", "lang": "th"}).content.decode()
    assert "Nothing found" in html
    assert "Search again without filters" in html
    assert "xyzzyqq duong" in html  # the unaccented variant


def test_did_you_mean(client):
    html = client.get(URL, {"q": "AMEN 38"}).content.decode()
    assert "Nothing found" in html or "AMEM 38" in html
    html = client.get(URL, {"q": "Tsuyoshi Yamaguchy"}).content.decode()
    if "Nothing found" in html:
        assert "Did you mean" in html and "Tsuyoshi Yamaguchi" in html


def test_pagination_keeps_filters(client):
    for i in range(25):
        Article.objects.create(
            title=f"Solar story {i}",
            body="Solar energy in ASEAN.",
            source_url=f"https://example.org/solar{i}",
            language="en",
            status=Article.Status.PUBLISHED,
        )
    # These articles are not in the search index; the filterless empty query lists what the index holds.
    html = client.get(URL, {"q": "", "page_size": "2", "lang": "vi"}).content.decode()
    assert 'href="?page_size=2&amp;lang=vi&amp;page=2"' in html or "lang=vi&amp;page=2" in html


def test_page_out_of_range(client):
    response = client.get(URL, {"q": "AMEM 38", "page": "50"})
    assert response.status_code == 200
    assert "no results on this page" in response.content.decode()


def test_search_in_other_interface_languages(client):
    html = client.get("/th/search/", {"q": "AMEM 38"}).content.decode()
    assert '<html lang="th">' in html and "ค้นหา" in html
    html = client.get("/vi/search/", {"q": "AMEM 38"}).content.decode()
    assert '<html lang="vi">' in html and "Tìm kiếm" in html


def test_suggestions_match_folded_names():
    from archive.web.queries import suggestions

    assert "AMEM 38" in suggestions("amen 38")
    assert "Tsuyoshi Yamaguchi" in suggestions("Tsuyoshi Yamaguchy")
    assert "Hoàng Tiến Dũng" in suggestions("hoang tien dun")
    assert suggestions("") == []
