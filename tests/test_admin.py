"""Editors in the admin: every model's pages work, and an added article reaches the site."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse

from archive.models import Article, Meeting, SearchQueryStat
from tests.factories import founding_article


@pytest.mark.usefixtures("class_search_index")  # saves are indexed: an index of the class's own
class AdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw-for-tests")

    def setUp(self):
        self.client.force_login(self.editor)

    def test_changelists_filters_and_forms_render(self):
        for model in ["article", "meeting", "meetingseries", "person", "organization", "searchquerystat"]:
            with self.subTest(model=model):
                self.assertEqual(self.client.get(reverse(f"admin:archive_{model}_changelist")).status_code, 200)
                if model != "searchquerystat":
                    self.assertEqual(self.client.get(reverse(f"admin:archive_{model}_add")).status_code, 200)
        filtered = self.client.get(reverse("admin:archive_article_changelist"), {"language": "th", "year": "2022"})
        self.assertContains(filtered, "จีนจัดการประชุมสุดยอดเอเชีย")
        self.assertNotContains(filtered, "Việt Nam và Nhật Bản")
        by_series = self.client.get(reverse("admin:archive_article_changelist"), {"series": "asoen"})
        self.assertContains(by_series, "ASEAN hợp tác với các đối tác")
        searched = self.client.get(reverse("admin:archive_article_changelist"), {"q": "Nhật Bản"})
        self.assertContains(searched, "Việt Nam và Nhật Bản đối thoại")
        meeting = Meeting.objects.get(slug="amem-38")
        change = self.client.get(reverse("admin:archive_meeting_change", args=[meeting.pk]))
        self.assertContains(change, "Participations")

    def test_meeting_autocomplete_understands_short_names(self):
        url = reverse("admin:autocomplete")
        response = self.client.get(
            url, {"app_label": "archive", "model_name": "article", "field_name": "meetings", "term": "AMEM 38"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("AMEM 38", [r["text"] for r in response.json()["results"]])

    def test_add_article_round_trip(self):
        amem = Meeting.objects.get(slug="amem-38")
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                reverse("admin:archive_article_add"),
                {
                    "title": "Bộ trưởng các nước ASEAN thông qua APAEC giai đoạn 2",
                    "slug": "",
                    "lead": "",
                    "body": "Tại AMEM 38, các bộ trưởng đã thông qua kế hoạch hành động.\n\nĐoạn thứ hai.",
                    "source_name": "Báo Công Thương",
                    "source_url": "https://congthuong.test/apaec-2",
                    "byline": "Phóng viên",
                    "published_0": "2020-11-20",
                    "published_1": "10:00:00",
                    "language": "",
                    "meetings": [amem.pk],
                    "status": "published",
                    # the (read-only) captures inline's management form
                    "captures-TOTAL_FORMS": "0",
                    "captures-INITIAL_FORMS": "0",
                },
            )
        self.assertEqual(response.status_code, 302, response.content[:2000])
        article = Article.objects.get(source_url="https://congthuong.test/apaec-2")
        self.assertEqual(article.language, "vi")  # detected
        self.assertEqual(article.slug, "bo-truong-cac-nuoc-asean-thong-qua-apaec-giai-doan-2")
        self.assertEqual(list(article.meetings.all()), [amem])
        home = self.client.get("/")
        self.assertContains(home, "Bộ trưởng các nước ASEAN thông qua APAEC giai đoạn 2")
        page = self.client.get(article.get_absolute_url())
        self.assertContains(page, "Bộ trưởng các nước ASEAN thông qua APAEC giai đoạn 2")
        # the change is attributable
        from django.contrib.admin.models import LogEntry

        self.assertTrue(LogEntry.objects.filter(object_id=str(article.pk), user=self.editor).exists())
        # and searchable once committed
        found = self.client.get("/api/search/", {"q": "APAEC giai đoạn 2"}).json()
        self.assertIn(article.title, [r["title"] for r in found["results"]])

    def test_publish_and_unpublish_actions(self):
        article = founding_article("amem-38-online")
        url = reverse("admin:archive_article_changelist")
        self.client.post(url, {"action": "unpublish", "_selected_action": [article.pk]})
        article.refresh_from_db()
        self.assertEqual(article.status, Article.Status.DRAFT)
        self.client.post(url, {"action": "publish", "_selected_action": [article.pk]})
        article.refresh_from_db()
        self.assertEqual(article.status, Article.Status.PUBLISHED)

    def test_zero_result_report(self):
        SearchQueryStat.objects.create(query="amem 39", language="vi", searches=7, zero_result_searches=7)
        SearchQueryStat.objects.create(query="năng lượng", language="vi", searches=9, last_result_count=40)
        response = self.client.get(reverse("admin:archive_searchquerystat_changelist"), {"results": "0"})
        self.assertContains(response, "amem 39")
        self.assertNotContains(response, "năng lượng")
