"""haystack indexes: they map stored fields to index fields and do no NLP themselves."""

from haystack import indexes

from archive.models import Article
from archive.search.documents import index_fields
from archive.search.lexicon import get_lexicon


class AnalysedField(indexes.CharField):
    """Text already analysed into space-separated tokens (positions kept for phrases)."""

    field_type = "analysed"

    def __init__(self, phrase: bool = True, **kwargs):
        self.phrase = phrase
        kwargs.setdefault("null", True)
        super().__init__(**kwargs)


class TokensField(indexes.CharField):
    """Space-separated keywords: meeting tokens, series slugs, compound words."""

    field_type = "tokens"

    def __init__(self, **kwargs):
        kwargs.setdefault("null", True)
        super().__init__(**kwargs)


class FacetField(indexes.CharField):
    """A single exact value, stored and sortable, for filters and facet counts."""

    field_type = "facet"

    def __init__(self, **kwargs):
        kwargs.setdefault("null", True)
        super().__init__(**kwargs)


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = AnalysedField(document=True)  # folded title + body
    title = AnalysedField()
    title_f = AnalysedField()
    bigrams = TokensField()  # folded word pairs that stand together (no punctuation between)
    bigrams_x = TokensField()  # the same pairs as typed, where diacritics make them differ
    exact = TokensField()  # words with diacritics, as written
    words = TokensField()
    meetings = TokensField()
    tags = TokensField()  # the article's keywords, one token each (see analysis/keywords.py)
    series = TokensField()
    language = FacetField(model_attr="language")
    source = FacetField(model_attr="source_name")
    year = FacetField()
    dated = FacetField()  # "1"/"0": undated articles sort last both ways
    published = indexes.DateTimeField(model_attr="published", null=True)

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return Article.objects.for_index()

    def read_queryset(self, using=None):
        return Article.objects.published()

    def prepare(self, obj):
        data = super().prepare(obj)
        data.update(index_fields(obj, get_lexicon()))
        data["year"] = str(obj.published.year) if obj.published else None
        data["dated"] = "1" if obj.published else "0"
        return data

    def prepare_text(self, obj):
        return None  # filled in prepare() from the stored analysis
