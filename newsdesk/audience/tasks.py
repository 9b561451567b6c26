"""Background work: mail that must not slow (or time) a reader's request, and the digest schedule."""

from __future__ import annotations

import datetime as dt

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from newsdesk.audience import services
from newsdesk.taxonomy.models import Edition, Sector


# The sign-up form's work, all of it: see the view. No retries: the per-address limits
# and the once-a-day confirmation rule are counted here, and a retry would count twice.
@db_task()
def request_subscription_task(
    email: str, frequency: str, edition_ids: list[int], sector_ids: list[int], form: str, ip: str, at: dt.datetime
) -> None:
    services.request_subscription(
        email,
        frequency=frequency,
        editions=Edition.objects.filter(pk__in=edition_ids),
        sectors=Sector.objects.filter(pk__in=sector_ids),
        form=form,
        ip=ip,
        now=at,
    )


@db_task()
def notify_desk_task(feedback_id: int) -> None:
    services.notify_desk(feedback_id)


# Huey's crontab runs in UTC and knows no other zone, so the task ticks every
# quarter hour (every zone's offset is a multiple of 15 minutes) and
# send_due_digests decides in the site's zone, through daylight-saving changes.
# Ticks after an edition finished cost one query; ticks after a missed or
# crashed one finish it.
@db_periodic_task(crontab(minute="*/15"))
def send_due_digests_task() -> None:
    services.send_due_digests()


@db_periodic_task(crontab(hour="3", minute="41"))
def prune_digest_deliveries() -> int:
    return services.prune_digest_deliveries()
