"""What every reader produces: a `Record` to import, or a `Failure` to report.

Readers know file formats; this module knows what an article needs (url, title,
body) and turns a loose mapping (a JSONL row, a JSON file, an extracted web page)
into a validated record, so every format fails the same way with the same words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.utils import timezone

from archive.analysis.language import LANGUAGES
from archive.ingest import clean

# Target field -> source keys tried in order. `--map target=key` puts `key` first.
DEFAULT_FIELD_MAP: dict[str, tuple[str, ...]] = {
    "url": ("url", "source_url", "link"),
    "title": ("title", "headline"),
    "body": ("body", "content", "text"),
    "lead": ("lead", "description", "summary"),
    "published": ("published", "date", "datePublished", "published_at"),
    "language": ("language", "lang"),
    "source": ("source", "source_name"),
    "byline": ("byline", "author"),
    "meetings": ("meetings",),
    "keywords": ("keywords", "tags"),
    # What export_articles writes besides the fields above (a backup restores them as they were).
    "status": ("status",),
    "slug": ("slug",),
    "people": ("people",),
    "organizations": ("organizations",),
}

# Per-site rules: the site-name suffix newspapers append to their <title>, the
# source name to use when the input does not give one, and the site-wide tags its
# pages all carry (navigation, not subjects: dropped from the keywords). Keyed by
# host (no 'www.').
SITE_RULES: dict[str, dict] = {
    "dailynews.co.th": {
        "title_suffix": " | เดลินิวส์",
        "source": "เดลินิวส์",
        # On every article of the corpus (2,357 of 2,357), or the site's name.
        "boilerplate_keywords": frozenset(
            "dailynews|lifestyle|special scoop|ข่าว|ข่าวดารา|ข่าวด่วน|ข่าวบันเทิง|ข่าวร้อน|ข่าวล่าสุด"
            "|ข่าววันนี้|ข่าวเดลินิวส์ล่าสุด|ข่าวเดลินิวส์วันนี้|ข่าวเดลินิวส์ออนไลน์|ข่าวเด่นวันนี้|คลิป"
            "|คลิปข่าว|คลิปด่วน|คลิปร้อน|คลิปฮอต|ความงาม|ดวง|ตรวจหวย|ทิป|ท่องเที่ยว|ยานยนตร์|สกู๊ปพิเศษ"
            "|สาระน่ารู้|สุขภาพ|หนังสือพิมพ์|อาหาร|เซ็กซ์|เดลินิวส์|เดลินิวส์วันนี้|เดลินิวส์ออนไลน์"
            "|เดลินิวส์ออนไลน์ล่าสุด|เทคนิค|เรื่องย่อละคร|แต่งบ้าน|แฟชั่น|ไลฟ์สไตล์|ไอที".split("|")
        ),
    },
}


@dataclass
class CapturedPage:
    """Provenance of an article taken from a web page: the raw bytes as captured
    (stored as an `archive.models.Capture` row and file by archive.ingest.captures)."""

    url: str
    raw: bytes
    sha256: str
    captured_at: dt.datetime | None
    content_type: str = "text/html"


@dataclass
class Record:
    origin: str  # where it came from, for messages: 'file:line' or 'file'
    url: str
    title: str
    body: str
    lead: str = ""
    published: dt.datetime | None = None
    language: str = ""
    source: str = ""
    byline: str = ""
    keywords: list[str] = field(default_factory=list)  # subject tags, as the source gives them
    meetings: list[str] = field(default_factory=list)
    status: str = ""  # draft | published; empty: the import's --status
    slug: str = ""  # kept when free (restores keep permalinks); empty: made from the title
    people: list[str] = field(default_factory=list)  # person slugs
    organizations: list[str] = field(default_factory=list)  # organisation slugs
    capture: CapturedPage | None = None
    warnings: list[str] = field(default_factory=list)  # reported with the origin, the row is kept


@dataclass
class Failure:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class RecordError(ValueError):
    """A row that cannot become an article; the message is the reason shown to the user."""


def parse_field_map(spec: str | None) -> dict[str, tuple[str, ...]]:
    """'title=headline,body=content' -> the default map with those keys tried first."""
    mapping = dict(DEFAULT_FIELD_MAP)
    for part in filter(None, (p.strip() for p in (spec or "").split(","))):
        target, sep, key = part.partition("=")
        target, key = target.strip(), key.strip()
        if not sep or target not in DEFAULT_FIELD_MAP or not key:
            raise ValueError(f"bad --map entry {part!r}; use target=key with target in {', '.join(DEFAULT_FIELD_MAP)}")
        mapping[target] = (key,)
    return mapping


_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%Y/%m/%d")


def parse_date(value) -> dt.datetime | None:
    """ISO dates and datetimes (with 'Z' or an offset); naive values are in the archive's time zone."""
    if value in (None, ""):
        return None
    if isinstance(value, (int, float)) or not isinstance(value, str):
        raise RecordError(f"unknown date format {value!r}")
    text = value.strip()
    parsed: dt.datetime | None = None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            parsed = dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
        else:
            parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        for fmt in _DATE_FORMATS:
            try:
                parsed = dt.datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise RecordError(f"unknown date format {text[:40]!r}")
    try:
        clean.validate_published_date(parsed)
        if timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed)
    except (clean.CleanError, OverflowError, ValueError) as exc:
        raise RecordError(str(exc) if isinstance(exc, clean.CleanError) else f"date out of range: {text[:40]!r}")
    return parsed


