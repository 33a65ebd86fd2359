"""The interface in English, Vietnamese and Thai.

The catalogues are made with (needs gettext):

    python manage.py makemessages -l vi -l th -e html,txt,py,xml --no-obsolete \\
        --ignore=.venv --ignore=var --ignore=bench --ignore=scripts --ignore=tests

and compiled by `make setup` (compilemessages); .mo files are not committed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

LANGS = ("vi", "th")
ROOT = Path(settings.BASE_DIR)


def parse_po(path: Path) -> list[dict]:
    """Entries of a .po file: msgid, plural, msgstr forms and flags (obsolete '#~' entries skipped)."""
    entries, cur, key = [], None, None
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if cur and cur.get("msgid") is not None:
                entries.append(cur)
            cur, key = None, None
            continue
        cur = cur or {"flags": set(), "msgstr": {}, "msgid": None, "plural": None}
        if line.startswith("#,"):
            cur["flags"] |= {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif m := re.match(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?) "(.*)"$', line):
            name, index, text = m.groups()
            key = ("msgstr", int(index or 0)) if name.startswith("msgstr") else (name, None)
            if key[0] == "msgstr":
                cur["msgstr"][key[1]] = text
            else:
                cur["plural" if name == "msgid_plural" else name] = text
        elif m := re.match(r'^"(.*)"$', line):
            if key[0] == "msgstr":
                cur["msgstr"][key[1]] += m.group(1)
            else:
                field = "plural" if key[0] == "msgid_plural" else key[0]
                cur[field] += m.group(1)
    return [e for e in entries if e["msgid"] != ""]  # drop the header


def untranslated(entries: list[dict]) -> list[str]:
    return [e["msgid"] for e in entries if "fuzzy" in e["flags"] or not all(e["msgstr"].values()) or not e["msgstr"]]


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_complete(lang):
    entries = parse_po(ROOT / "locale" / lang / "LC_MESSAGES" / "django.po")
    assert len(entries) > 150
    assert untranslated(entries) == []
    # Placeholders survive translation: '%(counter)s' in the msgid is in the msgstr.
    for e in entries:
        wanted = set(re.findall(r"%\(\w+\)[sd]", e["msgid"]))
        for text in e["msgstr"].values():
            assert set(re.findall(r"%\(\w+\)[sd]", text)) == wanted, e["msgid"]


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_compiles(lang):
    po = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(po)], check=True, capture_output=True)


def test_every_interface_string_is_in_the_catalogues(tmp_path):
    """Re-extract the strings from a copy of the code: a new string nobody translated fails here."""
    for name in ("archive", "templates", "locale"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    shutil.copy(ROOT / "manage.py", tmp_path)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "vi", "-l", "th", "-e", "html,txt,py,xml", "--no-obsolete"],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "archive.settings_test",
            "ARCHIVE_DATA_DIR": str(tmp_path / "var"),
        },
    )
    for lang in LANGS:
        missing = untranslated(parse_po(tmp_path / "locale" / lang / "LC_MESSAGES" / "django.po"))
        assert missing == [], f"untranslated in {lang} (run makemessages, then translate): {missing}"


# --- The rendered interface -------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "prefix, lang, words",
    [
        ("", "en", ["Latest articles", "Search", "The meeting series at a glance"]),
        (
            "/vi",
            "vi",
            ["Bài viết mới nhất", "Tìm kiếm", "Tổng quan các chuỗi hội nghị", "Hội nghị Bộ trưởng Năng lượng ASEAN"],
        ),
        ("/th", "th", ["บทความล่าสุด", "ค้นหา", "ภาพรวมชุดการประชุม", "การประชุมรัฐมนตรีพลังงานอาเซียน"]),
    ],
)
def test_home_in_each_language(client, prefix, lang, words):
    response = client.get(prefix + "/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    for word in words:
        assert word in html, word
    # Every page names its versions in the other languages.
    for code in ("en", "vi", "th"):
        assert f'hreflang="{code}"' in html
    assert 'hreflang="x-default" href="http://testserver/"' in html


@pytest.mark.django_db
def test_meeting_names_and_dates_follow_the_reader(client):
    html = client.get("/th/meetings/amem-38/").content.decode()
    assert '<p class="lead">การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 38</p>' in html
    assert "พฤศจิกายน 2020" in html  # Thai month name
    assert "ออนไลน์" in html  # meeting format, translated
    html = client.get("/vi/meetings/amem-38/").content.decode()
    assert '<p class="lead">Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38</p>' in html
    assert "tháng 11 năm 2020" in html
    assert "Được chuẩn bị bởi" in html  # relation kind, translated
    html = client.get("/vi/series/amem/").content.decode()
    assert "AMEM: Hội nghị Bộ trưởng Năng lượng ASEAN" in html


@pytest.mark.django_db
def test_links_stay_in_the_readers_language(client):
    html = client.get("/vi/meetings/amem-38/").content.decode()
    assert 'href="/vi/series/amem/"' in html and 'action="/vi/search/"' in html


@pytest.mark.django_db
def test_language_switcher(client):
    """Links to the same page in each language, query kept; no form, so no CSRF cookie."""
    response = client.get("/th/timeline/?x=1")
    html = response.content.decode()
    assert '<a href="/timeline/?x=1" hreflang="en" lang="en">English</a>' in html
    assert '<a href="/vi/timeline/?x=1" hreflang="vi" lang="vi">Tiếng Việt</a>' in html
    assert '<a href="/th/timeline/?x=1" hreflang="th" lang="th" aria-current="true">ภาษาไทย</a>' in html
    assert "csrfmiddlewaretoken" not in html and settings.CSRF_COOKIE_NAME not in response.cookies
    assert unicodedata.is_normalized("NFC", html)


@pytest.mark.django_db
def test_article_permalink_is_language_neutral(client):
    from tests.factories import founding_article

    article = founding_article("vietnam-japan-dialogue")
    html = client.get(f"/th{article.get_absolute_url()}").content.decode()
    assert f"http://testserver{article.get_absolute_url()}" in html  # the citation's permalink
    assert reverse("archive:article-bibtex", args=[article.slug]) in html
