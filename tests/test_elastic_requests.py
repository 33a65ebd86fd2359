"""The Elasticsearch/OpenSearch engine's mapping and request bodies (archive/search/elastic).

No cluster runs here and none is faked: these call the pure functions that build what
the engine would send, for requests the query service makes, and check them against
the ranking plan (archive/search/plan.py). Run against a live cluster with
ELASTICSEARCH_URL (tests/test_engine_contract.py) and `manage.py search_check`.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from haystack import connections

from archive.models import Article
from archive.search.documents import index_fields
from archive.search.elastic import backend, mapping, query
from archive.search.elastic.connection import connection_options
from archive.search.engine import SIMILAR_TERMS, subject_terms
from archive.search.lexicon import get_lexicon
from archive.search.plan import build_plan, ranking_splits, ranking_tiers
from archive.search.query import Alternative, QueryTerm, SearchRequest
from archive.search.service import SearchParams, build_request
from archive.search.whoosh.backend import ArchiveWhooshEngine
from archive.settings import search_connection
from tests.factories import make_article


def fields():
    return connections["default"].get_unified_index().all_searchfields()


def body_for(request: SearchRequest, counts=None) -> dict:
    return query.search_body(request, build_plan(request), counts)


def walk(node):
    """Every dict inside a body, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def leaves(body, kind: str) -> list[tuple[str, object]]:
    """(field, value) of every `term`/`match_phrase`/`range` clause in a body."""
    return [
        (f, v if not isinstance(v, dict) or "value" not in v else v["value"])
        for d in walk(body)
        if kind in d
        for f, v in d[kind].items()
    ]


def functions(body: dict) -> list[dict]:
    return body["query"]["function_score"]["functions"]


VI_PHRASE = SearchRequest(
    terms=[QueryTerm("nang", "năng"), QueryTerm("luong", "lượng"), QueryTerm("tai"), QueryTerm("tao")],
    bigrams=["nang_luong", "luong_tai", "tai_tao"],
    bigrams_exact=["năng_lượng"],
    compounds=["năng_lượng"],
    prefer_series=["amem"],
)


# --- the URL and the mapping ---------------------------------------------------------------


def test_search_url_selects_the_engine_and_whoosh_urls_are_unchanged():
    options = search_connection("elasticsearch://search.internal:9200/archive")
    assert options["ENGINE"] == "archive.search.elastic.backend.ElasticEngine"
    assert (options["URL"], options["INDEX_NAME"], options["REPLICAS"]) == ("http://search.internal:9200", "archive", 0)
    secure = connection_options("elasticsearchs://app:s%3Acret@os.example:443/news?replicas=1&ca=/etc/ca.pem&timeout=3")
    assert secure["URL"] == "https://os.example:443" and secure["HTTP_AUTH"] == ("app", "s:cret")
    assert (secure["REPLICAS"], secure["VERIFY"], secure["TIMEOUT"]) == (1, "/etc/ca.pem", 3.0)
    assert search_connection("whoosh:///srv/ix") == {
        "ENGINE": "archive.search.whoosh.backend.ArchiveWhooshEngine",
        "PATH": "/srv/ix",
        "BATCH_SIZE": 5000,
        "INCLUDE_SPELLING": False,
    }
    with pytest.raises(ValueError):
        connection_options("elasticsearch:///archive")


