"""The archive's own vocabulary, read from the database: meeting names and Thai terms.

Analysis is plain Python and knows nothing of the database; this module hands it
the data (series acronyms and long names, organisation and people names) and
caches the compiled matcher per process. Editors' changes are picked up through
a cheap signature query, so every process (web workers, importers) sees them.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field

from django.db.models import Count, Max

from archive import analysis
from archive.analysis.concepts import ConceptIndex
from archive.analysis.names import PeopleIndex
from archive.analysis.text import is_thai

_RECHECK_SECONDS = 10.0


@dataclass
class MeetingRef:
    id: int
    slug: str
    short_name: str
    series_slug: str | None


@dataclass
class Lexicon:
    signature: tuple
    matcher: analysis.MeetingMatcher
    thai_words: tuple[str, ...]
    meetings_by_token: dict[str, MeetingRef] = field(default_factory=dict)
    series_slugs: frozenset[str] = frozenset()
    # Changes when the series' names change: cached meeting mentions are then stale.
    matcher_key: str = ""
    people: PeopleIndex = field(default_factory=lambda: PeopleIndex(()))
    person_meetings: dict[int, list[str]] = field(default_factory=dict)  # meeting tokens a person attended
    concepts: ConceptIndex = field(default_factory=lambda: ConceptIndex(()))

    def meeting_for_token(self, token: str) -> MeetingRef | None:
        return self.meetings_by_token.get(token)


_lock = threading.Lock()
_cached: Lexicon | None = None
_checked_at = 0.0


def _signature() -> tuple:
    from archive.models import Concept, Meeting, MeetingSeries, Organization, Person

    parts = []
    for model in (MeetingSeries, Meeting, Organization, Person, Concept):
        agg = model.objects.aggregate(n=Count("id"), last=Max("updated"))
        parts.append((agg["n"], agg["last"].isoformat() if agg["last"] else ""))
    return tuple(parts)


def _build(signature: tuple) -> Lexicon:
    from archive.models import Concept, Meeting, MeetingSeries, Organization, Participation, Person

    series = list(MeetingSeries.objects.all())
    matcher = analysis.MeetingMatcher([s.spec() for s in series])
    thai: set[str] = set(matcher.terms())
    for org in Organization.objects.only("name_th", "alternate_names"):
        thai.update(n for n in [org.name_th, *org.alternate_names.splitlines()] if is_thai(n))
    people = list(Person.objects.only("id", "name", "alternate_names"))
    for person in people:
        thai.update(n for n in [person.name, *person.alternate_names.splitlines()] if is_thai(n))
    person_meetings: dict[int, list[str]] = {}
    for p in Participation.objects.select_related("meeting__series"):
        if p.meeting.search_token:
            person_meetings.setdefault(p.person_id, []).append(p.meeting.search_token)
    meetings = {}
    for m in Meeting.objects.select_related("series"):
        token = m.search_token
        if token:
            meetings[token] = MeetingRef(m.id, m.slug, m.short_name, m.series.slug if m.series else None)
    thai_words = tuple(sorted(analysis.normalise(w).strip() for w in thai if w.strip()))
    specs = sorted((s.slug, s.acronym, tuple(s.all_names())) for s in series)
    matcher_key = hashlib.sha256(repr(specs).encode()).hexdigest()[:16]
    previous = _cached
    if previous is not None and previous.signature[4:] == signature[4:] and previous.thai_words == thai_words:
        concepts = previous.concepts  # the glossary did not change: its index (~0.6 s to build) stays
    else:
        concepts = ConceptIndex(
            ((c.slug, {lang: c.forms(lang) for lang in analysis.LANGUAGES}) for c in Concept.objects.all()),
            thai_words,
        )
    return Lexicon(
        signature,
        matcher,
        thai_words,
        meetings,
        frozenset(s.slug for s in series),
        matcher_key,
        people=PeopleIndex(((p.pk, p.all_names()) for p in people), thai_words),
        person_meetings=person_meetings,
        concepts=concepts,
    )


def get_lexicon(force_check: bool = False) -> Lexicon:
    """The current lexicon; re-reads the database at most every few seconds."""
    global _cached, _checked_at
    with _lock:
        now = time.monotonic()
        if _cached is not None and not force_check and now - _checked_at < _RECHECK_SECONDS:
            return _cached
        signature = _signature()
        if _cached is None or _cached.signature != signature:
            _cached = _build(signature)
        _checked_at = now
        return _cached


def invalidate() -> None:
    global _checked_at
    with _lock:
        _checked_at = 0.0
