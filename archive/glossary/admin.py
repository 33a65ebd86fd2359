"""Editors extend the glossary here; search picks changes up within seconds (see lexicon.py)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from archive.glossary.models import Concept


@admin.register(Concept)
class ConceptAdmin(admin.ModelAdmin):
    list_display = ("name_en", "name_vi", "name_th", "category", "updated")
    list_filter = ("category",)
    search_fields = ("slug", "name_en", "name_vi", "name_th", "variants_en", "variants_vi", "variants_th")
    prepopulated_fields = {"slug": ("name_en",)}
    fieldsets = (
        (None, {"fields": ("name_en", "slug", "category")}),
        (_("Names and variants"), {"fields": (("name_vi", "variants_vi"), ("name_th", "variants_th"), "variants_en")}),
    )
