"""Search bookkeeping: the index queue and what readers searched for."""

from __future__ import annotations

from django.db import connections, models, router
from django.utils import timezone

from archive.models.base import Language


class IndexTask(models.Model):
    """A pending change to the search index, written in the same transaction as the change.

    One writer drains these (see archive.search.queue), so several web workers and
    importers can save at once without dropping index updates.
    """

    article_id = models.BigIntegerField(db_index=True)
    queued = models.DateTimeField(auto_now_add=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"index article {self.article_id}"


class SearchQueryStatManager(models.Manager):
    def count_search(self, query: str, language: str, count: int) -> None:
        """One more search of `query`: its row made or updated in one statement.

        An update, then a get-or-create when nothing was updated, took four statements
        and a savepoint (0.8 ms) for every query nobody asked before, on every search.
        Both SQLite (3.24+) and PostgreSQL take this `INSERT … ON CONFLICT DO UPDATE`.
        """
        model = self.model
        db = router.db_for_write(model)
        connection = connections[db]
        quote = connection.ops.quote_name
        table = quote(model._meta.db_table)
        column = {f.name: quote(f.column) for f in model._meta.concrete_fields}
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        zero = int(count == 0)
        names = ["query", "language", "searches", "zero_result_searches", "last_result_count"]
        names += ["first_seen", "last_seen"]
        sql = (
            f"INSERT INTO {table} ({', '.join(column[n] for n in names)}) VALUES ({', '.join(['%s'] * len(names))}) "
            f"ON CONFLICT ({column['query']}, {column['language']}) DO UPDATE SET "
            f"{column['searches']} = {table}.{column['searches']} + 1, "
            f"{column['zero_result_searches']} = {table}.{column['zero_result_searches']} + %s, "
            f"{column['last_result_count']} = %s, {column['last_seen']} = %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [query, language, 1, zero, count, now, now, zero, count, now])


class SearchQueryStat(models.Model):
    """How often readers ran a query and how many results it found. No personal data."""

    query = models.CharField(max_length=200, help_text="The normalised query text.")
    language = models.CharField(max_length=2, choices=Language.choices)
    searches = models.PositiveIntegerField(default=0)
    zero_result_searches = models.PositiveIntegerField(default=0)
    last_result_count = models.PositiveIntegerField(default=0)
    first_seen = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(auto_now=True)

    objects = SearchQueryStatManager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "language"], name="unique_query_stat")]
        indexes = [models.Index(fields=["language", "last_result_count"])]
        ordering = ["-searches"]
        verbose_name = "search query statistic"

    def __str__(self) -> str:
        return f"{self.query} ({self.language}): {self.searches}×, {self.last_result_count} results"
