"""The data model: what the public sees, names, slugs, and the seed fixture."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.test import TestCase

from archive.models import (
    Article,
    Meeting,
    MeetingSeries,
    Organization,
    Participation,
    Person,
    make_slug,
)


class PublishedTests(TestCase):
    def test_published_excludes_drafts(self):
        draft = Article.objects.create(title="Bản nháp AMEM 39", body="Nội dung.", source_url="https://x.test/draft")
        live = Article.objects.create(
            title="Tin đã đăng", body="Nội dung.", source_url="https://x.test/live", status=Article.Status.PUBLISHED
        )
        published = Article.objects.published()
        self.assertIn(live, published)
        self.assertNotIn(draft, published)
        # chainable
        self.assertIn(live, Article.objects.published().in_language("vi"))

    def test_language_detected_and_text_stored_nfc(self):
        nfd = "Hội nghị Bộ trưởng Năng lượng"

        article = Article.objects.create(
            title=unicodedata.normalize("NFD", nfd),
            body=unicodedata.normalize("NFD", "năng lượng tái tạo"),
            source_url="https://x.test/nfd",
        )
        article.refresh_from_db()
        self.assertEqual(article.title, unicodedata.normalize("NFC", nfd))
        self.assertTrue(unicodedata.is_normalized("NFC", article.body))
        self.assertEqual(article.language, "vi")
        thai = Article.objects.create(
            title="พลังงานสะอาด", body="การประชุมรัฐมนตรีพลังงานอาเซียน", source_url="https://x.test/th"
        )
        self.assertEqual(thai.language, "th")


class SlugTests(TestCase):
    def test_slugs_are_unique_and_readable(self):
        a = Article.objects.create(title="Đối thoại về môi trường", body="x", source_url="https://x.test/1")
        b = Article.objects.create(title="Đối thoại về môi trường", body="y", source_url="https://x.test/2")
        self.assertEqual(a.slug, "doi-thoai-ve-moi-truong")  # 'đ' folded, not dropped
        self.assertNotEqual(a.slug, b.slug)
        self.assertTrue(b.slug.startswith("doi-thoai-ve-moi-truong-"))

    def test_thai_titles_get_ascii_slugs(self):
        slug = make_slug("การประชุมสุดยอดเอเชีย")
        self.assertRegex(slug, r"^[a-z0-9-]+$")
        self.assertGreater(len(slug), 5)

    def test_source_url_is_unique(self):
        Article.objects.create(title="A", body="x", source_url="https://x.test/same")
        with self.assertRaises(IntegrityError), transaction.atomic():
            Article.objects.create(title="B", body="y", source_url="https://x.test/same")


class MeetingNameTests(TestCase):
    def test_short_and_long_names(self):
        amem = Meeting.objects.get(slug="amem-38")
        self.assertEqual(amem.short_name, "AMEM 38")
        self.assertEqual(str(amem), "AMEM 38")
        self.assertEqual(amem.long_names["en"], "38th ASEAN Ministers on Energy Meeting")
        self.assertEqual(amem.long_names["vi"], "Hội nghị Bộ trưởng Năng lượng ASEAN lần thứ 38")
        self.assertEqual(amem.long_names["th"], "การประชุมรัฐมนตรีพลังงานอาเซียน ครั้งที่ 38")
        self.assertEqual(amem.search_token, "meeting:amem-38")
        self.assertEqual(
            Meeting.objects.get(slug="asoen-33").long_names["en"], "33rd ASEAN Senior Officials on the Environment"
        )

    def test_ordinals(self):
        series = MeetingSeries.objects.get(acronym="AMEM")
        for n, text in [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (12, "12th"), (21, "21st"), (113, "113th")]:
            self.assertTrue(Meeting(series=series, number=n).long_names["en"].startswith(text + " "))

    def test_one_off_event_named_by_itself(self):
        event = Meeting.objects.get(slug="asia-roundtable-summit-2022")
        self.assertIsNone(event.series)
        self.assertIn("Asia Roundtable Summit", event.short_name)
        self.assertIsNone(event.search_token)

    def test_previous_and_next_in_series(self):
        series = MeetingSeries.objects.get(acronym="AMEM")
        m37 = Meeting.objects.get(series=series, number=37)  # from the history fixture
        m39 = Meeting.objects.create(series=series, number=39, start_date=dt.date(2021, 9, 15))
        amem38 = Meeting.objects.get(slug="amem-38")
        self.assertEqual(amem38.previous_in_series(), m37)
        self.assertEqual(amem38.next_in_series(), m39)
        self.assertEqual(m39.slug, "amem-39")

    def test_validation(self):
        series = MeetingSeries.objects.get(acronym="AMEM")
        with self.assertRaises(ValidationError):
            Meeting(series=series, number=None).clean()
        with self.assertRaises(ValidationError):
            Meeting(name_en="").clean()
        with self.assertRaises(ValidationError):
            Meeting(series=series, number=40, start_date=dt.date(2022, 1, 2), end_date=dt.date(2022, 1, 1)).clean()


class SeedFixtureTests(TestCase):
    def test_seed_content(self):
        self.assertEqual(Article.objects.published().count(), 5)
        self.assertEqual(set(Article.objects.values_list("language", flat=True)), {"vi", "th"})
        for slug in [
            "amem-38",
            "some-38",
            "amem-plus-3-17",
            "some-plus-3-17",
            "asoen-33",
            "ajdec-2",
            "asean-rok-decc-2",
            "asean-eu-hld-4",
            "vj-epd-7",
            "asia-roundtable-summit-2022",
        ]:
            self.assertTrue(Meeting.objects.filter(slug=slug).exists(), slug)
        dung = Person.objects.get(slug="hoang-tien-dung")
        role = Participation.objects.get(person=dung, meeting__slug="some-38")
        self.assertIn("SOME delegation", role.role)
        self.assertEqual(role.organization.acronym, "EREA")
        amem = Meeting.objects.get(slug="amem-38")
        self.assertIn(Meeting.objects.get(slug="some-38"), amem.related_from.all())
        self.assertEqual(amem.articles.count(), 2)

    def test_loading_twice_creates_no_duplicates(self):
        counts = [m.objects.count() for m in (Article, Meeting, MeetingSeries, Person, Organization, Participation)]
        call_command("loaddata", "seed", verbosity=0)
        call_command("loaddata", "seed", verbosity=0)
        again = [m.objects.count() for m in (Article, Meeting, MeetingSeries, Person, Organization, Participation)]
        self.assertEqual(counts, again)
        self.assertEqual(Article.objects.count(), 5)


class StrAndUrlTests(TestCase):
    def test_every_model_has_str_and_url(self):
        for obj in [
            Article.objects.first(),
            Meeting.objects.first(),
            MeetingSeries.objects.first(),
            Person.objects.first(),
            Organization.objects.first(),
        ]:
            self.assertTrue(str(obj))
            self.assertTrue(obj.get_absolute_url().startswith("/"))
        participation = Participation.objects.get(meeting__slug="some-38", person__slug="hoang-tien-dung")
        self.assertIn("Hoàng Tiến Dũng", str(participation))
        self.assertIn("SOME 38", str(participation))


def test_production_refuses_to_start_without_secret(monkeypatch):
    import importlib

    import archive.settings as settings_module

    monkeypatch.setenv("DEBUG", "0")
    monkeypatch.setenv("SECRET_KEY", "")
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        importlib.reload(settings_module)
    monkeypatch.setenv("DEBUG", "1")
    importlib.reload(settings_module)
