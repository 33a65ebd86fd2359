"""manage.py process_index_queue [--loop] [--interval S] — the index writer for production.

Saves record index tasks in the database; this drains them through the single
writer lock (archive.search.queue). Run it once after a crash or bulk change, or
with --loop as a small service beside the web workers.
"""

from __future__ import annotations

import signal
import time

from django.core.management.base import BaseCommand, CommandError

from archive.search import queue


class Command(BaseCommand):
    # A batch tool: it needs the models, not the URL configuration the checks import.
    requires_system_checks: list = []
    help = "Apply queued search-index updates (once, or continuously with --loop)."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="Keep draining until stopped (SIGTERM/Ctrl-C).")
        parser.add_argument("--interval", type=float, default=2.0, help="Seconds between polls with --loop.")
        parser.add_argument("--batch-size", type=int, default=1000)
        parser.add_argument("--lock-timeout", type=float, default=60.0, help="Seconds to wait for the writer lock.")

    def handle(self, *args, **opts):
        stopping = False

        def stop(*_):
            nonlocal stopping
            stopping = True

        if opts["loop"]:
            signal.signal(signal.SIGTERM, stop)
        total = 0
        while True:
            try:
                if queue.pending():
                    n = queue.drain(timeout=opts["lock_timeout"], batch_size=opts["batch_size"])
                    total += n
                    if n and opts["verbosity"] > 1:
                        self.stdout.write(f"applied {n} index update(s)")
            except KeyboardInterrupt:
                break
            except Exception as exc:
                # The failed tasks stay queued with their error; a loop retries them next round.
                if not opts["loop"]:
                    raise CommandError(f"index update failed: {exc!r}")
                self.stderr.write(f"index update failed (will retry): {exc!r}")
            if not opts["loop"] or stopping:
                break
            try:
                time.sleep(opts["interval"])
            except KeyboardInterrupt:
                break
        if opts["verbosity"] > 0:
            left = queue.pending()
            self.stdout.write(f"applied {total} index update(s); {left} pending")