def test_the_mapping_indexes_every_haystack_field_with_a_whitespace_tokenizer():
    body = mapping.index_body(fields(), replicas=1)
    settings, props = body["settings"], body["mappings"]["properties"]
    assert settings["analysis"]["tokenizer"]["archive_whitespace"]["type"] == "whitespace"
    assert settings["analysis"]["analyzer"]["archive_whitespace"] == {
        "type": "custom",
        "tokenizer": "archive_whitespace",
    }
    assert settings["similarity"]["saturated"] == {"type": "BM25", "k1": 1.2, "b": 0.0}
    assert (settings["number_of_shards"], settings["number_of_replicas"]) == (1, 1)
    assert body["mappings"]["dynamic"] == "strict"
    assert set(props) == {f.index_fieldname for f in fields().values()} | {"id", "django_ct", "django_id"}
    for name in ("text", "title", "title_f"):  # analysed: phrases need positions
        assert props[name] == {
            "type": "text",
            "analyzer": "archive_whitespace",
            "similarity": "saturated",
            "index_options": "positions",
            "norms": False,
        }
    for name in ("bigrams", "bigrams_x", "exact", "words", "meetings", "tags", "series"):  # tokens: tf, no positions
        assert props[name]["analyzer"] == "archive_whitespace" and props[name]["index_options"] == "freqs"
    assert props["series"]["fielddata"] is True and "fielddata" not in props["meetings"]
    for name in ("language", "source", "year", "dated", "django_id"):
        assert props[name] == {"type": "keyword"}
    assert props["published"] == {"type": "date"}
    bulk = mapping.index_settings(replicas=2, bulk=True)
    assert (bulk["refresh_interval"], bulk["number_of_replicas"]) == ("-1", 0)


# --- request bodies ---------------------------------------------------------------------------


def test_every_field_a_body_names_is_in_the_mapping():
    props = mapping.mappings(fields())["properties"]
    for request in (
        VI_PHRASE,
        SearchRequest(meeting_tokens=["meeting:amem-38"], language="vi", date_from=dt.date(2020, 1, 1)),
    ):
        body = body_for(request)
        named = {f for kind in ("term", "match_phrase", "range") for f, _ in leaves(body, kind)}
        named |= {a["terms"]["field"] for a in body["aggs"].values() if "terms" in a}
        assert named <= set(props)


@pytest.mark.django_db
def test_a_meeting_name_becomes_a_required_meeting_token():
    understood = build_request(SearchParams(q="AMEM 38"), get_lexicon(), ArchiveWhooshEngine("default").get_backend())
    request = understood.request
    assert request.meeting_tokens, "the lexicon reads AMEM 38 as a meeting"
    body = body_for(request)
    # A meeting and nothing else: its articles, newest first (as the Whoosh engine lists them).
    assert body["query"] == {"bool": {"filter": [{"term": {"meetings": t}} for t in request.meeting_tokens]}}
    assert body["sort"][0] == {"published": {"order": "desc", "missing": "_last"}}
    # With words too, the meeting stays required and scores as a signal.
    request.terms = [QueryTerm("asean")]
    scored = body_for(request)["query"]["function_score"]["query"]["bool"]
    for token in request.meeting_tokens:
        assert {"term": {"meetings": token}} in scored["filter"]
        assert {"term": {"meetings": {"value": token, "boost": 6.0}}} in scored["should"]


def test_a_vietnamese_phrase_ranks_by_buckets_then_signal_scores():
    plan = build_plan(VI_PHRASE)
    body = body_for(VI_PHRASE)
    scored = body["query"]["function_score"]
    assert (scored["score_mode"], scored["boost_mode"]) == ("first", "sum")
    assert scored["query"]["bool"]["filter"] == [
        {"bool": {"filter": [{"term": {"text": w}} for w in ("nang", "luong", "tai", "tao")]}}
    ]
    signals = [d["term"] for d in scored["query"]["bool"]["should"]]
    assert {"bigrams_x": {"value": "năng_lượng", "boost": 1.5}} in signals
    assert {"words": {"value": "năng_lượng", "boost": 1.0}} in signals
    # Buckets: each tier split into (as typed & core), (as typed), (core), (rest).
    buckets = functions(body)
    assert len(buckets) == len(ranking_tiers(plan)) * 2 ** len(ranking_splits(plan))
    first = buckets[0]["filter"]["bool"]["filter"]
    assert {"match_phrase": {"title_f": "nang luong tai tao"}} in first and {"term": {"series": "amem"}} in first
    pairs = [
        b["filter"]
        for b in buckets
        if {"term": {"bigrams": "tai_tao"}} in b["filter"].get("bool", {}).get("filter", [])
    ]
    assert pairs, "the pairs tier"
    # Bonuses fall strictly, each step above the highest score the signals can give.
    weights = [f["weight"] for f in buckets]
    gap = query.bucket_gap(plan)
    assert all(a - b == gap for a, b in zip(weights, weights[1:], strict=False)) and weights[-1] == gap
    assert gap > query.IDF_CEILING * sum(s.boost for s in plan.signals)
    assert buckets[-1]["filter"] == {"match_all": {}}
    assert body["sort"][:2] == ["_score", {"published": {"order": "desc", "missing": "_last"}}]


