"""Meetings and people found in article text (archive.ingest.detect)."""

from __future__ import annotations

import pytest

from archive.ingest.detect import PeopleMatcher, detect_mentions
from archive.ingest.write import redetect
from archive.models import Article, Meeting, MeetingCandidate, MeetingSeries, Person

# Re-detection saves articles and drains the index queue: an index of the module's own.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def meeting(slug: str) -> int:
    return Meeting.objects.get(slug=slug).pk


def person(slug: str) -> int:
    return Person.objects.get(slug=slug).pk


@pytest.mark.parametrize(
    "text",
    [
        "Ministers met at AMEM 38 in Ha Noi.",
        "The 38th ASEAN Ministers on Energy Meeting closed today.",
        "Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38 đã bế mạc.",
        "AMEM38 opened online.",
    ],
)
def test_known_meeting_in_any_spelling(text):
    assert meeting("amem-38") in detect_mentions(text).meeting_ids


def test_people_by_any_spelling_diacritic_insensitive():
    found = detect_mentions("Thứ trưởng Hoàng Tiến Dũng phát biểu; Hoang Tien Dung also spoke.").person_ids
    assert found == {person("hoang-tien-dung")}
    assert person("hoang-tien-dung") in detect_mentions("HOÀNG TIẾN DŨNG").person_ids
    assert person("tuvshin-badral") in detect_mentions("นายทูฟชิน บาดรัล กล่าวว่า").person_ids
    assert person("tuvshin-badral") in detect_mentions("นายทูฟชินบาดรัลกล่าวว่า").person_ids  # Thai: no spaces
    assert detect_mentions("Hoang Tien Dungeon keeper").person_ids == set()  # whole words only


def test_unknown_meeting_numbers_are_candidates_not_meetings():
    d = detect_mentions("Brunei will host AMEM 39; ASOEN 34 follows.", "", "SOME 38 prepared it.")
    assert ("amem", 39) in d.candidates and ("asoen", 34) in d.candidates
    assert meeting("some-38") in d.meeting_ids
    assert not Meeting.objects.filter(series__slug="amem", number=39).exists()  # never invented


def test_plain_words_are_not_meetings():
    d = detect_mentions("Some 30 countries attended; some officials said energy prices rose.")
    assert not d.meeting_ids and not d.candidates


def test_people_matcher_ignores_short_names():
    m = PeopleMatcher([(1, ["Li", "An Fengquan"])])
    assert m.find("Li said An Fengquan agreed") == {1}
    assert m.find("Li said") == set()


def test_redetect_links_meetings_people_and_records_candidates():
    a = Article.objects.create(
        title="AMEM 38 wrap-up",
        body="Deputy Minister Hoang Tien Dung said AMEM 39 will follow.",
        source_url="https://example.org/detect/1",
        status=Article.Status.PUBLISHED,
    )
    manual = Meeting.objects.get(slug="asoen-33")
    a.meetings.add(manual)  # an editor's link
    redetect([a])
    assert set(a.meetings.values_list("slug", flat=True)) == {"amem-38", "asoen-33"}  # added, never removed
    assert list(a.people.values_list("slug", flat=True)) == ["hoang-tien-dung"]
    cand = MeetingCandidate.objects.get(series=MeetingSeries.objects.get(slug="amem"), number=39)
    assert a in cand.articles.all() and cand.article_count == 1
    assert not Meeting.objects.filter(series__slug="amem", number=39).exists()  # listed, not invented


def test_redetect_mentions_command():
    import io

    from django.core.management import call_command

    a = Article.objects.create(
        title="Grid talks", body="Tran Hong Ha opened SOME 38.", source_url="https://example.org/detect/2"
    )
    out = io.StringIO()
    call_command("redetect_mentions", "--ids", str(a.pk), stdout=out)
    assert "checked 1 article(s)" in out.getvalue()
    assert list(a.meetings.values_list("slug", flat=True)) == ["some-38"]
    assert list(a.people.values_list("slug", flat=True)) == ["tran-hong-ha"]
