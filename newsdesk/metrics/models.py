from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from django.db import connection, models

from newsdesk.newsroom.models import Article

# Rows per multi-row upsert: well under SQLite's and PostgreSQL's bound-parameter limits.
UPSERT_CHUNK = 500


class ArticleViewHour(models.Model):
    """Page views of one article in one clock hour (UTC): the source of Trending.

    Hourly buckets keep the table small (one row per article-hour, not per view)
    while letting Trending use any recent window.
    """

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="view_hours")
    hour = models.DateTimeField(help_text="Start of the hour, UTC.")
    views = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["article", "hour"], name="view_hour_unique")]
        indexes = [models.Index(fields=["hour"], name="view_hour_hour")]

    def __str__(self) -> str:
        return f"{self.article_id} @ {self.hour:%Y-%m-%d %H}:00 = {self.views}"

    @classmethod
    def add_views(cls, rows: Sequence[tuple[int, dt.datetime, int]]) -> None:
        """Add (article id, hour, views) to the buckets, creating missing ones, in one statement per chunk.

        Raw SQL because the ORM's upsert (``bulk_create(update_conflicts=True)``)
        can only overwrite a column, not add to it. ``INSERT … ON CONFLICT DO UPDATE``
        reads the same on SQLite (3.24+) and PostgreSQL, and is atomic per row, so
        two writers adding to one bucket never lose an increment.
        """
        table = connection.ops.quote_name(cls._meta.db_table)
        for start in range(0, len(rows), UPSERT_CHUNK):
            chunk = rows[start : start + UPSERT_CHUNK]
            params: list[Any] = []
            for article_id, hour, views in chunk:
                params += [article_id, connection.ops.adapt_datetimefield_value(hour), views]
            values = ", ".join(["(%s, %s, %s)"] * len(chunk))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"INSERT INTO {table} (article_id, hour, views) VALUES {values} "  # noqa: S608 (no user input)
                    f"ON CONFLICT (article_id, hour) DO UPDATE SET views = {table}.views + excluded.views",
                    params,
                )


class AppliedFlush(models.Model):
    """A batch of beacon counts already added to the buckets, keyed by its claim.

    Written in the same transaction as the buckets, so a flush that died after
    committing but before deleting its claim is not applied twice on restart.
    """

    key = models.CharField(max_length=200, unique=True)
    views = models.PositiveIntegerField(default=0)
    applied_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
