"""Background work, run by ``newsdesk worker`` (Huey).

Periodic tasks run on every consumer, on every machine; each unit of work is
claimed with a conditional UPDATE, so running them everywhere is safe.
"""

from __future__ import annotations

import logging

from django.utils import timezone
from huey import crontab
from huey.contrib.djhuey import db_periodic_task, db_task

from newsdesk.wires import services
from newsdesk.wires.models import Source

logger = logging.getLogger(__name__)


@db_periodic_task(crontab(minute="*"))
def poll_due_sources() -> int:
    """Claim every due source and queue its poll, so several workers share the polling."""
    claimed = services.claim_due_sources()
    for source in claimed:
        poll_one_source(source.pk)
    return len(claimed)


@db_task()
def poll_one_source(source_id: int) -> None:
    source = Source.objects.filter(pk=source_id, enabled=True).first()
    if source is None:
        return
    try:
        report = services.poll_source(source)
    except Exception as exc:
        # A bug on one source's data must not crash-loop the worker: push the
        # source back (with backoff) and carry on with the others.
        logger.exception("polling source %s failed", source.pk)
        source.record_failure(timezone.now(), f"internal error: {type(exc).__name__}: {exc}")
        return
    logger.info("polled %s: %s", source.name, report.to_json())


@db_periodic_task(crontab(minute="*"))
def release_embargoes() -> int:
    return services.release_due_embargoes()


@db_periodic_task(crontab(hour="3", minute="17"))
def prune_fetch_logs() -> int:
    return services.prune_fetch_logs()


@db_periodic_task(crontab(hour="3", minute="23"))
def prune_ingest_records() -> dict[str, int]:
    return services.prune_ingest_records()
