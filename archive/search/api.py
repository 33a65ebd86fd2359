"""`GET /api/search/`: the JSON contract other tools rely on (see README).

Its parameters are the search page's (archive/search/forms.py, through
`SearchQuerySerializer`) and its answer is `SearchResultsSerializer`; drf-spectacular
documents both in the OpenAPI schema.
"""

from __future__ import annotations

from django.utils.translation import get_language
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from archive.api.serializers import ErrorSerializer, SearchQuerySerializer, SearchResultsSerializer
from archive.api.throttling import throttled
from archive.search import memo
from archive.search.errors import RETRY_AFTER, SearchUnavailable, index_errors_as_unavailable
from archive.search.service import SearchInputError, record_search, search


class SearchView(APIView):
    permission_classes = [AllowAny]
    authentication_classes = []
    # `throttled` (below) applies the one policy, with this endpoint's {"error": …} body.
    throttle_classes = []
    renderer_classes = [JSONRenderer]

    @extend_schema(
        operation_id="search",
        summary="Full-text search across the archive",
        description='The same search as the site\'s search page. Bad parameters get HTTP 400 with {"error": …}.',
        tags=["search"],
        parameters=[SearchQuerySerializer],
        responses={
            200: SearchResultsSerializer,
            400: OpenApiResponse(ErrorSerializer, description="A parameter could not be used."),
            503: OpenApiResponse(ErrorSerializer, description="The index is being rebuilt; see Retry-After."),
        },
    )
    def get(self, request):
        try:
            params = SearchQuerySerializer(data=request.query_params).search_params()
            with index_errors_as_unavailable():
                # A repeated search answers from the memo (archive/search/memo.py), whole: the
                # page's articles and snippets too. The links in it name this host, and the
                # labels are in the reader's language.
                key = f"api:{request.build_absolute_uri('/')}:{get_language()}:{params!r}"
                data, count = memo.remembered(key, lambda: self.answer(params, request))
        except SearchInputError as exc:
            return Response({"error": str(exc)}, status=400)
        except SearchUnavailable:
            message = _("Search is being rebuilt. Please try again in a few minutes.")
            return Response({"error": message}, status=503, headers={"Retry-After": str(RETRY_AFTER)})
        record_search(params, count)  # every search counts, answered from the memo or not
        return Response(data)

    @staticmethod
    def answer(params, request) -> tuple[dict, int]:
        outcome = search(params, record=False)
        return dict(SearchResultsSerializer(outcome, context={"request": request}).data), outcome.count


search_api = throttled(SearchView.as_view())
