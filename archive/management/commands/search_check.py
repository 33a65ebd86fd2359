"""manage.py search_check — run the engine contract's queries against the configured engine.

For an operator to verify a search cluster (or the embedded index) after a deploy, a
rebuild or an upgrade: each check prints PASS or FAIL, and the command exits non-zero
if any failed. The queries go through the query service, as a reader's would, and
their expectations come from the database: the founding articles (`loaddata seed`,
found by their source addresses in fixtures/seed.json), the meeting AMEM 38 and its
linked articles, and the counts of what the index should hold. Nothing is recorded
in the query statistics.
"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from archive.models import Article, IndexTask, Meeting
from archive.search.engine import get_engine
from archive.search.service import SearchParams, search

SEED = Path(settings.BASE_DIR) / "fixtures" / "seed.json"
UNKNOWN_WORD = "qxzvjkwqpl"
MEETING = "amem-38"


def founding_articles() -> list[Article]:
    """The seed fixture's articles present (and published) in this database."""
    urls = [r["fields"]["source_url"] for r in json.loads(SEED.read_text()) if r["model"] == "archive.article"]
    return list(Article.objects.published().filter(source_url__in=urls).order_by("pk"))


def run(**params):
    return search(SearchParams(**params), record=False)


def check_document_count():
    indexed, expected, queued = get_engine().check(), Article.objects.for_index().count(), IndexTask.objects.count()
    detail = f"index holds {indexed}, database has {expected} published"
    if queued:
        detail += f" ({queued} updates queued: run process_index_queue)"
    return indexed == expected, detail


def check_counts_and_facets():
    everything = run(page_size=1)
    expected = Article.objects.published().count()
    dated = Article.objects.published().exclude(published=None).count()
    sums = {name: sum(values.values()) for name, values in everything.facets.items()}
    ok = everything.count == expected and sums.get("language") == expected and sums.get("year") == dated
    return ok, f"total {everything.count} (expected {expected}); facet sums {sums} (years: {dated} dated)"


def check_language_filter():
    for language, count in run(page_size=1).facets.get("language", {}).items():
        filtered = run(language=language, page_size=1).count
        if filtered != count:
            return False, f"language={language}: {filtered} matches, the facet said {count}"
    return True, "each language filter matches its facet count"


def check_newest_first():
    dates = [hit.article.published for hit in run(page_size=20).hits]
    known = [d for d in dates if d is not None]
    ok = known == sorted(known, reverse=True) and dates[: len(known)] == known
    return ok, f"{len(dates)} articles, newest first, undated last"


def check_meeting():
    meeting = Meeting.objects.filter(slug=MEETING).first()
    if meeting is None:
        return None, f"no meeting {MEETING} in this database (loaddata seed)"
    linked = set(meeting.articles.published().values_list("pk", flat=True))
    found = run(q="AMEM 38", page_size=max(100, len(linked)))
    ids = {hit.article.pk for hit in found.hits}
    return linked <= ids and found.count >= len(
        linked
    ), f"'AMEM 38': {found.count} matches, {len(linked & ids)} of {len(linked)} linked articles"


def title_check(language: str):
    def check():
        article = next((a for a in founding_articles() if a.language == language), None)
        if article is None:
            return None, f"no founding article in {language} (loaddata seed)"
        found = run(q=article.title, page_size=5)
        first = found.hits[0].article.pk if found.hits else None
        return (
            first == article.pk,
            f"its title ({article.title[:40]}…) finds it first: {first == article.pk}, {found.count} matches",
        )

    return check


def check_unknown_word():
    found = run(q=UNKNOWN_WORD, correct=False, expand=False)
    return found.count == 0, f"'{UNKNOWN_WORD}': {found.count} matches"


CHECKS = [
    ("the index holds every published article", check_document_count),
    ("counts and facets sum up", check_counts_and_facets),
    ("language filters agree with facets", check_language_filter),
    ("an empty query lists newest first", check_newest_first),
    ("a meeting finds its linked articles", check_meeting),
    ("a Vietnamese title finds its article", title_check("vi")),
    ("a Thai title finds its article", title_check("th")),
    ("an unknown word finds nothing", check_unknown_word),
]


class Command(BaseCommand):
    help = "Run the search contract queries against the configured engine; PASS/FAIL each, non-zero exit on failure."

    def handle(self, *args, **opts):
        connection = settings.HAYSTACK_CONNECTIONS["default"]
        where = connection.get("URL", connection.get("PATH", ""))
        self.stdout.write(f"engine {connection['ENGINE']} at {where} {connection.get('INDEX_NAME', '')}".rstrip())
        failed = 0
        for name, check in CHECKS:
            try:
                ok, detail = check()
            except Exception as exc:  # noqa: BLE001 - an operator's check: report it and go on
                ok, detail = False, f"{type(exc).__name__}: {exc}"
            status = "SKIP" if ok is None else "PASS" if ok else "FAIL"
            failed += ok is False
            self.stdout.write(f"{status}  {name}: {detail}")
        if failed:
            raise CommandError(f"{failed} of {len(CHECKS)} search checks failed")
        self.stdout.write("all search checks passed")
