"""The cache is shared by every worker process: a file cache under the data dir by default,
the Redis server CACHE_URL names otherwise (`make test` runs the cache tests both ways)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings
from django.core.cache import cache

ROOT = Path(__file__).resolve().parents[1]


def test_the_backend_is_the_one_configured():
    backend = settings.CACHES["default"]["BACKEND"]
    if os.environ.get("CACHE_URL"):
        assert backend == "django.core.cache.backends.redis.RedisCache"
    else:
        assert backend == "django.core.cache.backends.filebased.FileBasedCache"


def test_another_process_sees_what_this_one_cached():
    key, value = f"shared-{uuid.uuid4().hex}", "năng lượng tái tạo"
    cache.set(key, value)
    code = (
        "import django; django.setup(); from django.core.cache import cache; import sys; print(cache.get(sys.argv[1]))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "archive.settings_test", "ARCHIVE_DATA_DIR": str(settings.DATA_DIR)}
    out = subprocess.run(
        [sys.executable, "-c", code, key], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == value
