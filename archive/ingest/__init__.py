"""Getting articles into the archive: readers per format, web-page extraction,
the bulk import pipeline, meeting/people detection and fetching from a URL.

    from archive.ingest import ImportOptions, ReadOptions, import_paths
    report = import_paths(["dump.jsonl"], ImportOptions(status="draft"))
"""

from __future__ import annotations

from collections.abc import Callable

from archive.ingest.pipeline import ImportOptions, ImportReport, import_records
from archive.ingest.readers import ReadOptions, read_paths


def import_paths(
    paths: list[str],
    options: ImportOptions | None = None,
    read_options: ReadOptions | None = None,
    progress: Callable[[ImportReport], None] | None = None,
) -> ImportReport:
    return import_records(read_paths(paths, read_options), options, progress)


__all__ = ["ImportOptions", "ImportReport", "ReadOptions", "import_paths", "import_records", "read_paths"]
