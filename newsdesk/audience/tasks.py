"""Background work: mail that must not slow (or time) a reader's request, and the digest schedule."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from newsdesk.audience import services


# No retries: a retried send could be a second copy. A confirmation that
# failed frees the day's allowance, so the reader can simply ask again.
@db_task()
def send_confirmation_task(subscriber_id: int) -> None:
    services.send_confirmation(subscriber_id)


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
