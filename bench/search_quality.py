#!/usr/bin/env python
"""Search-quality evaluation on the real corpora (../shared/corpora) plus the seeds.

Builds a fresh archive in a temporary ARCHIVE_DATA_DIR (or --data-dir), imports
the Vietnamese and Thai corpora through `manage.py import_articles` (JSON Lines
written from the .tar.xz files), then measures:

* known-item search: a 2–4-word phrase cut from a random title (Vietnamese: half
  typed without diacritics) must find that article: success@10 and MRR per language;
* meeting-name variants ('AMEM 38', 'AMEM38', '38th AMEM', the Vietnamese and Thai
  long names …) must put the right seed articles first, with the whole corpus loaded.

    .venv/bin/python bench/search_quality.py [--limit-vi N] [--limit-th N] [--queries N]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from common import CORPORA, ROOT, th_rows, vi_rows  # bench/ is on sys.path

# query -> slugs of the seed meetings whose articles must come first
MEETING_VARIANTS = {
    "AMEM 38": "amem-38",
    "AMEM38": "amem-38",
    "amem-38": "amem-38",
    "38th AMEM": "amem-38",
    "AMEM lần thứ 38": "amem-38",
    "Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38": "amem-38",
    "hoi nghi bo truong nang luong asean lan thu 38": "amem-38",
    "38th ASEAN Ministers on Energy Meeting": "amem-38",
    "การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 38": "amem-38",
    "AMEM ครั้งที่ ๓๘": "amem-38",
    "SOME+3 lần thứ 17": "some-plus-3-17",
    "SOME +3 17": "some-plus-3-17",
    "ASOEN 33": "asoen-33",
    "33rd ASOEN": "asoen-33",
    "Hội nghị Quan chức cao cấp ASEAN về môi trường lần thứ 33": "asoen-33",
    "AMEM+3 17": "amem-plus-3-17",
}


def write_jsonl(out: Path, limit_vi: int | None, limit_th: int | None) -> int:
    """Both corpora as JSON Lines for `import_articles` (Vietnamese first)."""
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for rows, limit in ((vi_rows(), limit_vi), (th_rows(), limit_th)):
            for count, row in enumerate(rows):
                if limit is not None and count >= limit:
                    break
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    return n


def _title_words(title: str, lang: str) -> list[tuple[str, str]]:
    """(as typed, folded key) for each word of a title; Thai by newmm, keeping the
    original spacing so a phrase is the title's own substring."""
    from archive import analysis

    if lang == "th":
        from pythainlp.tokenize import word_tokenize

        pieces = word_tokenize(title, engine="newmm", keep_whitespace=True)
    else:
        pieces = re.findall(r"\S+|\s+", title)
    words = []
    for piece in pieces:
        if piece.isspace():
            if words and not words[-1][0].endswith(" "):
                words[-1] = (words[-1][0] + " ", words[-1][1])
            continue
        key = analysis.fold(analysis.normalise(piece)).strip(".,:;!?\"'“”‘’()[]")
        if any(ch.isalnum() for ch in key):  # punctuation is not a word anyone types
            words.append((piece.strip('.,:;!?"“”‘’()[]') if lang != "th" else piece, key))
    return words


def phrase_queries(rng: random.Random, articles, per_language: int):
    """Known-item queries: a 2–4-word phrase from a random title.

    As in known-item evaluations, the phrase should identify its article: among the
    title's phrases, the shortest one found in no other title is used. Titles
    whose every phrase is that common are counted apart ("ambiguous"), e.g. 'Giáo
    viên' is in 106 titles and no ranking can single one of them out.
    """
    from archive import analysis

    by_lang: dict[str, list] = {}
    words_of = {}
    counts: dict[tuple, int] = {}
    for a in articles:
        by_lang.setdefault(a.language, []).append(a)
        words = _title_words(a.title, a.language)
        words_of[a.id] = words
        keys = [k for _, k in words]
        for size in (2, 3, 4):
            for gram in {tuple(keys[i : i + size]) for i in range(len(keys) - size + 1)}:
                counts[gram] = counts.get(gram, 0) + 1
    queries = []
    for lang, items in sorted(by_lang.items()):
        rng.shuffle(items)
        made = 0
        for a in items:
            if made >= per_language:
                break
            words = words_of[a.id]
            if len(words) < 3:
                continue
            options = [(size, i) for size in (2, 3, 4) for i in range(len(words) - size + 1)]
            rng.shuffle(options)
            options.sort(key=lambda o: o[0])
            distinct = [o for o in options if counts[tuple(k for _, k in words[o[1] : o[1] + o[0]])] == 1]
            ambiguous = not distinct
            size, start = (distinct or options)[0]
            chunk = words[start : start + size]
            sep = "" if lang == "th" else " "
            query = sep.join(w for w, _ in chunk).strip()
            folded = False
            if lang == "vi" and made % 2 == 1:
                query = analysis.fold(unicodedata.normalize("NFC", query))
                folded = True
            queries.append((lang, query, a, folded, ambiguous))
            made += 1
    return queries


