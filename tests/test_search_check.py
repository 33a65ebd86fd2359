"""manage.py search_check on the embedded Whoosh engine (an index of the founding articles, the module's own)."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.management.commands.search_check import CHECKS, founding_articles
from archive.models import Article
from archive.search.engine import get_engine
from archive.search.queue import writer_lock

# A test takes an article out of the index: an index of the module's own.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def run_check() -> str:
    out = StringIO()
    call_command("search_check", stdout=out)
    return out.getvalue()


def test_every_contract_query_passes_on_the_founding_articles():
    output = run_check()
    assert output.count("PASS") == len(CHECKS) and "FAIL" not in output and "SKIP" not in output
    assert "'AMEM 38': 2 matches, 2 of 2 linked articles" in output
    assert output.rstrip().endswith("all search checks passed")


def test_an_index_missing_an_article_fails_and_exits_non_zero():
    article = founding_articles()[0]
    with writer_lock(timeout=30):
        get_engine().remove_articles([article.pk])
    out = StringIO()
    with pytest.raises(CommandError, match="search checks failed"):
        call_command("search_check", stdout=out)
    output = out.getvalue()
    assert "FAIL  the index holds every published article" in output
    assert "FAIL  a Vietnamese title finds its article" in output
    with writer_lock(timeout=30):  # indexed again, the checks pass again
        get_engine().index_articles(Article.objects.for_index().filter(pk=article.pk))
    assert "FAIL" not in run_check()
