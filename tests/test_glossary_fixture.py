"""fixtures/glossary.json: the curated multilingual glossary (archive.concept).

Plain JSON checks (no database) plus one database test that loads it twice.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "fixtures" / "glossary.json"
SCRIPT = ROOT / "scripts" / "build_glossary_fixture.py"
CATEGORIES = {"energy", "climate", "environment", "policy"}
THAI = re.compile(r"[\u0e00-\u0e7f]")
LANGS = ("en", "vi", "th")


@lru_cache(maxsize=1)
def entries() -> list[dict]:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def forms(fields: dict, lang: str) -> list[str]:
    return [fields[f"name_{lang}"], *fields[f"variants_{lang}"].splitlines()]


def all_strings(fields: dict):
    for value in fields.values():
        if isinstance(value, str):
            yield value


def load_script():
    spec = importlib.util.spec_from_file_location("build_glossary_fixture", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_size_and_shape():
    data = entries()
    assert isinstance(data, list)
    assert len(data) >= 300
    assert [e["pk"] for e in data] == list(range(1, len(data) + 1))
    for e in data:
        assert e["model"] == "archive.concept"
        assert set(e["fields"]) == {
            "slug",
            "category",
            "name_en",
            "name_vi",
            "name_th",
            "variants_en",
            "variants_vi",
            "variants_th",
            "created",
            "updated",
        }


def test_names_present_and_short_enough():
    for e in entries():
        f = e["fields"]
        for lang in LANGS:
            name = f[f"name_{lang}"]
            assert name.strip() == name and name, (f["slug"], lang)
            assert len(name) <= 200
            assert (
                all(line.strip() == line and line for line in f[f"variants_{lang}"].splitlines())
                or not f[f"variants_{lang}"]
            ), (f["slug"], lang)


def test_slugs_unique_and_categories_valid():
    slugs = [e["fields"]["slug"] for e in entries()]
    assert len(slugs) == len(set(slugs))
    for e in entries():
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", e["fields"]["slug"])
        assert e["fields"]["category"] in CATEGORIES


def test_english_main_names_unique():
    names = [e["fields"]["name_en"].casefold() for e in entries()]
    assert len(names) == len(set(names))


def test_nfc_and_no_control_characters():
    for e in entries():
        for value in all_strings(e["fields"]):
            assert unicodedata.is_normalized("NFC", value), (e["fields"]["slug"], value)
            for ch in value:
                if ch == "\n":
                    continue
                assert unicodedata.category(ch)[0] != "C", (e["fields"]["slug"], repr(ch))


def test_scripts_per_language():
    for e in entries():
        f = e["fields"]
        for form in forms(f, "vi") + forms(f, "en"):
            assert not THAI.search(form), (f["slug"], form)
        for form in forms(f, "th"):
            assert THAI.search(form), (f["slug"], form)


def test_variants_do_not_repeat_main_name_or_each_other():
    for e in entries():
        f = e["fields"]
        for lang in LANGS:
            main = f[f"name_{lang}"].casefold()
            variants = [v.casefold() for v in f[f"variants_{lang}"].splitlines()]
            assert main not in variants, (f["slug"], lang)
            assert len(variants) == len(set(variants)), (f["slug"], lang)


def test_timestamps():
    for e in entries():
        assert e["fields"]["created"] == e["fields"]["updated"] == "2026-11-30T00:00:00Z"


def test_script_regenerates_fixture_byte_identically(tmp_path):
    module = load_script()
    out = tmp_path / "glossary.json"
    assert module.build(out) == len(entries())
    assert out.read_bytes() == FIXTURE.read_bytes()
    module.build(out)  # deterministic: a second run gives the same bytes
    assert out.read_bytes() == FIXTURE.read_bytes()


@pytest.mark.django_db
def test_loaddata_twice_is_idempotent():
    from django.core.management import call_command

    from archive.glossary.models import Concept

    call_command("loaddata", "glossary", verbosity=0)
    call_command("loaddata", "glossary", verbosity=0)
    assert Concept.objects.count() == len(entries())
    first = entries()[0]["fields"]
    assert Concept.objects.get(slug=first["slug"]).name_vi == first["name_vi"]