def _measure(queries, search_ids, show_misses: int = 8, detail: tuple[str, ...] = ()) -> dict[str, dict]:
    """success@10, MRR and precision@10 (answers among what the top 10 returned) per kind.

    `detail`: kinds (prefixes) whose every query with precision under 1 is listed."""
    stats: dict[str, dict] = {}
    misses: dict[str, list] = {}
    for q in queries:
        ids = search_ids(q.text)
        rank = next((i for i, pk in enumerate(ids, 1) if pk in q.answers), None)
        s = stats.setdefault(q.kind, {"n": 0, "hits": 0, "rr": 0.0, "prec": 0.0})
        s["n"] += 1
        s["hits"] += rank is not None
        s["rr"] += 1.0 / rank if rank else 0.0
        s["prec"] += sum(pk in q.answers for pk in ids) / len(ids) if ids else 0.0
        if detail and q.kind.startswith(detail) and ids and not all(pk in q.answers for pk in ids):
            marks = "".join("+" if pk in q.answers else "." for pk in ids)
            print(f"  P@10 [{q.kind}] {q.text!r} ({q.note}): {marks}")
        if rank != 1:
            misses.setdefault(q.kind, []).append((q.text, rank, q.note))
    print(f"{'set':<26}{'queries':>8}{'success@10':>12}{'MRR':>8}{'P@10':>8}")
    for kind in sorted(stats):
        s = stats[kind]
        print(f"{kind:<26}{s['n']:>8}{s['hits'] / s['n']:>12.3f}{s['rr'] / s['n']:>8.3f}{s['prec'] / s['n']:>8.3f}")
    for kind in sorted(misses):
        for text, rank, note in misses[kind][:show_misses]:
            print(f"  {'miss' if rank is None else f'rank {rank}'} [{kind}] {text!r} ({note})")
    return stats


