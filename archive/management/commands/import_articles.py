"""manage.py import_articles PATH [PATH...] — load articles in bulk (logic in archive.ingest)."""

from __future__ import annotations

import itertools
import os
import sys

from django.core.management.base import BaseCommand, CommandError

from archive.analysis.language import LANGUAGES
from archive.ingest import ImportOptions, ReadOptions, import_records, read_paths
from archive.ingest.pipeline import ImportReport
from archive.ingest.readers import estimate_total
from archive.ingest.records import parse_field_map


class Command(BaseCommand):
    # A batch tool: it needs the models, not the URL configuration the checks import.
    requires_system_checks: list = []
    help = (
        "Import articles from .jsonl, .json, .txt, .html or .warc files, folders of them, or "
        ".tar.*/.zip archives (streamed, never unpacked). Re-importing a URL updates it in place. "
        "Bad rows are reported as 'file:line: reason' and the rest is imported; the exit code is 1 "
        "if any row failed. When the command returns, the imported articles are searchable."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--dry-run", action="store_true", help="Read, validate and compare; write nothing.")
        parser.add_argument("--status", choices=["draft", "published"], default="published")
        parser.add_argument("--source", default="", help="Source name for rows that do not give one.")
        parser.add_argument(
            "--language", choices=LANGUAGES, default="", help="Skip detection: all rows are in this language."
        )
        parser.add_argument(
            "--workers", type=int, default=os.cpu_count() or 1, help="Segmentation processes (default: CPU count)."
        )
        parser.add_argument(
            "--map",
            dest="field_map",
            default="",
            help="JSON field mapping, e.g. title=headline,body=content,url=link,published=date "
            "(defaults fit the Thai corpus: title, content, url, date; description becomes the lead).",
        )
        parser.add_argument(
            "--title-suffix",
            default="",
            help="Strip this site suffix from titles, e.g. ' | เดลินิวส์' (known sites are stripped automatically).",
        )
        parser.add_argument(
            "--url-prefix",
            default="",
            help="Identifier for .txt files (and pages without a URL): prefix + file stem. "
            "Default '<folder>:<stem>', e.g. 'baomoi-vi:21395276'.",
        )
        parser.add_argument(
            "--no-detect", action="store_true", help="Do not link meetings and people found in the text."
        )
        parser.add_argument("--no-drain", action="store_true", help="Leave index updates to process_index_queue.")
        parser.add_argument("--limit", type=int, default=0, help="Stop after this many rows (samples, benchmarks).")
        parser.add_argument("--batch-size", type=int, default=300, help="Articles per database transaction.")

    def handle(self, *args, **opts):
        try:
            field_map = parse_field_map(opts["field_map"])
        except ValueError as exc:
            raise CommandError(str(exc))
        read_options = ReadOptions(
            field_map=field_map, title_suffix=opts["title_suffix"], url_prefix=opts["url_prefix"]
        )
        options = ImportOptions(
            status=opts["status"],
            source=opts["source"],
            language=opts["language"],
            dry_run=opts["dry_run"],
            workers=max(1, opts["workers"]),
            write_batch=max(1, opts["batch_size"]),
            detect=not opts["no_detect"],
            drain=not opts["no_drain"],
        )
        bar = None
        progress = None
        if self.stdout.isatty() and opts["verbosity"] > 0:
            from tqdm import tqdm

            total = estimate_total(opts["paths"])
            if total and opts["limit"]:
                total = min(total, opts["limit"])
            bar = tqdm(total=total, unit="art", smoothing=0.05, mininterval=0.5)

            def progress(report: ImportReport) -> None:
                bar.update(report.read - bar.n)
                bar.set_postfix(
                    created=report.created,
                    updated=report.updated,
                    unchanged=report.unchanged,
                    failed=report.failed,
                    refresh=False,
                )

        try:
            items = read_paths(opts["paths"], read_options)
            if opts["limit"]:
                items = itertools.islice(items, opts["limit"])
            report = import_records(items, options, progress)
        finally:
            if bar is not None:
                bar.close()
        for failure in report.failures:
            self.stderr.write(str(failure))
        for warning in report.warnings:
            self.stderr.write(f"warning: {warning}")
        if opts["verbosity"] > 0:
            self.stdout.write(report.summary())
        if report.failed:
            self.stderr.write(f"{report.failed} row(s) failed; the other {report.read - report.failed} were processed.")
            sys.exit(1)
