"""The public site's URLs (mounted under i18n_patterns: /, /vi/, /th/)."""

from django.urls import path

from archive import feeds
from archive.api.throttling import throttled
from archive.web import views

app_name = "archive"


def feed_urls(prefix: str, feed_class, name: str):
    """`<prefix>.rss` and `<prefix>.atom` for one feed class."""
    rss, atom = feeds.atom_and_rss(feed_class)
    return [
        path(f"feeds/{prefix}.rss", throttled(rss), name=f"{name}-rss"),
        path(f"feeds/{prefix}.atom", throttled(atom), name=f"{name}-atom"),
    ]


urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search_page, name="search"),
    path("articles/", views.article_list, name="article-list"),
    path("articles/<slug:slug>/", views.article_detail, name="article-detail"),
    path("articles/<slug:slug>/cite.bib", views.article_bibtex, name="article-bibtex"),
    path("articles/<slug:slug>/cite.json", views.article_csl, name="article-csl"),
    path("articles/<slug:slug>/archived/<str:sha256>/", views.article_capture, name="article-capture"),
    path("meetings/", views.meeting_list, name="meeting-list"),
    path("meetings/<slug:slug>/", views.meeting_detail, name="meeting-detail"),
    path("series/", views.series_list, name="series-list"),
    path("series/<slug:slug>/", views.series_detail, name="series-detail"),
    path("series/<slug:slug>/attendance/", views.series_attendance, name="series-attendance"),
    path("timeline/", views.timeline, name="timeline"),
    path("people/", views.person_list, name="person-list"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("organisations/", views.organization_list, name="organization-list"),
    path("organisations/<slug:slug>/", views.organization_detail, name="organization-detail"),
    path("opensearch.xml", views.opensearch, name="opensearch"),
    *feed_urls("latest", feeds.ArticleFeed, "feed-latest"),
    *feed_urls("search", feeds.SearchFeed, "feed-search"),
    *feed_urls("meetings/<slug:slug>", feeds.MeetingFeed, "feed-meeting"),
    *feed_urls("series/<slug:slug>", feeds.SeriesFeed, "feed-series"),
    *feed_urls("people/<slug:slug>", feeds.PersonFeed, "feed-person"),
    *feed_urls("language/<str:language>", feeds.LanguageFeed, "feed-language"),
]
