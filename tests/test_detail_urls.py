"""Detail pages' URLs made around the slug (archive/models/base.py) are Django's reverse()."""

from __future__ import annotations

import pytest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation

from archive.models.base import detail_url

URL_NAMES = ["article-detail", "meeting-detail", "series-detail", "person-detail", "organization-detail"]
SLUGS = ["amem-38", "hoi-nghi-bo-truong-nang-luong-asean", "x", "a_b-9", "ASOEN-33"]


@pytest.mark.parametrize("url_name", URL_NAMES)
@pytest.mark.parametrize("language", ["en", "vi", "th"])
@pytest.mark.parametrize("script_prefix", ["/", "/archive/"])
def test_the_same_url_as_reverse_in_every_language_and_under_a_script_prefix(url_name, language, script_prefix):
    set_script_prefix(script_prefix)
    try:
        with translation.override(language):
            for slug in SLUGS:
                expected = reverse(f"archive:{url_name}", kwargs={"slug": slug})
                assert detail_url(url_name, slug) == expected
            if language != "en":
                assert f"/{language}/" in detail_url(url_name, "x")
    finally:
        set_script_prefix("/")


@pytest.mark.parametrize("slug", ["có-dấu", "", "a/b", "a b"])
def test_a_slug_the_page_cannot_take_fails_as_reverse_fails(slug):
    with pytest.raises(NoReverseMatch):
        reverse("archive:article-detail", kwargs={"slug": slug})
    with pytest.raises(NoReverseMatch):
        detail_url("article-detail", slug)
