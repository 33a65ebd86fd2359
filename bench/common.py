"""What the benchmarks share: the real corpora as import rows, and process memory."""

from __future__ import annotations

import json
import os
import socket
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"


def vi_rows():
    """Import rows of the Vietnamese corpus (one .txt per article, the title first)."""
    with tarfile.open(CORPORA / "baomoi-vi.tar.xz", "r|xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            text = tar.extractfile(member).read().decode("utf-8", "replace")
            title, _, body = text.strip().partition("\n")
            if title.strip() and body.strip():
                yield {
                    "url": f"baomoi:{Path(member.name).stem}",
                    "title": title.strip(),
                    "body": body.strip(),
                    "language": "vi",
                    "source": "Báo Mới",
                }


def th_documents(corpus: Path = CORPORA / "dailynews-th.tar.xz"):
    """The Thai corpus's JSON documents as dicts (the two broken files are skipped)."""
    with tarfile.open(corpus, "r|xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".json"):
                continue
            try:
                yield json.loads(tar.extractfile(member).read().decode("utf-8"))
            except ValueError:
                continue  # two broken files in the corpus; the import tests cover them


def th_rows():
    """Import rows of the Thai corpus."""
    for d in th_documents():
        title = (d.get("title") or "").replace("| เดลินิวส์", "").strip()
        body = (d.get("content") or "").strip()
        if title and body and d.get("url"):
            yield {
                "url": d["url"],
                "title": title,
                "body": body,
                "published": d.get("date"),
                "language": "th",
                "source": "เดลินิวส์",
            }


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def serving_env(data_dir, settings_module: str, settings_dir, hosts: str = "127.0.0.1") -> dict[str, str]:
    """The environment of a production-like server on loopback for a benchmark: DEBUG off,
    a random secret, plain HTTP, no rate limit in the way (one client address sends
    everything), and the data dir's SQLite and index whatever a .env names."""
    import secrets

    return {
        **os.environ,
        "ARCHIVE_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": settings_module,
        "PYTHONPATH": os.pathsep.join([str(settings_dir), str(ROOT)]),
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": hosts,
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback: no redirect to https
        "SECURE_COOKIES": "0",
        "API_ANON_RATE": "1000000/minute",
        "DATABASE_URL": "",  # empty beats a .env's setdefault
        "SEARCH_URL": "",
        # No background search for related lists at start (gunicorn.conf.py) sharing the CPU
        # with what is measured.
        "ARCHIVE_REFRESH_RELATED": "0",
    }


def memory_mb(pid: int) -> dict[str, float] | None:
    """A process's memory from /proc/PID/smaps_rollup, in MB: `rss` (every page it touches,
    shared ones included), `pss` (shared pages divided among the processes sharing them:
    the preloaded models and the index's mapped files count once across workers) and
    `private` (pages only this process holds)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            fields = dict(line.split(":", 1) for line in fh if ":" in line and not line[0].isdigit() and " " in line)
    except OSError:
        return None

    def mb(*names: str) -> float:
        return sum(int(fields[n].split()[0]) for n in names if n in fields) / 1024

    return {"rss": mb("Rss"), "pss": mb("Pss"), "private": mb("Private_Clean", "Private_Dirty")}


def parents() -> dict[int, int]:
    """pid -> parent pid of every process (Linux /proc)."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
            # pid (comm) state ppid …; comm may hold spaces and parentheses
            found[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    return found


def children(ppid: int) -> list[int]:
    return sorted(pid for pid, parent in parents().items() if parent == ppid)


def tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants, in kB."""
    by_parent: dict[int, list[int]] = {}
    for pid, parent in parents().items():
        by_parent.setdefault(parent, []).append(pid)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += int((rss_mb(pid) or 0) * 1024)
        stack.extend(by_parent.get(pid, []))
    return total


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
