from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection

from newsdesk.enrich.clusters import assign_cluster
from newsdesk.enrich.matching import group, pairwise_scores, signature, similarity
from newsdesk.enrich.models import ClusterMembership
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
from newsdesk.lib.sanitize import plain_text
from newsdesk.lib.testing.concurrency import run_at_once


@pytest.mark.django_db
def test_it_puts_a_second_agencys_version_in_the_same_cluster():
    seed = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, agency="Devdiscourse")
    other = make_wire_item("urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY, agency="Reuters")
    unrelated = make_wire_item("urn:c:1", UNRELATED_HEADLINE, UNRELATED_BODY, agency="PAP")
    first = assign_cluster(seed)
    assert assign_cluster(other) == first
    assert assign_cluster(unrelated) != first
    assert first.label == SEED_HEADLINE
    assert first.memberships.count() == 2


@pytest.mark.django_db
def test_it_is_idempotent():
    seed = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY)
    assert assign_cluster(seed) == assign_cluster(seed)
    assert ClusterMembership.objects.count() == 1


@pytest.mark.django_db
def test_it_does_not_join_a_story_outside_the_time_window(settings):
    settings.NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS = 72
    seed = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY)
    late = make_wire_item(
        "urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY, first_created=T0 + dt.timedelta(days=10)
    )
    assert assign_cluster(seed) != assign_cluster(late)


@pytest.mark.django_db(transaction=True)
def test_it_assigns_an_item_once_when_two_workers_race():
    if connection.vendor == "sqlite":
        pytest.skip("SQLite serialises writers; the race needs PostgreSQL")
    item = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY)
    results = run_at_once(lambda: assign_cluster(item).pk, 2)
    assert len(results) == 2 and results[0] == results[1]
    assert ClusterMembership.objects.filter(wire_item=item).count() == 1


def test_it_scores_different_wording_of_one_event_above_a_same_topic_story():
    seed = signature(SEED_HEADLINE, plain_text(SEED_BODY))
    other = signature(SECOND_AGENCY_HEADLINE, plain_text(SECOND_AGENCY_BODY))
    unrelated = signature(UNRELATED_HEADLINE, plain_text(UNRELATED_BODY))
    assert similarity(seed, other) > 0.4 > similarity(seed, unrelated)


def test_it_never_matches_stories_with_no_country_in_common():
    kenya = signature("Kenya cuts rate to 9.75%", "The central bank of Kenya cut its rate to 9.75 percent.")
    uganda = signature("Uganda holds rate at 9.75%", "The central bank of Uganda held its rate at 9.75 percent.")
    assert similarity(kenya, uganda) == 0.0


def test_it_measures_pairwise_precision_and_recall():
    assert group([{"a": 1.0}, {"a": 1.0}, {"b": 1.0}]) == [0, 0, 2]
    scores = pairwise_scores(["x", "x", "y"], [0, 0, 0])
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 2, 0)
