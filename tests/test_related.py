"""Related articles on the article page (archive/web/related.py): shared meetings and people
first, then articles whose text shares rare words (engine.similar); published only, kept until
the article changes or for a day, found ahead by refresh_related, and the page renders when
the engine fails."""

from __future__ import annotations

import datetime as dt
import logging
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from archive.models import Article
from archive.search import queue
from archive.search.engine import get_engine
from archive.web import freshness
from archive.web import related as related_lists
from tests.factories import make_article, make_meeting, make_person
from tests.helpers import temporary_search_index

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def day(year: int, month: int = 1) -> dt.datetime:
    return timezone.make_aware(dt.datetime(year, month, 1))


def english(title: str, body: str, published: dt.datetime, **fields) -> Article:
    return make_article(title=title, body=body, language="en", published=published, **fields)


# Invented words: no other article of the test archive holds them.
def zorvex(n: int, **fields) -> Article:
    return english(
        f"Zorvexite turbines at Quillanby plant {n}",
        "The Quillanby plant runs zorvexite turbines. Zorvexite turbines cut brackmoor emissions; "
        "Quillanby engineers tested the zorvexite blades against brackmoor dust.",
        day(2019, n),
        **fields,
    )


def index(*articles: Article) -> None:
    """Apply the articles' index tasks, as a save's drain would (into the module's own index)."""
    pks = [a.pk for a in articles]
    queue.enqueue(pks, drain_after_commit=False)
    queue.drain(timeout=10, first=pks, others=0)


def related(client, article: Article) -> list[int]:
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return [a.pk for a in response.context["related"]]


def test_articles_sharing_rare_words_are_related_above_a_newer_unrelated_one(client):
    first, second = zorvex(1), zorvex(2)
    newer = english(
        "Rice farmers plan the harvest festival",
        "Farmers in the delta plan the harvest festival; the turbines of the old mill stay idle.",
        day(2024),
    )
    index(first, second, newer)
    assert related(client, first)[0] == second.pk
    assert related(client, second)[0] == first.pk
    shown = related(client, first)
    assert newer.pk not in shown or shown.index(newer.pk) > shown.index(second.pk)
    assert first.pk not in shown


def test_shared_meetings_and_people_come_first_most_shared_first(client):
    article, alike = zorvex(1), zorvex(2)
    meeting, person = make_meeting(), make_person()
    article.meetings.add(meeting)
    article.people.add(person)
    both = english("Ministers sign the grid accord", "Ministers signed the accord.", day(2016))
    both.meetings.add(meeting)
    both.people.add(person)
    one_old = english("Delegates arrive for the talks", "Delegates arrived.", day(2015))
    one_old.meetings.add(meeting)
    one_new = english("A minister's speech on tariffs", "The minister spoke.", day(2017))
    one_new.people.add(person)
    index(article, alike, both, one_old, one_new)
    # Two links, then one link newest first, then the article sharing rare words.
    assert related(client, article)[:4] == [both.pk, one_new.pk, one_old.pk, alike.pk]


def test_a_draft_never_appears(client):
    article, unpublished, alike = zorvex(1), zorvex(2), zorvex(3)
    meeting = make_meeting()
    draft = english("Draft notes from the meeting", "Notes.", day(2020), status=Article.Status.DRAFT)
    for a in (article, draft):
        a.meetings.add(meeting)
    index(article, unpublished, alike)
    # Unpublished after indexing and not drained yet: the index still holds it.
    Article.objects.filter(pk=unpublished.pk).update(status=Article.Status.DRAFT)
    assert unpublished.pk in get_engine().similar(article.pk, "zorvexite quillanby brackmoor", 10)
    shown = related(client, article)
    assert alike.pk in shown
    assert draft.pk not in shown and unpublished.pk not in shown


def test_the_list_is_kept_across_other_publishes_until_the_article_changes(client):
    article, alike = zorvex(1), zorvex(2)
    index(article, alike)
    assert related(client, article) == [alike.pk]
    later = zorvex(3)
    index(later)
    freshness.content_changed()  # a publish elsewhere: the kept list stays
    assert related(client, article) == [alike.pk]
    article.save()  # the article's own edit: its list is found again
    assert sorted(related(client, article)) == sorted([alike.pk, later.pk])


def test_a_day_old_list_is_found_again(client, monkeypatch):
    article, alike = zorvex(1), zorvex(2)
    index(article, alike)
    assert related(client, article) == [alike.pk]
    later = zorvex(3)
    index(later)
    monkeypatch.setattr(related_lists, "MAX_AGE_SECONDS", -1)  # every kept list is too old
    assert sorted(related(client, article)) == sorted([alike.pk, later.pk])


def test_an_article_unpublished_leaves_kept_lists_at_once(client):
    article, alike, other = zorvex(1), zorvex(2), zorvex(3)
    index(article, alike, other)
    assert alike.pk in related(client, article)
    Article.objects.filter(pk=alike.pk).update(status=Article.Status.DRAFT)
    assert related(client, article) == [other.pk]


def test_refresh_related_finds_the_lists_ahead_of_readers(client, monkeypatch):
    article, alike, bare = zorvex(1), zorvex(2), english("Rice farmers plan the harvest", "Farmers plan.", day(2024))
    index(article, alike, bare)
    out = StringIO()
    call_command("refresh_related", stdout=out)
    assert f"{Article.objects.published().count()} found, 0 already current" in out.getvalue()
    call_command("refresh_related", stdout=out)
    assert f"0 found, {Article.objects.published().count()} already current" in out.getvalue()

    asked = []
    monkeypatch.setattr(type(get_engine()), "similar", lambda *args, **kwargs: asked.append(args) or [])
    assert related(client, article) == [alike.pk]
    related(client, bare)
    assert asked == []  # both lists were kept


def test_the_page_renders_without_the_engine(client, tmp_path, caplog):
    article, alike = zorvex(1), zorvex(2)
    meeting = make_meeting()
    linked = english("Delegates arrive for the talks", "Delegates arrived.", day(2015))
    for a in (article, linked):
        a.meetings.add(meeting)
    index(article, alike, linked)
    with temporary_search_index(tmp_path / "none", articles=None):  # no index: search answers 503
        with caplog.at_level(logging.WARNING, logger="archive.search"):
            assert related(client, article) == [linked.pk]
        assert "related articles without the search engine" in caplog.text
    # The fallback was not cached: with the index back, the similar part returns.
    assert related(client, article) == [linked.pk, alike.pk]
