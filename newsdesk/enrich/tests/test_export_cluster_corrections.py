"""Editors' splits and merges exported as labelled pairs."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from newsdesk.enrich.models import ClusterMembership, StoryCluster
from newsdesk.enrich.tests.support import SECOND_AGENCY_BODY, SECOND_AGENCY_HEADLINE, SEED_BODY, SEED_HEADLINE, T0
from newsdesk.enrich.tests.support import make_wire_item as make_item

pytestmark = pytest.mark.django_db


def test_it_exports_a_split_as_different_events_and_a_merge_as_the_same_event():
    a = make_item("urn:a:1", SEED_HEADLINE, SEED_BODY, agency="Alpha")
    b = make_item("urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY, agency="Beta")
    c = make_item("urn:c:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY, agency="Gamma")
    first = StoryCluster.objects.create(label="one")
    second = StoryCluster.objects.create(label="two")
    for item, cluster in ((a, first), (b, first), (c, second)):
        ClusterMembership.objects.create(wire_item=item, cluster=cluster, happened_at=T0)
    first.split_off(b.pk)
    second.merge_into(first)
    out = io.StringIO()
    call_command("export_cluster_corrections", stdout=out)
    pairs = [json.loads(line) for line in out.getvalue().splitlines()]
    assert {(p["kind"], p["a"]["guid"], p["b"]["guid"], p["same_event"]) for p in pairs} == {
        ("split", "urn:b:1", "urn:a:1", False),
        ("split", "urn:b:1", "urn:c:1", False),  # c joined the cluster b left
        ("merge", "urn:c:1", "urn:a:1", True),
    }
