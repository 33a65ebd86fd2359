"""Request parameters, defined once: what each accepts, its limits, and the message a
reader gets for a value outside them.

A `Parameter` reads one raw query-string value. Two thin adapters use the same
definitions: Django forms for the pages (`SearchForm` here, for the search page and the
search feed; `archive/web/forms.py` for the browse filters) and DRF serializers for the
API (`archive/api/serializers/`), which also give drf-spectacular each parameter's
OpenAPI schema. So the page, the feed and `/api/search/` accept the same values and
answer the same messages, and the languages, sorts and page-size limit live here only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from archive import validation
from archive.analysis.language import LANGUAGES
from archive.models import Language
from archive.search.service import SearchInputError, SearchParams

MAX_QUERY_CHARS = 2000
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 10_000
SORTS = {
    "relevance": gettext_lazy("Relevance"),
    "newest": gettext_lazy("Newest first"),
    "oldest": gettext_lazy("Oldest first"),
}
LANGUAGE_CHOICES = {code: Language(code).label for code in LANGUAGES}


# --- Parameter kinds ---------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    """A text parameter: surrounding spaces dropped, empty means `default`."""

    help_text: str = ""
    default: Any = None

    def parse(self, name: str, raw) -> Any:
        value = "" if raw is None else str(raw).strip()
        return self.convert(name, value) if value else self.default

    def convert(self, name: str, value: str) -> Any:
        return value

    def schema(self) -> dict:
        """The OpenAPI schema of the value."""
        return self._with_default({"type": "string"})

    def widget(self) -> forms.Widget:
        return forms.TextInput()

    def _with_default(self, schema: dict) -> dict:
        return schema if self.default in (None, "") else {**schema, "default": self.default}


@dataclass(frozen=True)
class Query(Parameter):
    """What a reader typed, spaces and all, cut at `max_chars`."""

    default: Any = ""
    max_chars: int = MAX_QUERY_CHARS

    def parse(self, name: str, raw) -> str:
        return ("" if raw is None else str(raw))[: self.max_chars]

    def schema(self) -> dict:
        return {"type": "string", "maxLength": self.max_chars}

    def widget(self) -> forms.Widget:
        return forms.SearchInput(attrs={"autocomplete": "off"})


@dataclass(frozen=True)
class Choice(Parameter):
    choices: dict[str, Any] | None = None  # value -> label
    blank_label: Any = None  # the form's "any" option, if there is one

    def convert(self, name: str, value: str) -> str:
        if value not in self.choices:
            raise ValidationError(
                _("“%(name)s” must be one of %(values)s.") % {"name": name, "values": ", ".join(self.choices)}
            )
        return value

    def schema(self) -> dict:
        return self._with_default({"type": "string", "enum": list(self.choices)})

    def widget(self) -> forms.Widget:
        blank = [("", self.blank_label)] if self.blank_label else []
        return forms.Select(choices=blank + list(self.choices.items()))


@dataclass(frozen=True)
class Integer(Parameter):
    low: int = 1
    high: int | Callable[[], int] = MAX_PAGE  # a callable for limits that move (next year)

    def limits(self) -> tuple[int, int]:
        return self.low, self.high() if callable(self.high) else self.high

    def convert(self, name: str, value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise ValidationError(_("“%(name)s” must be a whole number.") % {"name": name}) from None
        low, high = self.limits()
        if not low <= number <= high:
            raise ValidationError(
                _("“%(name)s” must be between %(low)d and %(high)d.") % {"name": name, "low": low, "high": high}
            )
        return number

    def schema(self) -> dict:
        low, high = self.limits()
        return self._with_default({"type": "integer", "minimum": low, "maximum": high})

    def widget(self) -> forms.Widget:
        return forms.NumberInput()


@dataclass(frozen=True)
class Date(Parameter):
    """A date (YYYY-MM-DD; a longer ISO timestamp counts by its date) in the archive's years."""

    def convert(self, name: str, value: str) -> dt.date:
        try:
            date = dt.date.fromisoformat(value[:10])
        except ValueError:
            raise ValidationError(
                _("“%(name)s” must be a date like 2020-11-17, not “%(value)s”.") % {"name": name, "value": value[:40]}
            ) from None
        if not validation.date_ok(date):
            raise ValidationError(
                _("“%(name)s” must be a date between %(low)d and %(high)d.")
                % {"name": name, "low": validation.MIN_YEAR, "high": validation.max_year()}
            )
        return date

    def schema(self) -> dict:
        return {"type": "string", "format": "date"}

    def widget(self) -> forms.Widget:
        return forms.DateInput(attrs={"type": "date"})


