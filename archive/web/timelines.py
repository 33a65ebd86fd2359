"""Timelines that show a series' history and the archive's coverage together.

Series timeline: one slot per number from the first to the last known meeting, so gaps in
the numbering stay visible; a meeting is a filled dot when the archive has articles about
it, hollow when it has none, and the dot grows with the article count. Global timeline:
one row per series on a shared time axis. Both are drawn at a fixed pixel size inside a
scrolling box, so labels stay readable on phones however many meetings a series has.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from archive.models import Meeting, MeetingSeries, MeetingSource

SLOT = 28  # px per number on a series timeline
YEAR = 24  # px per year on the global timeline
PAD = 24
LABEL_COLUMN = 112


def meeting_years(meetings: list[Meeting]) -> dict[int, int]:
    """Each meeting's year: its start date's, else the year a cited source gives (one query)."""
    years = {m.pk: m.start_date.year for m in meetings if m.start_date}
    undated = [m.pk for m in meetings if not m.start_date]
    if undated:
        rows = MeetingSource.objects.filter(meeting__in=undated, year_stated__isnull=False).values_list(
            "meeting_id", "year_stated"
        )
        for pk, year in rows:
            years[pk] = min(year, years.get(pk, year))
    return years


def decade_of(year: int | None) -> int | None:
    return year // 10 * 10 if year else None


def parse_decade(value: str | None, available: list[int]) -> int | None:
    """The decade asked for in ?decade=1990, if the page has meetings in it; otherwise None (all)."""
    try:
        decade = int(value or "")
    except ValueError:
        return None
    return decade if decade in available else None


def radius(count: int) -> float:
    return 6.0 if not count else round(min(6 + 2.2 * math.sqrt(count), 13), 1)


@dataclass
class Slot:
    number: int
    x: int
    meeting: Meeting | None = None
    year: int | None = None
    count: int = 0
    r: float = 4.0

    @property
    def filled(self) -> bool:
        return bool(self.count)


@dataclass
class Gap:
    first: int
    last: int

    @property
    def single(self) -> bool:
        return self.first == self.last


@dataclass
class SeriesTimeline:
    slots: list[Slot]
    width: int
    decades: list[int]
    decade: int | None
    rows: list  # meetings and gaps in number order, for the list under the picture
    undated_hidden: int = 0  # meetings without a year, left out when a decade is chosen


def series_timeline(meetings: list[Meeting], decade: str | None = None) -> SeriesTimeline:
    """`meetings` carry `article_count` (see MeetingQuerySet.with_counts)."""
    numbered = sorted((m for m in meetings if m.number is not None), key=lambda m: m.number)
    years = meeting_years(numbered)
    decades = sorted({decade_of(y) for y in years.values()})
    chosen = parse_decade(decade, decades)
    shown = numbered
    hidden = 0
    if chosen is not None:
        shown = [m for m in numbered if decade_of(years.get(m.pk)) == chosen]
        hidden = sum(1 for m in numbered if m.pk not in years)
    slots: list[Slot] = []
    rows: list = []
    if shown:
        by_number = {m.number: m for m in shown}
        first, last = shown[0].number, shown[-1].number
        gap_start = None
        for i, n in enumerate(range(first, last + 1)):
            m = by_number.get(n)
            slot = Slot(number=n, x=PAD + i * SLOT)
            if m:
                if gap_start is not None:
                    rows.append(Gap(gap_start, n - 1))
                    gap_start = None
                slot.meeting, slot.year, slot.count = m, years.get(m.pk), getattr(m, "article_count", 0)
                slot.r = radius(slot.count)
                rows.append(m)
            elif gap_start is None:
                gap_start = n
            slots.append(slot)
    width = max(2 * PAD + max(len(slots) - 1, 0) * SLOT, 320)
    return SeriesTimeline(slots, width, decades, chosen, rows, hidden)


@dataclass
class Dot:
    meeting: Meeting
    x: float
    year: int
    count: int
    r: float
    dated: bool
    label_below: bool = False

    @property
    def filled(self) -> bool:
        return bool(self.count)


@dataclass
class Lane:
    series: MeetingSeries
    y: int
    dots: list[Dot] = field(default_factory=list)


@dataclass
class GlobalTimeline:
    lanes: list[Lane]
    ticks: list[tuple[float, int, bool]]  # x, year, labelled
    width: int
    height: int
    decades: list[int]
    decade: int | None
    right_label_x: int


LANE = 44


def global_timeline(meetings: list[Meeting], decade: str | None = None) -> GlobalTimeline:
    """One row per series on a shared year axis; meetings without any year are left to the list."""
    in_series = [m for m in meetings if m.series_id]
    years = meeting_years(in_series)
    decades = sorted({decade_of(y) for y in years.values()})
    chosen = parse_decade(decade, decades)
    placed = [m for m in in_series if m.pk in years and (chosen is None or decade_of(years[m.pk]) == chosen)]
    if not placed:
        return GlobalTimeline([], [], 320, 60, decades, chosen, 0)
    lo = min(years[m.pk] for m in placed) if chosen is None else chosen
    hi = max(years[m.pk] for m in placed) if chosen is None else chosen + 9
    left = LABEL_COLUMN
    width = left + (hi - lo + 1) * YEAR + LABEL_COLUMN
    lanes: dict[int, Lane] = {}
    order = sorted({m.series for m in placed}, key=lambda s: (s.sector, s.acronym))
    for i, series in enumerate(order):
        lanes[series.pk] = Lane(series, 40 + i * LANE)
    for m in sorted(placed, key=lambda m: (m.series_id, years[m.pk], m.start_date or m.series.created.date())):
        year = years[m.pk]
        if m.start_date:
            fraction = (m.start_date.timetuple().tm_yday - 1) / 366
        else:
            fraction = 0.5  # year known, day not: drawn mid-year, dashed
        x = round(left + (year - lo + fraction) * YEAR, 1)
        lane = lanes[m.series_id]
        count = getattr(m, "article_count", 0)
        dot = Dot(m, x, year, count, min(radius(count), 9), bool(m.start_date))
        if lane.dots and x - lane.dots[-1].x < 18 and not lane.dots[-1].label_below:
            dot.label_below = True
        lane.dots.append(dot)
    ticks = [(left + (y - lo) * YEAR, y, y % 5 == 0) for y in range(lo, hi + 2)]
    height = 40 + len(lanes) * LANE + 10
    return GlobalTimeline(list(lanes.values()), ticks, width, height, decades, chosen, width - LABEL_COLUMN + 8)
