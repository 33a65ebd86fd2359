"""Shared pieces: the page-URL mixin, the reference (`*Ref`) serialisers, names and errors."""

from __future__ import annotations

from rest_framework import serializers

from archive.models import Article, Meeting, MeetingSeries, Organization, Person


def page_url(obj, context: dict) -> str:
    """The object's page for people: absolute when the request is known."""
    request = context.get("request")
    url = obj.get_absolute_url()
    return request.build_absolute_uri(url) if request else url


class HtmlUrlMixin(serializers.Serializer):
    html_url = serializers.SerializerMethodField(help_text="The page for people.")

    def get_html_url(self, obj) -> str:
        return page_url(obj, self.context)


class SeriesRefSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:series-detail", lookup_field="slug")

    class Meta:
        model = MeetingSeries
        fields = ["acronym", "slug", "url"]


class MeetingRefSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:meeting-detail", lookup_field="slug")
    short_name = serializers.CharField(read_only=True)

    class Meta:
        model = Meeting
        fields = ["short_name", "slug", "url", "start_date"]


class PersonRefSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:person-detail", lookup_field="slug")

    class Meta:
        model = Person
        fields = ["name", "slug", "url"]


class OrganizationRefSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:organization-detail", lookup_field="slug")

    class Meta:
        model = Organization
        fields = ["name", "acronym", "slug", "url"]


class ArticleRefSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:article-detail", lookup_field="slug")

    class Meta:
        model = Article
        fields = ["title", "slug", "url", "language", "published"]


class NamesSerializer(serializers.Serializer):
    en = serializers.CharField()
    vi = serializers.CharField()
    th = serializers.CharField()


class ErrorSerializer(serializers.Serializer):
    error = serializers.CharField(help_text="What could not be used, for people.")
