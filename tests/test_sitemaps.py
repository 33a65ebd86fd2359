"""Sitemaps crawlers accept: an index that reaches every public URL in every language,
sections of at most URLS_PER_PAGE URLs, valid against the sitemap protocol's XSD."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from archive import sitemaps
from archive.models import Article, Meeting
from tests.factories import make_article

pytestmark = pytest.mark.django_db

XSD = Path(__file__).parent / "data" / "xsd"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def valid(xml: bytes, schema: str) -> etree._Element:
    doc = etree.fromstring(xml)
    etree.XMLSchema(etree.parse(str(XSD / schema))).assertValid(doc)
    return doc


def crawl(client) -> list[str]:
    """Every <loc> of every section the index lists."""
    index = valid(client.get("/sitemap.xml").content, "siteindex.xsd")
    urls = []
    for loc in index.findall("s:sitemap/s:loc", NS):
        page = client.get(loc.text.removeprefix("http://testserver"))
        assert page.status_code == 200 and page["Content-Type"] == "application/xml"
        doc = valid(page.content, "sitemap.xsd")
        locs = [u.text for u in doc.findall("s:url/s:loc", NS)]
        assert len(locs) <= sitemaps.URLS_PER_PAGE
        urls += locs
    return urls


def test_the_index_reaches_every_page_in_every_language(client, monkeypatch):
    monkeypatch.setattr(sitemaps.ArchiveSitemap, "limit", 7)  # many small pages
    urls = crawl(client)
    assert len(urls) == len(set(urls))
    published = Article.objects.published()
    for article in published:
        path = article.get_absolute_url()
        assert {f"http://testserver{p}{path.removeprefix('/')}" for p in ("/", "/vi/", "/th/")} <= set(urls)
    meeting = Meeting.objects.get(slug="amem-38")
    assert f"http://testserver/th{meeting.get_absolute_url()}" in urls
    article_urls = [u for u in urls if "/articles/" in u and not u.endswith("/articles/")]
    assert len(article_urls) == 3 * published.count()


def test_sections_carry_lastmod_and_hreflang_alternates(client):
    index = valid(client.get("/sitemap.xml").content, "siteindex.xsd")
    assert index.find("s:sitemap/s:lastmod", NS) is not None
    section = client.get("/sitemap-articles.xml").content.decode()
    assert 'hreflang="vi"' in section and 'hreflang="x-default"' in section


@pytest.mark.usefixtures("class_search_index")
class TestPublishing:
    """A publish's commit drains the index queue: an index of the class's own."""

    def test_a_publish_shows_at_once_and_drafts_never(self, client, django_capture_on_commit_callbacks):
        before = crawl(client)
        draft = make_article(title="Bản nháp", status=Article.Status.DRAFT)
        with django_capture_on_commit_callbacks(execute=True):
            article = make_article(title="Bài mới đăng về điện gió")
        urls = crawl(client)  # the cached sections are stale once the content changed
        assert f"http://testserver{article.get_absolute_url()}" in urls and len(urls) == len(before) + 3
        assert f"http://testserver{draft.get_absolute_url()}" not in urls


def test_a_section_is_built_with_the_cyclic_collector_paused(client, monkeypatch):
    import gc

    seen = []
    location_in = sitemaps.ArchiveSitemap.location_in
    monkeypatch.setattr(
        sitemaps.ArchiveSitemap,
        "location_in",
        lambda self, item, language: seen.append(gc.isenabled()) or location_in(self, item, language),
    )
    assert gc.isenabled()
    assert client.get("/sitemap-articles.xml").status_code == 200
    assert seen and not any(seen)
    assert gc.isenabled()
    # Back on after a failure too (a page past the end: 404).
    assert client.get("/sitemap-articles.xml?p=999").status_code == 404
    assert gc.isenabled()
