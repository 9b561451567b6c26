"""Story clusters: wire items from different agencies about the same event.

Membership lives here, not on ``wires.WireItem``: the wires app owns its
models, and one row per item (a OneToOne) is also the lock that stops two
workers putting the same item into two clusters.
"""

from __future__ import annotations

from django.db import models
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


class ClusterMembership(models.Model):
    wire_item = models.OneToOneField(WireItem, on_delete=models.CASCADE, related_name="cluster_membership")
    cluster = models.ForeignKey(StoryCluster, on_delete=models.CASCADE, related_name="memberships")
    # The item's signature (weighted terms), kept so a new item is compared
    # with stored ones without re-reading and re-analysing their copy.
    terms = models.JSONField(default=dict)
    similarity = models.FloatField(default=1.0, help_text="Similarity to the closest member when it joined.")
    # When the story happened (the item's first_created, else its arrival): the time window is on this.
    happened_at = models.DateTimeField(db_index=True)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-happened_at", "-id"]

    def __str__(self) -> str:
        return f"{self.wire_item_id} in {self.cluster_id}"


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
