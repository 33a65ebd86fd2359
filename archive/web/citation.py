"""'Cite this' formats for an article: a plain reference, BibTeX and CSL-JSON.

All three are built from the same fields, so they never disagree.
"""

from __future__ import annotations

import re

from django.utils import timezone

from archive.models import Article


def _fields(article: Article, permalink: str) -> dict:
    published = timezone.localtime(article.published) if article.published else None
    return {
        "title": article.title,
        "author": article.byline,
        "source": article.source_name,
        "date": published.date() if published else None,
        "language": article.language,
        "permalink": permalink,
        "original": article.source_url if article.has_source_link else "",
        "accessed": timezone.localdate(),
    }


def plain(article: Article, permalink: str, site_name: str) -> str:
    f = _fields(article, permalink)
    parts = []
    if f["author"]:
        parts.append(f"{f['author']}.")
    parts.append(f"“{f['title']}”.")
    if f["source"]:
        parts.append(f"{f['source']},")
    parts.append(f"{f['date'].isoformat()}." if f["date"] else "n.d.")
    if f["original"]:
        parts.append(f"{f['original']}.")
    parts.append(f"{site_name}: {f['permalink']} (accessed {f['accessed'].isoformat()}).")
    return " ".join(parts)


def _bib_escape(value: str) -> str:
    return re.sub(r"([{}&%$#_])", r"\\\1", value)


def bibtex_key(article: Article) -> str:
    year = article.published.year if article.published else "nd"
    return f"archive{article.pk}_{year}"


def bibtex(article: Article, permalink: str, site_name: str) -> str:
    f = _fields(article, permalink)
    # Double braces keep the title's capitalisation and make the byline one literal name.
    entries = [("title", f"{{{{{_bib_escape(f['title'])}}}}}")]
    if f["author"]:
        entries.append(("author", f"{{{{{_bib_escape(f['author'])}}}}}"))
    if f["source"]:
        entries.append(("journal", f"{{{_bib_escape(f['source'])}}}"))
    if f["date"]:
        d = f["date"]
        entries += [("year", f"{{{d.year}}}"), ("month", f"{{{d.month}}}"), ("date", f"{{{d.isoformat()}}}")]
    language = {"vi": "vietnamese", "th": "thai", "en": "english"}.get(f["language"], f["language"])
    entries += [
        ("url", f"{{{f['original'] or f['permalink']}}}"),
        ("urldate", f"{{{f['accessed'].isoformat()}}}"),
        ("language", f"{{{language}}}"),
        ("note", f"{{{_bib_escape(f'Archived at {site_name}: ' + f['permalink'])}}}"),
    ]
    body = ",\n".join(f"  {key} = {value}" for key, value in entries)
    return f"@article{{{bibtex_key(article)},\n{body}\n}}\n"


def csl_json(article: Article, permalink: str, site_name: str) -> list[dict]:
    f = _fields(article, permalink)
    item: dict = {
        "id": bibtex_key(article),
        "type": "article-newspaper",
        "title": f["title"],
        "language": f["language"],
        "URL": f["original"] or f["permalink"],
        "archive": site_name,
        "archive_location": f["permalink"],
        "accessed": {"date-parts": [[f["accessed"].year, f["accessed"].month, f["accessed"].day]]},
    }
    if f["author"]:
        item["author"] = [{"literal": f["author"]}]
    if f["source"]:
        item["container-title"] = f["source"]
    if f["date"]:
        item["issued"] = {"date-parts": [[f["date"].year, f["date"].month, f["date"].day]]}
    return [item]