def evaluate(args) -> int:
    import django

    django.setup()
    import evalsets
    from django.core.management import call_command

    from archive.models import Article, Meeting
    from archive.search.service import SearchParams, search

    rng = random.Random(args.seed)
    articles = list(Article.objects.published().only("id", "title", "lead", "body", "language", "source_url"))
    print(f"{len(articles)} published articles")

    def search_ids(q: str, **options) -> list[int]:
        return [h.article.id for h in search(SearchParams(q=q, page_size=10, **options), record=False).hits]

    t0 = time.perf_counter()
    title_items = [
        evalsets.Query(f"{lang}-title{' (unaccented)' if folded else ''}", query, {target.id}, "title")
        for lang, query, target, folded, ambiguous in phrase_queries(rng, articles, args.queries)
        if not ambiguous
    ]
    texts = {a.id: evalsets.searchable(f"{a.title} {a.lead} {a.body}") for a in articles if a.language in ("vi", "th")}
    body = evalsets.vi_body_phrases(rng, articles, texts, args.queries)
    names = evalsets.vi_names(rng, articles, args.queries)
    tags = evalsets.thai_tags(CORPORA / "dailynews-th.tar.xz")
    keywords = evalsets.th_keywords(rng, articles, tags, args.queries)
    typos = evalsets.typo_queries(rng, body + [q for q in title_items if q.kind.startswith("th")], args.queries // 2)
    concepts = []
    try:
        from archive.models import Concept

        concepts = evalsets.concept_queries(rng, articles, texts, list(Concept.objects.all()), args.queries // 4)
    except Exception as exc:  # an archive from before the glossary
        print(f"no concept queries: {exc}")
    print(f"built the evaluation sets in {time.perf_counter() - t0:.0f}s")

    t0 = time.perf_counter()
    queries = title_items + body + names + keywords + typos + concepts
    if args.kinds:
        queries = [q for q in queries if q.kind.startswith(tuple(args.kinds.split(",")))]
    if args.write_queries:
        with open(args.write_queries, "w", encoding="utf-8") as out:
            for q in queries:
                out.write(json.dumps({"kind": q.kind, "q": q.text}, ensure_ascii=False) + "\n")
        print(f"wrote {len(queries)} queries to {args.write_queries} (serve_bench.py --new-queries)")
        return 0
    _measure(queries, search_ids, detail=tuple(filter(None, args.detail.split(","))))
    elapsed = time.perf_counter() - t0
    print(f"{len(queries)} queries, {1000 * elapsed / max(1, len(queries)):.1f} ms/query in-process")

    print("\nMeeting-name variants (seed articles linked to the meeting must come first):")
    ok = 0
    for query, slug in MEETING_VARIANTS.items():
        meeting = Meeting.objects.get(slug=slug)
        expected = set(meeting.articles.published().values_list("id", flat=True))
        outcome = search(SearchParams(q=query, page_size=10), record=False)
        top = [h.article.id for h in outcome.hits[: len(expected)]]
        good = bool(expected) and set(top) == expected and outcome.meeting == meeting
        ok += good
        print(
            f"  {'ok ' if good else 'BAD'} {query!r:<55} best bet={outcome.meeting!s:<14} top={top} want={sorted(expected)}"
        )
    print(f"meeting variants: {ok}/{len(MEETING_VARIANTS)} correct")
    founding(search, SearchParams)
    call_command("check", verbosity=0)
    return 0


# The founding articles' people, terms and meetings, and queries they must not answer.
FOUNDING_QUERIES = [
    "Hoàng Tiến Dũng",
    "hoang tien dung",
    "Trần Hồng Hà",
    "tran hong ha",
    "an ninh năng lượng",
    "kế hoạch hành động hợp tác năng lượng ASEAN",
    "APAEC",
    "AMEM 38",
    "ASOEN 33",
    "นวัตกรรมคาร์บอนต่ำ",
]
NOT_FOUNDING = ["đội tuyển bóng đá Việt Nam", "giải bóng đá vô địch quốc gia", "ฟุตบอลทีมชาติไทย", "giá vàng hôm nay"]


def founding(search, SearchParams) -> None:
    from archive.models import Article

    fixture = json.loads((ROOT / "fixtures" / "seed.json").read_text(encoding="utf-8"))
    seed_ids = [row["pk"] for row in fixture if row["model"] == "archive.article"]
    seeds = {a.id: a for a in Article.objects.filter(pk__in=seed_ids)}
    print("\nFounding articles at full scale (which seeds hold the query; they must come first):")
    for q in FOUNDING_QUERIES:
        key = unicodedata.normalize("NFC", q).casefold()
        holders = {
            pk
            for pk, a in seeds.items()
            if key in unicodedata.normalize("NFC", f"{a.title} {a.lead} {a.body}").casefold()
        }
        if not holders and q.isascii():  # typed without diacritics
            key = evalsets_key(q)
            holders = {pk for pk, a in seeds.items() if key in evalsets_text(a)}
        ids = [h.article.id for h in search(SearchParams(q=q, page_size=10), record=False).hits]
        top = ids[: len(holders)]
        print(
            f"  {'ok ' if holders and set(top) == holders else 'BAD'} {q!r:<50} seeds holding it={sorted(holders)} top={top}"
        )
    for q in NOT_FOUNDING:
        ids = [h.article.id for h in search(SearchParams(q=q, page_size=50), record=False).hits]
        bad = sorted(set(ids) & set(seeds))
        print(f"  {'ok ' if not bad else 'BAD'} {q!r:<50} founding articles returned: {bad}")


def evalsets_key(q: str) -> str:
    import evalsets

    return evalsets.searchable(q)


def evalsets_text(a) -> str:
    import evalsets

    return evalsets.searchable(f"{a.title} {a.lead} {a.body}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", help="reuse an archive built earlier (skips the import)")
    parser.add_argument("--limit-vi", type=int, default=None, help="import only the first N Vietnamese articles")
    parser.add_argument("--limit-th", type=int, default=None, help="import only the first N Thai articles")
    parser.add_argument("--queries", type=int, default=200, help="known-item queries per language")
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--detail", default="", help="list each query of these kinds whose top 10 is not all answers")
    parser.add_argument(
        "--kinds", default="", help="only these query kinds, comma-separated prefixes (e.g. 'vi-name,th-keyword')"
    )
    parser.add_argument(
        "--write-queries",
        metavar="FILE",
        help="write the evaluation sets' queries (JSON lines: kind, q) to FILE and stop, for serve_bench.py --new-queries",
    )
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    os.environ["DEBUG"] = os.environ.get("DEBUG", "1")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "bench"))
    if args.data_dir and (Path(args.data_dir) / "archive.sqlite3").exists():
        os.environ["ARCHIVE_DATA_DIR"] = args.data_dir
        return evaluate(args)
    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="archive-quality-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "ARCHIVE_DATA_DIR": str(data_dir)}
    os.environ["ARCHIVE_DATA_DIR"] = str(data_dir)
    manage = [sys.executable, str(ROOT / "manage.py")]
    jsonl = data_dir / "corpus.jsonl"
    t0 = time.perf_counter()
    n = write_jsonl(jsonl, args.limit_vi, args.limit_th)
    print(f"wrote {n} articles to {jsonl} in {time.perf_counter() - t0:.0f}s; archive in {data_dir}")
    subprocess.run([*manage, "migrate", "--noinput", "-v", "0"], env=env, check=True)
    subprocess.run([*manage, "loaddata", "seed", "-v", "0"], env=env, check=True)
    subprocess.run([*manage, "rebuild_index", "--noinput", "-v", "0"], env=env, check=True)
    t0 = time.perf_counter()
    subprocess.run([*manage, "import_articles", str(jsonl)], env=env, check=False)
    print(f"import: {time.perf_counter() - t0:.0f}s")
    return evaluate(args)


if __name__ == "__main__":
    sys.exit(main())
