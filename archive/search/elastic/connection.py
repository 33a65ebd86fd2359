"""SEARCH_URL for the Elasticsearch/OpenSearch engine, read without Django (settings.py calls it).

    elasticsearch://[user:password@]host:9200/index     plain HTTP
    elasticsearchs://[user:password@]host:9200/index    HTTPS (certificates verified)

Query parameters: `ca=/path/ca.pem` (a private CA bundle), `replicas=N` (replica
shards of each new index; 0 suits a single node), `timeout=S` (seconds per request).
The index name is an alias: rebuilds create `<index>-<timestamp>` and move it.
"""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlparse

ENGINE = "archive.search.elastic.backend.ElasticEngine"
SCHEMES = {"elasticsearch": "http", "elasticsearchs": "https", "http": "http", "https": "https"}
DEFAULT_INDEX = "archive"


def connection_options(url: str) -> dict:
    """The haystack connection dict for an elasticsearch:// URL."""
    parsed = urlparse(url)
    if parsed.scheme not in SCHEMES:
        raise ValueError(f"not an Elasticsearch URL: {url!r}")
    if not parsed.hostname:
        raise ValueError(f"no host in {url!r}")
    params = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
    port = f":{parsed.port}" if parsed.port else ""
    options = {
        "ENGINE": ENGINE,
        "URL": f"{SCHEMES[parsed.scheme]}://{parsed.hostname}{port}",
        "INDEX_NAME": parsed.path.strip("/") or DEFAULT_INDEX,
        "TIMEOUT": float(params.get("timeout", 10)),
        "REPLICAS": int(params.get("replicas", 0)),
        "VERIFY": params.get("ca") or True,
        "BATCH_SIZE": 1000,
        "INCLUDE_SPELLING": False,
    }
    if parsed.username:
        options["HTTP_AUTH"] = (unquote(parsed.username), unquote(parsed.password or ""))
    if "/" in options["INDEX_NAME"]:
        raise ValueError(f"the index name in {url!r} must be a single path segment")
    return options
