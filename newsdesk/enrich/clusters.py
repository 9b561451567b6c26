"""Story clusters: stored wire items grouped by event; ``matching`` says how items are compared.

Candidates come from :class:`VectorIndex`, a numpy matrix of the stored members' embeddings in
the time window (read from ``ClusterMembership.vector``), not from a Python scan of the window.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterable

import numpy as np
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from newsdesk.enrich import embeddings
from newsdesk.enrich.matching import MATCH_THRESHOLD, StoryFeatures, comparable, embedding_text, features, score
from newsdesk.enrich.models import ClusterMembership, RunLease, StoryCluster
from newsdesk.enrich.summarise import clean_headline
from newsdesk.lib.sanitize import plain_text
from newsdesk.wires.models import WireItem

CLUSTERING_LEASE = "clustering"
# Longer than any run of `limit` items takes; a crashed worker's lease lapses after it.
CLUSTERING_LEASE_DURATION = dt.timedelta(minutes=5)
# Members re-scored after the matrix product picks the closest vectors: the name, country and
# time terms of the score never lift a member from below the top few dozen by cosine over the threshold.
CANDIDATES = 32


@dataclasses.dataclass(frozen=True, slots=True)
class Match:
    cluster_id: int
    member_item_id: int
    score: float
    cosine: float
    shared_names: list[str]

    def evidence(self) -> dict[str, object]:
        return {
            "id": self.cluster_id,
            "closest_item": self.member_item_id,
            "score": round(self.score, 3),
            "cosine": round(self.cosine, 3),
            "shared_names": self.shared_names[:12],
            "threshold": MATCH_THRESHOLD,
        }


def happened_at(item: WireItem) -> dt.datetime:
    return item.first_created or item.version_created or item.received_at


def window() -> dt.timedelta:
    return dt.timedelta(hours=settings.NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS)


class VectorIndex:
    """The stored members of a time range as one float32 matrix, so a new item's candidates come
    from a single matrix product (a few ms for tens of thousands of items) instead of a Python loop.

    Built from ``ClusterMembership.vector`` (one indexed range query on ``happened_at``) and kept
    for a clustering run; items that join during the run are appended, so they see each other.
    """

    def __init__(self, since: dt.datetime, until: dt.datetime) -> None:
        rows = (
            ClusterMembership.objects.filter(happened_at__gte=since, happened_at__lte=until)
            .exclude(vector=b"")
            .values_list("wire_item_id", "cluster_id", "vector", "terms", "happened_at")
        )
        self.item_ids: list[int] = []
        self.cluster_ids: list[int] = []
        self.features: list[StoryFeatures] = []
        vectors: list[np.ndarray] = []
        for item_id, cluster_id, vector, terms, when in rows.iterator():
            decoded = embeddings.from_bytes(bytes(vector))
            if decoded.shape != (embeddings.DIMENSIONS,):
                continue  # written by another model: not comparable
            vectors.append(decoded)
            self.item_ids.append(item_id)
            self.cluster_ids.append(cluster_id)
            self.features.append(_stored_features(decoded, terms, when))
        self.matrix = np.vstack(vectors) if vectors else np.zeros((0, embeddings.DIMENSIONS), dtype=np.float32)

    def add(self, item_id: int, cluster_id: int, found: StoryFeatures) -> None:
        self.item_ids.append(item_id)
        self.cluster_ids.append(cluster_id)
        self.features.append(found)
        self.matrix = np.vstack([self.matrix, found.vector[None, :]])

    def best(self, found: StoryFeatures, *, exclude_item_id: int | None = None) -> Match | None:
        if not self.item_ids:
            return None
        cosines = self.matrix @ found.vector
        top = np.argsort(-cosines)[: CANDIDATES * 2]
        best: Match | None = None
        span = window()
        checked = 0
        for index in top:
            if self.item_ids[index] == exclude_item_id or not comparable(found, self.features[index], span):
                continue
            checked += 1
            value = score(found, self.features[index], float(cosines[index]))
            if value >= MATCH_THRESHOLD and (best is None or value > best.score):
                shared = sorted(found.names & self.features[index].names)
                best = Match(self.cluster_ids[index], self.item_ids[index], value, float(cosines[index]), shared)
            if checked >= CANDIDATES:
                break
        return best


def _stored_features(vector: np.ndarray, terms: dict[str, object], when: dt.datetime) -> StoryFeatures:
    def strings(key: str) -> frozenset[str]:
        value = terms.get(key) if isinstance(terms, dict) else None
        return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()

    primary = terms.get("primary", "") if isinstance(terms, dict) else ""
    return StoryFeatures(vector, strings("countries"), str(primary or ""), strings("names"), when)


def item_features(
    headline: str, body_text: str, when: dt.datetime, declared_language: str = "", vector: np.ndarray | None = None
) -> StoryFeatures:
    if vector is None:
        vector = embeddings.encode([embedding_text(headline, body_text)])[0]
    return features(headline, body_text, when, vector, declared_language)


def _wire_features(item: WireItem, vector: np.ndarray | None = None) -> StoryFeatures:
    return item_features(
        item.headline, plain_text(item.body_html) or item.summary, happened_at(item), item.language, vector
    )


def best_match(found: StoryFeatures) -> Match | None:
    """The stored cluster ``found`` would join (for ``newsdesk enrich``, which stores nothing)."""
    return VectorIndex(found.when - window(), found.when + window()).best(found)


def assign_cluster(item: WireItem) -> StoryCluster:
    """The cluster ``item`` belongs to, joining the closest or starting a new one; idempotent."""
    existing = ClusterMembership.objects.filter(wire_item=item).select_related("cluster").first()
    if existing is not None:
        return existing.cluster
    found = _wire_features(item)
    index = VectorIndex(found.when - window(), found.when + window())
    cluster = _join(item, found, index)
    if cluster is None:
        # Another worker assigned this item first (the OneToOne refused ours): theirs stands.
        return ClusterMembership.objects.select_related("cluster").get(wire_item=item).cluster
    return cluster


def _join(item: WireItem, found: StoryFeatures, index: VectorIndex) -> StoryCluster | None:
    """Store ``item``'s membership (closest cluster, or a new one); None when another worker stored it first."""
    match = index.best(found, exclude_item_id=item.pk)
    try:
        with transaction.atomic():
            if match is not None:
                cluster = StoryCluster.objects.get(pk=match.cluster_id)
                similarity = match.score
            else:
                cluster = StoryCluster.objects.create(label=clean_headline(item.headline)[:500] or item.guid[:500])
                similarity = 1.0
            ClusterMembership.objects.create(
                wire_item=item,
                cluster=cluster,
                terms=found.terms(),
                vector=embeddings.to_bytes(found.vector),
                similarity=similarity,
                happened_at=found.when,
                created=timezone.now(),
            )
    except IntegrityError:
        return None
    index.add(item.pk, cluster.pk, found)
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
    since = now - window()
    pending = list(
        WireItem.objects.filter(status=WireItem.Status.ACTIVE, received_at__gte=since, cluster_membership__isnull=True)
        # Implied by received_at (an item is updated no earlier than it arrived), and indexed: the
        # scan stays within the window however large the archive.
        .filter(updated_at__gte=since)
        .order_by("received_at", "id")
        .only(
            "id",
            "guid",
            "headline",
            "body_html",
            "summary",
            "language",
            "first_created",
            "version_created",
            "received_at",
        )[:limit]
    )
    if not pending:
        return 0
    # Embeddings in batches (the model's cost is per batch as much as per item), then one index for the run.
    texts = [embedding_text(item.headline, plain_text(item.body_html) or item.summary) for item in pending]
    vectors = embeddings.encode(texts)
    found = [_wire_features(item, vector) for item, vector in zip(pending, vectors, strict=True)]
    earliest = min(f.when for f in found)
    latest = max(max(f.when for f in found), now)
    index = VectorIndex(earliest - window(), latest + window())
    return sum(1 for item, features_ in zip(pending, found, strict=True) if _join(item, features_, index) is not None)
