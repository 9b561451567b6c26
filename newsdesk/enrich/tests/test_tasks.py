from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine

from newsdesk.enrich import clusters, tasks
from newsdesk.enrich.clusters import cluster_pending
from newsdesk.enrich.models import ClusterMembership, StoryCluster
from newsdesk.enrich.tests.support import (
    SECOND_AGENCY_BODY,
    SECOND_AGENCY_HEADLINE,
    SEED_BODY,
    SEED_HEADLINE,
    T0,
    UNRELATED_BODY,
    UNRELATED_HEADLINE,
    make_wire_item,
)
from newsdesk.wires.models import WireItem

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _an_hour_after_the_event():
    with time_machine.travel(T0 + dt.timedelta(hours=1), tick=False):
        yield


def make_event() -> tuple[WireItem, WireItem, WireItem]:
    seed = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, agency="Devdiscourse", received_at=T0)
    other = make_wire_item(
        "urn:b:1",
        SECOND_AGENCY_HEADLINE,
        SECOND_AGENCY_BODY,
        agency="Reuters",
        received_at=T0 + dt.timedelta(minutes=5),
    )
    unrelated = make_wire_item(
        "urn:c:1", UNRELATED_HEADLINE, UNRELATED_BODY, agency="PAP", received_at=T0 + dt.timedelta(minutes=10)
    )
    return seed, other, unrelated


def cluster_of(item: WireItem) -> int:
    return ClusterMembership.objects.get(wire_item=item).cluster_id


def test_it_groups_two_agencies_on_one_event_in_one_run():
    seed, other, unrelated = make_event()

    assert tasks.cluster_new_wire_items.call_local() == 3

    assert cluster_of(seed) == cluster_of(other)
    assert cluster_of(unrelated) != cluster_of(seed)
    assert StoryCluster.objects.get(pk=cluster_of(seed)).label == SEED_HEADLINE


def test_it_changes_nothing_when_run_twice():
    make_event()
    cluster_pending()
    before = list(ClusterMembership.objects.order_by("id").values_list("id", "wire_item_id", "cluster_id"))

    assert cluster_pending() == 0

    assert list(ClusterMembership.objects.order_by("id").values_list("id", "wire_item_id", "cluster_id")) == before
    assert StoryCluster.objects.count() == 2


def test_it_joins_a_new_item_to_the_cluster_an_earlier_run_made():
    seed = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, received_at=T0)
    assert cluster_pending() == 1
    other = make_wire_item("urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY, received_at=T0)

    assert cluster_pending() == 1

    assert cluster_of(other) == cluster_of(seed)


def test_it_leaves_withdrawn_and_old_items_alone(settings):
    settings.NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS = 72
    make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, status=WireItem.Status.WITHDRAWN, received_at=T0)
    old = T0 - dt.timedelta(days=4)
    make_wire_item("urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY, received_at=old, updated_at=old)

    assert cluster_pending() == 0
    assert not ClusterMembership.objects.exists()


def test_it_takes_the_oldest_first_up_to_the_limit():
    seed, other, _ = make_event()

    assert cluster_pending(limit=2) == 2

    assert set(ClusterMembership.objects.values_list("wire_item_id", flat=True)) == {seed.pk, other.pk}


def test_it_skips_an_item_another_worker_assigned_meanwhile(monkeypatch):
    _, other, _ = make_event()
    real_join = clusters._join

    def racing_join(item: WireItem, *args: Any) -> StoryCluster | None:
        if item.pk == other.pk:
            # Another worker stores this item between our query and our insert.
            cluster = StoryCluster.objects.create(label="theirs")
            ClusterMembership.objects.create(wire_item=item, cluster=cluster, happened_at=T0)
        return real_join(item, *args)

    monkeypatch.setattr(clusters, "_join", racing_join)

    assert cluster_pending() == 2

    assert StoryCluster.objects.get(pk=cluster_of(other)).label == "theirs"
    assert ClusterMembership.objects.filter(wire_item=other).count() == 1


def test_it_lets_one_worker_cluster_at_a_time():
    from newsdesk.enrich.models import RunLease

    make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, agency="Agency A")
    # Another worker holds the lease and is mid-run.
    RunLease.objects.create(name=clusters.CLUSTERING_LEASE, holder="other", expires_at=T0 + dt.timedelta(hours=2))

    assert cluster_pending() == 0
    assert ClusterMembership.objects.count() == 0


def test_it_takes_over_a_lease_a_crashed_worker_left_behind():
    from newsdesk.enrich.models import RunLease

    make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, agency="Agency A")
    RunLease.objects.create(name=clusters.CLUSTERING_LEASE, holder="crashed", expires_at=T0)

    assert cluster_pending() == 1
    assert RunLease.objects.get().holder == ""  # released after the run
