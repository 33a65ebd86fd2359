"""The Elasticsearch 7 / OpenSearch engine (selected by SEARCH_URL=elasticsearch://...).

connection.py reads the URL (no Django imports: settings.py uses it), mapping.py
makes the index settings and mapping, query.py turns the ranking plan
(archive/search/plan.py) into request bodies, backend.py speaks HTTP to the cluster.
"""
