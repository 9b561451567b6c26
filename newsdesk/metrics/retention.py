"""Retention of the hourly view buckets: older than NEWSDESK_METRICS_VIEW_HOUR_DAYS, they go."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from newsdesk.metrics.models import ArticleViewHour


def prune_view_hours(now: dt.datetime | None = None) -> int:
    """Delete buckets past the retention period; Trending never reads that far back (see settings)."""
    cutoff = (now or timezone.now()) - dt.timedelta(days=settings.NEWSDESK_METRICS_VIEW_HOUR_DAYS)
    deleted, _ = ArticleViewHour.objects.filter(hour__lt=cutoff).delete()
    return deleted
