"""People, organisations and participations (a role held at a meeting)."""

from __future__ import annotations

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from archive import analysis
from archive.api.serializers.common import (
    HtmlUrlMixin,
    MeetingRefSerializer,
    NamesSerializer,
    OrganizationRefSerializer,
    PersonRefSerializer,
)
from archive.models import Organization, Participation, Person


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


class PersonSerializer(HtmlUrlMixin, serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:person-detail", lookup_field="slug")
    alternate_names = serializers.SerializerMethodField()
    country = serializers.CharField(source="country.code", read_only=True)
    organization = OrganizationRefSerializer(read_only=True)

    class Meta:
        model = Person
        fields = ["name", "slug", "url", "html_url", "alternate_names", "country", "organization", "position"]

    def get_alternate_names(self, obj: Person) -> list[str]:
        return analysis.split_paragraphs(obj.alternate_names)


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
