#!/usr/bin/env python
"""Soak: gunicorn with its real workers under mixed load while an import runs and editors
save and delete articles through the admin over HTTP (issue 9).

Builds a fresh archive in a temporary ARCHIVE_DATA_DIR (SQLite), or uses --data-dir:
migrate, the seed/history/glossary fixtures, an import of `--initial` articles from the
corpora (../shared/corpora, half Vietnamese, half Thai) and `rebuild_index`. Then it serves
the archive as `make run` does (gunicorn, 2 sync workers, DEBUG off, collected static
files) on a free loopback port and, for `--minutes`, runs at once:

* `--threads` readers doing mixed GETs: /api/search/ and /search/ (Vietnamese with and
  without diacritics, Thai, English, meeting names), /, /articles/, article pages,
  /meetings/, /feeds/latest.rss, /feeds/search.atom, /api/articles/;
* `manage.py import_articles` of the next `--during` articles of the corpora (subprocess);
* `--editors` editors logged into the admin, adding published articles with unique titles,
  changing the title of some and deleting others (the delete confirmation), recording each;
* every few seconds, the resident memory of each gunicorn worker (from /proc).

At the end it drains the index queue (`process_index_queue`) and checks over HTTP that every
kept article is found by its unique title word (a changed one by its new word and not by its
old one), every deleted one is gone, and a sample of the articles imported during the soak is
found by its title. It prints the number of requests, every 5xx or failed request with its
URL, p50/p95 latency overall and while the import ran, the workers' memory in the first and
the last minute, and the checks; exit code 1 if any check fails (then the tail of gunicorn's
log, which holds Django's tracebacks, is printed too).

Everything is bounded (time and counts) and on 127.0.0.1 only; gunicorn and the import are
stopped in a `finally`. Run it niced on a shared machine:

    nice -n 19 .venv/bin/python bench/soak.py [--minutes 3] [--initial 2000] [--during 1500]
    nice -n 19 .venv/bin/python bench/soak.py --initial 300 --during 200 --minutes 1   # a quick run
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import requests
from common import ROOT, children, rss_mb, serving_env, th_rows, vi_rows  # bench/ is on sys.path

VENV_BIN = Path(sys.executable).parent
PASSWORD = "soak-editor-" + secrets.token_hex(8)
MAX_MINUTES = 30
RSS_EVERY = 5.0  # seconds between memory samples

SEARCH_QUERIES = [
    # Vietnamese, with and without diacritics
    "năng lượng tái tạo",
    "biến đổi khí hậu",
    "điện mặt trời",
    "giá xăng dầu",
    "Thủ tướng",
    "nang luong tai tao",
    "bien doi khi hau",
    "dien mat troi",
    "gia xang dau",
    "thu tuong",
    # Thai
    "พลังงาน",
    "น้ำท่วม",
    "เศรษฐกิจ",
    "นายกรัฐมนตรี",
    "คาร์บอนต่ำ",
    # English
    "renewable energy",
    "climate change",
    "ASEAN",
    "rooftop solar",
    "energy security",
    # meeting names
    "AMEM 38",
    "38th AMEM",
    "AMEM lần thứ 38",
    "ASOEN 33",
    "SOME+3 lần thứ 17",
    "การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 38",
]


# --- corpora ------------------------------------------------------------------------------


def write_slices(initial: Path, n_initial: int, during: Path, n_during: int) -> tuple[int, list[dict]]:
    """The first `n_initial` articles (half vi, half th) to `initial`, the next `n_during` to
    `during`. Returns (rows written to initial, rows written to during)."""
    wanted = {
        "vi": (n_initial - n_initial // 2, n_during - n_during // 2),
        "th": (n_initial // 2, n_during // 2),
    }
    first, second = [], []
    for lang, rows in (("vi", vi_rows()), ("th", th_rows())):
        a, b = wanted[lang]
        for i, row in enumerate(rows):
            if i >= a + b:
                break
            (first if i < a else second).append(row)
    for path, rows in ((initial, first), (during, second)):
        with path.open("w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(first), second


# --- processes ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def manage(env: dict, *args: str, check: bool = True, timeout: float = 1800) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args], cwd=ROOT, env=env, check=check, timeout=timeout
    )


def stop(proc: subprocess.Popen | None, name: str) -> None:
    if proc is None or proc.poll() is not None:
        return
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        print(f"{name} did not stop on SIGTERM; killing pid {proc.pid}")
        proc.kill()
        proc.wait(timeout=10)


# --- recording ----------------------------------------------------------------------------


@dataclass
class Sample:
    start: float  # seconds since the soak began
    ms: float
    status: int  # 0: no HTTP answer (connection error, timeout)
    url: str
    kind: str


@dataclass
class Record:
    t0: float
    samples: list[Sample] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    errors: list[str] = field(default_factory=list)

    def add(self, sample: Sample) -> None:
        with self.lock:
            self.samples.append(sample)

    def error(self, message: str) -> None:
        with self.lock:
            self.errors.append(message)


def timed(record: Record, session: requests.Session, method: str, url: str, kind: str, **kwargs):
    start = time.monotonic()
    try:
        response = session.request(method, url, timeout=120, **kwargs)
        status = response.status_code
    except requests.RequestException as exc:
        response, status = None, 0
        record.error(f"{kind} {method} {url}: {exc!r}")
    record.add(Sample(start - record.t0, 1000 * (time.monotonic() - start), status, url, kind))
    return response


# --- readers ------------------------------------------------------------------------------


def reader(
    base: str,
    record: Record,
    deadline: float,
    stop_event: threading.Event,
    pages: list[str],
    seed: int,
    max_requests: int,
) -> None:
    rng = random.Random(seed)
    session = requests.Session()
    kinds = [
        ("api-search", 5),
        ("search-page", 3),
        ("home", 1),
        ("articles", 1),
        ("article", 2),
        ("meetings", 1),
        ("feed-latest", 1),
        ("feed-search", 1),
        ("api-articles", 1),
    ]
    names, weights = zip(*kinds, strict=True)
    for _ in range(max_requests):
        if stop_event.is_set() or time.monotonic() > deadline:
            return
        kind = rng.choices(names, weights)[0]
        q = rng.choice(SEARCH_QUERIES)
        if kind == "api-search":
            url, params = f"{base}/api/search/", {"q": q, "page": rng.choice([1, 1, 1, 2])}
        elif kind == "search-page":
            url, params = f"{base}/search/", {"q": q}
        elif kind == "home":
            url, params = f"{base}/", None
        elif kind == "articles":
            url, params = f"{base}/articles/", {"page": rng.randint(1, 5)}
        elif kind == "article":
            url, params = rng.choice(pages), None
        elif kind == "meetings":
            url, params = f"{base}/meetings/", None
        elif kind == "feed-latest":
            url, params = f"{base}/feeds/latest.rss", None
        elif kind == "feed-search":
            url, params = f"{base}/feeds/search.atom", {"q": q}
        else:
            url, params = f"{base}/api/articles/", {"page": rng.randint(1, 5)}
        timed(record, session, "GET", requests.Request("GET", url, params=params).prepare().url, kind)


# --- editors ------------------------------------------------------------------------------


def unique_word(run: str, editor: int, i: int, version: int = 0) -> str:
    """A letters-only word no corpus article holds: 'zqx' + run + editor/i/version in letters."""

    def letters(n: int) -> str:
        out = ""
        while True:
            out = "abcdefghijklmnopqrstuvwxyz"[n % 26] + out
            n //= 26
            if n == 0:
                return out

    return f"zqx{run}{letters(editor)}q{letters(i)}v{letters(version)}"


@dataclass
class EditorLog:
    kept: dict = field(default_factory=dict)  # source_url -> word it must be found by
    renamed: dict = field(default_factory=dict)  # source_url -> old word it must no longer match
    deleted: dict = field(default_factory=dict)  # source_url -> word it must not be found by
    unknown: dict = field(default_factory=dict)  # source_url -> (old, new) word of a change that got no answer
    failures: list = field(default_factory=list)


def login(base: str, record: Record) -> requests.Session:
    session = requests.Session()
    timed(record, session, "GET", f"{base}/admin/login/", "admin")
    response = timed(
        record,
        session,
        "POST",
        f"{base}/admin/login/",
        "admin",
        data={
            "username": "soak-editor",
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies.get("csrftoken", ""),
            "next": "/admin/",
        },
    )
    if response is None or not response.url.endswith("/admin/"):
        raise RuntimeError(f"admin login failed: {response and response.status_code}")
    return session


def article_form(session: requests.Session, title: str, body: str, url: str) -> dict:
    return {
        "csrfmiddlewaretoken": session.cookies.get("csrftoken", ""),
        "title": title,
        "slug": "",
        "lead": "",
        "body": body,
        "source_name": "Soak test",
        "source_url": url,
        "byline": "Soak editor",
        "published_0": "2026-11-30",
        "published_1": "10:00:00",
        "language": "en",
        "status": "published",
        "captures-TOTAL_FORMS": "0",
        "captures-INITIAL_FORMS": "0",
        "captures-MIN_NUM_FORMS": "0",
        "captures-MAX_NUM_FORMS": "1000",
        "_continue": "Save and continue editing",
    }


def editor(
    base: str,
    record: Record,
    log: EditorLog,
    lock: threading.Lock,
    number: int,
    run: str,
    deadline: float,
    stop_event: threading.Event,
    max_articles: int,
    pause: float,
) -> None:
    try:
        session = login(base, record)
    except Exception as exc:  # reported, and the checks fail: nothing was saved
        with lock:
            log.failures.append(f"editor {number}: {exc!r}")
        return
    for i in range(max_articles):
        if stop_event.is_set() or time.monotonic() > deadline:
            return
        word = unique_word(run, number, i)
        url = f"https://soak.example.org/{run}/{number}/{i}"
        title = f"Kestrel grid audit {word}"
        body = f"Editors saved this note about {word} during the soak: grid, turbines and tariffs ({i})."
        timed(record, session, "GET", f"{base}/admin/archive/article/add/", "admin")
        response = timed(
            record,
            session,
            "POST",
            f"{base}/admin/archive/article/add/",
            "admin-save",
            data=article_form(session, title, body, url),
            allow_redirects=False,
        )
        match = (
            re.search(r"/admin/archive/article/(\d+)/change/", response.headers.get("Location", ""))
            if response is not None and response.status_code == 302
            else None
        )
        if not match:
            status = response.status_code if response is not None else "no answer"
            errors = (
                re.findall(r'<ul class="errorlist[^>]*>(.*?)</ul>', response.text, re.S) if response is not None else []
            )
            with lock:
                log.failures.append(f"add {url}: {status} {errors[:3]}")
            continue
        pk = match.group(1)
        with lock:
            log.kept[url] = word
        if i % 4 == 1:  # change the title: the new word must find it, the old one must not
            new_word = unique_word(run, number, i, 1)
            timed(record, session, "GET", f"{base}/admin/archive/article/{pk}/change/", "admin")
            data = article_form(session, f"Kestrel grid audit {new_word}", body.replace(word, new_word), url)
            data["slug"] = ""
            response = timed(
                record,
                session,
                "POST",
                f"{base}/admin/archive/article/{pk}/change/",
                "admin-save",
                data=data,
                allow_redirects=False,
            )
            if response is not None and response.status_code == 302:
                with lock:
                    log.kept[url] = new_word
                    log.renamed[url] = word
            else:
                with lock:
                    log.failures.append(
                        f"change {url} (pk {pk}): {response.status_code if response is not None else 'no answer'}"
                    )
                    if response is None:  # committed or not: it must be found by one of the two titles
                        log.unknown[url] = (word, new_word)
                        del log.kept[url]
        elif i % 3 == 2:  # delete through the confirmation page
            timed(record, session, "GET", f"{base}/admin/archive/article/{pk}/delete/", "admin")
            response = timed(
                record,
                session,
                "POST",
                f"{base}/admin/archive/article/{pk}/delete/",
                "admin-delete",
                data={"csrfmiddlewaretoken": session.cookies.get("csrftoken", ""), "post": "yes"},
                allow_redirects=False,
            )
            if response is not None and response.status_code == 302:
                with lock:
                    log.deleted[url] = log.kept.pop(url)
            else:
                with lock:
                    log.failures.append(
                        f"delete {url} (pk {pk}): {response.status_code if response is not None else 'no answer'}"
                    )
        time.sleep(pause)


# --- checks -------------------------------------------------------------------------------


def search_urls(base: str, q: str, problems: list[str], page_size: int = 20) -> tuple[set[str], set[str]]:
    """(source URLs, normalised titles) of the first page of /api/search/ for q; an answer
    other than 200 is added to `problems` (and counts as not found)."""
    try:
        response = requests.get(f"{base}/api/search/", params={"q": q, "page_size": page_size}, timeout=120)
    except requests.RequestException as exc:
        problems.append(f"check: no answer for {q!r}: {exc!r}")
        return set(), set()
    if response.status_code != 200:
        problems.append(f"check: {response.status_code} for {response.url}")
        return set(), set()
    results = response.json()["results"]
    return {r["source_url"] for r in results}, {_norm_title(r["title"]) for r in results}


def _norm_title(title: str) -> str:
    return " ".join(unicodedata.normalize("NFC", title).split()).casefold()


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[max(0, min(len(values) - 1, math.ceil(p / 100 * len(values)) - 1))]  # nearest rank


# --- main ---------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", help="use this archive (built here if it has no database yet)")
    parser.add_argument("--initial", type=int, default=2000, help="articles imported before the soak")
    parser.add_argument("--during", type=int, default=1500, help="articles imported during the soak")
    parser.add_argument("--minutes", type=float, default=3.0, help=f"soak length (at most {MAX_MINUTES})")
    parser.add_argument("--threads", type=int, default=4, help="reader threads")
    parser.add_argument("--editors", type=int, default=2, help="admin editor threads")
    parser.add_argument("--max-articles", type=int, default=150, help="articles each editor adds at most")
    parser.add_argument("--editor-pause", type=float, default=0.5, help="seconds between an editor's saves")
    parser.add_argument("--import-workers", type=int, default=2, help="import_articles --workers")
    parser.add_argument("--import-delay", type=float, default=10.0, help="seconds of load before the import starts")
    parser.add_argument("--sample", type=int, default=60, help="imported-during articles to look up at the end")
    parser.add_argument("--max-requests", type=int, default=200_000, help="requests per reader at most")
    parser.add_argument(
        "--max-rss-growth", type=float, default=100.0, help="MB a worker may grow from the first to the last minute"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary data dir")
    parser.add_argument("--seed", type=int, default=20261130)
    args = parser.parse_args()
    if not 0 < args.minutes <= MAX_MINUTES:
        parser.error(f"--minutes must be in (0, {MAX_MINUTES}]")

    temporary = not args.data_dir
    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="archive-soak-")).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    # DEBUG off as in production (HTTPS-only parts off for plain loopback HTTP), with Django's
    # request errors logged to stderr (the default logs them only when DEBUG is on).
    (data_dir / "soak_settings.py").write_text(
        "from archive.settings import *  # noqa\n"
        "LOGGING['formatters'] = {'soak': {'format': '%(asctime)s [%(process)d] %(levelname)s %(name)s: %(message)s'}}\n"
        "LOGGING['handlers']['console']['formatter'] = 'soak'\n"
        "LOGGING['loggers']['django.request'] = {'handlers': ['console'], 'level': 'ERROR', 'propagate': False}\n"
        "LOGGING['loggers']['django.server'] = {'handlers': ['console'], 'level': 'ERROR', 'propagate': False}\n",
        encoding="utf-8",
    )
    env = {**serving_env(data_dir, "soak_settings", data_dir), "DJANGO_SUPERUSER_PASSWORD": PASSWORD}
    initial_jsonl, during_jsonl = data_dir / "soak-initial.jsonl", data_dir / "soak-during.jsonl"
    fresh = not (data_dir / "archive.sqlite3").exists()
    t = time.perf_counter()
    n_initial, during_rows = write_slices(initial_jsonl, args.initial, during_jsonl, args.during)
    print(f"archive in {data_dir}; wrote {n_initial} + {len(during_rows)} articles in {time.perf_counter() - t:.0f}s")
    if fresh:
        t = time.perf_counter()
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "loaddata", "seed", "history", "glossary", "-v", "0")
        imported = manage(
            env, "import_articles", str(initial_jsonl), "--workers", str(args.import_workers), "-v", "0", check=False
        )
        manage(env, "rebuild_index", "--noinput", "-v", "0")
        print(
            f"set-up (migrate, fixtures, import of {n_initial}, rebuild_index): {time.perf_counter() - t:.0f}s"
            f" (initial import exit {imported.returncode})"
        )
    else:
        print("existing archive: no set-up; rows of the 'during' slice already there are re-imported unchanged")
    manage(env, "collectstatic", "--noinput", "-v", "0")
    if fresh:
        manage(env, "createsuperuser", "--noinput", "--username", "soak-editor", "--email", "soak@example.org")
    else:  # a reused archive: the editor may exist; set this run's password
        manage(
            env,
            "shell",
            "-c",
            "from django.contrib.auth.models import User; "
            "u = User.objects.get_or_create(username='soak-editor')[0]; u.is_staff = u.is_superuser = True; "
            f"u.set_password({PASSWORD!r}); u.save()",
        )

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = data_dir / "gunicorn.log"
    server = importer = None
    run = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(4))
    record = Record(t0=time.monotonic())
    editor_log, editor_lock = EditorLog(), threading.Lock()
    rss: dict[int, list[tuple[float, float]]] = {}
    failures: list[str] = []
    import_window = [None, None]
    import_rc = None
    stop_event = threading.Event()
    try:
        with log_path.open("w") as out:
            server = subprocess.Popen(
                [
                    str(VENV_BIN / "gunicorn"),
                    "archive.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "2",
                    "--timeout",
                    "120",
                    # gunicorn.conf.py recycles a worker after about 5,000 requests; the soak
                    # measures whether a worker's memory grows, so it keeps the same workers.
                    "--max-requests",
                    "0",
                    # its own control socket, not the shared default in ~/.gunicorn
                    "--control-socket",
                    str(data_dir / "gunicorn.ctl"),
                    "--error-logfile",
                    "-",
                ],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 180
        while True:  # both workers warm: search answers, twice in a row
            try:
                if all(
                    requests.get(f"{base}/api/search/", params={"q": "năng lượng"}, timeout=60).status_code == 200
                    for _ in range(4)
                ):
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("gunicorn did not answer within 180 s")
            time.sleep(1)
        workers_at_start = children(server.pid)
        pages = []
        for page in (1, 2, 3):
            data = requests.get(f"{base}/api/articles/", params={"page": page}, timeout=60).json()
            pages += [r["url"].replace("http://testserver", base) for r in data.get("results", [])]
        pages = [p if p.startswith("http") else base + p for p in pages] or [f"{base}/articles/"]
        print(f"gunicorn master {server.pid}, workers {workers_at_start} on {base}; log {log_path}")

        record.t0 = time.monotonic()
        soak_end = record.t0 + 60 * args.minutes
        hard_end = soak_end + 60 * max(5.0, args.minutes)  # an import still running is waited for, boundedly
        threads = [
            threading.Thread(
                target=reader,
                args=(base, record, hard_end, stop_event, pages, args.seed + i, args.max_requests),
                daemon=True,
            )
            for i in range(args.threads)
        ]
        threads += [
            threading.Thread(
                target=editor,
                args=(
                    base,
                    record,
                    editor_log,
                    editor_lock,
                    i,
                    run,
                    soak_end,
                    stop_event,
                    args.max_articles,
                    args.editor_pause,
                ),
                daemon=True,
            )
            for i in range(args.editors)
        ]
        for th in threads:
            th.start()
        next_rss = time.monotonic()
        import_log = (data_dir / "soak-import.log").open("w")
        while True:
            now = time.monotonic()
            if importer is None and during_rows and now - record.t0 >= args.import_delay:
                importer = subprocess.Popen(
                    [
                        sys.executable,
                        str(ROOT / "manage.py"),
                        "import_articles",
                        str(during_jsonl),
                        "--workers",
                        str(args.import_workers),
                    ],
                    cwd=ROOT,
                    env=env,
                    stdout=import_log,
                    stderr=subprocess.STDOUT,
                )
                import_window[0] = now - record.t0
                print(f"import of {len(during_rows)} articles started at {import_window[0]:.0f}s")
            if importer is not None and import_rc is None and importer.poll() is not None:
                import_rc = importer.returncode
                import_window[1] = now - record.t0
                print(f"import finished at {import_window[1]:.0f}s, exit {import_rc}")
            if now >= next_rss:
                for pid in children(server.pid):
                    mb = rss_mb(pid)
                    if mb is not None:
                        rss.setdefault(pid, []).append((now - record.t0, mb))
                next_rss += RSS_EVERY
            if now >= soak_end and (import_rc is not None or not during_rows):
                break
            if now >= hard_end:
                failures.append(f"the import was still running after {hard_end - record.t0:.0f}s: stopped")
                break
            if server.poll() is not None:
                failures.append(f"gunicorn exited with {server.returncode} during the soak")
                break
            time.sleep(0.5)
        stop_event.set()
        soak_seconds = time.monotonic() - record.t0
        for th in threads:
            th.join(timeout=150)  # a request in flight may take up to its 120 s timeout
        workers_at_end = children(server.pid)
        if importer is not None and import_rc is None:
            stop(importer, "import")
        import_log.close()

        # --- the end state ---
        manage(env, "process_index_queue", "-v", "1")
        check_problems: list[str] = []
        kept_missing = [u for u, w in editor_log.kept.items() if u not in search_urls(base, w, check_problems)[0]]
        renamed_found = [u for u, w in editor_log.renamed.items() if u in search_urls(base, w, check_problems)[0]]
        deleted_found = [u for u, w in editor_log.deleted.items() if u in search_urls(base, w, check_problems)[0]]
        unknown_missing = [
            u
            for u, words in editor_log.unknown.items()
            if not any(u in search_urls(base, w, check_problems)[0] for w in words)
        ]
        rng = random.Random(args.seed)
        sample = rng.sample(during_rows, min(args.sample, len(during_rows)))
        sample_missing = []
        for row in sample:
            urls, titles = search_urls(base, row["title"], check_problems)
            if row["url"] not in urls and _norm_title(row["title"]) not in titles:
                sample_missing.append((row["url"], row["title"]))
    finally:
        stop_event.set()
        stop(importer, "import")
        stop(server, "gunicorn")
    # --- report ---
    samples = record.samples
    bad = [s for s in samples if s.status >= 500 or s.status == 0]

    def in_import(s: Sample) -> bool:
        return import_window[0] is not None and import_window[0] <= s.start <= (import_window[1] or soak_seconds)

    during = [s.ms for s in samples if in_import(s)]
    reads = [s.ms for s in samples if not s.kind.startswith("admin")]
    print("\n=== soak results ===")
    print(
        f"soak {soak_seconds:.0f}s, {args.threads} readers, {args.editors} editors, gunicorn 2 sync workers, "
        f"{n_initial} articles imported before (+ seed), {len(during_rows)} during"
    )
    print(f"requests: {len(samples)} ({len(samples) / soak_seconds:.1f}/s); 5xx or no answer: {len(bad)}")
    groups: dict[tuple[int, str], list[Sample]] = {}
    for s in bad:
        groups.setdefault((s.status, s.url.split("?")[0]), []).append(s)
    for (status, path), items in sorted(groups.items()):
        print(f"  {status} {path}: {len(items)}, from {items[0].start:.0f}s to {items[-1].start:.0f}s")
    for s in bad[:10]:
        print(f"  {s.status} at {s.start:.0f}s {s.kind} {s.url}")
    for e in record.errors[:10]:
        print(f"  {e}")
    print(f"{'latency ms':<28}{'n':>7}{'p50':>9}{'p95':>9}{'max':>9}")
    rows = [
        ("all", [s.ms for s in samples]),
        ("reads (no admin)", reads),
        ("during the import", during),
        ("outside the import", [s.ms for s in samples if not in_import(s)]),
    ]
    by_kind: dict[str, list[float]] = {}
    for s in samples:
        by_kind.setdefault(s.kind, []).append(s.ms)
    rows += [(f"  {k}", v) for k, v in sorted(by_kind.items())]
    for name, values in rows:
        if values:
            print(
                f"{name:<28}{len(values):>7}{statistics.median(values):>9.0f}{percentile(values, 95):>9.0f}"
                f"{max(values):>9.0f}"
            )
    print(
        "slowest:",
        ", ".join(f"{s.ms:.0f} ms {s.kind} at {s.start:.0f}s" for s in sorted(samples, key=lambda s: -s.ms)[:6]),
    )
    if import_window[0] is not None:
        end = f"{import_window[1]:.0f}s" if import_window[1] is not None else "not finished"
        print(f"import window: {import_window[0]:.0f}s – {end}, exit {import_rc}")
    print("worker RSS MB (mean of the samples in the first / last minute; min–max):")
    last_start = max((t for points in rss.values() for t, _ in points), default=soak_seconds) - 60
    for pid, points in sorted(rss.items()):
        first = [mb for t, mb in points if t < 60]
        last = [mb for t, mb in points if t >= last_start]
        if first and last:
            print(
                f"  pid {pid}: first {statistics.mean(first):.0f} ({min(first):.0f}–{max(first):.0f}), "
                f"last {statistics.mean(last):.0f} ({min(last):.0f}–{max(last):.0f}), "
                f"change {statistics.mean(last) - statistics.mean(first):+.0f}"
            )
            if statistics.mean(last) - statistics.mean(first) > args.max_rss_growth:
                failures.append(
                    f"worker {pid} grew {statistics.mean(last) - statistics.mean(first):.0f} MB from the first to the "
                    f"last minute (more than --max-rss-growth {args.max_rss_growth:.0f})"
                )
        else:
            print(f"  pid {pid}: {len(points)} samples ({points[0][0]:.0f}s–{points[-1][0]:.0f}s)")
        series = [f"{mb:.0f}@{t:.0f}s" for t, mb in points[:: max(1, round(30 / RSS_EVERY))]]
        print(f"    every 30 s: {' '.join(series)}; final {points[-1][1]:.0f}")
    if workers_at_start != workers_at_end:
        failures.append(f"gunicorn workers changed: {workers_at_start} -> {workers_at_end} (a worker died?)")
    n_saved = len(editor_log.kept) + len(editor_log.deleted) + len(editor_log.unknown)
    print(f"editors: {n_saved} articles saved, {len(editor_log.renamed)} renamed, {len(editor_log.deleted)} deleted")
    print(f"  kept and searchable: {len(editor_log.kept) - len(kept_missing)}/{len(editor_log.kept)}")
    print(f"  renamed, old word gone: {len(editor_log.renamed) - len(renamed_found)}/{len(editor_log.renamed)}")
    print(f"  deleted and gone: {len(editor_log.deleted) - len(deleted_found)}/{len(editor_log.deleted)}")
    if editor_log.unknown:
        print(
            f"  changes without an answer, found by the old or new title: "
            f"{len(editor_log.unknown) - len(unknown_missing)}/{len(editor_log.unknown)}"
        )
    print(f"imported during the soak, found by title: {len(sample) - len(sample_missing)}/{len(sample)}")
    failures += [f"5xx/no answer: {s.status} {s.kind} {s.url}" for s in bad[:10]]
    if len(bad) > 10:
        failures.append(f"… {len(bad) - 10} more 5xx/no answer")
    failures += check_problems[:20]
    if len(check_problems) > 20:
        failures.append(f"… {len(check_problems) - 20} more failed checks")
    failures += [f"editor: {f}" for f in editor_log.failures]
    failures += [f"saved but not searchable: {u} ({editor_log.kept[u]})" for u in kept_missing]
    failures += [f"renamed but found by its old word: {u} ({editor_log.renamed[u]})" for u in renamed_found]
    failures += [f"deleted but still found: {u} ({editor_log.deleted[u]})" for u in deleted_found]
    failures += [f"change without answer, found by neither title: {u}" for u in unknown_missing]
    failures += [f"imported during the soak but not found: {u} {t!r}" for u, t in sample_missing]
    if n_saved == 0:
        failures.append("the editors saved nothing")
    if during_rows and import_rc != 0:
        failures.append(f"the import during the soak exited {import_rc} (log: {data_dir / 'soak-import.log'})")
    log_text = log_path.read_text(errors="replace")
    tracebacks = log_text.count("Traceback")
    print(f"gunicorn log: {tracebacks} tracebacks ({log_path})")
    if tracebacks:
        failures.append(f"{tracebacks} tracebacks in gunicorn's log")
    if failures:
        print("\nFAILED:")
        for f in failures[:60]:
            print(f"  {f}")
        kinds: dict[str, int] = {}
        for line in log_text.splitlines():
            if re.match(r"^[\w.]+(Error|Exception|Closed|Interrupt)\b.*", line):
                key = re.sub(r"MAIN_\w+", "MAIN_…", line)[:200]
                kinds[key] = kinds.get(key, 0) + 1
        print("\nexceptions in gunicorn's log:")
        for key, n in sorted(kinds.items(), key=lambda kv: -kv[1]):
            print(f"  {n:>5} × {key}")
        print(f"\n--- tail of {log_path} ---")
        print("\n".join(log_text.splitlines()[-80:]))
        return 1
    print("\nOK: 0 5xx, every saved article searchable, every deleted one gone")
    if temporary and not args.keep:
        shutil.rmtree(data_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
