"""Background work of the metrics app, run by ``newsdesk worker`` (Huey)."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from newsdesk.metrics import retention
from newsdesk.metrics.flush import flush_views


@db_periodic_task(crontab(minute="*"))
def flush_beacon_views() -> int:
    """Every minute: beacon counts into the hourly buckets, then Trending refreshed."""
    return flush_views()


@db_periodic_task(crontab(hour="3", minute="53"))
def prune_view_hours() -> int:
    return retention.prune_view_hours()
