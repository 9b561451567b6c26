"""Background work for enrichment, run by ``newsdesk worker`` (Huey).

Periodic tasks run on every consumer; an item's cluster membership is a
OneToOne row, so two workers clustering at once assign each item once.
"""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from newsdesk.enrich import clusters


@db_periodic_task(crontab(minute="*"))
def cluster_new_wire_items() -> int:
    """Group newly received wire items by event, so the desk sees one story with its sources."""
    return clusters.cluster_pending()
