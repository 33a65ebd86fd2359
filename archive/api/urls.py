"""/api/: the read-only REST API, its OpenAPI schema and a server-rendered docs page.
(`/api/search/` itself is routed in archive/urls.py, before this include.)"""

from django.urls import path
from drf_spectacular.views import SpectacularAPIView
from rest_framework.routers import DefaultRouter

from archive.api import views
from archive.api.docs import api_docs
from archive.api.schema import ArchiveSchemaGenerator

app_name = "api"

router = DefaultRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("series", views.SeriesViewSet, basename="series")
router.register("people", views.PersonViewSet, basename="person")
router.register("organisations", views.OrganizationViewSet, basename="organization")

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(generator_class=ArchiveSchemaGenerator), name="schema"),
    path("docs/", api_docs, name="docs"),
    *router.urls,
]
