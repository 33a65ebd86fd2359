"""No lost index writes through the real stack: gunicorn with 2 workers, 4 editors posting
to the admin at once over HTTP, every article searchable afterwards, no error logged."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from tests.helpers import database_env

ROOT = Path(__file__).resolve().parents[1]
EDITORS, PER_EDITOR = 4, 50


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def login(base: str) -> requests.Session:
    session = requests.Session()
    session.get(f"{base}/admin/login/", timeout=30)
    response = session.post(
        f"{base}/admin/login/",
        data={
            "username": "editor",
            "password": "pw-for-tests-1234",
            "csrfmiddlewaretoken": session.cookies["csrftoken"],
            "next": "/admin/",
        },
        timeout=30,
    )
    assert response.url.endswith("/admin/"), "login failed"
    return session


def add_articles(base: str, editor: int) -> list[int]:
    session = login(base)
    statuses = []
    for i in range(PER_EDITOR):
        session.get(f"{base}/admin/archive/article/add/", timeout=60)
        response = session.post(
            f"{base}/admin/archive/article/add/",
            data={
                "csrfmiddlewaretoken": session.cookies["csrftoken"],
                "title": f"Wombatwatt report {editor}-{i}",
                "slug": "",
                "lead": "",
                "body": f"Wombatwatt grid story {i} filed by editor {editor}.",
                "source_name": "Load test",
                "source_url": f"https://example.org/http/{editor}/{i}",
                "byline": "",
                "published_0": "",
                "published_1": "",
                "language": "en",
                "status": "published",
                "captures-TOTAL_FORMS": "0",
                "captures-INITIAL_FORMS": "0",
            },
            timeout=60,
            allow_redirects=False,
        )
        statuses.append(response.status_code)
    return statuses


def searchable(base: str) -> set[str]:
    found, page = set(), 1
    while True:
        data = requests.get(
            f"{base}/api/search/", params={"q": "wombatwatt", "page": page, "page_size": 100}, timeout=60
        ).json()
        found |= {r["source_url"] for r in data["results"]}
        if page * 100 >= data["count"]:
            return found
        page += 1


@pytest.mark.slow
def test_four_editors_over_http_lose_no_index_write(tmp_path):
    env = {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(tmp_path / "data"),
        "DJANGO_SETTINGS_MODULE": "archive.settings_test",
        "PYTHONPATH": str(ROOT),
        "ARCHIVE_LOG_LEVEL": "INFO",
        "ARCHIVE_WARM_UP": "0",
        "DJANGO_SUPERUSER_PASSWORD": "pw-for-tests-1234",
    }
    env, cleanup = database_env(env)
    manage = [sys.executable, "manage.py"]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = tmp_path / "gunicorn.log"
    server = None
    try:
        subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], cwd=ROOT, env=env, check=True)
        subprocess.run(
            [*manage, "createsuperuser", "--noinput", "--username", "editor", "--email", "e@example.org"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        with log.open("w") as out:
            server = subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "gunicorn"),
                    "archive.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "2",
                    "--timeout",
                    "120",
                ],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        for _ in range(100):
            try:
                if requests.get(f"{base}/robots.txt", timeout=5).status_code == 200:
                    break
            except (requests.ConnectionError, requests.Timeout):  # still booting: the socket is bound first
                time.sleep(0.2)
        with ThreadPoolExecutor(EDITORS) as pool:
            statuses = [s for result in pool.map(lambda e: add_articles(base, e), range(EDITORS)) for s in result]
        assert statuses == [302] * EDITORS * PER_EDITOR  # every save redirected: no form error, no 500

        deadline = time.monotonic() + 60  # each save drains after commit; allow a late drain to finish
        expected = {f"https://example.org/http/{e}/{i}" for e in range(EDITORS) for i in range(PER_EDITOR)}
        while (found := searchable(base)) != expected and time.monotonic() < deadline:
            time.sleep(0.5)
        assert found == expected, f"{len(expected - found)} articles missing from search"

        session = login(base)
        from_admin = session.get(f"{base}/admin/archive/article/", params={"q": "Wombatwatt report 2-7"}, timeout=30)
        pk = re.search(r"/admin/archive/article/(\d+)/change/", from_admin.text).group(1)
        session.post(
            f"{base}/admin/archive/article/{pk}/delete/",
            data={"csrfmiddlewaretoken": session.cookies["csrftoken"], "post": "yes"},
            timeout=30,
        )
        assert "https://example.org/http/2/7" not in searchable(base)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        cleanup()
    # Gunicorn reports its own shutdown at ERROR level; anything else logged as an error fails.
    errors = [
        line
        for line in log.read_text().splitlines()
        if ("Traceback" in line or "ERROR" in line) and "was sent SIGTERM" not in line
    ]
    assert errors == []
