"""Desk alerts: a refused copy of a story we hold is never silent.

A rejected or quarantined item whose GUID matches a stored item is most often a
kill, correction or update we could not read; the story it meant to change is
still as it was. Each raises a :class:`~newsdesk.wires.models.DeskAlert`, shown
at the top of the desk inbox and in the admin, and mailed to
``NEWSDESK_DESK_EMAIL`` (after commit) when that is set.
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
from collections.abc import Sequence
from functools import partial

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone

from newsdesk.wires.models import DeskAlert, Quarantine, WireItem

logger = logging.getLogger(__name__)


def raise_desk_alerts(rows: Sequence[Quarantine], *, agency: str = "") -> list[DeskAlert]:
    """Alerts for the quarantined ``rows`` that name a stored item; the new ones are mailed after commit.

    With ``agency`` (the source's or the operator's) the stored item must be that agency's;
    without it the parser's fallback agency is no evidence, so the GUID alone decides.
    """
    wanted = {row.guid: row for row in rows if row.guid}
    if not wanted:
        return []
    stored = WireItem.objects.filter(guid__in=list(wanted))
    if agency:
        stored = stored.filter(agency=agency)
    created: list[DeskAlert] = []
    for item in stored.only("pk", "guid"):
        row = wanted[item.guid]
        # One alert per story and reason: a feed re-served with other changes refuses the same copy again.
        fingerprint = hashlib.sha256(f"{item.pk}\x1f{row.reason}".encode("utf-8", "replace")).hexdigest()
        alert, new = DeskAlert.objects.get_or_create(
            fingerprint=fingerprint,
            defaults={"item": item, "reason": row.reason[:1000], "document": row.document[:2000]},
        )
        if new:
            created.append(alert)
    if created:
        transaction.on_commit(partial(mail_desk_alerts, [a.pk for a in created]))
    return created


def mail_desk_alerts(pks: list[int]) -> int:
    """Mail the alerts to the desk address, if one is set; returns how many were sent and marked."""
    address = settings.NEWSDESK_DESK_EMAIL
    if not address:
        return 0
    sent = 0
    for alert in DeskAlert.objects.filter(pk__in=pks, mailed_at__isnull=True).select_related("item"):
        item = alert.item
        story = item.headline or item.guid
        body = (
            f"A copy of a story we hold was refused, so the stored story may be out of date or should be killed.\n\n"
            f"Story: {story}\nAgency: {item.agency}\nIdentifier: {item.guid}\nStatus: {item.get_status_display()}\n"
            f"Reason: {alert.reason}\nDocument: {alert.document or '(unknown)'}\n"
        )
        try:
            send_mail(f"Wire alert: {story[:120]}", body, None, [address])
        except (smtplib.SMTPException, OSError):
            # The alert is on the desk and in the admin already; a mail server outage must not fail an ingest.
            logger.exception("could not mail desk alert %s", alert.pk)
            continue
        DeskAlert.objects.filter(pk=alert.pk, mailed_at__isnull=True).update(mailed_at=timezone.now())
        sent += 1
    return sent


def open_alerts(limit: int = 20) -> list[DeskAlert]:
    return list(DeskAlert.objects.filter(resolved_at__isnull=True).select_related("item")[:limit])


__all__ = ["mail_desk_alerts", "open_alerts", "raise_desk_alerts"]