def site_rule(url: str) -> dict:
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return SITE_RULES.get(host, {})


def _pick(data: Mapping, keys: tuple[str, ...]):
    for key in keys:
        if key in data and data[key] not in (None, ""):
            return data[key]
    return None


def _text(value, name: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise RecordError(f"'{name}' must be text, not {type(value).__name__}")
    return value


def strip_suffix(title: str, suffix: str) -> str:
    return title[: -len(suffix)].rstrip() if suffix and title.endswith(suffix) else title


def record_from_mapping(
    data,
    origin: str,
    field_map: Mapping[str, tuple[str, ...]] = DEFAULT_FIELD_MAP,
    title_suffix: str = "",
    url_fallback: str = "",
) -> Record:
    """Validate one loose mapping; raises RecordError with the reason."""
    if not isinstance(data, Mapping):
        raise RecordError(f"expected a JSON object, got {type(data).__name__}")
    url = _text(_pick(data, field_map["url"]), "url").strip() or url_fallback
    if not url:
        raise RecordError("missing url")
    rule = site_rule(url)
    title = _text(_pick(data, field_map["title"]), "title").strip()
    title = strip_suffix(strip_suffix(title, title_suffix), rule.get("title_suffix", ""))
    if not title:
        raise RecordError("missing title")
    body = _text(_pick(data, field_map["body"]), "body")
    if not body.strip():
        raise RecordError("empty body")
    language = _text(_pick(data, field_map["language"]), "language").strip().lower()[:2]
    if language and language not in LANGUAGES:
        raise RecordError(f"unknown language {language!r} (use {', '.join(LANGUAGES)})")
    meetings = _names(data, field_map, "meetings", "meeting names")
    status = _text(_pick(data, field_map["status"]), "status").strip().lower()
    if status and status not in ("draft", "published"):
        raise RecordError(f"unknown status {status[:20]!r} (use draft or published)")
    slug = _text(_pick(data, field_map["slug"]), "slug").strip()
    if slug and not _SLUG_RE.fullmatch(slug):
        raise RecordError(f"bad slug {slug[:40]!r} (letters, digits, '-' and '_', at most 120)")
    return clean_record(
        Record(
            origin=origin,
            url=url,
            title=title,
            body=body,
            lead=_text(_pick(data, field_map["lead"]), "lead"),
            published=parse_date(_pick(data, field_map["published"])),
            language=language,
            source=_text(_pick(data, field_map["source"]), "source") or rule.get("source", ""),
            byline=_text(_pick(data, field_map["byline"]), "byline"),
            keywords=[
                k
                for k in _names(data, field_map, "keywords", "keywords")
                if k not in rule.get("boilerplate_keywords", ())
            ],
            meetings=meetings,
            status=status,
            slug=slug,
            people=_names(data, field_map, "people", "person slugs"),
            organizations=_names(data, field_map, "organizations", "organisation slugs"),
        )
    )


_SLUG_RE = re.compile(r"[-a-zA-Z0-9_]{1,120}")


def _names(data: Mapping, field_map: Mapping[str, tuple[str, ...]], name: str, what: str) -> list[str]:
    """A list of names or slugs: a JSON list of strings, or one comma-separated string."""
    value = _pick(data, field_map[name]) or []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecordError(f"'{name}' must be a list of {what}")
    names = (clean.clean_text_field(v, multiline=False) for v in value)
    return [n for n in names if n]


def clean_record(record: Record, guessed_date: bool = False) -> Record:
    """The record with every field cleaned and validated (archive.ingest.clean); raises RecordError.

    `guessed_date`: the date was guessed from a web page; out of range it is dropped, not an error.
    """
    fields = {
        "title": record.title,
        "lead": record.lead,
        "body": record.body,
        "source_name": record.source,
        "byline": record.byline,
        "keywords": record.keywords,
        "source_url": record.url,
        "published": record.published,
    }
    out, errors, warnings = clean.clean_article_fields(fields)
    if guessed_date and "published" in errors:
        del errors["published"]
        out["published"] = None
    if errors:
        raise RecordError("; ".join(errors.values()))
    if not out["title"]:
        raise RecordError("missing title")
    if not out["body"]:
        raise RecordError("empty body")
    record.title, record.lead, record.body = out["title"], out["lead"], out["body"]
    record.source, record.byline, record.url = out["source_name"], out["byline"], out["source_url"]
    record.keywords = out["keywords"].splitlines()
    record.published = out["published"]
    if record.capture is not None:
        record.capture.url = clean.clean_text_field(record.capture.url, multiline=False)[: clean.MAX_URL]
    record.warnings = [*record.warnings, *(w for w in warnings if w not in record.warnings)]
    return record
