"""The public site's views: thin, each one page. Queries live in archive.web.queries."""

from __future__ import annotations

import json
from dataclasses import replace

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from archive.api.throttling import throttled
from archive.models import Article, Capture, Meeting, MeetingSeries, Organization, Participation, Person
from archive.search.errors import RETRY_AFTER, SearchUnavailable, index_errors_as_unavailable
from archive.search.forms import SearchForm
from archive.search.health import cache_health, index_health
from archive.search.service import SearchInputError, search
from archive.web import citation, queries, related, timelines
from archive.web.pages import kept

BROWSE_PAGE_SIZE = 20
LIST_PAGE_SIZE = 50


def _page(request, items, size: int):
    """A Paginator page; out-of-range or junk page numbers fall back to the nearest real page."""
    return Paginator(items, size).get_page(request.GET.get("page"))


@require_GET
@kept
def home(request):
    today = timezone.localdate()
    context = {
        "articles": queries.listing().newest_first()[:8],
        "recent_meetings": queries.meetings_for_cards().past(today).newest_first()[:6],
        "upcoming_meetings": queries.meetings_for_cards().upcoming(today)[:4],
        "series_list": queries.series_overview().filter(meeting_count__gt=0).order_by("sector", "acronym"),
        "article_total": Article.objects.published().count(),
    }
    return render(request, "archive/home.html", context)


# --- Search ------------------------------------------------------------------------------


