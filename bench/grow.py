#!/usr/bin/env python
"""Grow an archive with more copies of the corpora, for the growth table (75k, 150k articles).

    ARCHIVE_DATA_DIR=DIR .venv/bin/python bench/grow.py --copy 2 [--copy 3 --copy 4]

Each copy imports both corpora again through the normal import pipeline, with every
address made new (Thai pages get `?copy=N`, Vietnamese file identifiers
`baomoi-vi-copyN:<stem>`), so every row becomes a new article with the same text. Texts
repeat, so the index's vocabulary grows less than with new news; postings, stored
fields, the database and every list grow as with real news. Prints, per copy, wall and
CPU seconds, the article count and the sizes of the database and the index.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import resource
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPORA = ROOT.parent / "shared" / "corpora"
INPUTS = [CORPORA / "dailynews-th.tar.xz", CORPORA / "baomoi-vi.tar.xz"]


def copied(items, n: int):
    from archive.ingest.records import Record

    for item in items:
        if isinstance(item, Record):
            url = item.url
            if urlsplit(url).scheme in ("http", "https"):
                url = f"{url}{'&' if '?' in url else '?'}copy={n}"
            else:
                folder, _, stem = url.partition(":")
                url = f"{folder}-copy{n}:{stem}"
            item = dataclasses.replace(item, url=url, slug="")
        yield item


def size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copy", type=int, action="append", required=True, help="copy number (2, 3, …)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    if not os.environ.get("ARCHIVE_DATA_DIR"):
        parser.error("set ARCHIVE_DATA_DIR to the archive to grow")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    from django.conf import settings

    from archive.ingest import ImportOptions, read_paths
    from archive.ingest.pipeline import import_records
    from archive.models import Article

    data = Path(settings.DATA_DIR)
    for n in args.copy:
        wall, cpu = time.monotonic(), cpu_seconds()
        report = import_records(copied(read_paths([str(p) for p in INPUTS]), n), ImportOptions(workers=args.workers))
        wall, cpu = time.monotonic() - wall, cpu_seconds() - cpu
        print(
            f"copy {n}: {report.summary()}\n"
            f"  wall {wall:.1f} s, CPU {cpu:.1f} s; articles {Article.objects.count()}; "
            f"database {size_mb(data / 'archive.sqlite3'):.0f} MB; index {size_mb(data / 'whoosh_index'):.0f} MB",
            flush=True,
        )


if __name__ == "__main__":
    main()
