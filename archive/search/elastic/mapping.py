"""The index settings and mapping, from the haystack fields of archive/search_indexes.py.

The documents arrive analysed by `archive.analysis` (tokens joined by spaces), so
every text field uses a whitespace tokenizer and nothing else: no lowercasing, no
stemming, the same tokens Whoosh indexes.

Scoring is BM25 with b=0 (`saturated`): idf · tf/(tf + k1), saturated term
frequency without length normalisation, the same shape as the Whoosh engine's
SaturatedTfIdf. Chosen over a scripted similarity copying Whoosh's formula exactly
because it is built in (fast, and allowed on managed clusters that forbid scripts):
Lucene's idf, ln(1 + (N − df + 0.5)/(df + 0.5)), and Whoosh's, ln(N/(df + 1)) + 1,
both fall with df, and Lucene drops the constant (k1 + 1), so rankings agree
except where two documents' scores were already nearly equal.
"""

from __future__ import annotations

from haystack.constants import DJANGO_CT, DJANGO_ID, ID

from archive.search.whoosh.ranking import SaturatedTfIdf

ANALYZER = "archive_whitespace"
SIMILARITY = "saturated"
# Fields whose tokens are counted as facets (a `terms` aggregation over a text field
# needs fielddata; series holds a few slugs per article, so it stays small).
TOKEN_FACETS = frozenset({"series"})


def index_settings(replicas: int = 0, bulk: bool = False) -> dict:
    return {
        # One shard: the archive is tens of thousands of articles, and one shard keeps
        # idf exact (no per-shard statistics) and force-merges to one segment.
        "number_of_shards": 1,
        "number_of_replicas": 0 if bulk else replicas,
        # A bulk load refreshes once at the end; replicas are added after it.
        "refresh_interval": "-1" if bulk else "1s",
        "analysis": {
            "tokenizer": {ANALYZER: {"type": "whitespace", "max_token_length": 1024}},
            "analyzer": {ANALYZER: {"type": "custom", "tokenizer": ANALYZER}},
        },
        "similarity": {SIMILARITY: {"type": "BM25", "k1": SaturatedTfIdf.K1, "b": 0.0}},
    }


def _text(positions: bool) -> dict:
    return {
        "type": "text",
        "analyzer": ANALYZER,
        "similarity": SIMILARITY,
        # Term frequencies always (they score); positions only where phrases are asked.
        "index_options": "positions" if positions else "freqs",
        "norms": False,  # no length normalisation: nothing to store
    }


def field_mapping(field) -> dict:
    """One haystack SearchField as an Elasticsearch field."""
    kind = field.field_type
    if kind == "analysed":
        return _text(positions=getattr(field, "phrase", True))
    if kind == "tokens":
        mapping = _text(positions=False)
        if field.index_fieldname in TOKEN_FACETS:
            mapping["fielddata"] = True
        return mapping
    if kind == "facet":
        return {"type": "keyword"}
    if kind in ("date", "datetime"):
        return {"type": "date"}
    if kind == "integer":
        return {"type": "long"}
    return _text(positions=True)


def mappings(fields: dict) -> dict:
    """The mapping for haystack's `all_searchfields()`; strict, so a field added to the
    haystack index without a mapping fails loudly instead of being guessed."""
    properties = {name: {"type": "keyword"} for name in (ID, DJANGO_CT, DJANGO_ID)}
    for field in fields.values():
        properties[field.index_fieldname] = field_mapping(field)
    return {"dynamic": "strict", "properties": properties}


def index_body(fields: dict, replicas: int = 0, bulk: bool = False) -> dict:
    """The body of `PUT /<index>`."""
    return {"settings": index_settings(replicas, bulk), "mappings": mappings(fields)}
