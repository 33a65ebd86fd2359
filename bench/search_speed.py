#!/usr/bin/env python
"""Search latency through `/api/search/`, served by gunicorn as `make run` serves it.

Starts gunicorn (2 sync workers, like `make run`) on an archive's data dir, waits
until both workers have warmed up, then sends a mix of query kinds over HTTP on
loopback, one request at a time (bounded: `--rounds` passes over the list), and
prints p50/p95/max per kind plus the workers' resident memory. With `--url` it
measures a server that is already running instead.

Query kinds follow the relevance issue: meeting names, Vietnamese title words and
body phrases (with and without diacritics), person names, Thai words, English
concept questions, typing slips, empty queries with filters, hostile input.

    .venv/bin/python bench/search_speed.py --data-dir DIR [--rounds 5] [--port 8765]
    .venv/bin/python bench/search_speed.py --url http://127.0.0.1:8000
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from common import ROOT, children, rss_mb  # bench/ is on sys.path

QUERIES = {
    "meeting": [
        "AMEM 38",
        "38th AMEM",
        "Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38",
        "ASOEN 33",
        "SOME+3 lần thứ 17",
    ],
    "vi": ["năng lượng tái tạo", "biến đổi khí hậu", "Thủ tướng Nguyễn Xuân Phúc", "giá xăng dầu", "điện mặt trời"],
    "vi-unaccented": ["nang luong tai tao", "bien doi khi hau", "thu tuong", "gia xang dau", "dien mat troi"],
    "vi-body-phrase": [
        "để tránh bị nghi ngờ",
        "các tài khoản thuộc diện",
        "mang lai cho nguoi doi",
        "ngay sau khi mua giup",
        "đồng thời cùng các học",
    ],
    "vi-name": ["Trần Hưng Đạo", "Nguyễn Xuân Phúc", "le thanh binh", "Phạm Văn Hải", "nguyen thi kim ngan"],
    "th": ["พลังงาน", "คาร์บอนต่ำ", "นายกรัฐมนตรี", "เศรษฐกิจ", "น้ำท่วม"],
    "en": ["renewable energy", "climate change", "ASEAN", "rooftop solar", "water shortage"],
    "typo": ["năng lượg tái tạo", "nanng luong", "พรังงาน", "นำท่วม", "bien doii khi hau"],
    "empty+filters": ["", "lang=th", "series=amem", "from=2017-01-01&to=2017-12-31"],
    "hostile": ['"AND OR', "a" * 2000, "title:(x [1 TO", "\x00\x1b😀"],
}


def query_params(q: str) -> dict:
    """The request parameters of one QUERIES entry: a query, or `name=value&…` filters."""
    return dict(p.split("=", 1) for p in q.split("&")) if "=" in q else {"q": q}


def _get(base: str, params: dict) -> tuple[int, float]:
    url = f"{base}/api/search/?{urllib.parse.urlencode(params)}"
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    return status, 1000 * (time.perf_counter() - t0)


def start_gunicorn(data_dir: str, port: int, workers: int) -> subprocess.Popen:
    env = {**os.environ, "ARCHIVE_DATA_DIR": data_dir, "DEBUG": "1", "DJANGO_SETTINGS_MODULE": "archive.settings"}
    # No rate limit for the measuring client (loopback only, bounded rounds).
    env.setdefault("API_ANON_RATE", "100000/minute")
    cmd = [str(ROOT / ".venv" / "bin" / "gunicorn"), "archive.wsgi", "--bind", f"127.0.0.1:{port}"]
    cmd += ["--workers", str(workers), "--timeout", "120"]
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def wait_ready(base: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if _get(base, {"q": "năng lượng"})[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"no answer from {base} within {seconds:.0f}s")


def measure(base: str, rounds: int) -> dict:
    # Warm every worker (each opens the index and loads the segmenters once).
    for _ in range(6):
        for queries in QUERIES.values():
            for q in queries[:2]:
                _get(base, query_params(q))
    results = {}
    everything = []
    print(f"{'kind':<16}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for kind, queries in QUERIES.items():
        times = []
        for _ in range(rounds):
            for q in queries:
                params = query_params(q)
                status, ms = _get(base, params)
                assert status == 200, (q, status)
                times.append(ms)
        times.sort()
        everything += times
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        results[kind] = {"n": len(times), "p50": statistics.median(times), "p95": p95, "max": times[-1]}
        print(f"{kind:<16}{len(times):>5}{statistics.median(times):>9.1f}{p95:>9.1f}{times[-1]:>9.1f}")
    everything.sort()
    p95 = everything[int(len(everything) * 0.95) - 1]
    results["all"] = {"n": len(everything), "p50": statistics.median(everything), "p95": p95, "max": everything[-1]}
    print(f"{'all':<16}{len(everything):>5}{statistics.median(everything):>9.1f}{p95:>9.1f}{everything[-1]:>9.1f}")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", help="the archive to serve (started with gunicorn here)")
    parser.add_argument("--url", help="measure a server that is already running")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", help="also write the numbers to this file")
    args = parser.parse_args()
    if not args.url and not args.data_dir:
        parser.error("give --data-dir (to start gunicorn) or --url")
    server = None
    base = args.url.rstrip("/") if args.url else f"http://127.0.0.1:{args.port}"
    try:
        if not args.url:
            server = start_gunicorn(args.data_dir, args.port, args.workers)
        t0 = time.perf_counter()
        wait_ready(base)
        print(f"server answered after {time.perf_counter() - t0:.1f}s ({base})")
        results = measure(base, args.rounds)
        if server:
            rss = [rss_mb(p) or 0.0 for p in children(server.pid)]
            print("worker RSS: " + ", ".join(f"{r:.0f} MB" for r in rss))
            results["worker_rss_mb"] = rss
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=1))
    finally:
        if server:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
