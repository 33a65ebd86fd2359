"""Meetings and meeting series: list cards and details, with relations and participants."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from archive import analysis
from archive.api.serializers.common import (
    ArticleRefSerializer,
    HtmlUrlMixin,
    MeetingRefSerializer,
    NamesSerializer,
    SeriesRefSerializer,
)
from archive.api.serializers.people import ParticipationSerializer
from archive.models import Meeting, MeetingRelation, MeetingSeries


class MeetingSerializer(HtmlUrlMixin, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:meeting-detail", lookup_field="slug")
    short_name = serializers.CharField(read_only=True)
    names = serializers.SerializerMethodField()
    series = SeriesRefSerializer(read_only=True)
    country = serializers.CharField(source="country.code", read_only=True)
    article_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "slug",
            "url",
            "html_url",
            "short_name",
            "names",
            "series",
            "number",
            "start_date",
            "end_date",
            "country",
            "city",
            "format",
            "theme",
            "article_count",
        ]

    @extend_schema_field(NamesSerializer)
    def get_names(self, obj: Meeting) -> dict:
        return obj.long_names


class RelationSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=MeetingRelation.Kind.choices)
    direction = serializers.ChoiceField(
        choices=["out", "in"], help_text="'out': this meeting <kind> the other; 'in': the other <kind> this one."
    )
    meeting = MeetingRefSerializer()


class MeetingDetailSerializer(MeetingSerializer):
    relations = serializers.SerializerMethodField()
    participants = ParticipationSerializer(source="participations", many=True, read_only=True)
    articles = serializers.SerializerMethodField()
    alternate_names = serializers.SerializerMethodField()

    class Meta(MeetingSerializer.Meta):
        fields = [
            *MeetingSerializer.Meta.fields,
            "description",
            "alternate_names",
            "relations",
            "participants",
            "articles",
        ]

    def get_alternate_names(self, obj: Meeting) -> list[str]:
        return analysis.split_paragraphs(obj.alternate_names)

    @extend_schema_field(RelationSerializer(many=True))
    def get_relations(self, obj: Meeting) -> list[dict]:
        out = [{"kind": r.kind, "direction": "out", "meeting": r.target} for r in obj.relations_out.all()]
        into = [{"kind": r.kind, "direction": "in", "meeting": r.source} for r in obj.relations_in.all()]
        return RelationSerializer(out + into, many=True, context=self.context).data

    @extend_schema_field(ArticleRefSerializer(many=True))
    def get_articles(self, obj: Meeting) -> list[dict]:
        # Only published articles; prefetched by the view under the `published_articles` name.
        return ArticleRefSerializer(obj.published_articles, many=True, context=self.context).data


class SeriesSerializer(HtmlUrlMixin, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:series-detail", lookup_field="slug")
    names = serializers.SerializerMethodField()
    parent = SeriesRefSerializer(read_only=True)
    meeting_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = MeetingSeries
        fields = ["acronym", "slug", "url", "html_url", "names", "sector", "parent", "meeting_count"]

    @extend_schema_field(NamesSerializer)
    def get_names(self, obj: MeetingSeries) -> dict:
        return {"en": obj.name_en, "vi": obj.name("vi"), "th": obj.name("th")}


class SeriesDetailSerializer(SeriesSerializer):
    meetings = MeetingRefSerializer(many=True, read_only=True)
    alternate_names = serializers.SerializerMethodField()

    class Meta(SeriesSerializer.Meta):
        fields = [*SeriesSerializer.Meta.fields, "description", "alternate_names", "meetings"]

    def get_alternate_names(self, obj: MeetingSeries) -> list[str]:
        return analysis.split_paragraphs(obj.alternate_names)
