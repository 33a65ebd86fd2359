"""The OpenAPI schema: drf-spectacular's, plus the plain-Django `/api/search/` endpoint
(it is not a DRF view, so it is described here by hand, following archive/search/api.py)."""

from __future__ import annotations

from drf_spectacular.generators import SchemaGenerator

SEARCH_PARAMETERS = [
    ("q", "string", "Any text, in Vietnamese, Thai or English; meeting names like 'AMEM 38' are recognised."),
    ("page", "integer", "Page number, from 1."),
    ("page_size", "integer", "Results per page (1–100, default 20)."),
    ("lang", "string", "Only articles in this language: vi, th or en."),
    ("meeting", "string", "Only articles about this meeting (slug)."),
    ("series", "string", "Only articles about meetings of this series (slug)."),
    ("from", "string", "Published on or after (YYYY-MM-DD)."),
    ("to", "string", "Published on or before (YYYY-MM-DD)."),
    ("sort", "string", "relevance (default), newest or oldest."),
]

SEARCH_RESPONSE = {
    "type": "object",
    "required": ["count", "page", "page_size", "results", "facets", "meeting", "relaxed"],
    "properties": {
        "count": {"type": "integer"},
        "page": {"type": "integer"},
        "page_size": {"type": "integer"},
        "relaxed": {"type": "boolean", "description": "No article had every word; these have some."},
        "results": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "title": {"type": "string"},
                    "url": {"type": "string", "format": "uri"},
                    "source_url": {"type": "string"},
                    "language": {"type": "string"},
                    "published": {"type": "string", "format": "date-time", "nullable": True},
                    "snippet": {"type": "string", "description": "HTML with <mark> around matches."},
                    "meetings": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "facets": {
            "type": "object",
            "description": "Counts per language, year, series (slug) and source.",
            "additionalProperties": {"type": "object", "additionalProperties": {"type": "integer"}},
        },
        "meeting": {
            "type": "object",
            "nullable": True,
            "description": "The meeting the query names (the 'best bet'), if any.",
            "additionalProperties": True,
        },
    },
}


class ArchiveSchemaGenerator(SchemaGenerator):
    def get_schema(self, request=None, public=False):
        schema = super().get_schema(request=request, public=public)
        schema["paths"]["/api/search/"] = {
            "get": {
                "operationId": "search",
                "summary": "Full-text search across the archive",
                "description": 'The same search as the site\'s search page. Bad parameters get HTTP 400 with {"error": …}.',
                "tags": ["search"],
                "parameters": [
                    {"name": name, "in": "query", "required": False, "description": desc, "schema": {"type": typ}}
                    for name, typ, desc in SEARCH_PARAMETERS
                ],
                "responses": {
                    "200": {"description": "Results", "content": {"application/json": {"schema": SEARCH_RESPONSE}}},
                    "400": {
                        "description": "A parameter could not be used",
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"error": {"type": "string"}}}
                            }
                        },
                    },
                },
            }
        }
        return schema
