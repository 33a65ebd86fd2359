"""Editors' workflow in the admin: roles, add from a link, preview, re-detect, candidate meetings."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from archive.models import Article, Capture, Meeting, MeetingCandidate, MeetingSeries
from tests.test_import_fetch import server  # noqa: F401  (the loopback page server fixture)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("module_search_index")]


def make_user(name: str, group: str):
    user = get_user_model().objects.create_user(name, f"{name}@example.org", "pw-for-tests", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def article_form(**overrides) -> dict:
    data = {
        "title": "Tin nháp của cộng tác viên",
        "slug": "",
        "lead": "",
        "body": "Nội dung về AMEM 38 và Hoàng Tiến Dũng.",
        "source_name": "",
        "source_url": "https://example.org/contributor/1",
        "byline": "",
        "published_0": "",
        "published_1": "",
        "language": "",
        "status": "published",
        "captures-TOTAL_FORMS": "0",
        "captures-INITIAL_FORMS": "0",
        "captures-MIN_NUM_FORMS": "0",
        "captures-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_contributors_draft_but_cannot_publish(client):
    client.force_login(make_user("writer", "Contributors"))
    response = client.post(reverse("admin:archive_article_add"), article_form())
    assert response.status_code == 302, response.content[:3000]
    article = Article.objects.get(source_url="https://example.org/contributor/1")
    assert article.status == Article.Status.DRAFT  # asked for published, got a draft
    # saving linked what the text names
    assert set(article.meetings.values_list("slug", flat=True)) == {"amem-38"}
    assert set(article.people.values_list("slug", flat=True)) == {"hoang-tien-dung"}
    changelist = client.get(reverse("admin:archive_article_changelist"))
    assert b'value="publish"' not in changelist.content
    client.post(reverse("admin:archive_article_changelist"), {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_editors_publish(client):
    client.force_login(make_user("chief", "Editors"))
    response = client.post(
        reverse("admin:archive_article_add"), article_form(source_url="https://example.org/editor/1")
    )
    assert response.status_code == 302
    article = Article.objects.get(source_url="https://example.org/editor/1")
    assert article.status == Article.Status.PUBLISHED


def test_preview_of_a_draft_for_staff_only(client):
    draft = Article.objects.create(title="Bản nháp xem trước", body="Nội dung.", source_url="https://example.org/p")
    url = reverse("admin:archive_article_preview", args=[draft.pk])
    assert client.get(draft.get_absolute_url()).status_code == 404  # not public
    assert client.get(url).status_code == 302  # to the login page
    client.force_login(make_user("writer", "Contributors"))
    response = client.get(url)
    assert response.status_code == 200
    assert "Bản nháp xem trước" in response.content.decode()
    assert response["X-Robots-Tag"] == "noindex"


def test_add_from_url_saves_a_draft_with_its_capture_for_an_editor_to_publish(client, server):  # noqa: F811
    client.force_login(make_user("chief", "Editors"))
    response = client.post(reverse("admin:archive_article_add_from_url"), {"url": f"{server}/article"})
    assert response.status_code == 302
    article = Article.objects.get(source_url=f"{server}/article")
    assert response["Location"] == reverse("admin:archive_article_change", args=[article.pk])
    assert article.status == Article.Status.DRAFT and article.title == "Ministers agree on grid plan at AMEM 38"
    assert LogEntry.objects.filter(object_id=str(article.pk), action_flag=ADDITION).exists()
    form = client.get(response["Location"])
    assert "Saved as a draft from the page" in form.content.decode()
    assert client.get(article.get_absolute_url()).status_code == 404  # a draft until published
    capture = Capture.objects.get(article=article)
    assert len(capture.sha256) == 64
    response = client.post(
        response["Location"],
        article_form(
            title=article.title,
            body=article.body,
            source_url=article.source_url,
            source_name=article.source_name,
            byline=article.byline,
            language=article.language,
            slug=article.slug,
            meetings=list(article.meetings.values_list("pk", flat=True)),
            **{
                "captures-TOTAL_FORMS": "1",
                "captures-INITIAL_FORMS": "1",
                "captures-0-id": str(capture.pk),
                "captures-0-article": str(article.pk),
            },
        ),
    )
    assert response.status_code == 302, response.content[:3000]
    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
    page = client.get(article.get_absolute_url())
    assert "Archived copy" in page.content.decode()
    archived = client.get(capture.get_absolute_url())
    assert archived.status_code == 200
    assert archived["Content-Security-Policy"].startswith("sandbox")
    assert b"grid plan" in archived.content
    again = client.post(reverse("admin:archive_article_add_from_url"), {"url": f"{server}/article"})
    assert again["Location"] == reverse("admin:archive_article_change", args=[article.pk])  # not a second copy


def test_add_from_url_reports_a_refusing_site(client, server):  # noqa: F811
    client.force_login(make_user("chief", "Editors"))
    response = client.post(reverse("admin:archive_article_add_from_url"), {"url": f"{server}/forbidden"})
    assert response.status_code == 200
    assert "403" in response.content.decode()
    assert not Article.objects.filter(source_url=f"{server}/forbidden").exists()


def test_candidate_meetings_are_confirmed_by_editors(client):
    client.force_login(make_user("chief", "Editors"))
    article = Article.objects.create(
        title="AMEM 39 sẽ họp tại Brunei",
        body="Hội nghị AMEM 39 dự kiến diễn ra năm 2021.",
        source_url="https://example.org/amem39",
        status=Article.Status.PUBLISHED,
    )
    client.post(
        reverse("admin:archive_article_changelist"), {"action": "redetect_mentions", "_selected_action": [article.pk]}
    )
    candidate = MeetingCandidate.objects.get(series=MeetingSeries.objects.get(slug="amem"), number=39)
    assert not Meeting.objects.filter(slug="amem-39").exists()
    client.post(
        reverse("admin:archive_meetingcandidate_changelist"), {"action": "confirm", "_selected_action": [candidate.pk]}
    )
    meeting = Meeting.objects.get(series__slug="amem", number=39)
    assert article in meeting.articles.all()
    candidate.refresh_from_db()
    assert candidate.status == MeetingCandidate.Status.CONFIRMED
