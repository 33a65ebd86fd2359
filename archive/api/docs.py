"""A server-rendered API reference built from the OpenAPI schema (no CDN JavaScript needed)."""

from __future__ import annotations

from django.shortcuts import render
from django.views.decorators.http import require_GET

from archive.api.schema import ArchiveSchemaGenerator


@require_GET
def api_docs(request):
    schema = ArchiveSchemaGenerator().get_schema(request=None, public=True)
    operations = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            operations.append(
                {
                    "path": path,
                    "method": method.upper(),
                    "summary": op.get("summary") or op.get("operationId", ""),
                    "description": op.get("description", ""),
                    "parameters": [p for p in op.get("parameters", []) if p.get("in") in ("query", "path")],
                    "example": path.replace("{slug}", "…") if "{" in path else path,
                }
            )
    operations.sort(key=lambda op: (op["path"] != "/api/search/", op["path"]))
    return render(request, "archive/api_docs.html", {"schema": schema, "operations": operations})
