"""Cleaning and validation of every field the archive stores, whatever the write path.

The importer (records.py, pipeline.py), the admin (Article.clean / Article.save and
the pre_save hook in archive/signals.py) and add-from-link (fetch.py) all call this
module, so the same input gives the same stored value on every path:

* text: `analysis.clean_text` (NFC, no control or format characters); one-line fields
  (titles, names, bylines) also have line breaks and tabs turned into spaces;
* `source_url`: `normalise_source_url` (one article per address, see README);
* `published`: `validate_published_date` (1900-01-01 up to Dec 31 of next year).

Errors are plain strings for the user; `clean_article_fields` returns them per field.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from django.utils import timezone

from archive.analysis import clean_text

MIN_DATE = dt.date(1900, 1, 1)
MAX_URL = 1000
MAX_TITLE = 500
MAX_SOURCE = 200
MAX_BYLINE = 255
MAX_TEXT = 200_000  # characters of title + lead + body per article (README: import format)
MAX_KEYWORD = 100  # characters per keyword
MAX_KEYWORDS = 50  # keywords per article; more are dropped with a warning

# The seed fixture's identifiers for articles whose address is unknown (never a link).
SEED_URN_PREFIX = "urn:asean-archive:"
# Identifiers the readers make from file names: '<folder>:<stem>' (.txt) and 'file:<path>' (.html).
_LOCAL_ID_RE = re.compile(r"[a-z0-9][a-z0-9._-]*:[^\s/][^\s]*", re.IGNORECASE)
_FILE_ID_RE = re.compile(r"file:[^\s/][^\s]*", re.IGNORECASE)
# URI schemes a browser or another program acts on: never accepted as an identifier label.
_ACTIVE_SCHEMES = frozenset(
    "about blob data file filesystem ftp http https javascript mailto sms tel vbscript view-source ws wss".split()
)
# Query parameters that only track the reader; dropped so one article has one address.
_TRACKING_PARAMS = frozenset(
    "fbclid gclid dclid gbraid wbraid msclkid yclid igshid mc_cid mc_eid _ga _gl ocid cmpid".split()
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACE_RE = re.compile(r"\s")


class CleanError(ValueError):
    """A value that cannot be stored; the message is meant for the user."""


def clean_text_field(value, *, multiline: bool = True, max_length: int | None = None) -> str:
    """The stored form of one text field: clean_text, stripped; one-line fields lose line breaks.

    Longer values than `max_length` are cut (callers that must warn compare lengths).
    """
    if value is None:
        return ""
    text = clean_text(str(value))
    if not multiline:
        text = text.replace("\n", " ").replace("\t", " ")
    text = text.strip()
    if max_length is not None and len(text) > max_length:
        text = text[:max_length].rstrip()
    return text


def clean_keywords(value) -> tuple[str, int]:
    """Keywords as stored: one per line, each one line of at most MAX_KEYWORD characters,
    duplicates (ignoring case) dropped, at most MAX_KEYWORDS -> (text, how many were dropped
    for the limit). Accepts a list or text with one keyword per line or comma."""
    items = value if isinstance(value, (list, tuple)) else str(value or "").replace(",", "\n").splitlines()
    seen: set[str] = set()
    kept: list[str] = []
    for item in items:
        keyword = clean_text_field(item, multiline=False, max_length=MAX_KEYWORD)
        if keyword and keyword.casefold() not in seen:
            seen.add(keyword.casefold())
            kept.append(keyword)
    return "\n".join(kept[:MAX_KEYWORDS]), max(0, len(kept) - MAX_KEYWORDS)


def normalise_source_url(url: str) -> str:
    """One address per article: 'HTTPS://Example.COM:443/a/?utm_source=x#top' -> 'https://example.com/a'.

    Rules (README, "Import format"): scheme and host lower-cased, default port and
    fragment dropped, user info dropped, a trailing '/' dropped except for the root
    path, tracking parameters (utm_*, fbclid, gclid, …) dropped, other parameters kept
    in order, spaces percent-encoded. Only http and https are links; identifiers
    'urn:asean-archive:…', '<folder>:<stem>' and 'file:<path>' (made by the readers
    for files without an address) are kept as they are and never shown as links.
    Anything else (javascript:, data:, ftp:, …) raises CleanError.
    """
    text = clean_text_field(url, multiline=False)
    if not text:
        raise CleanError("missing url")
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme in ("http", "https"):
        return _normalise_http(text)
    if text.lower().startswith(SEED_URN_PREFIX):
        return _checked_length(SEED_URN_PREFIX + text[len(SEED_URN_PREFIX) :])
    if _FILE_ID_RE.fullmatch(text) and not text.lower().startswith("file://"):
        return _checked_length(text)
    if _LOCAL_ID_RE.fullmatch(text) and scheme not in _ACTIVE_SCHEMES and not scheme.startswith("urn"):
        return _checked_length(text)
    if not scheme or scheme in _ACTIVE_SCHEMES or scheme.startswith("urn"):
        raise CleanError(f"url must be an http:// or https:// address, not {text[:40]!r}")
    raise CleanError(
        f"url must be an http:// or https:// address or an identifier like 'folder:name', not {text[:40]!r}"
    )


def _checked_length(url: str) -> str:
    if len(url) > MAX_URL:
        raise CleanError(f"url longer than {MAX_URL} characters")
    return url


def _normalise_http(text: str) -> str:
    text = _SPACE_RE.sub(lambda m: quote(m.group()), text)
    try:
        parts = urlsplit(text)
        port = parts.port
        host = parts.hostname
    except ValueError as exc:
        raise CleanError(f"bad url: {exc}")
    if not host:
        raise CleanError(f"url has no host: {text[:60]!r}")
    scheme = parts.scheme.lower()
    host = host.lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1:
        path = path.rstrip("/") or "/"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not (k.lower().startswith("utm_") or k.lower() in _TRACKING_PARAMS)]
        if len(kept) != len(pairs):
            query = urlencode(kept, quote_via=quote, safe="/:,")
    return _checked_length(urlunsplit((scheme, netloc, path, query, "")))


def is_link(url: str) -> bool:
    """Whether a stored source_url may be rendered as a link (only http and https)."""
    return (url or "").lower().startswith(("http://", "https://"))


def max_published_date(today: dt.date | None = None) -> dt.date:
    today = today or timezone.localdate()
    return dt.date(today.year + 1, 12, 31)


def validate_published_date(value) -> None:
    """Raise CleanError unless the date lies in 1900-01-01 .. Dec 31 of next year.

    The date is read as written (no time zone conversion), so values such as
    '9999-12-31T23:00:00-12:00' are refused before anything converts them to UTC.
    """
    if value is None:
        return
    day = value.date() if isinstance(value, dt.datetime) else value
    if not isinstance(day, dt.date):
        raise CleanError(f"not a date: {value!r}")
    high = max_published_date()
    if not MIN_DATE <= day <= high:
        raise CleanError(f"date {day.isoformat()} out of range ({MIN_DATE.isoformat()} to {high.isoformat()})")


# Article fields: name -> (one line?, maximum length or None)
ARTICLE_TEXT_FIELDS: dict[str, tuple[bool, int | None]] = {
    "title": (False, None),  # too long is reported, not silently cut (see clean_article_fields)
    "lead": (True, None),
    "body": (True, None),
    "source_name": (False, MAX_SOURCE),
    "byline": (False, MAX_BYLINE),
}


def clean_article_fields(data: dict) -> tuple[dict, dict[str, str], list[str]]:
    """Clean an article's fields -> (cleaned copy, errors by field, warnings).

    Knows: title, lead, body, source_name, byline, keywords, source_url, published;
    other keys are copied unchanged. A title longer than 500 characters is cut with a warning;
    more than MAX_TEXT characters of text in all is an error.
    """
    out = dict(data)
    errors: dict[str, str] = {}
    warnings: list[str] = []
    for name, (multiline, max_length) in ARTICLE_TEXT_FIELDS.items():
        if name in out:
            out[name] = clean_text_field(out[name], multiline=multiline, max_length=max_length)
    if "keywords" in out:
        out["keywords"], dropped = clean_keywords(out["keywords"])
        if dropped:
            warnings.append(f"more than {MAX_KEYWORDS} keywords: {dropped} dropped")
    title = out.get("title")
    if title and len(title) > MAX_TITLE:
        warnings.append(f"title longer than {MAX_TITLE} characters ({len(title)}), cut")
        out["title"] = title[:MAX_TITLE].rstrip()
    size = sum(len(out.get(k) or "") for k in ("title", "lead", "body"))
    if size > MAX_TEXT:
        errors["body"] = f"article text longer than {MAX_TEXT:,} characters ({size:,})"
    if "source_url" in out:
        try:
            out["source_url"] = normalise_source_url(out["source_url"])
        except CleanError as exc:
            errors["source_url"] = str(exc)
    if out.get("published") is not None:
        try:
            validate_published_date(out["published"])
        except CleanError as exc:
            errors["published"] = str(exc)
    return out, errors, warnings


def clean_model_text_fields(instance) -> None:
    """Clean every CharField and TextField of a model instance in place (one-line for CharField).

    For the curated models (series, meetings, people, organisations, participations),
    called before every save; slugs and choice fields are left alone.
    """
    from django.db import models

    for f in instance._meta.concrete_fields:
        if not isinstance(f, (models.CharField, models.TextField)) or isinstance(f, models.SlugField) or f.choices:
            continue
        value = getattr(instance, f.attname)
        if isinstance(value, str) and value:
            multiline = isinstance(f, models.TextField)
            setattr(instance, f.attname, clean_text_field(value, multiline=multiline))


def renormalise_stored_urls(article_model) -> tuple[int, list[tuple[int, str, str]]]:
    """Bring stored `source_url`s to today's normal form (archive rows written before it
    existed): re-imports match articles by it. -> (how many changed, conflicts as
    (article id, stored, normal form held by another article)); conflicting and
    unusable addresses are left as they are (only http(s) addresses are ever links).
    Works with a migration's historical model as with the real one."""
    taken = set(article_model.objects.values_list("source_url", flat=True))
    changed, conflicts = 0, []
    for pk, url in article_model.objects.order_by("pk").values_list("pk", "source_url").iterator():
        try:
            normal = normalise_source_url(url)
        except CleanError:
            continue
        if normal == url:
            continue
        if normal in taken:
            conflicts.append((pk, url, normal))
            continue
        article_model.objects.filter(pk=pk).update(source_url=normal)
        taken.add(normal)
        changed += 1
    return changed, conflicts