def test_a_name_must_stand_together_or_be_the_title_phrase():
    request = SearchRequest(
        terms=[QueryTerm("tran", "trần"), QueryTerm("hong", "hồng"), QueryTerm("ha", "hà")],
        bigrams=["tran_hong", "hong_ha"],
        required_bigrams=["tran_hong", "hong_ha"],
        required_bigrams_exact=["trần_hồng", "hồng_hà"],
    )
    words, together = body_for(request)["query"]["function_score"]["query"]["bool"]["filter"][0]["bool"]["filter"]
    assert words["bool"]["filter"] == [{"term": {"text": w}} for w in ("tran", "hong", "ha")]
    pairs, title = together["bool"]["should"]
    assert pairs["bool"]["filter"] == [
        {"term": {"bigrams": "tran_hong"}},
        {"term": {"bigrams": "hong_ha"}},
        {"term": {"bigrams_x": "trần_hồng"}},
        {"term": {"bigrams_x": "hồng_hà"}},
    ]
    assert title == {"match_phrase": {"title": "trần hồng hà"}}  # the marks as typed


def test_articles_tagged_with_the_query_match_and_rank_first():
    request = SearchRequest(terms=[QueryTerm("พลังงานหมุนเวียน")], keyword="พลังงานหมุนเวียน")
    body = body_for(request)
    main = body["query"]["function_score"]["query"]["bool"]["filter"][0]
    assert main == {
        "bool": {
            "should": [{"term": {"text": "พลังงานหมุนเวียน"}}, {"term": {"tags": "พลังงานหมุนเวียน"}}],
            "minimum_should_match": 1,
        }
    }
    first, second = (f["filter"] for f in functions(body)[:2])
    assert first == {"bool": {"filter": [{"term": {"tags": "พลังงานหมุนเวียน"}}, {"term": {"title_f": "พลังงานหมุนเวียน"}}]}}
    assert second == {"term": {"tags": "พลังงานหมุนเวียน"}}


def test_alternatives_match_and_rank_last_and_are_counted():
    request = SearchRequest(
        terms=[QueryTerm("dien"), QueryTerm("gio")],
        bigrams=["dien_gio"],
        alternatives=[Alternative("wind power", ("wind", "power"), ("wind_power",))],
    )
    body = body_for(request)
    main = {"bool": {"filter": [{"term": {"text": "dien"}}, {"term": {"text": "gio"}}]}}
    alternative = {
        "bool": {
            "filter": [{"term": {"text": "wind"}}, {"term": {"text": "power"}}, {"term": {"bigrams": "wind_power"}}]
        }
    }
    everything = body["query"]["function_score"]["query"]["bool"]["filter"][0]
    assert everything == {"bool": {"should": [main, alternative], "minimum_should_match": 1}}
    buckets = [f["filter"] for f in functions(body)]
    assert all(main in b["bool"]["filter"] or b == main for b in buckets[:-1])  # as typed: every tier but the last
    assert buckets[-1] == {"match_all": {}}
    assert body["aggs"]["via_alternatives"] == {"filter": {"bool": {"must_not": [main]}}}
    assert {"term": {"bigrams": {"value": "wind_power", "boost": 0.8}}} in body["query"]["function_score"]["query"][
        "bool"
    ]["should"]


