"""The public pages: status, key content and bounded query counts (no N+1)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from archive.models import Article, Meeting
from tests.factories import founding_article

pytestmark = pytest.mark.django_db


def get(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response


def test_home(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        response = get(client, "/")
    html = response.content.decode()
    assert 'role="search"' in html
    assert "Latest articles" in html
    assert "AMEM" in html  # series at a glance
    assert reverse("archive:meeting-detail", args=["amem-38"]) in html  # recent meetings
    assert 'hreflang="vi"' in html and 'hreflang="th"' in html
    assert reverse("archive:opensearch") in html


def test_article_detail(client, django_assert_max_num_queries):
    article = founding_article("amem-38-online")
    with django_assert_max_num_queries(12):
        response = get(client, article.get_absolute_url())
    html = response.content.decode()
    assert article.title in html
    assert "application/ld+json" in html and '"NewsArticle"' in html
    assert 'property="og:title"' in html
    assert reverse("archive:meeting-detail", args=["amem-38"]) in html
    assert reverse("archive:article-bibtex", args=[article.slug]) in html
    for paragraph in article.paragraphs[:3]:
        assert paragraph.replace('"', "&quot;")[:40] in html.replace("&#x27;", "'")
    assert 'rel="canonical"' in html


def test_article_detail_links_people_and_related(client):
    article = founding_article("amem-plus-3")
    html = get(client, article.get_absolute_url()).content.decode()
    assert reverse("archive:person-detail", args=["hoang-tien-dung"]) in html
    # The AMEM 38 online article shares AMEM 38 with this one: it is the first related article.
    assert founding_article("amem-38-online").get_absolute_url() in html


def test_article_source_link_only_for_real_urls(client):
    linked = founding_article("vietnam-japan-dialogue")
    html = get(client, linked.get_absolute_url()).content.decode()
    assert f'href="{linked.source_url}"' in html
    unlinked = founding_article("amem-38-online")
    html = get(client, unlinked.get_absolute_url()).content.decode()
    assert "urn:asean-archive" not in html.split("<main", 1)[1].split("Cite this", 1)[0]


def test_drafts_are_not_public(client):
    draft = Article.objects.create(
        title="Draft about AMEM 38", body="Not yet.", source_url="https://example.org/draft-web", language="en"
    )
    draft.meetings.add(Meeting.objects.get(slug="amem-38"))
    get(client, draft.get_absolute_url(), status=404)
    get(client, reverse("archive:article-bibtex", args=[draft.slug]), status=404)
    assert draft.title not in get(client, "/").content.decode()
    assert draft.title not in get(client, reverse("archive:meeting-detail", args=["amem-38"])).content.decode()
    assert draft.title not in get(client, reverse("archive:article-list")).content.decode()


def test_citations(client):
    article = founding_article("vietnam-japan-dialogue")
    bib = get(client, reverse("archive:article-bibtex", args=[article.slug]))
    assert bib["Content-Type"].startswith("application/x-bibtex")
    text = bib.content.decode()
    assert text.startswith(f"@article{{archive{article.pk}_2021,") and "year = {2021}" in text
    csl = get(client, reverse("archive:article-csl", args=[article.slug])).json()
    assert csl[0]["type"] == "article-newspaper"
    assert csl[0]["issued"]["date-parts"] == [[2021, 11, 24]]
    assert csl[0]["container-title"] == "Báo Tin Tức (TTXVN)"


def test_meeting_detail(client, django_assert_max_num_queries):
    url = reverse("archive:meeting-detail", args=["amem-38"])
    with django_assert_max_num_queries(12):
        response = get(client, url)
    html = response.content.decode()
    assert "AMEM 38" in html
    assert "38th ASEAN Ministers on Energy Meeting" in html
    assert "Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38" in html
    assert "ครั้งที่ 38" in html
    assert "Prepared by" in html and reverse("archive:meeting-detail", args=["some-38"]) in html
    assert "Held alongside" in html and reverse("archive:meeting-detail", args=["amem-plus-3-17"]) in html
    assert founding_article("amem-38-online").get_absolute_url() in html  # coverage
    assert "Vietnamese" in html
    assert reverse("archive:feed-meeting-atom", args=["amem-38"]) in html


def test_meeting_participants_and_series_navigation(client):
    html = get(client, reverse("archive:meeting-detail", args=["some-38"])).content.decode()
    assert "Hoàng Tiến Dũng" in html and "Head of the Vietnamese SOME delegation" in html
    assert "Prepares" in html
    # Meetings of a series link to the previous and next ones (from the history fixture).
    older, newer = Meeting.objects.get(slug="amem-37"), Meeting.objects.get(slug="amem-41")  # no sourced 39, 40
    html = get(client, reverse("archive:meeting-detail", args=["amem-38"])).content.decode()
    assert f'href="{older.get_absolute_url()}" rel="prev"' in html
    assert f'href="{newer.get_absolute_url()}" rel="next"' in html


def test_meeting_with_many_participants_is_bounded(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        html = get(client, reverse("archive:meeting-detail", args=["asia-roundtable-summit-2022"])).content.decode()
    assert "Guest speaker" in html and "An Fengquan" in html


def test_series_detail_timeline_and_matrix(client, django_assert_max_num_queries):
    # AMEM 36 and 37 come from the history fixture.
    with django_assert_max_num_queries(10):
        html = get(client, reverse("archive:series-detail", args=["amem"])).content.decode()
    assert "<svg" in html and 'class="timeline"' in html
    listing = html.split('class="timeline"', 1)[1]
    assert listing.index("AMEM 36") < listing.index("AMEM 37") < listing.index("AMEM 38")
    assert "Bangkok" in html and "Singapore" in html
    assert "2 articles" in html  # AMEM 38 has two published articles
    html = get(client, reverse("archive:series-detail", args=["some"])).content.decode()
    assert "Hoàng Tiến Dũng" in html and "Head of the Vietnamese SOME delegation" in html  # attendance matrix


def test_series_attendance_page(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        html = get(client, reverse("archive:series-attendance", args=["asoen"])).content.decode()
    assert "Lê Ngọc Tuấn" in html and "Chief of the ASOEN Viet Nam Office" in html


def test_timeline(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(6):
        html = get(client, reverse("archive:timeline")).content.decode()
    listing = html.rsplit("</svg>", 1)[1]  # the year headings after the picture
    assert listing.index(">2022<") < listing.index(">2021<") < listing.index(">2020<")
    assert "Date not recorded" in html  # SOME+3 17 has no date
    assert "VJ-EPD 7" in html


def test_person_detail(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(8):
        html = get(client, reverse("archive:person-detail", args=["le-ngoc-tuan"])).content.decode()
    assert "Lê Ngọc Tuấn" in html and "Le Ngoc Tuan" in html  # names and spellings
    assert "ASOEN 33" in html and "ASEAN-ROK DECC 2" in html  # roles over time
    assert founding_article("environment-partners").get_absolute_url() in html


def test_organization_detail(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        html = get(client, reverse("archive:organization-detail", args=["monre"])).content.decode()
    assert "Ministry of Natural Resources and Environment" in html
    assert "Trần Hồng Ha"[:6] in html
    assert reverse("archive:organization-detail", args=["monre-international-cooperation"]) in html  # units
    assert founding_article("vietnam-japan-dialogue").get_absolute_url() in html


@pytest.mark.parametrize(
    "name, text, max_queries",
    [
        ("archive:meeting-list", "AMEM 38", 6),
        ("archive:series-list", "ASOEN", 6),
        ("archive:person-list", "Hoàng Tiến Dũng", 6),
        ("archive:organization-list", "ASEAN Centre for Energy", 6),
    ],
)
def test_index_pages(client, django_assert_max_num_queries, name, text, max_queries):
    with django_assert_max_num_queries(max_queries):
        html = get(client, reverse(name)).content.decode()
    assert text in html


def test_browse_filters_and_pagination_keep_filters(client, django_assert_max_num_queries):
    url = reverse("archive:article-list")
    with django_assert_max_num_queries(12):
        html = get(client, url).content.decode()
    assert "5 articles" in html
    html = get(client, url + "?lang=th").content.decode()
    assert "1 article" in html and founding_article("thai-asia-summit").get_absolute_url() in html
    html = get(client, url + "?year=2022&lang=vi").content.decode()
    assert founding_article("environment-partners").get_absolute_url() in html
    assert founding_article("vietnam-japan-dialogue").get_absolute_url() not in html
    assert "?year=2022&amp;lang=vi&amp;month=10" in html  # month links keep the other filters
    html = get(client, url + "?series=asoen").content.decode()
    assert founding_article("environment-partners").get_absolute_url() in html and "1 article" in html
    html = get(client, url + "?source=B%C3%A1o+Tin+T%E1%BB%A9c+%28TTXVN%29").content.decode()
    assert founding_article("vietnam-japan-dialogue").get_absolute_url() in html and "1 article" in html
    get(client, url + "?year=abc", status=400)


def test_browse_pagination(client):
    for i in range(25):
        Article.objects.create(
            title=f"Energy story {i}",
            body="Energy.",
            source_url=f"https://example.org/p{i}",
            language="en",
            status=Article.Status.PUBLISHED,
        )
    html = get(client, reverse("archive:article-list") + "?lang=en").content.decode()
    assert 'href="?lang=en&amp;page=2"' in html
    html = get(client, reverse("archive:article-list") + "?lang=en&page=2").content.decode()
    assert "Energy story" in html and 'aria-current="page"' in html


def test_not_found(client):
    for name in ("article-detail", "meeting-detail", "series-detail", "person-detail", "organization-detail"):
        response = get(client, reverse(f"archive:{name}", args=["no-such-thing"]), status=404)
    assert "Page not found" in response.content.decode() and 'role="search"' in response.content.decode()
    assert "Không tìm thấy trang" in get(client, "/vi/meetings/no-such-thing/", status=404).content.decode()


def test_robots_sitemap_opensearch(client):
    robots = get(client, "/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots and "Disallow: /admin/" in robots
    index = get(client, "/sitemap.xml").content.decode()
    assert "http://testserver/sitemap-meetings.xml" in index and "http://testserver/sitemap-articles.xml" in index
    meetings = get(client, "/sitemap-meetings.xml").content.decode()
    assert "http://testserver/meetings/amem-38/" in meetings
    assert "http://testserver/vi/meetings/amem-38/" in meetings and 'hreflang="th"' in meetings
    assert (
        Article.objects.published().first().get_absolute_url() in get(client, "/sitemap-articles.xml").content.decode()
    )
    osd = get(client, reverse("archive:opensearch"))
    assert osd["Content-Type"].startswith("application/opensearchdescription+xml")
    assert "http://testserver/search/?q={searchTerms}" in osd.content.decode()


def test_sitemap_has_no_drafts(client):
    draft = Article.objects.create(
        title="Secret draft", body="x", source_url="https://example.org/secret", language="en"
    )
    assert draft.get_absolute_url() not in get(client, "/sitemap-articles.xml").content.decode()
