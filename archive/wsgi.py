import logging
import os
import threading

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
application = get_wsgi_application()


def _warm_up() -> None:
    from archive.search.service import warm_up

    try:
        warm_up()
    except Exception:  # a cold first search is better than a worker that fails to boot
        logging.getLogger("archive.search").exception("search warm-up failed")


if os.environ.get("ARCHIVE_WARM_UP", "1") == "1":
    threading.Thread(target=_warm_up, name="search-warm-up", daemon=True).start()
