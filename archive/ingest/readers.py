"""Readers: paths (files, folders, .tar.*/.zip archives) -> a stream of Records and Failures.

Everything streams: archives are read member by member (`tarfile` in `r|*` mode,
never extracted to disk), JSONL line by line, so memory stays flat whatever the
input size. A bad row or file becomes a `Failure` and the stream goes on.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import tarfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from django.utils import timezone

from archive.ingest.extract import extract_html
from archive.ingest.records import (
    DEFAULT_FIELD_MAP,
    Failure,
    Record,
    RecordError,
    parse_date,
    record_from_mapping,
)

# Size limits (README, "Import format"): a row or file above them is a reported failure,
# and it is never held whole in memory (lines are read with a bounded readline).
MAX_ROW_BYTES = 2 * 1024 * 1024  # one JSONL line (2 MiB: 200,000 Thai characters as \u escapes fit)
MAX_FILE_BYTES = 64 * 1024 * 1024  # one .json file (it may hold a list of articles)
MAX_PAGE_BYTES = 8 * 1024 * 1024  # one .txt or .html file, one WARC record
_SKIP_CHUNK = 1024 * 1024

TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2")
FORMAT_SUFFIXES = (".jsonl", ".ndjson", ".json", ".txt", ".html", ".htm", ".warc", ".warc.gz")


@dataclass
class ReadOptions:
    field_map: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_FIELD_MAP))
    title_suffix: str = ""
    url_prefix: str = ""  # identifiers for .txt (and pages without a URL): prefix + file stem


@dataclass
class Entry:
    name: str  # for messages: the path as given, or 'archive.tar.xz:member'
    relpath: str  # logical path ('baomoi-vi/123.txt'): stable across folder and archive
    open: Callable[[], BinaryIO]
    mtime: float | None = None


Item = Record | Failure


def is_supported(name: str) -> bool:
    name = name.lower()
    return name.endswith(FORMAT_SUFFIXES) or (name.endswith(".gz") and name[:-3].endswith(FORMAT_SUFFIXES))


def read_paths(paths: list[str], options: ReadOptions | None = None) -> Iterator[Item]:
    options = options or ReadOptions()
    for path in paths:
        yield from read_path(path, options)


def read_path(path: str, options: ReadOptions) -> Iterator[Item]:
    p = Path(path)
    if not p.exists():
        yield Failure(path, "no such file or folder")
        return
    try:
        if p.is_dir():
            for entry in _folder_entries(p):
                if isinstance(entry, Failure):
                    yield entry
                else:
                    yield from read_entry(entry, options)
        elif p.name.lower().endswith(TAR_SUFFIXES):
            yield from _read_tar(p, options)
        elif p.suffix.lower() == ".zip":
            yield from _read_zip(p, options)
        elif is_supported(p.name):
            entry = Entry(path, f"{p.parent.name}/{p.name}", lambda: open(p, "rb"), p.stat().st_mtime)
            yield from read_entry(entry, options)
        else:
            yield Failure(path, "unsupported file type (use .jsonl, .json, .txt, .html, .warc or a .tar/.zip of them)")
    except (OSError, tarfile.TarError, zipfile.BadZipFile, EOFError) as exc:
        # A truncated archive: what was read so far stays imported.
        yield Failure(path, f"cannot read: {exc}")


def _folder_entries(root: Path) -> Iterator[Entry | Failure]:
    """Every supported file under root, sorted; each entry that cannot be read is a Failure."""
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        yield from _walk_failures(errors)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if filename.startswith(".") or not is_supported(filename):
                continue
            full = Path(dirpath) / filename
            rel = full.relative_to(root.parent).as_posix()  # keeps the folder's own name
            try:
                mtime = full.stat().st_mtime  # follows symlinks: a dangling one fails here
            except OSError as exc:
                yield Failure(str(full), f"cannot read: {exc.strerror or exc}")
                continue
            yield Entry(str(full), rel, (lambda f=full: open(f, "rb")), mtime)
    yield from _walk_failures(errors)


def _walk_failures(errors: list[OSError]) -> Iterator[Failure]:
    while errors:
        exc = errors.pop(0)
        yield Failure(str(exc.filename or "?"), f"cannot read folder: {exc.strerror or exc}")


def _read_tar(path: Path, options: ReadOptions) -> Iterator[Item]:
    with tarfile.open(path, mode="r|*") as tar:
        for member in tar:
            if not member.isfile() or not is_supported(member.name):
                continue
            fobj = tar.extractfile(member)
            if fobj is None:
                continue
            # Streaming mode: the member must be consumed before the next one is read.
            entry = Entry(f"{path}:{member.name}", member.name, lambda f=fobj: f, float(member.mtime))
            yield from read_entry(entry, options)


def _read_zip(path: Path, options: ReadOptions) -> Iterator[Item]:
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            if info.is_dir() or not is_supported(info.filename):
                continue
            mtime = dt.datetime(*info.date_time).timestamp()
            entry = Entry(f"{path}:{info.filename}", info.filename, lambda i=info: zf.open(i), mtime)
            yield from read_entry(entry, options)


def read_entry(entry: Entry, options: ReadOptions) -> Iterator[Item]:
    name = entry.relpath.lower()
    if name.endswith(".gz") and not name.endswith(".warc.gz"):
        inner = Entry(entry.name, entry.relpath[:-3], lambda: gzip.open(entry.open()), entry.mtime)
        yield from read_entry(inner, options)
        return
    try:
        if name.endswith((".jsonl", ".ndjson")):
            yield from _read_jsonl(entry, options)
        elif name.endswith(".json"):
            yield from _read_json(entry, options)
        elif name.endswith(".txt"):
            yield _read_txt(entry, options)
        elif name.endswith((".html", ".htm")):
            yield _read_html(entry, options)
        elif name.endswith((".warc", ".warc.gz")):
            yield from _read_warc(entry, options)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Failure(entry.name, f"cannot read: {exc}")


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RecordError(f"undecodable bytes at offset {exc.start} (not UTF-8)") from None


def _stem(relpath: str) -> str:
    return PurePosixPath(relpath).name.split(".", 1)[0]


def _group(relpath: str) -> str:
    parts = PurePosixPath(relpath).parts
    return parts[0] if len(parts) > 1 else "file"


def bounded_lines(stream: BinaryIO, limit: int = MAX_ROW_BYTES) -> Iterator[bytes | None]:
    """The stream's lines, each read with a bounded readline; a line longer than `limit`
    bytes is skipped in chunks (never held whole) and given as None."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # the rest of the oversized line, a chunk at a time
                rest = stream.readline(_SKIP_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
        else:
            yield line


def _loads(text: str):
    """json.loads with every failure as a RecordError carrying the reason."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(f"broken JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}")
    except RecursionError:
        raise RecordError("broken JSON: nested too deeply")


def _read_jsonl(entry: Entry, options: ReadOptions) -> Iterator[Item]:
    rows = 0
    with entry.open() as stream:
        for lineno, raw in enumerate(bounded_lines(stream), 1):
            origin = f"{entry.name}:{lineno}"
            if raw is None:
                rows += 1
                yield Failure(origin, f"row larger than {MAX_ROW_BYTES // (1024 * 1024)} MiB (the limit); skipped")
                continue
            if not raw.strip():
                continue
            rows += 1
            try:
                data = _loads(_decode(raw))
                yield record_from_mapping(data, origin, options.field_map, options.title_suffix)
            except RecordError as exc:
                yield Failure(origin, str(exc))
    if not rows:
        yield Failure(entry.name, "empty file: no rows")


def _read_limited(entry: Entry, limit: int) -> bytes:
    """The whole entry, or RecordError if it is larger than `limit` bytes (reads at most limit + 1)."""
    with entry.open() as stream:
        raw = stream.read(limit + 1)
    if len(raw) > limit:
        raise RecordError(f"file larger than {limit // (1024 * 1024)} MiB (the limit); skipped")
    return raw


def _read_json(entry: Entry, options: ReadOptions) -> Iterator[Item]:
    try:
        raw = _read_limited(entry, MAX_FILE_BYTES)
        if not raw.strip():
            raise RecordError("broken JSON: empty file")
        text = _decode(raw)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(f"broken JSON: {exc.msg.removesuffix(' at')} at line {exc.lineno}")
        except RecursionError:
            raise RecordError("broken JSON: nested too deeply")
    except RecordError as exc:
        yield Failure(entry.name, str(exc))
        return
    rows = data if isinstance(data, list) else [data]
    for i, row in enumerate(rows):
        origin = entry.name if len(rows) == 1 else f"{entry.name}[{i}]"
        try:
            yield record_from_mapping(row, origin, options.field_map, options.title_suffix)
        except RecordError as exc:
            yield Failure(origin, str(exc))


def _read_txt(entry: Entry, options: ReadOptions) -> Item:
    """First line the title, the rest the body; the URL is a stable identifier from the file name."""
    try:
        text = _decode(_read_limited(entry, MAX_PAGE_BYTES))
    except RecordError as exc:
        return Failure(entry.name, str(exc))
    title, _, body = text.lstrip().partition("\n")
    stem = _stem(entry.relpath)
    url = f"{options.url_prefix}{stem}" if options.url_prefix else f"{_group(entry.relpath)}:{stem}"
    data = {"url": url, "title": title, "body": body}
    try:
        return record_from_mapping(data, entry.name, DEFAULT_FIELD_MAP, options.title_suffix)
    except RecordError as exc:
        return Failure(entry.name, str(exc))


def _aware(timestamp: float | None) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(timestamp, tz=dt.UTC) if timestamp else None


def _read_html(entry: Entry, options: ReadOptions) -> Item:
    try:
        raw = _read_limited(entry, MAX_PAGE_BYTES)
    except RecordError as exc:
        return Failure(entry.name, str(exc))
    url = f"{options.url_prefix}{_stem(entry.relpath)}" if options.url_prefix else ""
    try:
        record = extract_html(
            raw, entry.name, url=url, captured_at=_aware(entry.mtime), title_suffix=options.title_suffix
        )
    except RecordError as exc:
        if "no URL" not in str(exc):
            return Failure(entry.name, str(exc))
        # A saved page that names no address: identify it by its file.
        try:
            record = extract_html(
                raw,
                entry.name,
                url=f"file:{entry.relpath}",
                captured_at=_aware(entry.mtime),
                title_suffix=options.title_suffix,
            )
        except RecordError as exc2:
            return Failure(entry.name, str(exc2))
    return record


def _read_warc(entry: Entry, options: ReadOptions) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with entry.open() as stream:
        try:
            n = 0
            for warc_record in ArchiveIterator(stream):
                if warc_record.rec_type not in ("response", "resource"):
                    continue
                n += 1
                origin = f"{entry.name}:record {n}"
                url = warc_record.rec_headers.get_header("WARC-Target-URI") or ""
                if warc_record.http_headers is not None:
                    if warc_record.http_headers.get_statuscode() != "200":
                        continue  # redirects and error pages are not articles
                    content_type = warc_record.http_headers.get_header("Content-Type") or ""
                else:
                    content_type = warc_record.rec_headers.get_header("Content-Type") or ""
                if "html" not in content_type.lower():
                    continue
                raw = warc_record.content_stream().read(MAX_PAGE_BYTES + 1)
                if len(raw) > MAX_PAGE_BYTES:
                    yield Failure(
                        origin, f"page larger than {MAX_PAGE_BYTES // (1024 * 1024)} MiB (the limit); skipped"
                    )
                    continue
                try:
                    captured = parse_date(warc_record.rec_headers.get_header("WARC-Date"))
                except RecordError:
                    captured = None
                try:
                    yield extract_html(
                        raw,
                        origin,
                        url=url,
                        captured_at=captured or timezone.now(),
                        content_type=content_type.split(";")[0].strip(),
                        title_suffix=options.title_suffix,
                    )
                except RecordError as exc:
                    yield Failure(origin, str(exc))
        except ArchiveLoadFailed as exc:
            yield Failure(entry.name, f"not a readable WARC: {exc}")


def estimate_total(paths: list[str]) -> int | None:
    """How many rows the paths hold, for a progress bar's ETA (a quick scan; None if unknown).

    Archives are listed by streaming them once (seconds for the full corpora); WARC
    files are not counted (their records would have to be parsed).
    """
    total = 0
    for path in paths:
        p = Path(path)
        try:
            if p.is_dir():
                for entry in _folder_entries(p):
                    if isinstance(entry, Failure):
                        continue
                    n = _count_entry(entry.relpath, entry.open)
                    if n is None:
                        return None
                    total += n
            elif p.name.lower().endswith(TAR_SUFFIXES):
                with tarfile.open(p, mode="r|*") as tar:
                    for member in tar:
                        if member.isfile() and is_supported(member.name):
                            n = _count_entry(member.name, lambda m=member: tar.extractfile(m))
                            if n is None:
                                return None
                            total += n
            elif p.suffix.lower() == ".zip":
                with zipfile.ZipFile(p) as zf:
                    for info in zf.infolist():
                        if not info.is_dir() and is_supported(info.filename):
                            n = _count_entry(info.filename, lambda i=info: zf.open(i))
                            if n is None:
                                return None
                            total += n
            elif p.is_file():
                n = _count_entry(p.name, lambda p=p: open(p, "rb"))
                if n is None:
                    return None
                total += n
        except (OSError, tarfile.TarError, zipfile.BadZipFile, EOFError):
            return None
    return total


def _count_entry(name: str, opener: Callable[[], BinaryIO]) -> int | None:
    name = name.lower()
    if name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        with opener() as stream:
            raw = gzip.open(stream) if name.endswith(".gz") else stream
            return sum(1 for line in bounded_lines(raw) if line is None or line.strip())
    if name.endswith((".warc", ".warc.gz")):
        return None
    return 1
