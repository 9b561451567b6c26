"""Each stored wire item's sector, editions, countries and place label, kept for the desk inbox.

Only the cheap parts of enrichment run here (``services.place_item``: the
gazetteer and the sector from subject codes or the classifier, a few
milliseconds an item); people and organisations (spaCy, ~150 ms an item) stay
on demand. The OneToOne ``ItemPlacement`` is the arbiter between workers: an
item another worker placed first is skipped, and a newer version of an item
(its ``updated_at`` after the placement's ``computed_at``) is placed again.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from newsdesk.enrich.models import ItemPlacement
from newsdesk.enrich.services import parsed_view, place_item
from newsdesk.taxonomy.models import Edition, Sector
from newsdesk.wires.models import WireItem


def place(item: WireItem) -> bool:
    """Store (or refresh) ``item``'s placement; False when it was already current or another worker stored it."""
    result, sector = place_item(parsed_view(item))
    sector_row = Sector.objects.filter(slug=sector.slug).first()
    editions_by_slug = Edition.objects.in_bulk(result.editions, field_name="slug")
    editions = [editions_by_slug[slug] for slug in result.editions if slug in editions_by_slug]
    fields = {
        "sector": sector_row,
        "sector_evidence": sector.evidence[:300],
        "countries": result.countries,
        "place_label": result.place_label[:100],
        "place_evidence": result.evidence[:300],
        # Never before the version it was computed from, so a skewed clock cannot make it look stale forever.
        "computed_at": max(timezone.now(), item.updated_at),
    }
    try:
        with transaction.atomic():
            current = (
                ItemPlacement.objects.select_for_update().filter(wire_item_id=item.pk).only("id", "computed_at").first()
            )
            if current is None:
                placement = ItemPlacement.objects.create(wire_item_id=item.pk, **fields)
            elif current.computed_at < item.updated_at:
                ItemPlacement.objects.filter(pk=current.pk).update(**fields)
                placement = current
            else:
                return False  # another worker placed this version meanwhile
            placement.editions.set(editions)
    except IntegrityError:
        return False  # another worker created the row between our read and our insert
    return True


def place_pending(now: dt.datetime | None = None, limit: int = 500) -> int:
    """Place active items updated in the window that have no placement, or one older than their latest version.

    Returns how many this call stored. Oldest first, so workers walk the queue
    in step; running it again with nothing new changes nothing.
    """
    now = now or timezone.now()
    since = now - dt.timedelta(hours=settings.NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS)
    pending = (
        WireItem.objects.filter(status=WireItem.Status.ACTIVE, updated_at__gte=since)
        .filter(Q(placement__isnull=True) | Q(placement__computed_at__lt=F("updated_at")))
        .order_by("updated_at", "id")
    )[:limit]
    return sum(1 for item in pending if place(item))
