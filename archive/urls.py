from django.contrib import admin
from django.urls import include, path

from archive.search.api import search_api

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/search/", search_api, name="api-search"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("archive.web.urls")),
]
