from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from newsdesk.enrich import placement, tasks
from newsdesk.enrich.models import ItemPlacement
from newsdesk.enrich.placement import place_pending
from newsdesk.enrich.places import PlaceResult
from newsdesk.enrich.sectors import SectorGuess
from newsdesk.enrich.tests.support import (
    SEED_BODY,
    SEED_HEADLINE,
    T0,
    UNRELATED_BODY,
    UNRELATED_HEADLINE,
    make_wire_item,
)
from newsdesk.wires.items import ParsedItem
from newsdesk.wires.models import WireItem

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _an_hour_after_the_event():
    with time_machine.travel(T0 + dt.timedelta(hours=1), tick=False):
        yield


def snapshot() -> list[tuple[object, ...]]:
    return [
        (
            p.pk,
            p.wire_item_id,
            p.sector_id,
            p.sector_evidence,
            p.countries,
            p.place_label,
            p.computed_at,
            sorted(p.editions.values_list("slug", flat=True)),
        )
        for p in ItemPlacement.objects.order_by("id")
    ]


def test_it_places_the_seed_story_by_its_own_content():
    seed = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, agency="Devdiscourse", received_at=T0)

    assert tasks.place_new_wire_items.call_local() == 1

    placed = ItemPlacement.objects.select_related("sector").get(wire_item=seed)
    assert placed.sector is not None and placed.sector.slug == "politics"
    assert placed.sector_evidence.startswith("classifier p=")
    assert {"east-south-east-asia", "europe-central-asia"} <= set(placed.editions.values_list("slug", flat=True))
    assert {"JP", "TR"} <= set(placed.countries)
    assert placed.place_label in {"Japan", "Turkey"}


def test_it_takes_the_sector_from_agency_subject_codes():
    item = make_wire_item(
        "urn:a:1",
        UNRELATED_HEADLINE,
        UNRELATED_BODY,
        subjects=[{"scheme": "medtop", "code": "11000000", "name": "politics"}],
    )

    assert place_pending() == 1

    placed = ItemPlacement.objects.get(wire_item=item)
    assert placed.sector is not None and placed.sector.slug == "politics"
    assert placed.sector_evidence.startswith("medtop:11000000")
    assert placed.place_label == "Poland"


def test_it_changes_nothing_when_run_twice():
    make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, received_at=T0)
    make_wire_item("urn:b:1", UNRELATED_HEADLINE, UNRELATED_BODY, received_at=T0)
    assert place_pending() == 2
    before = snapshot()

    assert place_pending() == 0

    assert snapshot() == before


def test_it_places_a_newer_version_again():
    item = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, received_at=T0)
    assert place_pending() == 1
    later = T0 + dt.timedelta(hours=2)
    with time_machine.travel(later, tick=False):
        WireItem.objects.filter(pk=item.pk).update(
            headline=UNRELATED_HEADLINE, body_html=UNRELATED_BODY, version=2, updated_at=later
        )

        assert place_pending() == 1
        assert place_pending() == 0

    placed = ItemPlacement.objects.get(wire_item=item)
    assert placed.place_label == "Poland"
    assert list(placed.editions.values_list("slug", flat=True)) == ["europe-central-asia"]
    assert placed.computed_at == later
    assert ItemPlacement.objects.count() == 1


def test_it_leaves_withdrawn_and_old_items_alone(settings):
    settings.NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS = 72
    make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, status=WireItem.Status.WITHDRAWN)
    old = T0 - dt.timedelta(days=4)
    make_wire_item("urn:b:1", UNRELATED_HEADLINE, UNRELATED_BODY, received_at=old, updated_at=old)

    assert place_pending() == 0
    assert not ItemPlacement.objects.exists()


def test_it_skips_an_item_another_worker_placed_meanwhile(monkeypatch):
    item = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY)
    real_place_item = placement.place_item

    def racing_place_item(parsed: ParsedItem) -> tuple[PlaceResult, SectorGuess]:
        # Another worker stores this item between our query and our write.
        ItemPlacement.objects.create(wire_item=item, place_label="theirs")
        return real_place_item(parsed)

    monkeypatch.setattr(placement, "place_item", racing_place_item)

    assert place_pending() == 0

    assert ItemPlacement.objects.get(wire_item=item).place_label == "theirs"
