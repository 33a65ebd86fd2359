"""Search bookkeeping: the index queue and what readers searched for."""

from __future__ import annotations

from django.db import models

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


class SearchQueryStat(models.Model):
    """How often readers ran a query and how many results it found. No personal data."""

    query = models.CharField(max_length=200, help_text="The normalised query text.")
    language = models.CharField(max_length=2, choices=Language.choices)
    searches = models.PositiveIntegerField(default=0)
    zero_result_searches = models.PositiveIntegerField(default=0)
    last_result_count = models.PositiveIntegerField(default=0)
    first_seen = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["query", "language"], name="unique_query_stat")]
        indexes = [models.Index(fields=["language", "last_result_count"])]
        ordering = ["-searches"]
        verbose_name = "search query statistic"

    def __str__(self) -> str:
        return f"{self.query} ({self.language}): {self.searches}×, {self.last_result_count} results"
