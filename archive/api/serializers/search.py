"""Query parameters (`/api/search/`'s and the lists' filters) and `/api/search/`'s answers."""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.db.models import F
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import empty

from archive.api.serializers.common import NamesSerializer, page_url
from archive.models import Meeting, MeetingFormat, Person, Sector
from archive.search.forms import (
    DATE_FROM,
    DATE_TO,
    LANGUAGE,
    SEARCH_PARAMETERS,
    YEAR,
    Choice,
    Parameter,
    first_error,
    search_params,
)
from archive.search.service import SearchInputError, SearchParams

# --- Query parameters ---------------------------------------------------------------------
# Read by the definitions in archive/search/forms.py, which the pages' forms use too.


class ParameterField(serializers.Field):
    """A query parameter read and checked by its `Parameter`; its OpenAPI schema comes from there."""

    def __init__(self, parameter: Parameter):
        self.parameter = parameter
        super().__init__(required=False, help_text=parameter.help_text)
        extend_schema_field(parameter.schema())(self)

    def get_value(self, dictionary):
        return dictionary.get(self.field_name)

    def run_validation(self, data=empty):
        return self.parameter.parse(self.field_name, None if data is empty else data)

    def to_representation(self, value):
        return value


class ParametersSerializer(serializers.Serializer):
    """Query parameters by name (`parameters`); `extend_schema(parameters=[...])` documents them."""

    parameters: dict[str, Parameter] = {}

    def get_fields(self):
        return {name: ParameterField(parameter) for name, parameter in self.parameters.items()}

    @classmethod
    def read(cls, request) -> dict:
        """The request's values; a 400 naming each bad parameter otherwise."""
        serializer = cls(data=request.query_params)
        serializer.is_valid(raise_exception=True)
        return serializer.validated_data


class SearchQuerySerializer(ParametersSerializer):
    """`/api/search/`'s parameters: the search page's (`SearchForm`)."""

    parameters = SEARCH_PARAMETERS

    def validate(self, attrs):
        return {**attrs, "params": search_params(attrs)}

    def search_params(self) -> SearchParams:
        """The valid parameters; SearchInputError with the first message otherwise."""
        if not self.is_valid():
            raise SearchInputError(first_error(self.errors))
        return self.validated_data["params"]


@dataclass(frozen=True)
class CountryCode(Parameter):
    """ISO 3166 alpha-2, in either case."""

    def convert(self, name: str, value: str) -> str:
        return value.upper()


class Filters(ParametersSerializer):
    """A list's filters: each one given narrows the queryset by its lookup."""

    lookups: dict[str, str] = {}  # parameter -> ORM lookup
    many: frozenset[str] = frozenset()  # parameters over many-valued relations: rows made distinct

    @classmethod
    def apply(cls, request, qs):
        values = cls.read(request)
        given = [name for name in cls.lookups if values[name] is not None]
        for name in given:
            qs = qs.filter(**{cls.lookups[name]: values[name]})
        return qs.distinct() if cls.many.intersection(given) else qs


class ArticleFilters(Filters):
    parameters = {
        "lang": replace(LANGUAGE, help_text="Article language."),
        "meeting": Parameter("Meeting slug, e.g. amem-38."),
        "series": Parameter("Series slug, e.g. amem."),
        "person": Parameter("Person slug."),
        "organization": Parameter("Organisation slug."),
        "source": Parameter("Source name, exactly as shown (e.g. 'Báo Tin Tức (TTXVN)')."),
        "year": replace(YEAR, help_text="Year of publication."),
        "from": DATE_FROM,
        "to": DATE_TO,
    }
    lookups = {
        "lang": "language",
        "meeting": "meetings__slug",
        "series": "meetings__series__slug",
        "person": "people__slug",
        "organization": "organizations__slug",
        "source": "source_name",
        "year": "published__year",
        "from": "published__date__gte",
        "to": "published__date__lte",
    }
    many = frozenset({"meeting", "series", "person", "organization"})


class MeetingFilters(Filters):
    parameters = {
        "series": Parameter("Series slug, e.g. amem."),
        "year": replace(YEAR, help_text="Year the meeting started."),
        "country": CountryCode("Host country (ISO 3166 alpha-2, e.g. VN)."),
        # Not `format`: DRF reserves that name for the response format (?format=json).
        "meeting_format": Choice("In person, online or hybrid.", choices=dict(MeetingFormat.choices)),
        "person": Parameter("Only meetings this person (slug) took part in."),
    }
    lookups = {
        "series": "series__slug",
        "year": "start_date__year",
        "country": "country",
        "meeting_format": "format",
        "person": "participations__person__slug",
    }
    many = frozenset({"person"})


class SeriesFilters(Filters):
    parameters = {"sector": Choice("Sector.", choices=dict(Sector.choices))}
    lookups = {"sector": "sector"}


class PersonFilters(Filters):
    parameters = {
        "country": CountryCode("Country (ISO 3166 alpha-2)."),
        "organization": Parameter("Organisation slug (current or last known)."),
        "meeting": Parameter("Only people who took part in this meeting (slug)."),
    }
    lookups = {"country": "country", "organization": "organization__slug", "meeting": "participations__meeting__slug"}
    many = frozenset({"meeting"})


class OrganizationFilters(Filters):
    parameters = {
        "country": CountryCode("Country (ISO 3166 alpha-2)."),
        "parent": Parameter("Parent organisation slug (the ministry of a department)."),
    }
    lookups = {"country": "country", "parent": "parent__slug"}


