"""Read-only serialisers. Lists carry what a card needs; details add the relations."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from archive.models import (
    Article,
    Meeting,
    MeetingRelation,
    MeetingSeries,
    Organization,
    Participation,
    Person,
    split_lines,
)


class HtmlUrlMixin(serializers.Serializer):
    html_url = serializers.SerializerMethodField(help_text="The page for people.")

    def get_html_url(self, obj) -> str:
        request = self.context.get("request")
        url = obj.get_absolute_url()
        return request.build_absolute_uri(url) if request else url


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


# --- Articles ---------------------------------------------------------------------------


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


# --- Meetings and series ----------------------------------------------------------------


class NamesSerializer(serializers.Serializer):
    en = serializers.CharField()
    vi = serializers.CharField()
    th = serializers.CharField()


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


class _ParticipationBase(serializers.ModelSerializer):
    """A role held at a meeting; subclasses add the side the reader does not already have."""

    organization = OrganizationRefSerializer(read_only=True)
    delegation = serializers.CharField(source="delegation.code", read_only=True)

    class Meta:
        model = Participation
        fields = ["role", "position", "organization", "delegation"]


class ParticipationSerializer(_ParticipationBase):
    person = PersonRefSerializer(read_only=True)

    class Meta(_ParticipationBase.Meta):
        fields = ["person", *_ParticipationBase.Meta.fields]


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
        return split_lines(obj.alternate_names)

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
        return split_lines(obj.alternate_names)


# --- People and organisations --------------------------------------------------------------


class PersonSerializer(HtmlUrlMixin, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:person-detail", lookup_field="slug")
    alternate_names = serializers.SerializerMethodField()
    country = serializers.CharField(source="country.code", read_only=True)
    organization = OrganizationRefSerializer(read_only=True)

    class Meta:
        model = Person
        fields = ["name", "slug", "url", "html_url", "alternate_names", "country", "organization", "position"]

    def get_alternate_names(self, obj: Person) -> list[str]:
        return split_lines(obj.alternate_names)


class PersonParticipationSerializer(_ParticipationBase):
    meeting = MeetingRefSerializer(read_only=True)

    class Meta(_ParticipationBase.Meta):
        fields = ["meeting", *_ParticipationBase.Meta.fields]


class PersonDetailSerializer(PersonSerializer):
    participations = PersonParticipationSerializer(many=True, read_only=True)

    class Meta(PersonSerializer.Meta):
        fields = [*PersonSerializer.Meta.fields, "description", "participations"]


class OrganizationSerializer(HtmlUrlMixin, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:organization-detail", lookup_field="slug")
    names = serializers.SerializerMethodField()
    country = serializers.CharField(source="country.code", read_only=True)
    parent = OrganizationRefSerializer(read_only=True)

    class Meta:
        model = Organization
        fields = ["name", "acronym", "slug", "url", "html_url", "names", "country", "parent", "website"]

    @extend_schema_field(NamesSerializer)
    def get_names(self, obj: Organization) -> dict:
        return {"en": obj.name, "vi": obj.name_vi or obj.name, "th": obj.name_th or obj.name}


class OrganizationDetailSerializer(OrganizationSerializer):
    people = PersonRefSerializer(many=True, read_only=True)
    units = OrganizationRefSerializer(many=True, read_only=True)

    class Meta(OrganizationSerializer.Meta):
        fields = [*OrganizationSerializer.Meta.fields, "description", "units", "people"]
