"""Story clusters: wire items from different agencies about the same event.

Membership lives here, not on ``wires.WireItem``: the wires app owns its
models, and one row per item (a OneToOne) is also the lock that stops two
workers putting the same item into two clusters.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from newsdesk.taxonomy.models import Edition, Sector
from newsdesk.wires.models import WireItem


class StoryCluster(models.Model):
    label = models.CharField(max_length=500, help_text="The first member's headline, cleaned.")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return self.label

    def merge_into(self, target: StoryCluster, editor: Any = None) -> int:
        """An editor says this cluster and ``target`` report one event: every member moves to ``target``.

        Returns how many moved. Each move is a :class:`ClusterCorrection` row (the audit and the
        labelled pairs ``export_cluster_corrections`` writes). Both clusters are locked, lower id
        first, so two editors merging the same pair in opposite directions cannot deadlock or lose items.
        """
        if target.pk == self.pk:
            return 0
        with transaction.atomic():
            locked = {c.pk: c for c in StoryCluster.objects.select_for_update().filter(pk__in=[self.pk, target.pk])}
            if len(locked) != 2:
                raise StoryCluster.DoesNotExist("a cluster to merge is gone")
            members = list(ClusterMembership.objects.select_for_update().filter(cluster_id=self.pk))
            for member in members:
                ClusterCorrection.objects.create(
                    kind=ClusterCorrection.Kind.MERGE,
                    wire_item_id=member.wire_item_id,
                    from_cluster_id=self.pk,
                    to_cluster_id=target.pk,
                    editor=editor,
                )
            ClusterMembership.objects.filter(pk__in=[m.pk for m in members]).update(cluster_id=target.pk)
        return len(members)

    def split_off(self, wire_item_id: int, editor: Any = None) -> StoryCluster:
        """An editor says this item reports another event: it leaves for a new cluster of its own."""
        with transaction.atomic():
            StoryCluster.objects.select_for_update().get(pk=self.pk)
            member = ClusterMembership.objects.select_for_update().get(cluster_id=self.pk, wire_item_id=wire_item_id)
            new = StoryCluster.objects.create(label=member.wire_item.headline[:500] or self.label)
            ClusterCorrection.objects.create(
                kind=ClusterCorrection.Kind.SPLIT,
                wire_item_id=wire_item_id,
                from_cluster_id=self.pk,
                to_cluster=new,
                editor=editor,
            )
            member.cluster = new
            member.similarity = 1.0
            member.save(update_fields=["cluster", "similarity"])
        return new


class ClusterMembership(models.Model):
    wire_item = models.OneToOneField(WireItem, on_delete=models.CASCADE, related_name="cluster_membership")
    cluster = models.ForeignKey(StoryCluster, on_delete=models.CASCADE, related_name="memberships")
    # The item's signature (weighted terms), kept so a new item is compared
    # with stored ones without re-reading and re-analysing their copy.
    terms = models.JSONField(default=dict)
    # The item's sentence embedding (float32 little-endian, ``embeddings.DIMENSIONS`` values),
    # computed once by the worker; new items are compared with a matrix of these (``clusters``).
    vector = models.BinaryField(default=b"", blank=True)
    similarity = models.FloatField(default=1.0, help_text="Similarity to the closest member when it joined.")
    # When the story happened (the item's first_created, else its arrival): the time window is on this.
    happened_at = models.DateTimeField(db_index=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-happened_at", "-id"]

    def __str__(self) -> str:
        return f"{self.wire_item_id} in {self.cluster_id}"


class ClusterCorrection(models.Model):
    """An editor's split or merge: the audit row, and a labelled pair for tuning and evaluation.

    A merge says the moved item reports the same event as the target's members; a split says
    it does not report the same event as the members it left. ``from_cluster_id`` is kept as a
    plain id: the cluster an item left may be empty and removed later, the correction stays.
    """

    class Kind(models.TextChoices):
        SPLIT = "split", "Split off"
        MERGE = "merge", "Merged"

    kind = models.CharField(max_length=8, choices=Kind.choices)
    wire_item = models.ForeignKey(WireItem, on_delete=models.CASCADE, related_name="cluster_corrections")
    from_cluster_id = models.BigIntegerField()
    to_cluster = models.ForeignKey(StoryCluster, on_delete=models.CASCADE, related_name="corrections_in")
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: item {self.wire_item_id} {self.from_cluster_id} -> {self.to_cluster_id}"


class ItemPlacement(models.Model):
    """Where a wire item belongs on the desk: its sector, editions and countries.

    Computed by ``placement.place_pending`` from the cheap parts of enrichment
    (places and sector, no entity tagging), so the inbox can filter each item
    by what it is about rather than by its source's defaults. One row per item
    (a OneToOne), which is also what stops two workers placing an item twice;
    a newer version of the item (``updated_at`` after ``computed_at``) is placed again.
    """

    wire_item = models.OneToOneField(WireItem, on_delete=models.CASCADE, related_name="placement")
    sector = models.ForeignKey(Sector, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    sector_evidence = models.CharField(
        max_length=300,
        blank=True,
        help_text='What decided the sector: "medtop:11000000 (politics)" or "classifier p=0.62".',
    )
    editions = models.ManyToManyField(Edition, blank=True, related_name="+")
    countries = models.JSONField(default=list, blank=True, help_text="ISO 3166-1 alpha-2 codes, most prominent first.")
    place_label = models.CharField(max_length=100, blank=True, help_text='A country\'s name, or "Global".')
    place_evidence = models.CharField(
        max_length=300, blank=True, help_text='What decided the places: "dateline ANKARA -> TR; body TR x3, JP x1".'
    )
    computed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-computed_at", "-id"]

    def __str__(self) -> str:
        return f"{self.wire_item_id}: {self.place_label or '?'}"


class RunLease(models.Model):
    """A named job only one worker may run at a time, on any number of machines.

    Claimed by a conditional UPDATE on an expired lease (never a lock held
    across the run), so a worker that dies mid-run blocks the job only until
    its lease runs out.
    """

    name = models.CharField(max_length=64, unique=True)
    holder = models.CharField(max_length=64, blank=True)
    expires_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.name} (held by {self.holder or 'nobody'} until {self.expires_at:%H:%M:%S})"
