"""Request parameters defined once (archive/search/forms.py): the search page's form, the
feed, `/api/search/`'s serializer and its OpenAPI schema, the browse filters and the API's
list filters all read them the same way."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import QueryDict

from archive.analysis import LANGUAGES
from archive.api.schema import ArchiveSchemaGenerator
from archive.api.serializers import SearchQuerySerializer
from archive.search.forms import MAX_PAGE_SIZE, SORTS, SearchForm, params_from_querydict
from archive.search.service import SearchInputError, SearchParams
from archive.web.queries import BrowseFilters

CASES = [
    "",
    "q=AMEM+38&lang=vi&sort=newest&page=2&page_size=50",
    "q=++spaces+kept++&meeting=+amem-38+&series=amem&from=2020-01-01&to=2020-12-31T10:00",
    "expand=0&correct=false",
    "expand=YES&correct=1&page_size=",
]
BAD = [
    ("page_size=101", "page_size"),
    ("page=0", "page"),
    ("page=two", "whole number"),
    ("lang=fr", "vi, th, en"),
    ("sort=random", "relevance, newest, oldest"),
    ("from=17/11/2020", "2020-11-17"),
    ("to=9999-12-31", "1900"),
    ("expand=maybe", "expand"),
    ("from=2021-01-01&to=2020-01-01", "after"),
]


def from_serializer(query: str) -> SearchParams:
    return SearchQuerySerializer(data=QueryDict(query)).search_params()


def from_form(query: str) -> SearchParams:
    return SearchForm(QueryDict(query)).search_params()


@pytest.mark.parametrize("query", CASES)
def test_form_and_serializer_give_the_same_params(query):
    assert from_form(query) == from_serializer(query)


def test_values_are_read_as_before():
    params = from_form(CASES[2])
    assert params.q == "  spaces kept  " and params.meeting == "amem-38" and params.series == "amem"
    assert params.date_from == dt.date(2020, 1, 1) and params.date_to == dt.date(2020, 12, 31)
    assert from_form("") == SearchParams()
    flags = from_form(CASES[3])
    assert flags.expand is False and flags.correct is False
    assert params_from_querydict(QueryDict(""), default_page_size=30).page_size == 30


@pytest.mark.parametrize("query, words", BAD)
def test_form_and_serializer_refuse_with_the_same_message(query, words):
    with pytest.raises(SearchInputError) as form_error:
        from_form(query)
    with pytest.raises(SearchInputError) as api_error:
        from_serializer(query)
    assert str(form_error.value) == str(api_error.value)
    assert words in str(form_error.value)


@pytest.mark.django_db
def test_search_page_renders_the_choices_it_accepts(client):
    html = client.get("/search/", {"q": "AMEM", "lang": "th", "sort": "oldest"}).content.decode()
    for code in LANGUAGES:
        assert f'<option value="{code}"' in html
    for sort in SORTS:
        assert f'<option value="{sort}"' in html
    assert '<option value="th" selected>' in html and '<option value="oldest" selected>' in html
    # The refused value stays in the form, with the message.
    response = client.get("/search/", {"q": "AMEM", "from": "yesterday"})
    assert response.status_code == 400 and 'value="yesterday"' in response.content.decode()


def test_schema_comes_from_the_same_definitions():
    schema = ArchiveSchemaGenerator().get_schema(request=None, public=True)
    params = {p["name"]: p["schema"] for p in schema["paths"]["/api/search/"]["get"]["parameters"]}
    assert set(params) == {
        "q",
        "lang",
        "meeting",
        "series",
        "from",
        "to",
        "sort",
        "page",
        "page_size",
        "expand",
        "correct",
    }
    assert params["lang"]["enum"] == list(LANGUAGES)
    assert params["sort"]["enum"] == list(SORTS)
    assert params["page_size"]["maximum"] == MAX_PAGE_SIZE
    assert params["from"]["format"] == "date"
    articles = {p["name"]: p["schema"] for p in schema["paths"]["/api/articles/"]["get"]["parameters"]}
    assert articles["lang"]["enum"] == list(LANGUAGES) and articles["year"]["minimum"] == 1900


def test_browse_filters_ignore_what_they_cannot_use():
    filters = BrowseFilters.from_querydict(QueryDict("year=1899&month=13&lang=fr&source=+VnExpress+&series="))
    assert (filters.year, filters.month, filters.language, filters.series) == (None, None, None, None)
    assert filters.source == "VnExpress"
    assert sorted(filters.errors) == ["lang", "month", "year"]
    filters = BrowseFilters.from_querydict(QueryDict("year=2020&month=11&lang=vi"))
    assert (filters.year, filters.month, filters.language, filters.errors) == (2020, 11, "vi", [])


@pytest.mark.django_db
def test_api_list_filters_name_the_bad_parameter(client):
    body = client.get("/api/articles/", {"year": "x", "lang": "fr"}).json()
    assert set(body) == {"year", "lang"} and "whole number" in body["year"][0]
    body = client.get("/api/series/", {"sector": "space"}).json()
    assert "energy" in body["sector"][0]
    assert client.get("/api/meetings/", {"meeting_format": "online", "country": "vn"}).status_code == 200
