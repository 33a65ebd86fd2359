"""manage.py optimize_index merges the index under the writer lock; search goes on."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from archive.search import queue

# optimize_index rewrites the index: an index of the module's own.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def test_merges_into_one_segment_and_search_still_answers(client):
    before = client.get("/api/search/", {"q": "AMEM 38"}).json()["count"]
    out = io.StringIO()
    call_command("optimize_index", stdout=out)
    assert out.getvalue().split("->")[1].split()[0] == "1"
    assert client.get("/api/search/", {"q": "AMEM 38"}).json()["count"] == before > 0


def test_waits_for_the_single_writer():
    with queue.writer_lock(timeout=5) as acquired:
        assert acquired
        with pytest.raises(CommandError, match="busy"):
            call_command("optimize_index", "--lock-timeout", "0.2")
