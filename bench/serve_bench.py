#!/usr/bin/env python
"""Serving speed: gunicorn as `make run` starts it, on an archive's data dir, under wrk on loopback.

Starts `.venv/bin/gunicorn archive.wsgi -c gunicorn.conf.py --bind 127.0.0.1:PORT` with
DEBUG=0 on `--data-dir`, waits until every worker has warmed up and answered, and measures
with wrk (HTTP load tool, `apt-get install -y wrk`) and bench/wrk_paths.lua:

* article pages: a few thousand random published articles' `/articles/<slug>/` (from the
  data dir's SQLite), after a first pass over 500 other articles, and then the same
  URLs again (warm: each page was asked for at most once before, in one of the workers);
* popular article pages: `--popular` other articles asked for over and over, as readers
  ask for the news of the day (public pages are kept whole per worker: archive/web/pages.py);
* the article lists `/articles/`, `/articles/?lang=th`, `/articles/?page=50`, one run each;
* `/api/search/` with every query of bench/search_speed.py's QUERIES, mixed;
* `/sitemap.xml` and each of its sections, fetched one at a time cold and then warm, with
  their URL counts (a section may hold at most 10,000);
* each gunicorn worker's resident memory after the load.

Every measured wrk run lasts `--duration` seconds and follows a `--warmup`-second first
pass (reported too) over the same URLs (for article pages, other articles). gunicorn runs
with a fresh page cache in a temp dir (so first passes start cold; `--data-dir-cache` for
the data dir's own) and `--max-requests 0` (no worker recycled mid-run). The server's
background search for related lists at start is off, so that it does not share the CPU
with the measured runs: new article pages find their lists themselves, or, with
`--related-ahead`, `manage.py refresh_related` finds them all before the server starts
(as the background search has done a few minutes after `make run`). Answers other
than 2xx/3xx are counted; any 5xx or transport error fails the run loudly (exit 1).
gunicorn is always stopped at the end (its whole process group). Exit 2: wrk missing.

    .venv/bin/python bench/serve_bench.py --data-dir DIR [--duration 10] [--json FILE]
    .venv/bin/python bench/serve_bench.py --url http://127.0.0.1:8000 [--pid MASTER] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import runpy
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from common import ROOT, children, free_port, memory_mb, rss_mb, serving_env  # bench/ is on sys.path
from search_speed import QUERIES, query_params, wait_ready

VENV_BIN = ROOT / ".venv" / "bin"
LUA = Path(__file__).resolve().parent / "wrk_paths.lua"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SITEMAP_MAX_URLS = 10_000
WARMUP_ARTICLES = 500  # other articles, asked for in the first pass before the measured run
LISTS = ["/articles/", "/articles/?lang=th", "/articles/?page=50"]
# gunicorn's default access log format plus the worker's pid (to see every worker answer).
ACCESS_LOG_FORMAT = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" pid=%(p)s'
GOALS = {  # the serving issue's table
    "article": {"p95": 15.0, "rps": 200.0},
    "list": {"p95": 30.0},
    "sitemap": {"max": 200.0},
    "search": {"p50": 25.0, "p95": 60.0, "rps": 80.0},
    "rss_mb": 350.0,
}
# The archive's settings, with static files collected here (DEBUG=0 serves them from a
# manifest) and, unless --data-dir-cache, a fresh file cache here: the data dir is only read.
SETTINGS_SHIM = """\
from archive.settings import *  # noqa: F403

STATIC_ROOT = {static!r}
if {fresh_cache!r} and not CACHE_URL:  # the file cache (archive.filecache), not Redis
    CACHES["default"]["LOCATION"] = {cache!r}
