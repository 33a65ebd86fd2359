"""Indexes for the article lists' order (newest first, undated last, then newest created),
overall and per language: without them every list page, the related articles of an article
without meetings and the feeds sorted the whole table (70 ms at 37k articles on SQLite).

Written per database: PostgreSQL needs the index in the order's own NULLS LAST to use it,
which SQLite cannot declare (and does not need: it sorts NULLs first, so DESC puts them
last). Django's model state does not know them: on SQLite a later migration that rebuilds
the table drops them, and tests/test_query_plans.py (the `EXPLAIN` of the list queries on
both databases) then fails, which is the reminder to create them again.
"""

from django.db import migrations

INDEXES = {
    "archive_article_newest": "status, published DESC{nulls}, created DESC",
    "archive_article_lang_newest": "language, status, published DESC{nulls}, created DESC",
}


def create(apps, schema_editor):
    nulls = " NULLS LAST" if schema_editor.connection.vendor == "postgresql" else ""
    for name, columns in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON archive_article ({columns.format(nulls=nulls)})")


def drop(apps, schema_editor):
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("archive", "0009_normalise_stored_source_urls")]

    operations = [migrations.RunPython(create, drop)]
