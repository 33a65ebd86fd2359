"""manage.py export_articles DIR — a backup that import_articles and loaddata restore.

Writes two files into DIR:

* `articles.jsonl`: every article (drafts too), one per line, in the import format
  (url, title, lead, body, published, language, source, byline, keywords, status, slug, and the
  meetings, people and organisations it is linked to, by slug), ordered by url;
* `curated.json`: the curated data as a fixture (`dumpdata` of meeting series,
  organisations, people, meetings, meeting relations and participations).

Restore into an empty archive (README, "Backup and restore"):

    manage.py migrate
    manage.py loaddata DIR/curated.json
    manage.py import_articles DIR/articles.jsonl --no-detect
"""

from __future__ import annotations

import json
from pathlib import Path

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from archive.models import Article

# Dependency order: what a model points to comes first, so loaddata never waits for a row.
CURATED_MODELS = [
    "archive.MeetingSeries",
    "archive.Organization",
    "archive.Person",
    "archive.Meeting",
    "archive.MeetingRelation",
    "archive.Participation",
]
# Curated models that exist only in newer schemas are included when present.
OPTIONAL_CURATED_MODELS = ["archive.Source", "archive.MeetingSource"]


def curated_models() -> list[str]:
    present = []
    for label in OPTIONAL_CURATED_MODELS:
        try:
            apps.get_model(label)
        except LookupError:
            continue
        present.append(label)
    return CURATED_MODELS + present


def article_rows():
    articles = (
        Article.objects.order_by("source_url")
        .prefetch_related("meetings", "people", "organizations")
        .only(
            "source_url",
            "title",
            "slug",
            "lead",
            "body",
            "published",
            "language",
            "source_name",
            "byline",
            "keywords",
            "status",
        )
    )
    for a in articles.iterator(chunk_size=500):
        yield {
            "url": a.source_url,
            "title": a.title,
            "lead": a.lead,
            "body": a.body,
            "published": timezone.localtime(a.published).isoformat() if a.published else None,
            "language": a.language,
            "source": a.source_name,
            "byline": a.byline,
            "keywords": a.keyword_list,
            "status": a.status,
            "slug": a.slug,
            "meetings": sorted(m.slug for m in a.meetings.all()),
            "people": sorted(p.slug for p in a.people.all()),
            "organizations": sorted(o.slug for o in a.organizations.all()),
        }


class Command(BaseCommand):
    requires_system_checks: list = []
    help = (
        "Export every article as JSON Lines (what import_articles reads) and the curated data "
        "(series, meetings, people, organisations, participations) as a fixture, into DIR."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", metavar="DIR", help="Created if missing; existing files are replaced.")

    def handle(self, *args, **opts):
        out = Path(opts["directory"])
        out.mkdir(parents=True, exist_ok=True)
        n = 0
        tmp = out / "articles.jsonl.tmp"
        with tmp.open("w", encoding="utf-8") as fh:
            for row in article_rows():
                fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
                n += 1
        tmp.replace(out / "articles.jsonl")
        call_command("dumpdata", *curated_models(), indent=1, output=str(out / "curated.json"), verbosity=0)
        if opts["verbosity"] > 0:
            self.stdout.write(
                f"exported {n} articles to {out / 'articles.jsonl'} and the curated data to {out / 'curated.json'}"
            )
