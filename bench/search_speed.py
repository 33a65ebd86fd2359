#!/usr/bin/env python
"""Search latency through `/api/search/` on an archive built by bench/search_quality.py.

Runs a mix of query kinds (meeting names, Vietnamese with and without diacritics,
Thai, English, empty, filtered, hostile) through Django's full request path
(URL routing, query service, Whoosh, snippets, JSON) and prints p50/p95/max per
kind, the first (cold) query, and the process's peak memory.

    .venv/bin/python bench/search_speed.py --data-dir /tmp/archive-quality-XXXX [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERIES = {
    "meeting": ["AMEM 38", "38th AMEM", "Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38", "ASOEN 33", "SOME+3 lần thứ 17"],
    "vi": ["năng lượng tái tạo", "biến đổi khí hậu", "Thủ tướng Nguyễn Xuân Phúc", "giá xăng dầu", "điện mặt trời"],
    "vi-unaccented": ["nang luong tai tao", "bien doi khi hau", "thu tuong", "gia xang dau", "dien mat troi"],
    "th": ["พลังงาน", "คาร์บอนต่ำ", "นายกรัฐมนตรี", "เศรษฐกิจ", "น้ำท่วม"],
    "en": ["renewable energy", "climate change", "ASEAN"],
    "empty+filters": ["", "lang=th", "series=amem", "from=2017-01-01&to=2017-12-31"],
    "hostile": ['"AND OR', "a" * 2000, "title:(x [1 TO", "\x00\x1b😀"],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ["ARCHIVE_DATA_DIR"] = args.data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.test import Client

    from archive.models import Article

    client = Client()
    print(f"{Article.objects.published().count()} published articles in {args.data_dir}")
    t0 = time.perf_counter()
    client.get("/api/search/", {"q": "năng lượng"})
    print(f"first query in this process (opens the index): {1000 * (time.perf_counter() - t0):.0f} ms")
    print(f"{'kind':<16}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    everything = []
    for kind, queries in QUERIES.items():
        times = []
        for _ in range(args.rounds):
            for q in queries:
                params = dict(p.split("=", 1) for p in q.split("&")) if "=" in q else {"q": q}
                t0 = time.perf_counter()
                response = client.get("/api/search/", params)
                times.append(1000 * (time.perf_counter() - t0))
                assert response.status_code == 200, (q, response.status_code)
        times.sort()
        everything += times
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(f"{kind:<16}{len(times):>5}{statistics.median(times):>9.1f}{p95:>9.1f}{times[-1]:>9.1f}")
    everything.sort()
    print(f"{'all':<16}{len(everything):>5}{statistics.median(everything):>9.1f}"
          f"{everything[int(len(everything) * 0.95) - 1]:>9.1f}{everything[-1]:>9.1f}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
