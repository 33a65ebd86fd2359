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
    """In the master, before the first fork: load the analysis (shared by every worker) and
    count the article lists' facets into the shared cache."""
    from django.db import connections

    from archive.search.service import warm_up_analysis
    from archive.web.queries import warm_up_lists

    warm_up_analysis()
    try:
        warm_up_lists()  # into the shared cache: one count for all workers
    except Exception:  # a slower first list page is better than a server that fails to start
        server.log.exception("list warm-up failed")
    connections.close_all()  # no database connection may cross the fork


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
