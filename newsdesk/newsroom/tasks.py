"""Background work for the desk, run by ``newsdesk worker`` (Huey).

Periodic tasks run on every consumer; each article or item is claimed by a
conditional UPDATE or a unique row, so running them everywhere is safe.
"""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from newsdesk.newsroom import services


@db_periodic_task(crontab(minute="*"))
def publish_scheduled_articles() -> int:
    return services.publish_due()


@db_periodic_task(crontab(minute="*"))
def apply_desk_policies() -> int:
    return services.apply_desk_policies()
