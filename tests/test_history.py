"""The sourced meeting history (fixtures/history.json), its timelines and references."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.ingest.detect import detect_mentions
from archive.models import Meeting, MeetingSeries, MeetingSource, Source

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# --- The fixture -------------------------------------------------------------------------


def test_every_meeting_has_a_source_and_series_meetings_a_number():
    for meeting in Meeting.objects.select_related("series"):
        assert meeting.citations.exists(), f"{meeting} cites no source"
        if meeting.series_id:
            assert meeting.number is not None, f"{meeting} has no number"


def test_numbers_unique_within_a_series():
    seen = set()
    for series_id, number in Meeting.objects.filter(series__isnull=False).values_list("series_id", "number"):
        assert (series_id, number) not in seen
        seen.add((series_id, number))


def test_dates_fall_within_the_year_the_sources_give():
    checked = 0
    for c in MeetingSource.objects.filter(year_stated__isnull=False).select_related("meeting"):
        if c.meeting.start_date:
            assert c.meeting.start_date.year == c.year_stated, f"{c.meeting}: {c.source} says {c.year_stated}"
            checked += 1
        if c.meeting.end_date:
            assert c.meeting.end_date.year == c.year_stated
    assert checked >= 30


def test_no_series_has_overlapping_meetings():
    by_series = defaultdict(list)
    for m in Meeting.objects.filter(series__isnull=False, start_date__isnull=False):
        by_series[m.series_id].append((m.start_date, m.end_date or m.start_date, m.short_name))
    for spans in by_series.values():
        spans.sort()
        for (_, end, name), (start, _, other) in zip(spans, spans[1:], strict=False):
            assert end < start, f"{name} overlaps {other}"


def test_dates_are_ordered_by_number_within_a_series():
    for series in MeetingSeries.objects.all():
        dated = list(series.meetings.filter(start_date__isnull=False).order_by("number"))
        assert [m.start_date for m in dated] == sorted(m.start_date for m in dated), series.acronym


def test_history_keeps_the_seed_and_loads_twice_without_change():
    seed = {
        o["pk"]: o["fields"]
        for o in json.loads((FIXTURES / "seed.json").read_text())
        if o["model"] == "archive.meeting"
    }
    history = {
        o["pk"]: o["fields"]
        for o in json.loads((FIXTURES / "history.json").read_text())
        if o["model"] == "archive.meeting"
    }
    for pk, fields in seed.items():
        for name, value in fields.items():
            if value not in (None, ""):
                assert history[pk][name] == value, (pk, name)
    assert all(pk >= 1000 for pk in set(history) - set(seed))
    before = (Meeting.objects.count(), Source.objects.count(), MeetingSource.objects.count())
    call_command("loaddata", "seed", "history", verbosity=0)
    assert (Meeting.objects.count(), Source.objects.count(), MeetingSource.objects.count()) == before


def test_amem_history_reaches_back_to_the_1980s():
    amem = Meeting.objects.filter(series__acronym="AMEM")
    assert amem.count() >= 25
    fifth = amem.get(number=5)
    assert (fifth.city, str(fifth.start_date)) == ("Bangkok", "1985-04-25")
    assert "Chan Chun Sing" in amem.get(number=36).chair
    assert amem.get(number=35).city == "Pasay City"


# --- Meeting detection uses the history ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Officials prepared the 35th AMEM in Manila.",
        "Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 35 đã khai mạc tại Manila.",
        "การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 35 เปิดฉากขึ้นที่มะนิลา",
    ],
)
def test_an_article_naming_a_historical_meeting_links_to_it(text):
    amem35 = Meeting.objects.get(series__acronym="AMEM", number=35)
    found = detect_mentions(text)
    assert amem35.pk in found.meeting_ids
    assert ("amem", 35) not in found.candidates


def test_unknown_numbers_still_become_candidates():
    found = detect_mentions("Brunei will host the 39th AMEM; Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 40.")
    assert ("amem", 39) in found.candidates and ("amem", 40) in found.candidates
    assert not Meeting.objects.filter(series__acronym="AMEM", number__in=[39, 40]).exists()


# --- Pages ----------------------------------------------------------------------------------


def test_series_timeline_hollow_filled_and_gaps(client):
    html = get(client, "/series/amem/")
    svg = html.split('class="timeline-svg timeline-svg--series"', 1)[1].split("</svg>", 1)[0]
    # AMEM 38 has articles: a filled dot with its count; AMEM 5 has none: hollow.
    assert svg.count("dot--filled") == 1
    assert svg.count("dot--hollow") == Meeting.objects.filter(series__acronym="AMEM").count() - 1
    assert ">2</text>" in svg  # the article count inside AMEM 38's dot
    assert "No record of AMEM 3" in svg  # gaps in the numbering are drawn
    assert "No sourced record of AMEM 39–40." in html  # and listed


def test_series_timeline_decade_filter(client):
    html = get(client, "/series/amem/", decade="1980")
    listing = html.split('class="timeline"', 1)[1]
    assert "AMEM 5" in listing and "AMEM 38" not in listing and "AMEM 11" not in listing
    assert 'aria-current="page">1980–1989' in html
    # An unknown decade shows everything.
    html = get(client, "/series/amem/", decade="1750")
    assert "AMEM 43" in html.split('class="timeline"', 1)[1]


def test_global_timeline_has_a_lane_per_series_and_a_decade_filter(client):
    html = get(client, "/timeline/")
    svg = html.split('class="timeline-svg timeline-svg--global"', 1)[1].split("</svg>", 1)[0]
    for acronym in ("AMEM", "SOME", "AMME", "ASOEN"):
        assert 'class="lane-label" x="8"' in svg and f">{acronym}</text>" in svg
    assert "dot--filled" in svg and "dot--hollow" in svg
    html = get(client, "/timeline/", decade="1990")
    listing = html.rsplit("</svg>", 1)[1]
    assert ">1993<" in listing and ">2020<" not in listing


def test_meeting_page_shows_references_chair_and_neighbours(client):
    html = get(client, "/meetings/amem-36/")
    assert "References" in html and "Joint Ministerial Statement of The 36th ASEAN Ministers on Energy Meeting" in html
    assert "Ministry of Foreign Affairs, Singapore" in html and "Accessed" in html
    assert "Chan Chun Sing" in html
    assert 'href="/meetings/amem-35/" rel="prev"' in html and 'href="/meetings/amem-37/" rel="next"' in html


def test_vietnamese_and_thai_meeting_pages_translate_the_references(client):
    html = get(client, "/vi/meetings/amem-36/")
    assert "Tài liệu tham khảo" in html
    html = get(client, "/th/meetings/amem-36/")
    assert "แหล่งอ้างอิง" in html
