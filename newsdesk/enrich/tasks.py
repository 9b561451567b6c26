"""Background work for enrichment, run by ``newsdesk worker`` (Huey).

Periodic tasks run on every consumer; an item's cluster membership and its
placement are OneToOne rows, so two workers at once handle each item once.
"""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from newsdesk.enrich import clusters, placement


@db_periodic_task(crontab(minute="*"))
def cluster_new_wire_items() -> int:
    """Group newly received wire items by event, so the desk sees one story with its sources."""
    return clusters.cluster_pending()


@db_periodic_task(crontab(minute="*"))
def place_new_wire_items() -> int:
    """Store new (and updated) wire items' sector, editions and place label, so the inbox filters by them."""
    return placement.place_pending()
