"""The mentions module: which known meetings and people an article mentions, and which
meetings are new. Run once per text version on the write path (archive/ingest/write.py);
the stored result feeds both the links and the index's meeting tokens.

Detection is split in two so the expensive part can run in worker processes:
`Detector` is plain data + regexes (built from the database once, then used
without it); `apply_detection` writes the links and candidates in the parent.
Links are only ever added: an editor's manual link is never removed by a re-run.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.utils import timezone

from archive import analysis
from archive.analysis.meetings import term_atoms
from archive.search.lexicon import Lexicon, get_lexicon

log = logging.getLogger("archive.ingest")

# A title mention of a meeting weighs as much as this many body mentions.
TITLE_MEETING_WEIGHT = 3
# Names shorter than this (folded, without spaces) are too likely to be ordinary words.
MIN_NAME_CHARS = 5


def weighted_mentions(matcher, title: str, lead: str, body: str) -> list[tuple[int, object]]:
    """Meeting mentions of a text, each with its weight (a title mention weighs
    TITLE_MEETING_WEIGHT): found once per text version on the write path
    (here), which links them and stores their tokens for the index."""
    return [
        (weight, mention)
        for weight, text in ((TITLE_MEETING_WEIGHT, title), (1, f"{lead}\n{body}"))
        for mention in matcher.find(text)
    ]


def tokens_of(mentions: list[tuple[int, object]]) -> list[str]:
    """Index tokens of weighted mentions: the meeting's, once per weight, and its series'."""
    tokens: list[str] = []
    for weight, mention in mentions:
        tokens.extend([mention.token] * weight)
        if mention.number is not None:
            tokens.append(f"series:{mention.series}")
    return tokens


def mention_tokens(matcher, title: str, lead: str, body: str) -> list[str]:
    return tokens_of(weighted_mentions(matcher, title, lead, body))


@dataclass
class Detection:
    meeting_ids: set[int] = field(default_factory=set)
    person_ids: set[int] = field(default_factory=set)
    candidates: set[tuple[str, int]] = field(default_factory=set)  # (series slug, number) not in the archive
    # The index's meeting tokens of the text and the meeting names they were found with
    # (stored in Article.analysis["mentions"]: indexing reads them, never finds them again).
    mentions: dict = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.meeting_ids or self.person_ids or self.candidates)


def _name_key(name: str) -> str:
    return re.sub(r"\s+", " ", analysis.fold(analysis.normalise(name))).strip()


def _name_pattern(key: str) -> str:
    """A folded name as a regex, spelled as meeting names are (any spacing or dash between
    Latin words, optional spaces in Thai), whole words only at Latin edges."""
    body = "".join(term_atoms(key))
    if key[:1].isascii() and key[:1].isalnum():
        body = rf"(?<![^\W_]){body}"
    if key[-1:].isascii() and key[-1:].isalnum():
        body = rf"{body}(?![^\W_])"
    return body


class PeopleMatcher:
    """All spellings of all people in one regex over `fold(normalise(text))`."""

    def __init__(self, people: Iterable[tuple[int, Iterable[str]]]):
        self._by_key: dict[str, int] = {}
        for pk, names in people:
            for name in names:
                key = _name_key(name)
                if len(key.replace(" ", "")) >= MIN_NAME_CHARS:
                    self._by_key.setdefault(key, pk)
        keys = sorted(self._by_key, key=len, reverse=True)  # longest spelling wins
        self._regex = (
            re.compile("|".join(f"(?P<p{i}>{_name_pattern(k)})" for i, k in enumerate(keys))) if keys else None
        )
        self._keys = keys

    def find(self, text: str) -> set[int]:
        if self._regex is None or not text:
            return set()
        folded = analysis.fold(analysis.normalise(text))
        found = set()
        for m in self._regex.finditer(folded):
            found.add(self._by_key[self._keys[int(m.lastgroup[1:])]])
        return found


@dataclass
class Detector:
    """Everything detection needs, without the database (safe to use in workers)."""

    matcher: analysis.MeetingMatcher
    meetings_by_token: Mapping[str, int]
    people: PeopleMatcher
    matcher_key: str = ""

    def detect(self, title: str, lead: str, body: str) -> Detection:
        text = "\n".join(filter(None, (title, lead, body)))
        result = Detection(person_ids=self.people.find(text))
        mentions = weighted_mentions(self.matcher, title, lead, body)
        result.mentions = {"key": self.matcher_key, "tokens": tokens_of(mentions)}
        for _weight, mention in mentions:
            if mention.number is None:
                continue  # a series named without a number points at no single meeting
            meeting_id = self.meetings_by_token.get(mention.token)
            if meeting_id is not None:
                result.meeting_ids.add(meeting_id)
            else:
                result.candidates.add((mention.series, mention.number))
        return result


_detector_cache: tuple[tuple, Detector] | None = None


def get_detector(lexicon: Lexicon | None = None) -> Detector:
    """The detector for the archive's current vocabulary (rebuilt when it changes)."""
    global _detector_cache
    from archive.models import Person

    lexicon = lexicon or get_lexicon()
    if _detector_cache is None or _detector_cache[0] != lexicon.signature:
        people = PeopleMatcher((p.pk, p.all_names()) for p in Person.objects.only("id", "name", "alternate_names"))
        tokens = {token: ref.id for token, ref in lexicon.meetings_by_token.items()}
        _detector_cache = (lexicon.signature, Detector(lexicon.matcher, tokens, people, lexicon.matcher_key))
    return _detector_cache[1]


def detect_mentions(title: str, lead: str = "", body: str = "") -> Detection:
    """For the admin: what a text mentions (call on save or to suggest links on a form)."""
    return get_detector().detect(title, lead, body)


def apply_detection(found: Mapping[int, Detection]) -> int:
    """Link articles to the meetings and people they mention; record candidate meetings.

    Call inside the transaction that wrote the articles. Returns the number of new links.
    """
    from archive.models import Article, MeetingSeries

    meeting_links = [
        Article.meetings.through(article_id=a, meeting_id=m) for a, d in found.items() for m in sorted(d.meeting_ids)
    ]
    people_links = [
        Article.people.through(article_id=a, person_id=p) for a, d in found.items() for p in sorted(d.person_ids)
    ]
    Article.meetings.through.objects.bulk_create(meeting_links, ignore_conflicts=True)
    Article.people.through.objects.bulk_create(people_links, ignore_conflicts=True)

    by_candidate: dict[tuple[str, int], set[int]] = {}
    for article_id, d in found.items():
        for cand in d.candidates:
            by_candidate.setdefault(cand, set()).add(article_id)
    if by_candidate:
        record_candidates(by_candidate, {s.slug: s for s in MeetingSeries.objects.all()})
    return len(meeting_links) + len(people_links)


def record_candidates(by_candidate: Mapping[tuple[str, int], set[int]], series_by_slug: Mapping) -> None:
    from archive.models import MeetingCandidate as Candidate

    now = timezone.now()
    for (series_slug, number), article_ids in sorted(by_candidate.items()):
        series = series_by_slug.get(series_slug)
        if series is None:
            continue
        cand, _ = Candidate.objects.get_or_create(series=series, number=number, defaults={"first_seen": now})
        cand.articles.add(*sorted(article_ids))
        Candidate.objects.filter(pk=cand.pk).update(article_count=cand.articles.count())
