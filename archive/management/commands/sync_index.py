"""manage.py sync_index — bring the search index in line with the database, cheaply.

`make run` calls this at every start instead of `rebuild_index`. A missing index,
or one written with other fields than the code declares, is rebuilt; otherwise
only published articles missing from the index are added and documents of
articles no longer published are removed (through the index queue and its single
writer), and an index that is current costs one read of its document ids.
Text analysis changes (archive/search/documents.py ANALYSIS_VERSION) still need
`rebuild_index`.
"""

from __future__ import annotations

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from archive.models import Article
from archive.search import queue
from archive.search.engine import get_engine
from archive.search.errors import SearchUnavailable


class Command(BaseCommand):
    help = "Add what the search index lacks and remove what it should not hold (rebuild only if needed)."

    def add_arguments(self, parser):
        parser.add_argument("--lock-timeout", type=float, default=600.0, help="Seconds to wait for the writer lock.")

    def handle(self, *args, **opts):
        t0 = time.monotonic()
        engine = get_engine()
        try:
            indexed, current = engine.indexed_ids(), engine.schema_current()
        except SearchUnavailable as exc:
            indexed, current = None, False
            self.stdout.write(f"no usable index ({exc})")
        if not current:
            self.stdout.write("rebuilding the index" + ("" if indexed is None else " (its fields changed)"))
            call_command("rebuild_index", interactive=False, verbosity=opts["verbosity"])
            return
        published = set(Article.objects.published().values_list("pk", flat=True))
        changed = (published - indexed) | (indexed - published)
        if changed:
            with transaction.atomic():
                queue.enqueue(changed, drain_after_commit=False)
            queue.drain(timeout=opts["lock_timeout"])
        self.stdout.write(
            f"index: {len(published - indexed)} added, {len(indexed - published)} removed, "
            f"{len(indexed & published)} current, in {time.monotonic() - t0:.1f} s"
        )
