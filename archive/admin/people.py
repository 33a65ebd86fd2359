"""The people and organisations admin, and the participation inline meetings share."""

from __future__ import annotations

from django.contrib import admin
from django.db import models

from archive.models import Organization, Participation, Person


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 1
    autocomplete_fields = ["person", "organization"]
    fields = ["person", "role", "position", "organization", "delegation"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "position", "organization", "country"]
    list_filter = ["country"]
    search_fields = ["name", "alternate_names", "position"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["organization"]
    inlines = [ParticipationInline]


@admin.register(Organization)
class OrganizationAdmin(admin.ModelAdmin):
    list_display = ["name", "acronym", "country", "parent"]
    list_filter = ["country"]
    search_fields = ["name", "name_vi", "name_th", "acronym", "alternate_names"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
