"""The database fallback for counters, used when no Redis is configured (or it is down)."""

from __future__ import annotations

from django.db import models


class Counter(models.Model):
    """Hits of one key in one fixed window; the key already names the window.

    Incremented by one atomic upsert (``INSERT … ON CONFLICT DO UPDATE``), so any
    number of processes on SQLite or PostgreSQL count every hit exactly once.
    """

    key = models.CharField(max_length=200, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
