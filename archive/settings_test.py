"""Test settings: a throw-away data dir per run, loud search errors, fast hashing."""

import os
import tempfile

os.environ.setdefault("ARCHIVE_TESTING", "1")
# A throw-away data dir per test run, removed by tests/conftest.py at the end.
TEMPORARY_DATA_DIR = "ARCHIVE_DATA_DIR" not in os.environ
if TEMPORARY_DATA_DIR:
    os.environ["ARCHIVE_DATA_DIR"] = tempfile.mkdtemp(prefix="archive-test-")

from archive.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
HAYSTACK_CONNECTIONS["default"]["SILENTLY_FAIL"] = False  # noqa: F405
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_CLASSES": []}  # noqa: F405
# Rate-limit counters inside the run's data dir, removed with it (not in /dev/shm).
if CACHES["rates"]["BACKEND"] == "archive.filecache.FileCache" and not os.environ.get("RATE_LIMIT_DIR"):  # noqa: F405
    CACHES = {**CACHES, "rates": {**CACHES["rates"], "LOCATION": str(DATA_DIR / "rates")}}  # noqa: F405
INGEST_ALLOW_PRIVATE_ADDRESSES = True  # tests serve saved pages from a loopback server

# Tests change the archive inside transactions that roll back without moving the content
# version; the memo of repeated searches is tested on its own (tests/test_search_memo.py).
SEARCH_RESULTS_MEMO = 0
# Kept pages likewise: tested on their own (tests/test_kept_pages.py).
PAGE_MEMO_BYTES = 0
REFRESH_RELATED_AT_START = False