@dataclass(frozen=True)
class Flag(Parameter):
    """0 or 1 (also true/false, yes/no, on/off); on unless given."""

    default: Any = True

    def convert(self, name: str, value: str) -> bool:
        value = value.lower()
        if value in ("1", "true", "yes", "on"):
            return True
        if value in ("0", "false", "no", "off"):
            return False
        raise ValidationError(_("“%(name)s” must be 0 or 1.") % {"name": name})

    def schema(self) -> dict:
        return {"type": "integer", "enum": [0, 1], "default": int(self.default)}

    def widget(self) -> forms.Widget:
        return forms.HiddenInput()


# Shared definitions: each use may give its own help text with `dataclasses.replace`.
LANGUAGE = Choice(
    "Only articles in this language.", choices=LANGUAGE_CHOICES, blank_label=gettext_lazy("All languages")
)
YEAR = Integer("Year.", low=validation.MIN_YEAR, high=validation.max_year)
MONTH = Integer("Month (1–12).", low=1, high=12)
DATE_FROM = Date("Published on or after (YYYY-MM-DD).")
DATE_TO = Date("Published on or before (YYYY-MM-DD).")


def first_error(errors: dict) -> str:
    """The first message of a form's or a serializer's errors."""
    messages = next(iter(errors.values()))
    return str(messages[0])


# --- Django forms ------------------------------------------------------------------------


class ParameterField(forms.Field):
    """A form field that reads its value with a `Parameter`."""

    def __init__(self, parameter: Parameter, name: str):
        self.parameter, self.name = parameter, name
        super().__init__(required=False, widget=parameter.widget(), help_text=parameter.help_text)

    def to_python(self, value):
        return self.parameter.parse(self.name, value)


class ParametersForm(forms.Form):
    """A GET form whose fields are `parameters()`, by query-string name."""

    def __init__(self, data=None, **kwargs):
        super().__init__(data, **kwargs)
        self.fields = {name: ParameterField(p, name) for name, p in self.parameters().items()}

    def parameters(self) -> dict[str, Parameter]:
        raise NotImplementedError


# --- Search ------------------------------------------------------------------------------

SEARCH_PARAMETERS: dict[str, Parameter] = {
    "q": Query("Any text, in Vietnamese, Thai or English; meeting names like 'AMEM 38' are recognised."),
    "lang": LANGUAGE,
    "meeting": Parameter("Only articles about this meeting (slug)."),
    "series": Parameter("Only articles about meetings of this series (slug)."),
    "from": DATE_FROM,
    "to": DATE_TO,
    "sort": Choice("Order of the results.", default="relevance", choices=SORTS),
    "page": Integer("Page number, from 1.", default=1, low=1, high=MAX_PAGE),
    "page_size": Integer("Results per page.", default=DEFAULT_PAGE_SIZE, low=1, high=MAX_PAGE_SIZE),
    "expand": Flag("1: also search glossary concepts' forms in other languages; 0: only the words as typed."),
    "correct": Flag("1: mend a typing slip the archive has never seen; 0: search exactly what was typed."),
}


def search_params(values: dict) -> SearchParams:
    """The service's parameters from valid values (by query-string name)."""
    params = SearchParams(
        q=values["q"],
        page=values["page"],
        page_size=values["page_size"],
        language=values["lang"],
        meeting=values["meeting"],
        series=values["series"],
        date_from=values["from"],
        date_to=values["to"],
        sort=values["sort"],
        expand=values["expand"],
        correct=values["correct"],
    )
    if params.date_from and params.date_to and params.date_from > params.date_to:
        raise ValidationError(_("“from” must not be after “to”."))
    return params


class SearchForm(ParametersForm):
    """The search page's and the search feed's parameters."""

    def __init__(self, data=None, default_page_size: int = DEFAULT_PAGE_SIZE, **kwargs):
        self.default_page_size = default_page_size
        super().__init__(data, **kwargs)
        self.fields["q"].widget.attrs["id"] = "q"

    def parameters(self) -> dict[str, Parameter]:
        return {
            **SEARCH_PARAMETERS,
            "page_size": replace(SEARCH_PARAMETERS["page_size"], default=self.default_page_size),
        }

    def clean(self):
        values = super().clean()
        if not self.errors:
            values["params"] = search_params(values)
        return values

    def search_params(self) -> SearchParams:
        """The valid parameters; SearchInputError with the first message otherwise."""
        if not self.is_valid():
            raise SearchInputError(first_error(self.errors))
        return self.cleaned_data["params"]


def params_from_querydict(data, default_page_size: int = DEFAULT_PAGE_SIZE) -> SearchParams:
    """Read and check the search parameters of a request (raises SearchInputError)."""
    return SearchForm(data, default_page_size=default_page_size).search_params()
