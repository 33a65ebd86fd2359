"""The archive's sane range for dates and years in request parameters: 1900 to next year.

Anything outside it is a user error (HTTP 400), never a database overflow (HTTP 500).
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

MIN_YEAR = 1900


def max_year() -> int:
    return timezone.localdate().year + 1


def year_ok(year: int) -> bool:
    return MIN_YEAR <= year <= max_year()


def date_ok(value: dt.date) -> bool:
    return year_ok(value.year)


def range_text() -> str:
    return f"{MIN_YEAR}–{max_year()}"
