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
    (
        "expand",
        "integer",
        "1 (default): also search glossary concepts' forms in other languages; 0: only the words as typed.",
    ),
    (
        "correct",
        "integer",
        "1 (default): mend a typing slip the archive has never seen; 0: search exactly what was typed.",
    ),
]

SEARCH_RESPONSE = {
    "type": "object",
    "required": [
        "count",
        "page",
        "page_size",
        "results",
        "facets",
        "meeting",
        "relaxed",
        "person",
        "expansions",
        "corrected_query",
    ],
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
        "person": {
            "type": "object",
            "nullable": True,
            "description": "The person the query names (a 'best bet'): their page, position and meetings with roles.",
            "properties": {
                "name": {"type": "string"},
                "url": {"type": "string", "format": "uri"},
                "position": {"type": "string"},
                "organization": {"type": "string", "nullable": True},
                "country": {"type": "string", "nullable": True},
                "meetings": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "meeting": {"type": "string"},
                            "url": {"type": "string", "format": "uri"},
                            "role": {"type": "string"},
                            "position": {"type": "string"},
                        },
                    },
                },
            },
        },
        "expansions": {
            "type": "array",
            "description": "Glossary concepts the query named, and the other forms (other languages, variants) "
            "searched with them; their matches rank below matches of the words as typed. Repeat with expand=0 "
            "to search only the words as typed.",
            "items": {
                "type": "object",
                "properties": {
                    "concept": {"type": "string", "description": "The concept's key."},
                    "name": {"type": "string", "description": "Its English name."},
                    "matched": {"type": "string", "description": "The query's words that named it (folded)."},
                    "forms": {"type": "array", "items": {"type": "string"}},
                },
            },
        },
        "corrected_query": {
            "type": "string",
            "nullable": True,
            "description": "The query searched instead of the typed one, when a typing slip was mended. "
            "Repeat with correct=0 to search exactly what was typed.",
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
