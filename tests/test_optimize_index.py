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


def test_only_the_smallest_segments_are_merged(tmp_path):
    """merge_smallest(n) rewrites the small segments into one and leaves the large alone."""
    from whoosh.fields import ID, Schema
    from whoosh.filedb.filestore import FileStorage

    from archive.search.whoosh.backend import merge_smallest

    index = FileStorage(str(tmp_path)).create_index(Schema(id=ID(stored=True)))
    for size in (50, 3, 20, 1, 2):
        writer = index.writer()
        for n in range(size):
            writer.add_document(id=f"{size}-{n}")
        writer.commit(merge=False)
    largest = {s.segment_id() for s in index._segments() if s.doc_count_all() >= 20}
    writer = index.writer()
    writer.commit(mergetype=merge_smallest(3))
    segments = index._segments()
    assert len(segments) == 3 and largest <= {s.segment_id() for s in segments}
    assert sorted(s.doc_count_all() for s in segments) == [6, 20, 50]  # 3 + 1 + 2 became one
    with index.searcher() as searcher:
        assert searcher.doc_count() == 76
    writer = index.writer()
    writer.commit(mergetype=merge_smallest(3))  # already within the limit: nothing to do
    assert {s.segment_id() for s in index._segments()} == {s.segment_id() for s in segments}


def test_the_command_leaves_at_most_the_segments_asked_for():
    out = io.StringIO()
    call_command("optimize_index", "--max-segments", "4", stdout=out)
    before, after = (int(x.split()[0]) for x in out.getvalue().removeprefix("segments: ").split("->"))
    assert after <= 4 and after <= before
