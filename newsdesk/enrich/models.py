"""Story clusters: wire items from different agencies about the same event.

Membership lives here, not on ``wires.WireItem``: the wires app owns its
models, and one row per item (a OneToOne) is also the lock that stops two
workers putting the same item into two clusters.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

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
