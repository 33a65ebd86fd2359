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


def th_rows():
    """Import rows of the Thai corpus (JSON; the two broken files are skipped)."""
    with tarfile.open(CORPORA / "dailynews-th.tar.xz", "r|xz") as tar:
        for member in tar:
            if not member.isfile() or not member.name.endswith(".json"):
                continue
            try:
                d = json.loads(tar.extractfile(member).read().decode("utf-8"))
            except ValueError:
                continue  # two broken files in the corpus; the import tests cover them
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


def children(ppid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
        except OSError:
            continue
        # pid (comm) state ppid …; comm may hold spaces and parentheses
        if int(stat.rsplit(")", 1)[1].split()[1]) == ppid:
            found.append(int(entry))
    return sorted(found)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
