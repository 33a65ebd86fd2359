from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path

from archive import sitemaps
from archive.search.api import search_api
from archive.sitemaps import SITEMAPS, cached
from archive.web.views import healthz, robots_txt

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/search/", search_api, name="api-search"),
    path("api/", include("archive.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path(
        "sitemap.xml",
        cached(sitemap_views.index),
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap-section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", cached(sitemaps.section_view), name="sitemap-section"),
    path("robots.txt", robots_txt, name="robots"),
    path("healthz", healthz, name="healthz"),
]
# The public site in every interface language: English at /, Vietnamese at /vi/, Thai at /th/,
# so each language has its own URL (hreflang, sitemaps, shareable links).
urlpatterns += i18n_patterns(path("", include("archive.web.urls")), prefix_default_language=False)

# JSON error bodies under /api/, the site's pages elsewhere.
handler404 = "archive.web.views.page_not_found"
handler500 = "archive.web.views.server_error"
