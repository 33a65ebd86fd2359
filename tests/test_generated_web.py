"""Generated tests (hypothesis) on the read side: every API operation in the OpenAPI schema,
and the HTML search, list and feed pages, with random parameters (control characters, NUL,
invalid UTF-8, huge and negative numbers, odd dates, unknown slugs).

Properties: no response is a 5xx; every 4xx from the API has a JSON body. The budget is
fixed (examples per operation), a few tens of seconds in all, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.api.schema import ArchiveSchemaGenerator

pytestmark = pytest.mark.django_db

BUDGET = settings(
    max_examples=20,
    deadline=None,
    database=None,  # no example database in the repository
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

hostile_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F),  # Thai
        st.characters(min_codepoint=0x1EA0, max_codepoint=0x1EF9),  # Vietnamese
        st.sampled_from("\x00\x01\x07\x1b\x7f\r\n\t\u200b\u202e\ufeff %&?=#/\\'\"<>"),
    ),
    max_size=40,
)
numbers = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.sampled_from([0, -1, 1, 1899, 1900, 2020, 9999, 10**6, 2**31, 2**63, -(2**63)]),
).map(str)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31", "2020-02-30", "2020-13-01", "20-1-1", "2020-11-17T25:00", "-1"]),
)
real_slugs = st.sampled_from(["amem-38", "some-38", "amem", "asoen", "hoang-tien-dung", "vi", "th", "en"])
# Raw pieces a URL can carry that str values cannot: invalid UTF-8, lone percent signs.
raw_pieces = st.sampled_from(["%00", "%ff", "%ED%A0%80", "%C0%80", "%", "%zz", "%E0%B8", "+", "%2B", "%0A"])


def value_for(schema: dict):
    kind = schema.get("type")
    choices = [hostile_text, numbers, dates, real_slugs]
    if schema.get("enum"):
        choices.append(st.sampled_from(schema["enum"]))
    if kind == "integer":
        choices += [numbers, numbers]
    if schema.get("format") == "date":
        choices += [dates, dates]
    return st.one_of(*choices)


def operations() -> list[tuple[str, list[dict]]]:
    schema = ArchiveSchemaGenerator().get_schema(request=None, public=True)
    ops = []
    for path, methods in sorted(schema["paths"].items()):
        if "get" in methods:
            ops.append((path, methods["get"].get("parameters", [])))
    return ops


OPERATIONS = operations()


def test_every_api_endpoint_is_covered():
    paths = {path for path, _ in OPERATIONS}
    assert {"/api/search/", "/api/articles/", "/api/articles/{slug}/", "/api/meetings/", "/api/people/{slug}/"} <= paths
    assert len(paths) >= 11


@st.composite
def request_for(draw, path: str, parameters: list[dict]) -> str:
    url = path
    for p in parameters:
        if p["in"] == "path":
            value = draw(st.one_of(real_slugs, hostile_text.filter(bool)))
            url = url.replace("{" + p["name"] + "}", quote(value, safe=""))
    pairs = []
    for p in parameters:
        if p["in"] == "query" and draw(st.booleans()):
            pairs.append((p["name"], draw(value_for(p.get("schema", {})))))
    if draw(st.booleans()):
        pairs.append((draw(hostile_text), draw(hostile_text)))  # an unknown parameter
    query = urlencode(pairs)
    if draw(st.integers(0, 3)) == 0:
        query += ("&" if query else "") + draw(st.sampled_from([p["name"] for p in parameters] or ["x"])) + "="
        query += draw(raw_pieces)
    return url + ("?" + query if query else "")


def check(client, url: str, api: bool) -> None:
    response = client.get(url)
    assert response.status_code < 500, (url, response.status_code, response.content[:300])
    if api and response.status_code >= 400:
        assert response["Content-Type"].startswith("application/json"), (url, response.status_code)
        assert isinstance(json.loads(response.content), dict), url


@pytest.mark.parametrize("path, parameters", OPERATIONS, ids=[path for path, _ in OPERATIONS])
def test_api_operation_never_fails(client, path, parameters):
    @BUDGET
    @given(url=request_for(path, parameters))
    def run(url):
        check(client, url, api=True)

    run()


PAGE_PARAMETERS = [
    {"name": name, "in": "query", "schema": schema}
    for name, schema in [
        ("q", {}),
        ("page", {"type": "integer"}),
        ("page_size", {"type": "integer"}),
        ("lang", {"enum": ["vi", "th", "en"]}),
        ("meeting", {}),
        ("series", {}),
        ("source", {}),
        ("from", {"format": "date"}),
        ("to", {"format": "date"}),
        ("year", {"type": "integer"}),
        ("month", {"type": "integer"}),
        ("sort", {"enum": ["relevance", "newest", "oldest"]}),
        ("decade", {"type": "integer"}),
    ]
]
PAGES = [
    "/search/",
    "/th/search/",
    "/articles/",
    "/vi/articles/",
    "/meetings/",
    "/people/",
    "/organisations/",
    "/timeline/",
    "/series/amem/",
    "/feeds/search.rss",
    "/feeds/search.atom",
    "/feeds/latest.rss",
    "/feeds/meetings/{slug}.atom",
    "/articles/{slug}/",
    "/meetings/{slug}/",
]


@pytest.mark.parametrize("path", PAGES)
def test_html_and_feed_pages_never_fail(client, path):
    parameters = PAGE_PARAMETERS + ([{"name": "slug", "in": "path"}] if "{slug}" in path else [])

    @BUDGET
    @given(url=request_for(path, parameters))
    def run(url):
        check(client, url, api=False)

    run()
