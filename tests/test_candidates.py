"""Candidate meetings ('AMEM 39' seen in articles): confirm and reject, in the model and the admin."""

from __future__ import annotations

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from archive.models import Meeting, MeetingCandidate
from tests.factories import make_article, make_meeting, make_series

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("cand-editor", "cand@example.org", "pw", is_staff=True)


def make_candidate(**fields) -> MeetingCandidate:
    series = fields.pop("series", None) or make_series()
    return MeetingCandidate.objects.create(series=series, number=fields.pop("number", 39), **fields)


def log_for(candidate: MeetingCandidate):
    return LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(MeetingCandidate), object_id=str(candidate.pk)
    )


def test_confirm_creates_the_meeting_links_the_articles_and_logs_the_editor(editor):
    candidate = make_candidate()
    article = make_article()
    candidate.articles.add(article)
    meeting, created = candidate.confirm(editor)
    assert created and (meeting.series, meeting.number) == (candidate.series, 39)
    assert list(meeting.articles.all()) == [article]
    candidate.refresh_from_db()
    assert (candidate.status, candidate.meeting) == (MeetingCandidate.Status.CONFIRMED, meeting)
    entry = log_for(candidate).get()
    assert (entry.user, entry.action_flag, entry.change_message) == (editor, CHANGE, f"Confirmed as {meeting}.")


def test_confirm_uses_a_meeting_that_exists_by_then(editor):
    candidate = make_candidate()
    existing = make_meeting(series=candidate.series, number=39)
    assert candidate.confirm(editor) == (existing, False)


def test_only_new_candidates_are_confirmed(editor):
    candidate = make_candidate(status=MeetingCandidate.Status.REJECTED)
    with pytest.raises(ValueError):
        candidate.confirm(editor)
    assert not Meeting.objects.filter(series=candidate.series).exists()
    assert not log_for(candidate).exists()


def test_reject_marks_the_candidate_and_logs_the_editor_once(editor):
    candidate = make_candidate()
    assert candidate.reject(editor) is True
    assert candidate.reject(editor) is False
    candidate.refresh_from_db()
    assert candidate.status == MeetingCandidate.Status.REJECTED
    entry = log_for(candidate).get()
    assert (entry.user, entry.action_flag) == (editor, CHANGE)
    assert not Meeting.objects.filter(series=candidate.series).exists()


def test_the_admin_actions_confirm_and_reject_as_the_acting_user(client):
    user = get_user_model().objects.create_superuser("cand-admin", "admin@example.org", "pw")
    client.force_login(user)
    to_confirm, to_reject = make_candidate(number=40), make_candidate(number=41)
    url = reverse("admin:archive_meetingcandidate_changelist")
    client.post(url, {"action": "confirm", "_selected_action": [to_confirm.pk]})
    client.post(url, {"action": "reject", "_selected_action": [to_reject.pk]})
    to_confirm.refresh_from_db()
    to_reject.refresh_from_db()
    assert to_confirm.status == MeetingCandidate.Status.CONFIRMED and to_confirm.meeting.number == 40
    assert to_reject.status == MeetingCandidate.Status.REJECTED and to_reject.meeting is None
    assert log_for(to_confirm).get().user == user
    assert log_for(to_reject).get().user == user
