"""Builders for test data: no fixed primary keys, sensible defaults, real text."""

from __future__ import annotations

import itertools

from django.utils import timezone

from archive.models import Article, Meeting, MeetingSeries, Organization, Participation, Person

_serial = itertools.count(1)

# The founding articles (fixtures/seed.json, loaded for the session by tests/conftest.py),
# by a short name: tests find them by their slug, never by a primary key.
FOUNDING_SLUGS = {
    # Vietnamese, 2020: AMEM 38 (and SOME 38) held online.
    "amem-38-online": "hoi-nghi-bo-truong-nang-luong-asean-duoc-to-chuc-truc-tuyen",
    # Vietnamese, undated: the head of Viet Nam's SOME delegation on AMEM+3; AMEM 38 too.
    "amem-plus-3": "truong-doan-some-viet-nam-amem3-la-hoi-nghi-quan-trong-giua-asean-va-ba-doi-tac",
    # Vietnamese, 2022: ASEAN and its partners on environmental protection (ASOEN 33).
    "environment-partners": "asean-hop-tac-voi-cac-doi-tac-ve-bao-ve-moi-truong",
    # Vietnamese, 2021, from Báo Tin Tức: the Viet Nam-Japan environmental policy dialogue.
    "vietnam-japan-dialogue": "viet-nam-va-nhat-ban-doi-thoai-ve-chinh-sach-moi-truong",
    # Thai, 2022: the Asia summit China hosted.
    "thai-asia-summit": "chin-chat-kanprachumsutyot-echia-prachampi-2565-waduai-kanphatna-nwatkam-khabon-tam-phumichai",
}


def founding_article(name: str) -> Article:
    """One of the founding articles, by its short name in FOUNDING_SLUGS."""
    return Article.objects.get(slug=FOUNDING_SLUGS[name])


def make_article(**fields) -> Article:
    """A published article with a unique address; any field can be overridden."""
    n = next(_serial)
    defaults = {
        "title": f"Bài viết thử nghiệm {n}",
        "body": "Nội dung bài viết.",
        "source_url": f"https://example.org/test/{n}-{timezone.now().timestamp()}",
        "status": Article.Status.PUBLISHED,
        "published": timezone.now(),
    }
    defaults.update(fields)
    return Article.objects.create(**defaults)


def make_series(**fields) -> MeetingSeries:
    """A series with a unique acronym (letters only, so detection never reads a number into it)."""
    n = next(_serial)
    letters = "".join(chr(ord("A") + int(d)) for d in str(n))
    defaults = {"acronym": f"TQX{letters}", "name_en": f"Test Meeting Series {letters}"}
    defaults.update(fields)
    return MeetingSeries.objects.create(**defaults)


def make_meeting(**fields) -> Meeting:
    """A meeting in a new series (or the one given), numbered after the series' last one."""
    series = fields.pop("series", None) or make_series()
    last = series.meetings.order_by("-number").values_list("number", flat=True).first() or 0
    defaults = {"series": series, "number": last + 1}
    defaults.update(fields)
    return Meeting.objects.create(**defaults)


def make_person(**fields) -> Person:
    n = next(_serial)
    defaults = {"name": f"Nguyễn Văn Thử {n}"}
    defaults.update(fields)
    return Person.objects.create(**defaults)


def make_organization(**fields) -> Organization:
    n = next(_serial)
    defaults = {"name": f"Test Energy Agency {n}"}
    defaults.update(fields)
    return Organization.objects.create(**defaults)


def make_participation(**fields) -> Participation:
    defaults = {"person": fields.get("person") or make_person(), "role": "Delegate"}
    if "meeting" not in fields:
        defaults["meeting"] = make_meeting()
    defaults.update(fields)
    return Participation.objects.create(**defaults)
