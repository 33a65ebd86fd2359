"""manage.py bootstrap_archive — load the curated fixtures into an archive that lacks them.

`make run` calls this at every start. Each fixture is loaded only when its kind of
data is absent (no articles: `seed`; no sources: `history`; no glossary: `glossary`),
so a restart never overwrites what editors corrected since, and costs three counts.
Reload a fixture on purpose with `manage.py loaddata NAME`.
"""

from __future__ import annotations

from django.core.management import call_command
from django.core.management.base import BaseCommand

from archive.models import Article, Concept, Source

# Fixture -> the model whose rows say it was loaded (or replaced by editors' own data).
FIXTURES = (("seed", Article), ("history", Source), ("glossary", Concept))


class Command(BaseCommand):
    help = "Load the founding articles, meeting history and glossary into an archive that has none."

    def handle(self, *args, **opts):
        for fixture, model in FIXTURES:
            if model.objects.exists():
                if opts["verbosity"] > 1:
                    self.stdout.write(f"{fixture}: already loaded")
                continue
            call_command("loaddata", fixture, verbosity=opts["verbosity"])
