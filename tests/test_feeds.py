"""Atom and RSS feeds: latest, per meeting, series, person, language and search."""

from __future__ import annotations

import pytest
from django.urls import reverse

from archive.models import Article, Meeting
from tests.factories import founding_article

pytestmark = pytest.mark.django_db


def feed(client, name, *args, params=None, status=200):
    response = client.get(reverse(f"archive:{name}", args=args), params or {})
    assert response.status_code == status, (name, response.status_code)
    return response


@pytest.mark.parametrize(
    "flavour, content_type, marker", [("atom", "application/atom+xml", "<feed"), ("rss", "application/rss+xml", "<rss")]
)
def test_latest(client, django_assert_max_num_queries, flavour, content_type, marker):
    with django_assert_max_num_queries(3):
        response = feed(client, f"feed-latest-{flavour}")
    assert response["Content-Type"].startswith(content_type)
    xml = response.content.decode()
    assert marker in xml
    assert "http://testserver" + founding_article("thai-asia-summit").get_absolute_url() in xml
    assert xml.count("<entry>" if flavour == "atom" else "<item>") == 5


def test_per_meeting_series_person_language(client):
    xml = feed(client, "feed-meeting-atom", "amem-38").content.decode()
    assert founding_article("amem-38-online").get_absolute_url() in xml and xml.count("<entry>") == 2
    xml = feed(client, "feed-series-rss", "asoen").content.decode()
    assert founding_article("environment-partners").get_absolute_url() in xml and xml.count("<item>") == 1
    xml = feed(client, "feed-person-atom", "tran-hong-ha").content.decode()
    assert founding_article("vietnam-japan-dialogue").get_absolute_url() in xml and xml.count("<entry>") == 1
    xml = feed(client, "feed-language-atom", "th").content.decode()
    assert founding_article("thai-asia-summit").get_absolute_url() in xml and xml.count("<entry>") == 1
    feed(client, "feed-language-atom", "fr", status=404)
    feed(client, "feed-meeting-rss", "no-such-meeting", status=404)


def test_search_feed(client):
    xml = feed(client, "feed-search-atom", params={"q": "AMEM 38"}).content.decode()
    assert "AMEM 38" in xml
    assert founding_article("amem-38-online").get_absolute_url() in xml
    assert "/search/?q=AMEM+38" in xml  # links back to the results page
    response = feed(client, "feed-search-rss", params={"q": "AMEM", "from": "never"}, status=400)
    assert b"from" in response.content


def test_feeds_exclude_drafts(client):
    draft = Article.objects.create(
        title="Feed draft", body="x", source_url="https://example.org/feed-draft", language="en"
    )
    draft.meetings.add(Meeting.objects.get(slug="amem-38"))
    for name, args in (("feed-latest-atom", ()), ("feed-meeting-atom", ("amem-38",)), ("feed-language-rss", ("en",))):
        assert draft.slug not in feed(client, name, *args).content.decode()


def test_pages_link_their_feeds(client):
    assert reverse("archive:feed-latest-atom") in client.get("/").content.decode()
    html = client.get(reverse("archive:person-detail", args=["tran-hong-ha"])).content.decode()
    assert reverse("archive:feed-person-atom", args=["tran-hong-ha"]) in html
    html = client.get(reverse("archive:series-detail", args=["amem"])).content.decode()
    assert reverse("archive:feed-series-atom", args=["amem"]) in html
