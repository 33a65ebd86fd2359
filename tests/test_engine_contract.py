"""The search-engine contract (archive/search/engine.py), checked on a temporary index.

Every engine the archive can use must pass these: the service and the index queue
rely on nothing else. Whoosh always runs; the Elasticsearch/OpenSearch engine runs
too when ELASTICSEARCH_URL names a live cluster (elasticsearch://host:9200, or
elasticsearchs:// for HTTPS), on a temporary index deleted afterwards. No cluster
can be installed on the development machines, so there it is not collected.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid

import pytest
from django.utils import timezone
from haystack import connections

from archive.analysis.keywords import keyword_token
from archive.models import Article
from archive.search.documents import index_fields
from archive.search.engine import get_engine
from archive.search.query import QueryTerm, SearchRequest
from tests.factories import make_article

pytestmark = pytest.mark.django_db

ENGINES = {"whoosh": "archive.search.whoosh.backend.ArchiveWhooshEngine"}
if os.environ.get("ELASTICSEARCH_URL"):
    ENGINES["elasticsearch"] = "archive.search.elastic.backend.ElasticEngine"


def _connection(name: str, tmp_path_factory) -> dict:
    if name == "elasticsearch":
        from archive.search.elastic.connection import connection_options

        options = connection_options(os.environ["ELASTICSEARCH_URL"])
        return {**options, "INDEX_NAME": f"archive-contract-{uuid.uuid4().hex[:12]}"}
    return {"ENGINE": ENGINES[name], "PATH": str(tmp_path_factory.mktemp("ix"))}


@pytest.fixture(params=sorted(ENGINES), scope="class")
def engine(request, tmp_path_factory, django_db_setup, django_db_blocker):
    """A fresh, empty index of this engine for the test class, holding the class's articles."""
    from django.conf import settings

    saved = settings.HAYSTACK_CONNECTIONS
    settings.HAYSTACK_CONNECTIONS = {"default": {**saved["default"], **_connection(request.param, tmp_path_factory)}}
    connections.reload("default")
    try:
        with django_db_blocker.unblock():
            made = {key: make_article(**fields) for key, fields in ARTICLES.items()}
            engine = get_engine()
            engine.index_articles(Article.objects.for_index().filter(pk__in=[a.pk for a in made.values()]))
            yield engine, made
            Article.objects.filter(pk__in=[a.pk for a in made.values()]).delete()
            if request.param == "elasticsearch":
                engine.delete_index()  # the temporary index and its alias
    finally:
        settings.HAYSTACK_CONNECTIONS = saved
        connections.reload("default")


ARTICLES = {
    "phrase": {
        "title": "Năng lượng tái tạo ở miền Trung",
        "body": "Dự án năng lượng tái tạo mới.",
        "published": timezone.make_aware(dt.datetime(2020, 1, 1)),
    },
    "apart": {
        "title": "Tin tổng hợp",
        "body": "Nâng chất lượng đào tạo; tái cơ cấu năng suất.",
        "published": timezone.make_aware(dt.datetime(2021, 1, 1)),
    },
    "thai": {
        "title": "พลังงานทดแทนในชนบท",
        "body": "ชาวบ้านผลิตไฟฟ้าจากแกลบ",
        "language": "th",
        "keywords": "พลังงานหมุนเวียน",
        "published": timezone.make_aware(dt.datetime(2019, 6, 1)),
    },
}


def words(*folded: str) -> list[QueryTerm]:
    return [QueryTerm(w) for w in folded]


@pytest.mark.usefixtures("engine")
class TestEngineContract:
    def ids(self, engine, made, **request) -> list[str]:
        by_id = {a.pk: key for key, a in made.items()}
        return [by_id[i] for i in engine.run(SearchRequest(**request)).ids]

    def test_every_word_must_match_and_the_phrase_ranks_first(self, engine):
        engine, made = engine
        request = {"terms": words("nang", "luong", "tai", "tao"), "bigrams": ["nang_luong", "luong_tai", "tai_tao"]}
        assert self.ids(engine, made, **request) == ["phrase", "apart"]
        assert self.ids(engine, made, terms=words("nang", "xyzzy")) == []

    def test_filters_and_totals(self, engine):
        engine, made = engine
        result = engine.run(SearchRequest(terms=words("nang"), language="vi", date_from=dt.date(2020, 6, 1)))
        assert result.total == 1 and [made["apart"].pk] == result.ids
        assert result.facets["language"] == {"vi": 1}

    def test_an_empty_query_lists_newest_first(self, engine):
        engine, made = engine
        assert self.ids(engine, made) == ["apart", "phrase", "thai"]

    def test_a_keyword_matches_articles_tagged_with_it(self, engine):
        engine, made = engine
        request = {"terms": words("พลังงานหมุนเวียน"), "keyword": keyword_token("พลังงานหมุนเวียน")}
        assert self.ids(engine, made, **request) == ["thai"]

    def test_vocabulary_questions(self, engine):
        engine, made = engine
        assert engine.knows("tao") and not engine.knows("xyzzy")
        # An estimate: Whoosh counts replaced documents until their segments merge.
        assert engine.document_frequency("text", "nang") >= 2
        assert engine.document_frequency("text", "xyzzy") == 0
        assert engine.documents_with_all("text", ["nang", "tai"]) == 2
        assert engine.phrase_documents(["nang", "luong", "tai", "tao"]) == 1
        assert engine.check() == 3

    def test_similar_articles_share_distinctive_words(self, engine):
        engine, made = engine
        phrase, thai = index_fields(made["phrase"])["text"], index_fields(made["thai"])["text"]
        # 'apart' shares nang, luong, tai, tao; the Thai article shares nothing.
        assert engine.similar(made["phrase"].pk, phrase, limit=5) == [made["apart"].pk]
        assert engine.similar(made["phrase"].pk, phrase, limit=5, language="vi") == [made["apart"].pk]
        assert engine.similar(made["phrase"].pk, phrase, limit=5, language="th") == []
        assert engine.similar(made["thai"].pk, thai, limit=5) == []  # words only it holds match nothing
        assert engine.similar(made["phrase"].pk, "", limit=5) == []

    def test_documents_are_the_index_fields(self, engine):
        """What an engine indexes is made by documents.py alone, from stored analysis."""
        engine, made = engine
        fields = index_fields(made["thai"])
        assert fields["tags"] == "พลังงานหมุนเวียน"
        assert "tai_tao" in index_fields(made["phrase"])["bigrams"].split()

    def test_optimize_keeps_every_document(self, engine):
        engine, made = engine
        engine.index_articles(Article.objects.for_index().filter(pk=made["phrase"].pk))  # one more segment
        before, after = engine.optimize()
        assert after <= before and after == 1
        assert sorted(self.ids(engine, made)) == ["apart", "phrase", "thai"]

    def test_removed_articles_are_gone(self, engine):
        engine, made = engine
        engine.remove_articles([made["apart"].pk])
        assert self.ids(engine, made, terms=words("nang")) == ["phrase"]
        engine.index_articles(Article.objects.for_index().filter(pk=made["apart"].pk))
        assert sorted(self.ids(engine, made, terms=words("nang"))) == ["apart", "phrase"]
