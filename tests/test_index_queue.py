"""The index queue: process_index_queue, and no lost writes with several processes at once."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.models import Article, IndexTask
from archive.search.service import SearchParams, search
from tests.helpers import database_env

ROOT = Path(__file__).resolve().parents[1]

# The tests write to the index: an index of the module's own (the subprocesses' have theirs).
pytestmark = pytest.mark.usefixtures("module_search_index")


def found(q: str) -> list[str]:
    return [h.article.source_url for h in search(SearchParams(q=q, page_size=50), record=False).hits]


@pytest.mark.django_db
def test_process_index_queue_drains_pending_tasks():
    # Inside a test transaction on_commit never fires: the task stays queued, as after a crash.
    a = Article.objects.create(
        title="Xylophone reactor",
        body="The xylophone reactor story.",
        source_url="https://example.org/q/1",
        status=Article.Status.PUBLISHED,
    )
    assert IndexTask.objects.filter(article_id=a.pk).exists()
    assert a.source_url not in found("xylophone")
    out = io.StringIO()
    call_command("process_index_queue", stdout=out)
    assert "0 pending" in out.getvalue()
    assert a.source_url in found("xylophone")
    a.delete()
    call_command("process_index_queue", stdout=io.StringIO())
    assert a.source_url not in found("xylophone")


@pytest.mark.django_db
def test_a_saves_drain_applies_its_own_task_and_a_bounded_share_of_the_rest():
    from archive.search import queue

    mine = Article.objects.create(
        title="Yakwatt turbine", body="Yakwatt.", source_url="https://example.org/q/mine", status="published"
    )
    # Someone else's bulk batch (an import's), queued and not drained by its owner yet.
    IndexTask.objects.bulk_create([IndexTask(article_id=10**9 + i) for i in range(queue.REQUEST_BACKLOG + 1)])
    assert queue.drain(timeout=5, first=[mine.pk], others=queue.REQUEST_BACKLOG) == 1 + queue.REQUEST_BACKLOG
    assert mine.source_url in found("yakwatt")
    assert IndexTask.objects.count() == 1  # the rest: the next save's drain, or a bulk writer's
    assert queue.drain(timeout=5) == 1


WORKER = textwrap.dedent(
    """
    import sys, django
    django.setup()
    from archive.models import Article
    worker, n = int(sys.argv[1]), int(sys.argv[2])
    for i in range(n):
        a = Article.objects.create(
            title=f"Concurrent report {worker}-{i}",
            body=f"Quokkawatt grid story number {i} from writer {worker}.",
            source_url=f"https://example.org/conc/{worker}/{i}",
            status=Article.Status.DRAFT,
        )
        a.status = Article.Status.PUBLISHED  # create, then publish: two queued updates
        a.save()
    """
)

CHECK = textwrap.dedent(
    """
    import sys, django
    django.setup()
    from archive.models import Article, IndexTask
    from archive.search.service import SearchParams, search

    def urls():
        out, page = set(), 1
        while True:
            o = search(SearchParams(q="quokkawatt", page=page, page_size=100), record=False)
            out |= {h.article.source_url for h in o.hits}
            if page >= o.num_pages:
                return out, o.count
            page += 1

    found, count = urls()
    print("pending", IndexTask.objects.count(), "count", count, "found", len(found))
    victim = Article.objects.get(source_url="https://example.org/conc/2/7")
    victim.delete()
    found, count = urls()
    print("after-delete", count, victim.source_url in found)
    """
)


@pytest.mark.slow
def test_four_processes_publish_200_articles_and_none_is_lost(tmp_path):
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(tmp_path / "data"),
        "DJANGO_SETTINGS_MODULE": "archive.settings_test",
        "PYTHONPATH": str(ROOT),
        "ARCHIVE_LOG_LEVEL": "WARNING",
    }
    env, cleanup = database_env(env)
    py = sys.executable
    try:
        subprocess.run(
            [py, "manage.py", "migrate", "--noinput", "-v", "0", "--skip-checks"], cwd=ROOT, env=env, check=True
        )
        started = time.monotonic()
        procs = [
            subprocess.Popen(
                [py, "-c", WORKER, str(w), "50"],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for w in range(4)
        ]
        results = [p.communicate(timeout=240) for p in procs]
        elapsed = time.monotonic() - started
        for p, (_out, err) in zip(procs, results, strict=True):
            assert p.returncode == 0, err
            assert "Error" not in err and "Traceback" not in err, err  # 0 errors logged
        check = subprocess.run([py, "-c", CHECK], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        assert check.returncode == 0, check.stderr
        lines = check.stdout.split("\n")
        assert lines[0] == "pending 0 count 200 found 200", (check.stdout, elapsed)
        assert lines[1] == "after-delete 199 False"
    finally:
        cleanup()
