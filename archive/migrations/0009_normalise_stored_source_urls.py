"""Stored source addresses in today's normal form (see archive.ingest.clean.normalise_source_url):
rows written before it were kept as typed, so a re-import of the same page made a second article."""

from django.db import migrations


def forwards(apps, schema_editor):
    from archive.ingest.clean import renormalise_stored_urls

    renormalise_stored_urls(apps.get_model("archive", "Article"))


class Migration(migrations.Migration):
    dependencies = [("archive", "0008_undated_meetings_last")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
