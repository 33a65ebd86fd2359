"""manage.py redetect_mentions [--all | --since DATE | --ids 1,2,3] — link meetings and people again.

Run after editors add a meeting, a series name or a person's spelling, so older
articles pick up the new links. Links are only added, never removed.
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from archive.ingest.write import redetect
from archive.models import Article


class Command(BaseCommand):
    help = "Detect known meetings and people in saved articles and link them (adds links only)."
    requires_system_checks: list = []

    def add_arguments(self, parser):
        parser.add_argument("--ids", default="", help="Comma-separated article ids.")
        parser.add_argument("--since", default="", help="Only articles updated since this date (YYYY-MM-DD).")
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, **opts):
        qs = Article.objects.order_by("pk").only("id", "title", "lead", "body", "language", "analysis", "analysis_key")
        if opts["ids"]:
            try:
                qs = qs.filter(pk__in=[int(x) for x in opts["ids"].split(",") if x.strip()])
            except ValueError:
                raise CommandError("--ids takes numbers separated by commas")
        if opts["since"]:
            try:
                qs = qs.filter(updated__date__gte=dt.date.fromisoformat(opts["since"]))
            except ValueError:
                raise CommandError("--since takes a date like 2024-01-31")
        done = links = last = 0
        while True:
            batch = list(qs.filter(pk__gt=last)[: opts["batch_size"]])
            if not batch:
                break
            links += redetect(batch)
            done += len(batch)
            last = batch[-1].pk
        self.stdout.write(f"checked {done} article(s); {links} link(s) written (existing links are kept)")
