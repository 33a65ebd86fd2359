"""gunicorn settings for serving the archive (`make run`, the benchmarks, deployments).

The app is loaded once in the master (`preload_app`), with the segmenters' models
and the Thai dictionary, and the workers share those pages copy-on-write. The
search index is opened by each worker after the fork (its files are read with
plain seeks and reads, and a shared file offset would mix two workers' reads), and
a worker takes no request before its searcher is warm. Override with the usual
GUNICORN_CMD_ARGS or these environment variables: HOST, PORT, WEB_CONCURRENCY.
"""

import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Search is CPU-bound Python: one sync worker per core, at least two so a slow
# request never holds up the rest.
workers = int(os.environ.get("WEB_CONCURRENCY") or max(2, multiprocessing.cpu_count()))
preload_app = True
# Recycle workers now and then (a slow leak cannot grow without bound), not all at once.
max_requests = 5000
max_requests_jitter = 500
timeout = 60
graceful_timeout = 30
keepalive = 5
accesslog = "-"
# The WSGI module must not warm the search index in the master (see above).
raw_env = ["ARCHIVE_WARM_UP=0"]


def when_ready(server):
    """In the master, before the first fork: load the analysis (shared by every worker),
    count the article lists' facets into the shared cache, and start finding related lists."""
    from django.db import connections

    from archive.search.service import warm_up_analysis
    from archive.web.queries import warm_up_lists

    warm_up_analysis()
    try:
        warm_up_lists()  # into the shared cache: one count for all workers
    except Exception:  # a slower first list page is better than a server that fails to start
        server.log.exception("list warm-up failed")
    connections.close_all()  # no database connection may cross the fork
    _refresh_related(server)


_background: list[subprocess.Popen] = []


def _refresh_related(server):
    """Find the articles' related lists ahead of readers (manage.py refresh_related), in a
    low-priority process of its own: about 2 minutes after a bulk import of 37k articles,
    0.1 s when every list is current. Pages find a missing list themselves meanwhile."""
    from django.conf import settings

    if settings.REFRESH_RELATED_AT_START:
        command = ["nice", "-n", "10", sys.executable, "manage.py", "refresh_related"]
        _background.append(subprocess.Popen(command, cwd=Path(__file__).resolve().parent))
        server.log.info("finding related lists in the background (pid %s)", _background[-1].pid)


def on_exit(server):
    for process in _background:
        if process.poll() is None:
            process.terminate()


def post_worker_init(worker):
    """In each worker, before it accepts a request: open the index and its caches."""
    from archive.search.errors import SearchUnavailable
    from archive.search.service import warm_up_engine

    try:
        warm_up_engine()
    except SearchUnavailable as exc:  # no index yet (a new archive): searches say so
        worker.log.info("search warm-up skipped: %s", exc)
    except Exception:  # a cold first search is better than a worker that fails to boot
        worker.log.exception("search warm-up failed")
