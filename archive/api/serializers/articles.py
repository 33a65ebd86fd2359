"""Articles: the list card and the detail."""

from __future__ import annotations

from rest_framework import serializers

from archive.api.serializers.common import (
    HtmlUrlMixin,
    MeetingRefSerializer,
    OrganizationRefSerializer,
    PersonRefSerializer,
)
from archive.models import Article


class ArticleSerializer(HtmlUrlMixin, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:article-detail", lookup_field="slug")
    meetings = MeetingRefSerializer(many=True, read_only=True)

    class Meta:
        model = Article
        fields = [
            "slug",
            "url",
            "html_url",
            "title",
            "lead",
            "language",
            "published",
            "source_name",
            "source_url",
            "byline",
            "meetings",
        ]


class ArticleDetailSerializer(ArticleSerializer):
    paragraphs = serializers.ListField(child=serializers.CharField(), read_only=True)
    people = PersonRefSerializer(many=True, read_only=True)
    organizations = OrganizationRefSerializer(many=True, read_only=True)

    keywords = serializers.ListField(child=serializers.CharField(), read_only=True, source="keyword_list")

    class Meta(ArticleSerializer.Meta):
        fields = [*ArticleSerializer.Meta.fields, "body", "paragraphs", "keywords", "people", "organizations"]
