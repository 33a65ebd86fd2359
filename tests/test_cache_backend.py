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
        assert backend == "archive.filecache.FileCache"


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


def test_the_file_cache_checks_its_size_at_most_once_an_interval_and_stays_bounded(tmp_path, monkeypatch):
    from archive.filecache import FileCache

    files = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 10, "CULL_FREQUENCY": 2}})
    listings = []
    original = FileCache._list_cache_files
    monkeypatch.setattr(FileCache, "_list_cache_files", lambda self: listings.append(1) or original(self))
    for i in range(40):
        files.set(f"key-{i}", "năng lượng tái tạo")
    assert len(listings) == 1  # Django's own lists the directory on every write
    assert len(list(tmp_path.glob("*.djcache"))) == 40  # overshoot within one interval
    monkeypatch.setattr(FileCache, "CULL_CHECK_SECONDS", 0.0)  # the interval has passed
    files.set("one-more", "พลังงาน")
    assert len(list(tmp_path.glob("*.djcache"))) <= 21  # culled as Django culls (half of 41)
    assert files.get("one-more") == "พลังงาน"