# With DEBUG off Django logs no request error; the benchmark wants their tracebacks.
LOGGING["loggers"]["django.request"] = {{"handlers": ["console"], "level": "ERROR", "propagate": False}}
"""


class BenchError(RuntimeError):
    pass


# --- the server ------------------------------------------------------------------------------


def start_gunicorn(
    data_dir: Path, port: int, workers: int | None, tmp: Path, fresh_cache: bool, related_ahead: bool
) -> subprocess.Popen:
    (tmp / "serve_bench_settings.py").write_text(
        SETTINGS_SHIM.format(static=str(tmp / "staticfiles"), cache=str(tmp / "cache"), fresh_cache=fresh_cache),
        encoding="utf-8",
    )
    env = {
        **serving_env(data_dir, "serve_bench_settings", tmp, hosts="127.0.0.1,localhost"),
        "CACHE_URL": os.environ.get("CACHE_URL", ""),
    }
    if related_ahead:
        t0 = time.monotonic()
        done = subprocess.run(
            [str(VENV_BIN / "python"), "manage.py", "refresh_related"],
            cwd=ROOT,
            env=env,
            check=True,
            timeout=3600,
            capture_output=True,
            text=True,
        )
        print(f"{done.stdout.strip()} (refresh_related before the server, {time.monotonic() - t0:.0f} s)", flush=True)
    subprocess.run(
        ["nice", "-n", "19", str(VENV_BIN / "python"), "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
        timeout=300,
    )
    cmd = [str(VENV_BIN / "gunicorn"), "archive.wsgi", "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{port}"]
    if workers:
        cmd += ["--workers", str(workers)]
    # gunicorn.conf.py recycles a worker after 5,000 ± 500 requests; not in the middle of a run here.
    cmd += ["--max-requests", "0", "--access-logformat", ACCESS_LOG_FORMAT]
    cmd += ["--control-socket", str(tmp / "gunicorn.ctl")]  # not the shared ~/.gunicorn one
    with (tmp / "gunicorn.log").open("wb") as log:
        return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def stop_gunicorn(server: subprocess.Popen) -> None:
    """SIGTERM to gunicorn's process group (master and workers), SIGKILL what is left."""
    if server.poll() is None:
        try:
            os.killpg(server.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            print(f"gunicorn {server.pid} did not stop on SIGTERM: killing its process group")
    try:
        os.killpg(server.pid, signal.SIGKILL)  # workers that outlived the master, if any
    except ProcessLookupError:
        pass
    if server.poll() is None:
        server.wait(timeout=10)


def log_tail(log_path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(log_path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def probe(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError:
        return 0


def configured_workers() -> int:
    """The worker count gunicorn.conf.py gives (WEB_CONCURRENCY, else one per core, at least 2)."""
    return int(runpy.run_path(str(ROOT / "gunicorn.conf.py"))["workers"])


def wait_workers_warm(base: str, server: subprocess.Popen, log_path: Path, timeout: float, expected: int) -> list[int]:
    """Poll /healthz until all `expected` workers are forked and each has answered one with 200
    (gunicorn's access log names the worker). A worker accepts no request before
    post_worker_init has warmed it; the master forks them one after the other."""
    deadline = time.monotonic() + timeout
    codes: list[int] = []
    while True:
        if server.poll() is not None:
            raise BenchError(f"gunicorn exited with {server.returncode}:\n{log_tail(log_path)}")
        workers = children(server.pid)
        if len(workers) >= expected:
            # Several probes at once, so an idle warm worker takes one while another is busy.
            with ThreadPoolExecutor(2 * len(workers)) as pool:
                codes = list(pool.map(probe, [f"{base}/healthz"] * (2 * len(workers))))
            answered = {
                int(pid)
                for pid in re.findall(r'"GET /healthz [^"]*" 200 .* pid=<(\d+)>', log_path.read_text(errors="replace"))
            }
            if set(workers) <= answered:
                return workers
        if time.monotonic() > deadline:
            raise BenchError(
                f"workers {workers} not all warm within {timeout:.0f}s (last /healthz: {codes}):\n{log_tail(log_path)}"
            )
        time.sleep(0.5)


# --- what to ask for -------------------------------------------------------------------------


def published_article_paths(data_dir: Path) -> list[str]:
    """Every published article's page, from the data dir's SQLite (opened read-only)."""
    db = data_dir / "archive.sqlite3"
    con = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        slugs = [r[0] for r in con.execute("SELECT slug FROM archive_article WHERE status = 'published' ORDER BY id")]
    finally:
        con.close()
    return [f"/articles/{urllib.parse.quote(slug)}/" for slug in slugs]


def search_paths(seed: int) -> list[str]:
    paths = [f"/api/search/?{urllib.parse.urlencode(query_params(q))}" for qs in QUERIES.values() for q in qs]
    random.Random(seed).shuffle(paths)  # the kinds mixed, not one kind after another
    return paths


def new_query_paths(path: Path, seed: int) -> tuple[list[str], Counter]:
    """`/api/search/` for each query of a file written by search_quality.py --write-queries,
    shuffled, each once: queries no worker has seen, of the kinds the relevance issue names."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    random.Random(seed).shuffle(rows)
    seen, paths = set(), []
    for row in rows:
        if row["q"] not in seen:
            seen.add(row["q"])
            paths.append(f"/api/search/?{urllib.parse.urlencode({'q': row['q']})}")
    return paths, Counter(row["kind"].split(" ")[0] for row in rows)


def local_path(url: str) -> str:
    parts = urllib.parse.urlsplit(url.strip())
    return parts.path + (f"?{parts.query}" if parts.query else "")


# --- measuring -------------------------------------------------------------------------------


def wrk(base: str, paths: list[str], seconds: int, args, tmp: Path, name: str) -> dict:
    paths_file = tmp / f"{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}.paths"
    paths_file.write_text("\n".join(paths) + "\n", encoding="utf-8")
    cmd = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{seconds}s", f"--timeout={max(10, seconds)}s"]
    cmd += ["-s", str(LUA), base, "--", str(paths_file), str(args.threads)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 60)
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"wrk did not finish a {seconds}s run within {seconds + 60}s") from exc
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("WRK_RESULT ")), None)
    if proc.returncode != 0 or line is None:
        raise BenchError(f"wrk failed (exit {proc.returncode}): {proc.stderr.strip() or proc.stdout.strip()}")
    result = json.loads(re.sub(r"-?\b(?:nan|inf)\b", "null", line.removeprefix("WRK_RESULT ")))
    result["rps"] = result["requests"] / result["duration_s"] if result["duration_s"] else 0.0
    result["transport_errors"] = sum(result["errors"][k] for k in ("connect", "read", "write", "timeout"))
    result["bad_answers"] = result["status"]["4xx"] + result["status"]["5xx"]
    result["paths"] = len(paths)
    lat = result["latency_ms"]
    print(
        f"  {name}: {result['requests']} requests in {result['duration_s']:.1f}s = {result['rps']:.0f}/s, "
        f"p50 {_ms(lat['p50'])} p95 {_ms(lat['p95'])} p99 {_ms(lat['p99'])} max {_ms(lat['max'])} ms; "
        f"status {result['status']}, transport errors {result['transport_errors']}",
        flush=True,
    )
    return result


def fetch(base: str, path: str) -> tuple[int, float, bytes]:
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(base + path, timeout=120) as response:
            body, status = response.read(), response.status
    except urllib.error.HTTPError as exc:
        body, status = exc.read(), exc.code
    except OSError:
        body, status = b"", 0
    return status, 1000 * (time.perf_counter() - t0), body


def _xml(body: bytes) -> ET.Element:
    try:
        return ET.fromstring(body)
    except ET.ParseError as exc:
        raise BenchError(f"a sitemap is not XML: {exc}: {body[:200]!r}") from exc


def sitemap(base: str) -> dict:
    """The index, then every section once (cold), then everything again (warm)."""
    out: dict = {"problems": [], "sections": [], "article_paths": []}
    status, ms, body = fetch(base, "/sitemap.xml")
    out["index_cold_ms"] = ms
    if status != 200:
        out["problems"].append(f"/sitemap.xml answered {status}")
        return out
    sections = [local_path(e.text or "") for e in _xml(body).findall("sm:sitemap/sm:loc", SITEMAP_NS)]
    if not sections:
        out["problems"].append("/sitemap.xml lists no section")
    for path in sections:
        status, ms, body = fetch(base, path)
        urls = _xml(body).findall("sm:url/sm:loc", SITEMAP_NS) if status == 200 else []
        out["sections"].append({"path": path, "status": status, "cold_ms": ms, "urls": len(urls), "bytes": len(body)})
        out["article_paths"] += [p for p in map(lambda e: local_path(e.text or ""), urls) if p.startswith("/articles/")]
        if status != 200:
            out["problems"].append(f"{path} answered {status}")
        elif len(urls) > SITEMAP_MAX_URLS:
            out["problems"].append(f"{path} holds {len(urls)} URLs (more than {SITEMAP_MAX_URLS:,})")
    for section in out["sections"]:
        status, section["warm_ms"], _ = fetch(base, section["path"])
        if status != 200:
            out["problems"].append(f"{section['path']} answered {status} the second time")
    status, out["index_warm_ms"], _ = fetch(base, "/sitemap.xml")
    for s in out["sections"]:
        print(
            f"  {s['path']:<34} {s['urls']:>6} URLs {s['bytes'] / 1e6:>5.1f} MB  cold {s['cold_ms']:>6.0f} ms  warm {s['warm_ms']:>5.0f} ms"
        )
    return out


def worker_rss(master: int) -> dict[int, float | None]:
    return {pid: rss_mb(pid) for pid in children(master)}


# --- the report ------------------------------------------------------------------------------


def _ms(value) -> str:
    return "—" if value is None else f"{value:.1f}"


def wrk_row(what: str, r: dict, goal: dict | None) -> dict:
    lat = r["latency_ms"]
    checks = []
    if goal:
        for key, limit in goal.items():
            value = r["rps"] if key == "rps" else lat[key]
            checks.append(value is not None and (value >= limit if key == "rps" else value <= limit))
    errors = r["transport_errors"] + r["bad_answers"]
    detail = f"{errors}" + (f" (5xx {r['status']['5xx']})" if r["status"]["5xx"] else "")
    return {
        "what": what,
        "n": r["requests"],
        "p50": lat["p50"],
        "p95": lat["p95"],
        "max": lat["max"],
        "rps": r["rps"],
        "errors": detail,
        "goal": goal_text(goal),
        "met": ("yes" if all(checks) else "NO") if goal else "—",
    }


def goal_text(goal: dict | None) -> str:
    if not goal:
        return "—"
    names = {"p50": "p50 ≤ {} ms", "p95": "p95 ≤ {} ms", "max": "max ≤ {} ms", "rps": "≥ {} req/s"}
    return ", ".join(names[k].format(f"{v:g}") for k, v in goal.items())


def print_table(rows: list[dict]) -> None:
    header = f"{'what':<44}{'n':>7}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}{'req/s':>7}  {'errors':<8}{'goal':<39}met?"
    print(header)
    print("-" * len(header))
    for r in rows:
        rps = "—" if r["rps"] is None else f"{r['rps']:.0f}"
        print(
            f"{r['what']:<44}{r['n']:>7}{_ms(r['p50']):>8}{_ms(r['p95']):>8}{_ms(r['max']):>8}{rps:>7}  "
            f"{r['errors']:<8}{r['goal']:<39}{r['met']}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, help="the archive to serve (gunicorn is started here on it)")
    parser.add_argument(
        "--url", help="measure a server that is already running (article URLs from --data-dir or its sitemap)"
    )
    parser.add_argument("--pid", type=int, help="with --url: gunicorn's master pid, to report its workers' memory")
    parser.add_argument("--port", type=int, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: gunicorn.conf.py's, one per core, ≥ 2)")
    parser.add_argument("--duration", type=int, default=10, help="seconds per measured wrk run (default 10)")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of the first pass before each run (default 2)")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument(
        "--articles", type=int, default=3000, help="random published articles to ask for (default 3000)"
    )
    parser.add_argument(
        "--popular",
        type=int,
        default=300,
        help="articles asked for over and over, as readers ask for the news of the day (default 300)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--boot-timeout", type=float, default=240, help="seconds for gunicorn to start and warm up")
    parser.add_argument(
        "--data-dir-cache",
        action="store_true",
        help="serve with the data dir's own cache/ (as `make run`); default: a fresh file cache in a temp dir",
    )
    parser.add_argument(
        "--new-queries",
        type=Path,
        metavar="FILE",
        help="also ask /api/search/ for these queries, each once (JSON lines from search_quality.py --write-queries)",
    )
    parser.add_argument(
        "--related-ahead",
        action="store_true",
        help="find every article's related list before starting (manage.py refresh_related, as the server "
        "does in the background at start); default: the server's background refresh is off, so the "
        "measured pages find their lists themselves",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (gunicorn.log, path lists)")
    parser.add_argument("--json", type=Path, help="also write every number to this file")
    args = parser.parse_args()
    if not args.url and not args.data_dir:
        parser.error("give --data-dir (to start gunicorn on it) or --url")
    if args.threads < 1 or args.connections < args.threads:
        parser.error("--connections must be at least --threads (≥ 1)")
    if shutil.which("wrk") is None:
        print(
            "wrk (the HTTP load tool) is not installed. Install it with:\n\n    apt-get install -y wrk\n\n(or `make bench-tools`)",
            file=sys.stderr,
        )
        return 2

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # run the finally below
    started = time.monotonic()
    tmp = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    server = None
    results: dict = {"runs": {}, "settings": vars(args)}
    rows: list[dict] = []
    failures: list[str] = []
    load_before = os.getloadavg()
    try:
        if args.url:
            base = args.url.rstrip("/")
            wait_ready(base)
            master = args.pid
            workers = children(master) if master else []
            print(f"measuring the server at {base} (started elsewhere: its own settings, cache and worker recycling)")
        else:
            port = args.port or free_port()
            base = f"http://127.0.0.1:{port}"
            t0 = time.monotonic()
            server = start_gunicorn(
                args.data_dir.resolve(), port, args.workers, tmp, not args.data_dir_cache, args.related_ahead
            )
            workers = wait_workers_warm(
                base, server, tmp / "gunicorn.log", args.boot_timeout, args.workers or configured_workers()
            )
            master = server.pid
            print(
                f"gunicorn {master} (gunicorn.conf.py, DEBUG=0, --max-requests 0: no worker recycled during the runs) "
                f"on {base}, data dir {args.data_dir}; workers {workers} warm after {time.monotonic() - t0:.0f}s"
            )
            print(
                "page cache: "
                + (
                    f"the data dir's own ({args.data_dir / 'cache'}), possibly warm from earlier runs"
                    if args.data_dir_cache
                    else f"a fresh file cache ({tmp / 'cache'}): the first pass of each URL set is cold"
                )
            )
        print(
            f"wrk: {args.threads} threads, {args.connections} connections; each measured run {args.duration}s, "
            f"after a {args.warmup}s first pass (same URLs; for article pages {WARMUP_ARTICLES} others); load average before {load_before[0]:.1f}",
            flush=True,
        )

        rss_at = results["worker_rss_mb"] = {}
        if master:
            rss_at["warm start"] = worker_rss(master)
        have_db = args.data_dir is not None and (args.data_dir / "archive.sqlite3").is_file()
        site_map = None
        if have_db:
            every_article = published_article_paths(args.data_dir)
        else:  # with --url and no data dir: the article URLs come from the sitemap, measured first then
            print("sitemap (first: the article URLs come from it)")
            site_map = sitemap(base)
            every_article = site_map["article_paths"]
        random.Random(args.seed).shuffle(every_article)
        # The measured run asks for articles nobody asked for before; its first pass for others.
        article_paths = every_article[: args.articles]
        other_articles = every_article[args.articles : args.articles + WARMUP_ARTICLES] or article_paths
        # Readers' traffic has a head: a few hundred articles asked for again and again.
        start = args.articles + WARMUP_ARTICLES
        popular_paths = every_article[start : start + args.popular] or article_paths[: args.popular]
        if not article_paths:
            raise BenchError("no published article to ask for")
        cold = " from cold" if not args.url and not args.data_dir_cache else ""

        runs = results["runs"]
        print(
            f"article pages ({len(article_paths)} random published articles; first pass: {len(other_articles)} others)"
        )
        runs["article_first"] = wrk(base, other_articles, args.warmup, args, tmp, "article first pass")
        runs["article"] = wrk(base, article_paths, args.duration, args, tmp, "article")
        runs["article_warm"] = wrk(base, article_paths, args.duration, args, tmp, "article warm")
        rows.append(wrk_row(f"article page, first {args.warmup} s{cold} (others)", runs["article_first"], None))
        rows.append(wrk_row(f"article page ({len(article_paths)} URLs, new)", runs["article"], GOALS["article"]))
        rows.append(wrk_row("article page, same URLs again (warm)", runs["article_warm"], GOALS["article"]))
        print(f"popular article pages ({len(popular_paths)} other articles, asked for over and over)")
        runs["article_popular_first"] = wrk(base, popular_paths, args.warmup, args, tmp, "popular first pass")
        runs["article_popular"] = wrk(base, popular_paths, args.duration, args, tmp, "popular")
        rows.append(wrk_row(f"popular pages, first {args.warmup} s", runs["article_popular_first"], None))
        rows.append(
            wrk_row(
                f"popular pages ({len(popular_paths)} URLs, again and again)", runs["article_popular"], GOALS["article"]
            )
        )

        print("article lists")
        for path in LISTS:
            first = runs[f"list {path} first"] = wrk(base, [path], args.warmup, args, tmp, f"{path} first pass")
            measured = runs[f"list {path}"] = wrk(base, [path], args.duration, args, tmp, path)
            rows.append(wrk_row(f"{path}, first {args.warmup} s{cold}", first, None))
            rows.append(wrk_row(path, measured, GOALS["list"]))

        queries = search_paths(args.seed)
        print(f"search ({len(queries)} queries of bench/search_speed.py, mixed)")
        runs["search_first"] = wrk(base, queries, args.warmup, args, tmp, "search first pass")
        runs["search"] = wrk(base, queries, args.duration, args, tmp, "search")
        rows.append(wrk_row(f"/api/search/, first {args.warmup} s{cold}", runs["search_first"], None))
        rows.append(wrk_row(f"/api/search/ ({len(queries)} mixed queries)", runs["search"], GOALS["search"]))

        if args.new_queries:
            fresh, kinds = new_query_paths(args.new_queries, args.seed)
            print(
                f"search, never-asked queries ({len(fresh)}: "
                + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
                + ")"
            )
            # One pass, no first pass: each query is asked once, if the run reaches it.
            runs["search_new"] = wrk(base, fresh, args.duration, args, tmp, "search, new queries")
            if runs["search_new"]["requests"] > len(fresh):
                print(
                    f"  note: {runs['search_new']['requests']} requests for {len(fresh)} queries: some were asked again"
                )
            rows.append(
                wrk_row(f"/api/search/ ({len(fresh)} never-asked queries)", runs["search_new"], GOALS["search"])
            )

        if site_map is None:
            if master:
                rss_at["after the wrk runs"] = worker_rss(master)
            print("sitemap")
            site_map = sitemap(base)
        site_map.pop("article_paths", None)
        results["sitemap"] = site_map
        failures += site_map["problems"]
        sections = site_map["sections"]
        for label, key in (("cold", "cold_ms"), ("warm", "warm_ms")):
            index_ms = site_map.get(f"index_{key.split('_')[0]}_ms")
            if index_ms is not None:
                rows.append(_single_row(f"/sitemap.xml (index), {label}", [index_ms], 0))
            times = [s[key] for s in sections if key in s]
            if times:
                bad = sum(1 for s in sections if s["status"] != 200)
                rows.append(_single_row(f"sitemap sections ({len(times)}), {label}", times, bad))
        if sections:
            counts = [s["urls"] for s in sections]
            print(
                f"  {len(sections)} sections, {sum(counts):,} URLs, the largest {max(counts):,} "
                f"(limit {SITEMAP_MAX_URLS:,}): {'ok' if max(counts) <= SITEMAP_MAX_URLS else 'OVER THE LIMIT'}"
            )

        if master:
            rss = rss_at["end"] = worker_rss(master)
            if server and sorted(rss) != workers:
                print(f"!!! gunicorn's workers changed during the runs: {workers} -> {sorted(rss)}")
                failures.append(f"workers changed: {workers} -> {sorted(rss)}")
            print(
                "worker RSS, MB: "
                + "; ".join(f"{when} " + ", ".join(f"{v:.0f}" for v in at.values() if v) for when, at in rss_at.items())
            )
            shares = {pid: memory_mb(pid) for pid in rss}
            results["worker_memory_mb"] = shares
            print(
                "worker memory at the end, MB (RSS / PSS: shared pages divided among the workers / private): "
                + "; ".join(f"{m['rss']:.0f} / {m['pss']:.0f} / {m['private']:.0f}" for m in shares.values() if m)
            )
            values = [v for v in rss.values() if v is not None]
            if values:
                rows.append(
                    {
                        "what": "worker RSS after the load (MB each)",
                        "n": len(values),
                        "p50": None,
                        "p95": None,
                        "max": max(values),
                        "rps": None,
                        "errors": "—",
                        "goal": f"≤ {GOALS['rss_mb']:g} MB each",
                        "met": "yes" if max(values) <= GOALS["rss_mb"] else "NO",
                    }
                )
            pss = [m["pss"] for m in shares.values() if m]
            if pss:
                rows.append(
                    {
                        "what": "worker PSS after the load (MB each)",
                        "n": len(pss),
                        "p50": None,
                        "p95": None,
                        "max": max(pss),
                        "rps": None,
                        "errors": "—",
                        "goal": f"≤ {GOALS['rss_mb']:g} MB each",
                        "met": "yes" if max(pss) <= GOALS["rss_mb"] else "NO",
                    }
                )
        else:
            print("worker memory: not measured (give --pid with --url)")
    except BenchError as exc:
        print(f"\nFAILED: {exc}", file=sys.stderr)
        failures.append(str(exc))
    finally:
        if server is not None:
            stop_gunicorn(server)
        log = tmp / "gunicorn.log"
        log_text = log.read_text(errors="replace") if log.is_file() else ""

    for name, r in results["runs"].items():
        if r["status"]["5xx"] or r["transport_errors"] or r["status"]["4xx"]:
            failures.append(
                f"{name}: 5xx {r['status']['5xx']}, 4xx {r['status']['4xx']}, "
                f"connect/read/write/timeout {[r['errors'][k] for k in ('connect', 'read', 'write', 'timeout')]}"
            )
        if r["status"]["4xx"] and name.startswith("search"):
            print(f"note: {name} had {r['status']['4xx']} 4xx answers (429: the server's API_ANON_RATE is too low)")
        if r["status"]["3xx"]:
            print(f"note: {name} had {r['status']['3xx']} redirects (3xx): not full pages")
    server_errors = sum(r["status"]["5xx"] for r in results["runs"].values())
    if server_errors:
        bad_lines = [ln for ln in log_text.splitlines() if re.search(r'" 5\d\d \d+ ', ln)]
        print(f"\n!!!!!!!! {server_errors} ANSWERS WITH 5xx (server errors) !!!!!!!!")
        print("\n".join(bad_lines[:10]) or "(start gunicorn here to see which: the access log)")
        tracebacks = log_text.count("Traceback (most recent call last)")
        print(f"tracebacks in gunicorn's log: {tracebacks}")

    load_after = os.getloadavg()
    results.update(rows=rows, failures=failures, load_average=[load_before[0], load_after[0]])
    results["elapsed_s"] = time.monotonic() - started
    print()
    print_table(rows)
    print(
        f"\nmeasured runs follow a {args.warmup}s first pass (same URLs; for article pages other articles); "
        f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after; "
        f"whole run {results['elapsed_s']:.0f}s"
    )
    if failures:
        print("\nFAILURES:\n  " + "\n  ".join(failures))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    if args.keep:
        print(f"temp dir kept: {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failures else 0


def _single_row(what: str, times: list[float], bad: int) -> dict:
    """A row for timed single fetches (the sitemaps): p50 is the median, max the slowest."""
    goal = GOALS["sitemap"]
    return {
        "what": what,
        "n": len(times),
        "p50": statistics.median(times),
        "p95": None,
        "max": max(times),
        "rps": None,
        "errors": str(bad),
        "goal": goal_text(goal),
        "met": "yes" if max(times) <= goal["max"] and not bad else "NO",
    }


if __name__ == "__main__":
    sys.exit(main())