def test_filters_dates_facets_and_pages():
    request = SearchRequest(
        terms=[QueryTerm("asean")],
        language="vi",
        series="amem",
        date_from=dt.date(2020, 1, 1),
        date_to=dt.date(2020, 12, 31),
        page=3,
        page_size=10,
    )
    body = body_for(request)
    filters = body["query"]["function_score"]["query"]["bool"]["filter"]
    assert filters[:3] == [
        {"term": {"language": "vi"}},
        {"term": {"series": "amem"}},
        {"range": {"published": {"gte": "2020-01-01T00:00:00", "lte": "2020-12-31T23:59:59.999999"}}},
    ]
    assert (body["from"], body["size"], body["track_total_hits"]) == (20, 10, True)
    assert {name: agg["terms"]["field"] for name, agg in body["aggs"].items()} == {f: f for f in query.FACET_FIELDS}
    assert "aggs" not in body_for(SearchRequest(terms=[QueryTerm("asean")], facets=False))
    answer = {
        "language": {"buckets": [{"key": "vi", "doc_count": 3}]},
        "year": {"buckets": [{"key": "2020", "doc_count": 3}]},
    }
    assert query.parse_facets(answer) == {"language": {"vi": 3}, "year": {"2020": 3}}


def test_newest_and_oldest_sort_by_date_without_scoring():
    newest = body_for(SearchRequest(terms=[QueryTerm("asean")], sort="newest"))
    assert newest["query"] == {"bool": {"filter": [{"term": {"text": "asean"}}]}}
    assert newest["sort"][0] == {"published": {"order": "desc", "missing": "_last"}}
    assert body_for(SearchRequest(sort="oldest"))["sort"][0] == {"published": {"order": "asc", "missing": "_last"}}
    assert body_for(SearchRequest())["query"] == {"match_all": {}}


def test_relaxed_matching_needs_a_share_of_the_units_and_the_rarest():
    request = SearchRequest(
        terms=[QueryTerm("bong"), QueryTerm("da"), QueryTerm("asean"), QueryTerm("xyzzy")],
        min_match=0.6,
        units=[("bong", "da"), ("asean",), ("xyzzy",)],
    )
    plan = build_plan(request)
    assert query.unit_count_bodies(plan)[0] == {"query": {"bool": {"filter": [{"term": {"bigrams": "bong_da"}}]}}}
    relaxed = body_for(request, counts=[40, 900, 0])["query"]["function_score"]["query"]["bool"]["filter"][0]["bool"]
    assert relaxed["filter"] == [{"term": {"bigrams": "bong_da"}}]  # the rarest unit the archive holds
    assert relaxed["minimum_should_match"] == 2 and len(relaxed["should"]) == 3
    assert body_for(request, counts=[0, 0, 0])["query"]["function_score"]["query"]["bool"]["filter"][0] == {
        "match_none": {}
    }
    with pytest.raises(ValueError):
        body_for(request)


