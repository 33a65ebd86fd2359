"""The pages' filter forms, over the parameter definitions the search and the API share
(archive/search/forms.py)."""

from __future__ import annotations

from archive.search.forms import LANGUAGE, MONTH, YEAR, Parameter, ParametersForm

BROWSE_PARAMETERS: dict[str, Parameter] = {
    "year": YEAR,
    "month": MONTH,
    "lang": LANGUAGE,
    "source": Parameter("Source name, exactly as shown."),
    "series": Parameter("Series slug."),
}


class BrowseForm(ParametersForm):
    """The article list's filters. A value that cannot be used is left out (and named in `errors`)."""

    def parameters(self) -> dict[str, Parameter]:
        return BROWSE_PARAMETERS

    def values(self) -> dict:
        """Every filter's value: None for those not given or not usable."""
        self.is_valid()
        return {name: self.cleaned_data.get(name) for name in self.fields}
