#!/usr/bin/env python
"""Import benchmark on the full corpora, in a fresh temporary ARCHIVE_DATA_DIR.

    .venv/bin/python bench/import_bench.py [--workers N] [--limit N] [--keep]

Runs, each as a subprocess (`manage.py ...`):
  1. import_articles on both corpora (first import: segmentation + index),
  2. the same import again (nothing changed),
  3. rebuild_index --noinput (from the stored analysis),
and prints wall seconds, CPU seconds (user+sys of the whole process tree),
articles per second, and peak memory: the largest single process (getrusage)
and the peak of the whole process tree (sampled from /proc every 0.2 s).
A search for a few imported titles checks that the import is searchable.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from common import tree_rss_kb  # bench/ is on sys.path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
INPUTS = [CORPORA / "dailynews-th.tar.xz", CORPORA / "baomoi-vi.tar.xz"]  # Thai first: --limit samples both
PY = sys.executable


def run(name: str, args: list[str], env: dict) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample():
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss_kb(proc.pid))
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary = [line for line in out.splitlines() if line.startswith(("read ", "dry run"))]
    result = {
        "step": name,
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "peak_tree_rss_mb": round(peak / 1024),
        "max_single_rss_mb": round(after.ru_maxrss / 1024),
        "exit": proc.returncode,
        "summary": summary[-1] if summary else "",
    }
    if proc.returncode not in (0, 1):  # 1 = some rows failed (the corpus has bad files)
        print(err[-3000:], file=sys.stderr)
    failures = [line for line in err.splitlines() if ": " in line and not line.startswith("warning")]
    result["failed_rows"] = len([f for f in failures if "row(s) failed" not in f])
    print(json.dumps(result, ensure_ascii=False), flush=True)
    return result


SEARCH_CHECK = """
import django, sys
django.setup()
from archive.models import Article
from archive.search.service import SearchParams, search
ok = total = 0
for a in Article.objects.exclude(source_url__startswith="urn:").order_by("?")[:20]:
    total += 1
    o = search(SearchParams(q=a.title[:60], page_size=10), record=False)
    ok += any(h.article.pk == a.pk for h in o.hits)
print(f"searchable: {ok}/{total} random imported titles found in the top 10")
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--limit", type=int, default=0, help="Import only the first N rows (quick runs).")
    parser.add_argument("--keep", action="store_true", help="Keep the temporary data dir.")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="archive-import-bench-"))
    env = {**os.environ, "ARCHIVE_DATA_DIR": str(data_dir), "DEBUG": "1", "ARCHIVE_LOG_LEVEL": "WARNING"}
    env.pop("DATABASE_URL", None)  # SQLite in the fresh data dir
    manage = [PY, "manage.py"]
    print(f"data dir {data_dir}; workers {args.workers}; load average {os.getloadavg()[0]:.1f}", flush=True)
    try:
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0", "--skip-checks"], cwd=ROOT, env=env, check=True)
        subprocess.run([*manage, "loaddata", "seed", "-v", "0", "--skip-checks"], cwd=ROOT, env=env, check=True)
        imp = [*manage, "import_articles", *map(str, INPUTS), "--workers", str(args.workers)]
        if args.limit:
            imp += ["--limit", str(args.limit)]
        first = run("first import", imp, env)
        check = subprocess.run(
            [PY, "-c", SEARCH_CHECK],
            cwd=ROOT,
            env={**env, "PYTHONPATH": str(ROOT), "DJANGO_SETTINGS_MODULE": "archive.settings"},
            capture_output=True,
            text=True,
        )
        print(check.stdout.strip() or check.stderr[-2000:], flush=True)
        again = run("unchanged re-import", imp, env)
        rebuild = run("rebuild_index", [*manage, "rebuild_index", "--noinput", "-v", "0", "--skip-checks"], env)
        m = re.search(r"read (\d+)", first["summary"])
        n = int(m.group(1)) if m else 0
        print()
        print("| step | wall s | CPU s | articles/s | peak RSS (tree) | largest process |")
        print("|---|---|---|---|---|---|")
        for r in (first, again, rebuild):
            rate = n / r["wall_s"] if r["wall_s"] else 0
            print(
                f"| {r['step']} | {r['wall_s']} | {r['cpu_s']} | {rate:.0f} | {r['peak_tree_rss_mb']} MB | {r['max_single_rss_mb']} MB |"
            )
        if rebuild["wall_s"]:
            print(
                f"\nfirst import / rebuild_index = {first['wall_s'] / rebuild['wall_s']:.2f}x; load average now {os.getloadavg()[0]:.1f}"
            )
    finally:
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