@pytest.mark.django_db
def test_similar_articles_are_a_more_like_this_over_the_articles_terms():
    article = make_article(
        title="Nhà máy nhiệt điện Duyên Hải",
        body="Nhiệt điện Duyên Hải xả tro xỉ. Năm 2016 nhiệt điện Duyên Hải.",
        language="vi",
    )
    text = index_fields(article)["text"]
    terms = subject_terms(text)
    assert terms["bigrams"]["nhiet_dien"] == 3 and "2016" not in terms["text"]
    body = query.similar_body(f"archive.article.{article.pk}", terms, 6, "vi")
    must, filters, must_not = (body["query"]["bool"][k] for k in ("must", "filter", "must_not"))
    mlt = must[0]["more_like_this"]
    assert mlt["fields"] == ["bigrams", "text"]
    like = mlt["like"][0]["doc"]
    assert like["text"].split().count("duyen") == 3 and like["bigrams"].split().count("duyen_hai") == 3
    assert set(like["text"].split()) == set(terms["text"])  # the words, each as often as in the article
    # As in the Whoosh engine: the most distinctive terms, none only this article holds, any one matches.
    assert (mlt["max_query_terms"], mlt["min_doc_freq"], mlt["min_term_freq"], mlt["minimum_should_match"]) == (
        SIMILAR_TERMS,
        2,
        1,
        1,
    )
    assert filters == [{"term": {"language": "vi"}}]
    assert must_not == [{"ids": {"values": [f"archive.article.{article.pk}"]}}]  # never the article itself
    assert body["sort"] == ["_score", {"published": {"order": "desc", "missing": "_last"}}, {"django_id": "asc"}]
    assert (body["size"], body["_source"]) == (6, ["django_id"])
    props = mapping.mappings(fields())["properties"]
    assert set(mlt["fields"]) <= set(props)
    assert query.similar_body("archive.article.1", terms, 6)["query"]["bool"]["filter"] == []  # any language
    assert query.similar_body("archive.article.1", subject_terms("2016 a"), 6)["query"] == {"match_none": {}}


# --- writing: bulk bodies and the alias -----------------------------------------------------------


def test_the_alias_moves_in_one_atomic_call():
    assert backend.alias_actions("archive", ["archive-1", "archive-2"], "archive-3") == {
        "actions": [
            {"remove": {"index": "archive-1", "alias": "archive"}},
            {"remove": {"index": "archive-2", "alias": "archive"}},
            {"add": {"index": "archive-3", "alias": "archive"}},
        ]
    }
    assert backend.alias_actions("archive", [], "archive-1") == {
        "actions": [{"add": {"index": "archive-1", "alias": "archive"}}]
    }
    stamp = dt.datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=dt.UTC)
    assert backend.new_index_name("archive", stamp) == "archive-20240506070809123456"


@pytest.mark.django_db
def test_bulk_ndjson_from_a_real_article():
    published = dt.datetime(2021, 3, 4, 5, 6, tzinfo=dt.UTC)
    article = make_article(title="Điện gió ngoài khơi", body="Dự án điện gió mới.", published=published)
    index = connections["default"].get_unified_index().get_index(Article)
    doc = index.full_prepare(Article.objects.for_index().get(pk=article.pk))
    lines = backend.bulk_body("archive-1", [doc], deletes=["archive.article.99"]).splitlines()
    assert json.loads(lines[0]) == {"index": {"_index": "archive-1", "_id": f"archive.article.{article.pk}"}}
    source = json.loads(lines[1])
    assert source["django_id"] == str(article.pk) and source["published"] == "2021-03-04T05:06:00+00:00"
    assert "dien_gio" in source["bigrams"].split() and "điện" in source["title"].split()
    assert set(source) <= set(mapping.mappings(fields())["properties"]) and None not in source.values()
    assert json.loads(lines[2]) == {"delete": {"_index": "archive-1", "_id": "archive.article.99"}}
    assert backend.bulk_body("archive-1") == ""
    undated = backend.to_source({"id": "archive.article.1", "published": None, "boost": 1.0})
    assert undated == {"id": "archive.article.1"}


def test_optimize_force_merges_to_the_segments_asked_for(monkeypatch):
    engine = backend.ElasticBackend("default", URL="http://cluster:9200", INDEX_NAME="archive")
    sent = []
    segments = iter([12, 3])

    def call(method, path, body=None, params=None, missing_ok=False):
        sent.append((method, path, params))
        return {"_all": {"primaries": {"segments": {"count": next(segments)}}}} if "_stats" in path else {}

    monkeypatch.setattr(engine, "_call", call)
    assert engine.optimize(3) == (12, 3)
    assert ("POST", "archive/_forcemerge", {"max_num_segments": 3}) in sent
    assert [s[1] for s in sent] == [
        "archive/_stats/segments",
        "archive/_forcemerge",
        "archive/_refresh",
        "archive/_stats/segments",
    ]
