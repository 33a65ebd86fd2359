"""`GET /api/search/`: the JSON contract other tools rely on (see README)."""

from __future__ import annotations

from django.http import JsonResponse
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from archive.api.throttling import throttled
from archive.search.errors import RETRY_AFTER, SearchUnavailable, index_errors_as_unavailable
from archive.search.service import SearchInputError, params_from_querydict, search


def meeting_summary(meeting, request) -> dict:
    return {
        "short_name": meeting.short_name,
        "names": meeting.long_names,
        "url": request.build_absolute_uri(meeting.get_absolute_url()),
        "series": meeting.series.acronym if meeting.series else None,
        "number": meeting.number,
        "start_date": meeting.start_date.isoformat() if meeting.start_date else None,
        "end_date": meeting.end_date.isoformat() if meeting.end_date else None,
        "country": meeting.country.code or None,
        "city": meeting.city,
        "format": meeting.format,
    }


def person_summary(person, request) -> dict:
    participations = person.participations.select_related("meeting").order_by("-meeting__start_date")[:20]
    return {
        "name": person.name,
        "url": request.build_absolute_uri(person.get_absolute_url()),
        "position": person.position,
        "organization": person.organization.name if person.organization else None,
        "country": person.country.code or None,
        "meetings": [
            {
                "meeting": p.meeting.short_name,
                "url": request.build_absolute_uri(p.meeting.get_absolute_url()),
                "role": p.role,
                "position": p.position,
            }
            for p in participations
        ],
    }


@require_GET
@throttled
def search_api(request):
    try:
        params = params_from_querydict(request.GET)
        with index_errors_as_unavailable():
            outcome = search(params)
    except SearchInputError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    except SearchUnavailable:
        response = JsonResponse({"error": _("Search is being rebuilt. Please try again in a few minutes.")}, status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
    results = [
        {
            "title": hit.article.title,
            "url": request.build_absolute_uri(hit.article.get_absolute_url()),
            "source_url": hit.article.source_url,
            "language": hit.article.language,
            "published": localtime(hit.article.published).isoformat() if hit.article.published else None,
            "snippet": str(hit.snippet),
            "meetings": [m.short_name for m in hit.article.meetings.all()],
        }
        for hit in outcome.hits
    ]
    return JsonResponse(
        {
            "count": outcome.count,
            "page": params.page,
            "page_size": params.page_size,
            "results": results,
            "facets": outcome.facets,
            "meeting": meeting_summary(outcome.meeting, request) if outcome.meeting else None,
            "relaxed": outcome.relaxed,
            "person": person_summary(outcome.person, request) if outcome.person else None,
            "expansions": [
                {"concept": e.concept, "name": e.name, "matched": e.matched, "forms": e.forms}
                for e in outcome.expansions
            ],
            "corrected_query": outcome.corrected_query,
        },
        json_dumps_params={"ensure_ascii": False},
    )
