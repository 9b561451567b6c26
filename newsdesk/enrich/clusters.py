"""Story clusters: stored wire items grouped by event; ``matching`` says how items are compared."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from newsdesk.enrich.matching import MATCH_THRESHOLD, signature, similarity
from newsdesk.enrich.models import ClusterMembership, RunLease, StoryCluster
from newsdesk.enrich.summarise import clean_headline
from newsdesk.lib.sanitize import plain_text
from newsdesk.wires.models import WireItem

CLUSTERING_LEASE = "clustering"
# Longer than any run of `limit` items takes; a crashed worker's lease lapses after it.
CLUSTERING_LEASE_DURATION = dt.timedelta(minutes=5)


def happened_at(item: WireItem) -> dt.datetime:
    return item.first_created or item.version_created or item.received_at


def best_match(
    terms: Mapping[str, float], when: dt.datetime, *, exclude_item_id: int | None = None
) -> tuple[ClusterMembership, float] | None:
    """The stored member closest to ``terms`` within the window, if it reaches the threshold."""
    window = dt.timedelta(hours=settings.NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS)
    candidates = ClusterMembership.objects.filter(happened_at__gte=when - window, happened_at__lte=when + window)
    if exclude_item_id is not None:
        candidates = candidates.exclude(wire_item_id=exclude_item_id)
    best: tuple[ClusterMembership, float] | None = None
    for member in candidates.only("id", "cluster_id", "terms", "wire_item_id").iterator():
        score = similarity(terms, member.terms)
        if score >= MATCH_THRESHOLD and (best is None or score > best[1]):
            best = (member, score)
    return best


def assign_cluster(item: WireItem) -> StoryCluster:
    """The cluster ``item`` belongs to, joining the closest or starting a new one; idempotent."""
    existing = ClusterMembership.objects.filter(wire_item=item).select_related("cluster").first()
    if existing is not None:
        return existing.cluster
    cluster = _join(item)
    if cluster is None:
        # Another worker assigned this item first (the OneToOne refused ours): theirs stands.
        return ClusterMembership.objects.select_related("cluster").get(wire_item=item).cluster
    return cluster


def _join(item: WireItem) -> StoryCluster | None:
    """Store ``item``'s membership (closest cluster, or a new one); None when another worker stored it first."""
    terms = signature(item.headline, plain_text(item.body_html) or item.summary)
    when = happened_at(item)
    match = best_match(terms, when, exclude_item_id=item.pk)
    try:
        with transaction.atomic():
            if match is not None:
                cluster = match[0].cluster
                score = match[1]
            else:
                cluster = StoryCluster.objects.create(label=clean_headline(item.headline)[:500] or item.guid[:500])
                score = 1.0
            ClusterMembership.objects.create(
                wire_item=item, cluster=cluster, terms=terms, similarity=score, happened_at=when, created=timezone.now()
            )
    except IntegrityError:
        return None
    return cluster


def assign_all(items: Iterable[WireItem]) -> list[StoryCluster]:
    return [assign_cluster(item) for item in items]


def cluster_pending(now: dt.datetime | None = None, limit: int = 500) -> int:
    """Assign a cluster to active items received in the window that have none yet, oldest first.

    Returns how many this call assigned. One worker at a time clusters (the
    ``clustering`` lease): two workers each placing a different new item of
    the same event at once would not see each other's memberships and could
    start two clusters for it. The OneToOne membership still guards each item.
    Oldest first, so a later version of an event joins the cluster its earlier
    items started.
    """
    now = now or timezone.now()
    token = uuid.uuid4().hex
    # The lease runs on the clock, whatever window ``now`` asks for.
    if not _take_lease(CLUSTERING_LEASE, token, timezone.now()):
        return 0  # another worker is clustering; what it leaves is taken next minute
    try:
        return _cluster_pending(now, limit)
    finally:
        RunLease.objects.filter(name=CLUSTERING_LEASE, holder=token).update(holder="", expires_at=timezone.now())


def _take_lease(name: str, token: str, now: dt.datetime) -> bool:
    RunLease.objects.get_or_create(name=name, defaults={"expires_at": now - dt.timedelta(seconds=1)})
    claimed = RunLease.objects.filter(name=name, expires_at__lte=now).update(
        holder=token, expires_at=now + CLUSTERING_LEASE_DURATION
    )
    return claimed == 1


def _cluster_pending(now: dt.datetime, limit: int) -> int:
    since = now - dt.timedelta(hours=settings.NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS)
    pending = (
        WireItem.objects.filter(status=WireItem.Status.ACTIVE, received_at__gte=since, cluster_membership__isnull=True)
        # Implied by received_at (an item is updated no earlier than it arrived), and indexed: the
        # scan stays within the window however large the archive.
        .filter(updated_at__gte=since)
        .order_by("received_at", "id")
        .only("id", "guid", "headline", "body_html", "summary", "first_created", "version_created", "received_at")
    )[:limit]
    return sum(1 for item in pending if _join(item) is not None)
