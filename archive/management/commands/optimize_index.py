"""manage.py optimize_index [--max-segments N] [--lock-timeout S] — merge the search index's
smallest segments until at most N are left (default 1: all of it).

A bulk import or rebuild leaves several large segments, and every query looks each
term up in each of them. Merging rewrites every posting (minutes at full size, one
core), so run it after a bulk import, not during traffic peaks. It takes the
index's single-writer lock (archive.search.queue), so saves queue up meanwhile and
are applied after it.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

from archive.search import queue
from archive.search.engine import get_engine


class Command(BaseCommand):
    requires_system_checks: list = []
    help = "Merge the search index's smallest segments until at most --max-segments are left (after a bulk import)."

    def add_arguments(self, parser):
        parser.add_argument("--max-segments", type=int, default=1, help="Segments to leave at most (default 1).")
        parser.add_argument("--lock-timeout", type=float, default=600.0, help="Seconds to wait for the writer lock.")

    def handle(self, *args, **opts):
        engine = get_engine()
        t0 = time.monotonic()
        with queue.writer_lock(opts["lock_timeout"]) as acquired:
            if not acquired:
                raise CommandError("the index writer is busy (an import or a drain); try again later")
            before, after = engine.optimize(max(1, opts["max_segments"]))
        self.stdout.write(f"segments: {before} -> {after} in {time.monotonic() - t0:.1f} s")
