"""An article out of a web page, by trafilatura (title, date, byline, main text).

No hand-written scraping: trafilatura finds the main text and htmldate the date.
The raw page is kept beside the record (`CapturedPage`) for provenance.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import trafilatura

from archive.ingest.records import CapturedPage, Record, RecordError, clean_record, parse_date, site_rule, strip_suffix


def extract_html(
    raw: bytes,
    origin: str,
    url: str = "",
    captured_at: dt.datetime | None = None,
    content_type: str = "text/html",
    title_suffix: str = "",
) -> Record:
    """One Record from one HTML page; raises RecordError when no article can be found."""
    doc = trafilatura.bare_extraction(
        raw,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    if doc is None or not (doc.text or "").strip():
        raise RecordError("no article text found in the page")
    page_url = url or (doc.url or "")
    if not page_url:
        raise RecordError("no URL: the page names none (canonical/og:url); pass --url-prefix")
    title = (doc.title or "").strip()
    title = strip_suffix(strip_suffix(title, title_suffix), site_rule(page_url).get("title_suffix", ""))
    if not title:
        raise RecordError("missing title")
    lines = [line.strip() for line in doc.text.splitlines() if line.strip()]
    if lines and lines[0] == title:  # the <h1> repeats the title
        lines = lines[1:]
    if not lines:
        raise RecordError("empty body")
    try:
        published = parse_date(doc.date) if doc.date else None
    except RecordError:
        published = None  # a page's guessed date is a hint; a bad guess is not a reason to drop it
    sha = hashlib.sha256(raw).hexdigest()
    record = Record(
        origin=origin,
        url=page_url,
        title=title,
        body="\n\n".join(lines),
        published=published,
        source=site_rule(page_url).get("source", "") or (doc.sitename or "").strip()[:200],
        byline=(doc.author or "").strip()[:255],
        capture=CapturedPage(url=page_url, raw=raw, sha256=sha, captured_at=captured_at, content_type=content_type),
    )
    return clean_record(record, guessed_date=True)