@require_GET
@throttled
def search_page(request):
    try:
        with index_errors_as_unavailable():
            return _search_page(request)
    except SearchUnavailable:
        response = render(request, "archive/search_unavailable.html", {"q": request.GET.get("q", "")}, status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response


def _search_page(request):
    q = request.GET.get("q", "")
    form = SearchForm(request.GET)
    try:
        params = form.search_params()
        outcome = search(params)  # an unknown meeting filter is only found here
    except SearchInputError as exc:
        return render(request, "archive/search.html", {"q": q, "form": form, "error": str(exc)}, status=400)
    facets = outcome.facets or {}
    context = {
        "q": params.q,
        "form": form,
        "params": params,
        "outcome": outcome,
        "series_by_slug": queries.series_by_slug(facets.get("series", {}).keys() | {params.series} - {None}),
        "filter_meeting": Meeting.objects.select_related("series").filter(slug=params.meeting).first()
        if params.meeting
        else None,
        "has_filters": any([params.language, params.series, params.meeting, params.date_from, params.date_to]),
    }
    if outcome.count == 0 and params.q.strip():
        context["folded_variant"] = queries.folded_variant(params.q)
        context["suggestions"] = [
            s for s in queries.suggestions(params.q) if search(replace(params, q=s, page=1), record=False).count
        ]
    return render(request, "archive/search.html", context)


# --- Articles -------------------------------------------------------------------------------


@require_GET
@kept
def article_list(request):
    filters = queries.BrowseFilters.from_querydict(request.GET)
    articles = filters.apply(queries.listing()).newest_first()
    context = {
        "page_obj": _page(request, articles, BROWSE_PAGE_SIZE),
        "filters": filters,
        "facets": queries.browse_facets(filters),
        "filter_series": MeetingSeries.objects.filter(slug=filters.series).first() if filters.series else None,
    }
    return render(request, "archive/article_list.html", context, status=400 if filters.errors else 200)


def _permalink(request, article: Article) -> str:
    """The article's language-neutral address: the same whichever interface the reader uses."""
    with translation.override(settings.LANGUAGE_CODE):
        return request.build_absolute_uri(article.get_absolute_url())


def _published_article(slug: str) -> Article:
    return get_object_or_404(Article.objects.for_page().published(), slug=slug)


@require_GET
@kept
def article_detail(request, slug):
    return article_page(request, _published_article(slug))


def article_page(request, article: Article, preview: bool = False):
    """The public article page; editors' previews of drafts render it too (admin only)."""
    if preview:
        article = Article.objects.for_page().get(pk=article.pk)
    permalink = _permalink(request, article)
    context = {
        "article": article,
        "permalink": permalink,
        "related": related.related_articles(article),
        "citation": citation.plain(article, permalink, settings.SITE_NAME),
        "json_ld": _article_json_ld(request, article, permalink),
        "preview": preview,
    }
    response = render(request, "archive/article_detail.html", context)
    if preview:
        response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def article_capture(request, slug, sha256):
    """The page as it was captured, served inert: a sandbox with no scripts, forms or same-origin access."""
    article = _published_article(slug)
    capture = get_object_or_404(Capture, article=article, sha256=sha256)
    with capture.file.open("rb") as fh:
        response = HttpResponse(fh.read(), content_type=capture.content_type or "text/html")
    response["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src * data:; style-src * 'unsafe-inline'"
    response["X-Robots-Tag"] = "noindex"
    return response


def _article_json_ld(request, article: Article, permalink: str) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "name": article.title,
        "inLanguage": article.language,
        "url": permalink,
        "mainEntityOfPage": permalink,
        "isAccessibleForFree": True,
        "publisher": {"@type": "Organization", "name": article.source_name or settings.SITE_NAME},
        "about": [
            {"@type": "Event", "name": m.long_name("en"), "url": request.build_absolute_uri(m.get_absolute_url())}
            for m in article.meetings.all()
        ],
        "mentions": [
            {"@type": "Person", "name": p.name, "url": request.build_absolute_uri(p.get_absolute_url())}
            for p in article.people.all()
        ],
    }
    if article.published:
        data["datePublished"] = article.published.isoformat()
    if article.byline:
        data["author"] = {"@type": "Person", "name": article.byline}
    if article.lead:
        data["description"] = article.lead[:300]
    if article.has_source_link:
        data["isBasedOn"] = article.source_url
    return data


@require_GET
def article_bibtex(request, slug):
    article = get_object_or_404(Article.objects.published(), slug=slug)
    permalink = _permalink(request, article)
    response = HttpResponse(
        citation.bibtex(article, permalink, settings.SITE_NAME), content_type="application/x-bibtex; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{citation.bibtex_key(article)}.bib"'
    return response


@require_GET
def article_csl(request, slug):
    article = get_object_or_404(Article.objects.published(), slug=slug)
    permalink = _permalink(request, article)
    body = json.dumps(citation.csl_json(article, permalink, settings.SITE_NAME), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/vnd.citationstyles.csl+json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{citation.bibtex_key(article)}.json"'
    return response


# --- Meetings and series ------------------------------------------------------------------------


@require_GET
@kept
def meeting_list(request):
    meetings = queries.meetings_for_cards().newest_first()
    return render(request, "archive/meeting_list.html", {"page_obj": _page(request, meetings, LIST_PAGE_SIZE)})


@require_GET
@kept
def meeting_detail(request, slug):
    meeting = get_object_or_404(Meeting.objects.select_related("series"), slug=slug)
    context = {
        "meeting": meeting,
        "relations": queries.meeting_relations(meeting),
        "participants": queries.participants(meeting),
        "coverage": queries.coverage_by_language(meeting),
        "previous": meeting.previous_in_series(),
        "next": meeting.next_in_series(),
        "citations": list(meeting.citations.select_related("source")),
    }
    return render(request, "archive/meeting_detail.html", context)


@require_GET
@kept
def series_list(request):
    return render(
        request, "archive/series_list.html", {"series_list": queries.series_overview().order_by("sector", "acronym")}
    )


@require_GET
@kept
def series_detail(request, slug):
    series = get_object_or_404(MeetingSeries.objects.select_related("parent"), slug=slug)
    meetings = queries.series_meetings(series)
    history = timelines.series_timeline(meetings, request.GET.get("decade"))
    context = {
        "series": series,
        "meetings": meetings,
        "history": history,
        "children": list(series.children.all()),
        "matrix": queries.attendance_matrix(series, meetings),
    }
    return render(request, "archive/series_detail.html", context)


@require_GET
@kept
def series_attendance(request, slug):
    series = get_object_or_404(MeetingSeries, slug=slug)
    return render(
        request, "archive/series_attendance.html", {"series": series, "matrix": queries.attendance_matrix(series)}
    )


@require_GET
@kept
def timeline(request):
    years = queries.timeline_by_year()
    chart = timelines.global_timeline([m for _, meetings in years for m in meetings], request.GET.get("decade"))
    if chart.decade is not None:
        years = [(y, ms) for y, ms in years if timelines.decade_of(y) == chart.decade]
    return render(request, "archive/timeline.html", {"years": years, "chart": chart})


# --- People and organisations ----------------------------------------------------------------------


@require_GET
@kept
def person_list(request):
    people = queries.people_overview().order_by("name")
    return render(request, "archive/person_list.html", {"page_obj": _page(request, people, LIST_PAGE_SIZE)})


@require_GET
@kept
def person_detail(request, slug):
    person = get_object_or_404(Person.objects.select_related("organization"), slug=slug)
    context = {
        "person": person,
        "participations": queries.person_participations(person),
        "articles": queries.listing().filter(people=person).newest_first()[:50],
    }
    return render(request, "archive/person_detail.html", context)


@require_GET
@kept
def organization_list(request):
    organizations = Organization.objects.with_counts().order_by("name")
    return render(
        request, "archive/organization_list.html", {"page_obj": _page(request, organizations, LIST_PAGE_SIZE)}
    )


@require_GET
@kept
def organization_detail(request, slug):
    organization = get_object_or_404(Organization.objects.select_related("parent"), slug=slug)
    context = {
        "organization": organization,
        "units": list(organization.units.order_by("name")),
        "people": list(organization.people.order_by("name")),
        "participations": list(
            Participation.objects.filter(organization=organization)
            .select_related("person", "meeting__series")
            .chronological()
        ),
        "articles": queries.listing().filter(organizations=organization).newest_first()[:50],
    }
    return render(request, "archive/organization_detail.html", context)


# --- Machine-readable bits -----------------------------------------------------------------------


@require_GET
def opensearch(request):
    context = {
        "search_url": request.build_absolute_uri(reverse("archive:search")),
        "feed_url": request.build_absolute_uri(reverse("archive:feed-search-atom")),
    }
    return render(
        request, "archive/opensearch.xml", context, content_type="application/opensearchdescription+xml; charset=utf-8"
    )


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        # Search result pages are an endless space of URLs; the sitemap lists every real page.
        "Disallow: /search/",
        "Disallow: /vi/search/",
        "Disallow: /th/search/",
        "Disallow: /api/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
@never_cache
def healthz(request):
    """The database, the search index and the shared cache, each checked on its own: 200
    when all three answer, else 503 (README "Health checks" lists the fields)."""
    database = {"ok": True, "error": None}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        database = {"ok": False, "error": type(exc).__name__}
    index = index_health()
    if index["error"]:
        index["error"] = index["error"].split(":")[0]  # the kind of failure, not server paths
    cache = cache_health()
    ok = database["ok"] and index["ok"] and cache["ok"]
    return JsonResponse({"ok": ok, "database": database, "index": index, "cache": cache}, status=200 if ok else 503)


def page_not_found(request, exception=None):
    """404s: JSON under /api/ (clients parse every API answer), the site's page elsewhere."""
    if request.path_info.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)


def server_error(request):
    """500s: JSON under /api/, the site's page elsewhere."""
    if request.path_info.startswith("/api/"):
        return JsonResponse({"detail": "Server error."}, status=500)
    return defaults.server_error(request)
