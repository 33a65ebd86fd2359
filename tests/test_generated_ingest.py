"""Generated tests (hypothesis) on the import row parser: any JSON value in any field gives an
article or a reported row, never an exception. Bounded budget (a few seconds)."""

from __future__ import annotations

import io
import json
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.ingest.clean import MAX_TITLE, normalise_source_url, validate_published_date
from archive.ingest.readers import Entry, ReadOptions, read_entry
from archive.ingest.records import DEFAULT_FIELD_MAP, Failure, Record, RecordError, record_from_mapping

BUDGET = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

text = st.text(
    alphabet=st.one_of(st.characters(codec=None), st.sampled_from("\x00\x01\n\r\u200b\u2028:/#?&=. đย")),
    max_size=30,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(text, children, max_size=3),
    max_leaves=8,
)
plausible = {
    "url": st.sampled_from(
        [
            "https://example.org/a",
            "HTTPS://EXAMPLE.ORG/a/#x",
            "javascript:alert(1)",
            "data:x",
            "folder:1",
            "urn:asean-archive:seed:1",
            "http://x:99999/",
        ]
    ),
    "title": st.sampled_from(["Title", " ", "T" * 600, "Tie\u0302u \u0000đề"]),
    "body": st.sampled_from(["Body text.", "", "\u0000", "x" * 50]),
    "published": st.sampled_from(
        [
            "2020-11-17",
            "0001-01-01",
            "9999-12-31T23:00:00-12:00",
            "2020-02-30",
            "17/11/2020",
            "1900-01-01T00:00:00+14:00",
            "-1",
        ]
    ),
    "language": st.sampled_from(["vi", "th", "en", "xx", "VI", ""]),
    "meetings": st.sampled_from([["AMEM 38"], "AMEM 38, SOME 38", [1], []]),
    "status": st.sampled_from(["draft", "published", "gone"]),
    "slug": st.sampled_from(["a-slug", "bad slug", "x" * 200]),
}
FIELDS = sorted({key for keys in DEFAULT_FIELD_MAP.values() for key in keys})


@st.composite
def rows(draw):
    row = {}
    for name in FIELDS:
        choice = draw(st.integers(0, 3))
        if choice == 0:
            continue  # absent
        if choice == 1 and name in plausible:
            row[name] = draw(plausible[name])
        else:
            row[name] = draw(json_values)
    return row


def _check(record: Record) -> None:
    assert record.title and record.body and len(record.title) <= MAX_TITLE
    for value in (record.title, record.lead, record.body, record.source, record.byline, record.url):
        assert "\x00" not in value and unicodedata.is_normalized("NFC", value)
    assert normalise_source_url(record.url) == record.url
    validate_published_date(record.published)


@BUDGET
@given(st.one_of(rows(), json_values))
def test_any_row_is_an_article_or_a_reported_error(row):
    try:
        record = record_from_mapping(row, "gen:1")
    except RecordError as exc:
        assert str(exc)
    else:
        _check(record)


@BUDGET
@given(st.one_of(rows().map(lambda r: json.dumps(r).encode()), st.binary(max_size=80)))
def test_any_jsonl_line_is_read_without_an_exception(line):
    data = line + b"\n" + json.dumps({"url": "https://example.org/next", "title": "T", "body": "B"}).encode()
    items = list(read_entry(Entry("gen.jsonl", "gen.jsonl", lambda: io.BytesIO(data)), ReadOptions()))
    assert isinstance(items[-1], Record) and items[-1].url == "https://example.org/next"  # the next row is never lost
    for item in items[:-1]:
        assert isinstance(item, (Record, Failure))
        if isinstance(item, Record):
            _check(item)
