"""The repeated queries, written once: newest meetings first (undated last on every database),
published-only counts and participations in date order."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from archive.analysis.language import LANGUAGES
from archive.api.serializers import PersonSummarySerializer
from archive.models import (
    Article,
    Language,
    Meeting,
    MeetingSeries,
    Organization,
    Participation,
    Person,
)
from archive.web.views import LIST_PAGE_SIZE
from tests.factories import (
    make_article,
    make_meeting,
    make_organization,
    make_participation,
    make_person,
    make_series,
)

pytestmark = pytest.mark.django_db

DRAFT = Article.Status.DRAFT


def three_meetings():
    """An undated meeting created first (lowest key), then an old and a recent one."""
    series = make_series()
    undated = make_meeting(series=series)
    old = make_meeting(series=series, start_date=dt.date(2015, 10, 7))
    recent = make_meeting(series=series, start_date=dt.date(2023, 8, 24))
    return series, undated, old, recent


def test_newest_first_lists_undated_meetings_last():
    series, undated, old, recent = three_meetings()
    assert list(Meeting.objects.filter(series=series).newest_first()) == [recent, old, undated]


def test_the_default_meeting_order_is_newest_first():
    series, undated, old, recent = three_meetings()
    assert list(Meeting.objects.filter(series=series)) == [recent, old, undated]


def test_newest_first_among_all_meetings_puts_every_undated_one_after_every_dated_one():
    three_meetings()
    dated = [m.start_date is not None for m in Meeting.objects.newest_first()]
    assert dated == sorted(dated, reverse=True)


def test_the_meeting_list_page_shows_undated_meetings_last(client):
    series, undated, old, recent = three_meetings()
    pages = -(-Meeting.objects.count() // LIST_PAGE_SIZE)
    html = "".join(
        client.get(reverse("archive:meeting-list"), {"page": n}).content.decode() for n in range(1, pages + 1)
    )
    positions = [html.index(f'href="{m.get_absolute_url()}"') for m in (recent, old, undated)]
    assert positions == sorted(positions)


def test_meeting_counts_count_only_published_articles():
    meeting = make_meeting()
    make_article().meetings.add(meeting)
    make_article().meetings.add(meeting)
    make_article(status=DRAFT).meetings.add(meeting)
    assert Meeting.objects.with_counts().get(pk=meeting.pk).article_count == 2
    assert Meeting.objects.with_counts().get(pk=make_meeting().pk).article_count == 0


def test_series_counts_count_meetings_and_published_articles_once_each():
    series = make_series()
    first, second = make_meeting(series=series), make_meeting(series=series)
    both = make_article()
    both.meetings.add(first, second)  # one article about two meetings counts once
    make_article(status=DRAFT).meetings.add(first)
    counted = MeetingSeries.objects.with_counts().get(pk=series.pk)
    assert (counted.meeting_count, counted.article_count) == (2, 1)


def test_people_and_organisation_counts_count_only_published_articles():
    organization = make_organization()
    person = make_person(organization=organization)
    make_participation(person=person)
    make_participation(person=person)
    for status in (Article.Status.PUBLISHED, DRAFT):
        article = make_article(status=status)
        article.people.add(person)
        article.organizations.add(organization)
    counted = Person.objects.with_counts().get(pk=person.pk)
    assert (counted.meeting_count, counted.article_count) == (2, 1)
    counted = Organization.objects.with_counts().get(pk=organization.pk)
    assert (counted.people_count, counted.article_count) == (1, 1)


def test_published_is_chainable():
    draft = make_article(status=DRAFT, language="vi")
    shown = make_article(language="vi")
    chosen = Article.objects.filter(pk__in=[draft.pk, shown.pk])
    assert list(chosen.published().in_language("vi").newest_first()) == [shown]
    assert list(chosen.in_language("vi").published()) == [shown]


def test_participations_are_chronological_with_undated_meetings_last():
    person = make_person()
    _series, undated, old, recent = three_meetings()
    for meeting in (recent, undated, old):
        make_participation(person=person, meeting=meeting)
    in_order = [p.meeting for p in Participation.objects.filter(person=person).chronological()]
    assert in_order == [old, recent, undated]
    assert [p.meeting for p in person.participations.all()] == in_order  # the default order too


def test_the_api_person_page_lists_participations_chronologically_with_undated_meetings_last(client):
    person = make_person()
    _series, undated, old, recent = three_meetings()
    for meeting in (recent, undated, old):
        make_participation(person=person, meeting=meeting)
    data = client.get(reverse("api:person-detail", kwargs={"slug": person.slug})).json()
    assert [p["meeting"]["slug"] for p in data["participations"]] == [old.slug, recent.slug, undated.slug]


def test_a_person_best_bet_lists_their_latest_meetings_newest_first_with_undated_ones_last():
    """PostgreSQL sorts NULL first in a plain descending order: undated meetings led the list."""
    person = make_person()
    _series, undated, old, recent = three_meetings()
    for meeting in (old, undated, recent):
        make_participation(person=person, meeting=meeting)
    meetings = PersonSummarySerializer(person).data["meetings"]
    assert [m["url"] for m in meetings] == [m.get_absolute_url() for m in (recent, old, undated)]


def test_a_person_best_bet_keeps_the_latest_20_dated_meetings_over_an_undated_one():
    person = make_person()
    series = make_series()
    make_participation(person=person, meeting=make_meeting(series=series))  # undated
    dated = [make_meeting(series=series, start_date=dt.date(2000 + n, 1, 1)) for n in range(21)]
    for meeting in dated:
        make_participation(person=person, meeting=meeting)
    meetings = PersonSummarySerializer(person).data["meetings"]
    assert [m["url"] for m in meetings] == [m.get_absolute_url() for m in reversed(dated[1:])]


def test_the_model_languages_are_the_analysis_languages():
    assert tuple(Language.values) == LANGUAGES


def test_attach_meetings_gives_what_prefetch_gives_and_follows_edits():
    from archive.querysets import attach_meetings

    prefetched = {a.pk: list(a.meetings.all()) for a in Article.objects.published().for_listing()}
    attached = {a.pk: list(a.meetings.all()) for a in attach_meetings(list(Article.objects.published()))}
    assert attached == prefetched and any(attached.values())
    meeting = next(m for ms in attached.values() for m in ms)
    meeting.name_en = "Renamed by an editor"
    meeting.save()  # the content version moves: the kept meetings are read again
    again = attach_meetings(list(Article.objects.published()))
    assert "Renamed by an editor" in {m.name_en for a in again for m in a.meetings.all()}


def test_attach_meetings_asks_the_link_table_only_for_articles_linked_to_a_meeting():
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from archive.querysets import attach_meetings
    from archive.web.freshness import content_changed

    plain = [make_article(), make_article()]
    meeting = make_meeting()
    attach_meetings(list(Article.objects.filter(pk__in=[a.pk for a in plain])))  # keeps the linked ids
    with CaptureQueriesContext(connection) as captured:
        attached = attach_meetings(list(Article.objects.filter(pk__in=[a.pk for a in plain])))
    assert [list(a.meetings.all()) for a in attached] == [[], []]
    assert not [q for q in captured.captured_queries if "archive_article_meetings" in q["sql"]]
    plain[1].meetings.add(meeting)
    # What the link's commit does (its other on-commit work would write to the session's index).
    content_changed()  # the content version moves: the linked ids are read again
    attached = attach_meetings(list(Article.objects.filter(pk__in=[a.pk for a in plain]).order_by("pk")))
    assert [list(a.meetings.all()) for a in attached] == [[], [meeting]]


def _links(article: Article) -> tuple:
    return (
        [m.pk for m in article.meetings.all()],
        [p.pk for p in article.people.all()],
        [o.pk for o in article.organizations.all()],
        [c.pk for c in article.captures.all()],
    )


def test_the_page_prefetches_only_the_relations_an_article_has(django_assert_num_queries):
    linked, bare = make_article(), make_article()
    meetings = [make_meeting(), make_meeting()]
    linked.meetings.add(*meetings)
    linked.people.add(make_person())
    linked.organizations.add(make_organization())
    with django_assert_num_queries(4):  # the article, its meetings, people, organisations
        page = Article.objects.for_page().get(pk=linked.pk)
        got = _links(page)
    plain = Article.objects.prefetch_related("meetings", "people", "organizations", "captures").get(pk=linked.pk)
    assert sorted(got[0]) == sorted(m.pk for m in meetings) and got[1:] == _links(plain)[1:]
    with django_assert_num_queries(1):  # nothing to prefetch, and empty lists without queries
        page = Article.objects.for_page().get(pk=bare.pk)
        assert _links(page) == ([], [], [], [])
        assert page.meetings.count() == 0 and not page.people.exists()


def test_cards_prefetch_meetings_only_for_the_articles_holding_some(django_assert_num_queries):
    articles = [make_article() for _ in range(4)]
    meeting = make_meeting()
    articles[1].meetings.add(meeting)
    pks = [a.pk for a in articles]
    with django_assert_num_queries(2):
        cards = Article.objects.for_listing().in_bulk(pks)
        shown = {pk: [m.pk for m in cards[pk].meetings.all()] for pk in pks}
    assert shown == {pk: [meeting.pk] if pk == articles[1].pk else [] for pk in pks}
    # Iterated in chunks (feeds, commands) the same holds, chunk by chunk.
    with django_assert_num_queries(2):
        chunked = {
            a.pk: [m.pk for m in a.meetings.all()]
            for a in Article.objects.for_listing().filter(pk__in=pks).iterator(chunk_size=10)
        }
    assert chunked == shown
    with django_assert_num_queries(0):  # the card's meetings came with it
        assert cards[articles[1].pk].meetings.all()[0].series.acronym
