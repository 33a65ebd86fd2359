"""manage.py refresh_related [--all] — find the related articles of every published article
whose list is missing or stale (archive/web/related.py), so that readers and crawlers do
not wait for them: about 3 ms an article, 2 minutes at 37k. Run it after a bulk import
(and, to let new articles into older ones' lists, daily); without it each list is found
at its page's first view.
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand

from archive.models import Article
from archive.web import related


class Command(BaseCommand):
    help = "Find the related articles of every published article whose list is missing or stale."

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Find every list again, current or not.")

    def handle(self, *args, **opts):
        t0 = time.monotonic()
        articles = Article.objects.for_page().published().defer(None)  # with the stored analysis
        found, current = related.refresh(articles, everything=opts["all"])
        self.stdout.write(f"related lists: {found} found, {current} already current, in {time.monotonic() - t0:.1f} s")