# --- /api/search/ answers -----------------------------------------------------------------


@extend_schema_field({"type": "string", "format": "uri"})
class PageUrlField(serializers.Field):
    """The object's page for people, absolute."""

    def __init__(self, source: str = "*", **kwargs):
        super().__init__(source=source, read_only=True, **kwargs)

    def to_representation(self, obj) -> str:
        return page_url(obj, self.context)


@extend_schema_field({"type": "string", "nullable": True})
class CountryCodeField(serializers.Field):
    """ISO 3166 alpha-2, or null when unknown."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, country) -> str | None:
        return country.code or None


# Formats as SearchHitSerializer's declared `published` field does (an unbound field: no
# binding per call).
_DATETIME = serializers.DateTimeField()


class SearchHitSerializer(serializers.Serializer):
    title = serializers.CharField(source="article.title")
    url = PageUrlField(source="article")
    source_url = serializers.CharField(source="article.source_url")
    language = serializers.CharField(source="article.language")
    published = serializers.DateTimeField(source="article.published", allow_null=True)
    snippet = serializers.CharField(help_text="HTML with <mark> around matches.")
    meetings = serializers.SerializerMethodField()

    def get_meetings(self, hit) -> list[str]:
        return [m.short_name for m in hit.article.meetings.all()]

    def to_representation(self, hit) -> dict:
        """What the declared fields give (they still make the schema), built directly:
        DRF's field-by-field path cost about 0.1 ms a hit, 1–2 ms a page of results."""
        article = hit.article
        published = article.published
        return {
            "title": str(article.title),
            "url": page_url(article, self.context),
            "source_url": str(article.source_url),
            "language": str(article.language),
            "published": None if published is None else _DATETIME.to_representation(published),
            "snippet": str(hit.snippet),
            "meetings": self.get_meetings(hit),
        }


class MeetingSummarySerializer(serializers.Serializer):
    short_name = serializers.CharField()
    names = serializers.SerializerMethodField()
    url = PageUrlField()
    series = serializers.CharField(source="series.acronym", allow_null=True)
    number = serializers.IntegerField(allow_null=True)
    start_date = serializers.DateField(allow_null=True)
    end_date = serializers.DateField(allow_null=True)
    country = CountryCodeField()
    city = serializers.CharField()
    format = serializers.CharField()

    @extend_schema_field(NamesSerializer)
    def get_names(self, obj: Meeting) -> dict:
        return obj.long_names


class PersonMeetingSerializer(serializers.Serializer):
    meeting = serializers.CharField(source="meeting.short_name")
    url = PageUrlField(source="meeting")
    role = serializers.CharField()
    position = serializers.CharField()


class PersonSummarySerializer(serializers.Serializer):
    name = serializers.CharField()
    url = PageUrlField()
    position = serializers.CharField()
    organization = serializers.CharField(source="organization.name", allow_null=True)
    country = CountryCodeField()
    meetings = serializers.SerializerMethodField(help_text="The latest 20 meetings, with roles.")

    @extend_schema_field(PersonMeetingSerializer(many=True))
    def get_meetings(self, person: Person) -> list[dict]:
        # Newest first, undated meetings last (PostgreSQL would put them first unless told).
        latest = F("meeting__start_date").desc(nulls_last=True)
        participations = person.participations.select_related("meeting").order_by(latest)[:20]
        return PersonMeetingSerializer(participations, many=True, context=self.context).data


class ExpansionSerializer(serializers.Serializer):
    concept = serializers.CharField(help_text="The concept's key.")
    name = serializers.CharField(help_text="Its English name.")
    matched = serializers.CharField(help_text="The query's words that named it (folded).")
    forms = serializers.ListField(child=serializers.CharField())


class NameSpellingSerializer(serializers.Serializer):
    name = serializers.CharField()
    count = serializers.IntegerField(help_text="Articles among the matches that write it so.")


class NameSpellingsSerializer(serializers.Serializer):
    shown = serializers.CharField(help_text="The form the results hold: the most written.")
    others = NameSpellingSerializer(many=True)


class SearchResultsSerializer(serializers.Serializer):
    """A page of search results (a `SearchOutcome`)."""

    count = serializers.IntegerField()
    page = serializers.IntegerField(source="params.page")
    page_size = serializers.IntegerField(source="params.page_size")
    results = SearchHitSerializer(many=True, source="hits")
    facets = serializers.DictField(
        child=serializers.DictField(child=serializers.IntegerField()),
        help_text="Counts per language, year, series (slug) and source.",
    )
    meeting = MeetingSummarySerializer(
        allow_null=True, help_text="The meeting the query names (the 'best bet'), if any."
    )
    relaxed = serializers.BooleanField(help_text="No article had every word; these have some.")
    person = PersonSummarySerializer(
        allow_null=True,
        help_text="The person the query names (a 'best bet'): their page, position and meetings with roles.",
    )
    expansions = ExpansionSerializer(
        many=True,
        help_text="Glossary concepts the query named, and the other forms (other languages, variants) searched "
        "with them; their matches rank below matches of the words as typed. Repeat with expand=0 to search only "
        "the words as typed.",
    )
    corrected_query = serializers.CharField(
        allow_null=True,
        help_text="The query searched instead of the typed one, when a typing slip was mended. "
        "Repeat with correct=0 to search exactly what was typed.",
    )
    name_spellings = NameSpellingsSerializer(
        allow_null=True,
        help_text="A name typed without diacritics that the archive writes in several ways (several "
        "people): the results hold `shown`; search one of `others` (typed as written) for that person.",
    )
