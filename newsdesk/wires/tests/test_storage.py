from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from newsdesk.wires.items import PubStatus, Rejection
from newsdesk.wires.models import Quarantine, Source, WireItem, WireItemVersion
from newsdesk.wires.signals import wire_item_released, wire_item_withdrawn
from newsdesk.wires.storage import store_items
from newsdesk.wires.tests.support import T0, make_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def withdrawn_signals():
    received = []

    def receiver(sender, item, **kwargs):
        received.append(item)

    wire_item_withdrawn.connect(receiver)
    yield received
    wire_item_withdrawn.disconnect(receiver)


@pytest.fixture
def released_signals():
    received = []

    def receiver(sender, item, **kwargs):
        received.append(item)

    wire_item_released.connect(receiver)
    yield received
    wire_item_released.disconnect(receiver)


def test_it_creates_items_with_a_first_version():
    report = store_items([make_item("a"), make_item("b", urgency=2, places=["Lisbon"])])

    assert report.counts() == {
        "created": 2,
        "updated": 0,
        "unchanged": 0,
        "withdrawn": 0,
        "embargoed": 0,
        "rejected": 0,
    }
    item = WireItem.objects.get(guid="b")
    assert (item.agency, item.headline, item.urgency, item.places) == ("Test Agency", "Headline for b", 2, ["Lisbon"])
    assert item.status == WireItem.Status.ACTIVE
    version = item.versions.get()
    assert version.version == 1
    assert version.content_hash == item.content_hash
    assert version.snapshot["headline"] == "Headline for b"


def test_it_changes_nothing_when_the_same_items_arrive_again():
    store_items([make_item("a"), make_item("b")])
    before = list(WireItem.objects.values().order_by("pk"))

    with time_machine.travel(T0 + dt.timedelta(hours=1)):
        report = store_items([make_item("a"), make_item("b")])

    assert report.counts()["unchanged"] == 2
    assert report.items == 2
    assert list(WireItem.objects.values().order_by("pk")) == before
    assert WireItemVersion.objects.count() == 2


def test_it_updates_an_item_to_a_higher_version_and_keeps_every_version():
    store_items([make_item("a")])
    report = store_items([make_item("a", version=2, headline="Corrected")])
    report3 = store_items([make_item("a", version=3, headline="Corrected again")])

    assert report.updated == 1
    assert report3.updated == 1
    item = WireItem.objects.get(guid="a")
    assert (item.version, item.headline) == (3, "Corrected again")
    assert [v.version for v in item.versions.all()] == [3, 2, 1]
    assert [v.snapshot["headline"] for v in item.versions.all()] == ["Corrected again", "Corrected", "Headline for a"]


def test_it_updates_an_item_to_the_same_version_created_later():
    store_items([make_item("a")])

    report = store_items([make_item("a", headline="Later", version_created=T0 + dt.timedelta(minutes=5))])

    assert report.updated == 1
    assert WireItem.objects.get().headline == "Later"
    assert WireItemVersion.objects.count() == 2


def test_it_ignores_an_older_version_arriving_late():
    store_items([make_item("a", version=3, headline="Third")])

    report = store_items([make_item("a", version=2, headline="Second")])

    assert report.counts()["unchanged"] == 1
    item = WireItem.objects.get()
    assert (item.version, item.headline) == (3, "Third")
    assert WireItemVersion.objects.count() == 1


def test_it_ignores_a_copy_of_an_earlier_version_sent_again():
    # Same version number and time, different text, then the first text again:
    # the re-sent copy must not roll the item back.
    store_items([make_item("a", body_html="<p>one</p>")])
    store_items([make_item("a", body_html="<p>two</p>")])

    report = store_items([make_item("a", body_html="<p>one</p>")])

    assert report.unchanged == 1
    assert WireItem.objects.get().body_html == "<p>two</p>"


def test_it_applies_several_versions_of_one_item_in_one_document_in_order():
    report = store_items([make_item("a", version=2, headline="Two"), make_item("a", version=1, headline="One")])

    assert (report.created, report.updated) == (1, 1)
    item = WireItem.objects.get()
    assert (item.version, item.headline) == (2, "Two")
    assert sorted(item.versions.values_list("version", flat=True)) == [1, 2]


def test_it_quarantines_broken_items_and_keeps_the_good_ones():
    rejection = Rejection(reason="the item has no title", guid="bad-1", raw_excerpt="<item><guid>bad-1</guid></item>")

    report = store_items([make_item("good"), make_item("", headline="no guid")], rejections=[rejection])

    assert report.created == 1
    assert report.rejected == 2
    assert {r.reason for r in report.rejections} == {"the item has no title", "the item has no identifier"}
    assert WireItem.objects.filter(guid="good").exists()
    rows = {q.reason: q for q in Quarantine.objects.all()}
    assert rows["the item has no title"].excerpt == "<item><guid>bad-1</guid></item>"
    assert rows["the item has no title"].guid == "bad-1"
    assert "no guid" in rows["the item has no identifier"].excerpt


def test_it_does_not_quarantine_the_same_broken_item_twice():
    rejection = Rejection(reason="broken", guid="bad-1", raw_excerpt="<item/>")
    store_items([], rejections=[rejection])

    report = store_items([], rejections=[rejection])

    assert report.rejected == 1
    assert Quarantine.objects.count() == 1


def test_it_refuses_an_identifier_too_long_to_index():
    report = store_items([make_item("x" * 2500)])

    assert report.rejected == 1
    assert not WireItem.objects.exists()


def test_it_keys_items_by_the_given_agency_over_the_documents():
    source = Source.objects.create(name="Feed", kind="feed", location="https://example.org/feed", agency="Reuters")

    store_items([make_item("a", agency="reuters.com")], agency="Reuters", source=source)

    item = WireItem.objects.get()
    assert (item.agency, item.source) == ("Reuters", source)


def test_it_falls_back_when_nobody_names_the_agency():
    store_items([make_item("a", agency="")], fallback_agency="feeds.example.org")

    assert WireItem.objects.get().agency == "feeds.example.org"


def test_it_treats_naive_times_as_utc_and_says_so():
    store_items([make_item("a", version_created=dt.datetime(2026, 3, 1, 9, 0))])

    item = WireItem.objects.get()
    assert item.version_created == T0
    assert item.times_assumed_utc is True


def test_it_withdraws_a_killed_item_and_signals_once(withdrawn_signals, django_capture_on_commit_callbacks):
    store_items([make_item("a")])

    with django_capture_on_commit_callbacks(execute=True):
        report = store_items([make_item("a", version=2, pub_status=PubStatus.CANCELED, headline="KILL")])
    with django_capture_on_commit_callbacks(execute=True):
        again = store_items([make_item("a", version=2, pub_status=PubStatus.CANCELED, headline="KILL")])
        later = store_items([make_item("a", version=3, pub_status=PubStatus.CANCELED, headline="KILL KILL")])

    assert report.withdrawn == 1
    assert again.unchanged == 1
    assert later.updated == 1
    item = WireItem.objects.get()
    assert item.status == WireItem.Status.WITHDRAWN
    assert item.pub_status == WireItem.PubStatus.CANCELED
    assert item.withdrawn_at is not None
    assert "version 2" in item.withdrawal_reason
    assert [i.pk for i in withdrawn_signals] == [item.pk]
    assert item.versions.count() == 3


def test_it_stores_a_kill_for_an_item_it_never_saw_as_withdrawn(withdrawn_signals, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        report = store_items([make_item("a", pub_status=PubStatus.CANCELED)])

    assert report.withdrawn == 1
    assert WireItem.objects.get().status == WireItem.Status.WITHDRAWN
    assert len(withdrawn_signals) == 1


def test_it_keeps_a_killed_item_withdrawn_when_a_later_version_says_usable():
    store_items([make_item("a", pub_status=PubStatus.CANCELED)])

    store_items([make_item("a", version=2)])

    assert WireItem.objects.get().status == WireItem.Status.WITHDRAWN


def test_it_holds_an_embargoed_item_until_the_embargo_passes(released_signals, django_capture_on_commit_callbacks):
    from newsdesk.wires.services import release_due_embargoes

    embargo = T0 + dt.timedelta(hours=2)
    with time_machine.travel(T0, tick=False):
        report = store_items([make_item("a", embargoed_until=embargo), make_item("b")])
    assert (report.embargoed, report.created) == (1, 1)

    assert list(WireItem.objects.publishable(T0).values_list("guid", flat=True)) == ["b"]
    assert sorted(WireItem.objects.publishable(embargo).values_list("guid", flat=True)) == ["a", "b"]

    with django_capture_on_commit_callbacks(execute=True):
        assert release_due_embargoes(T0 + dt.timedelta(hours=1)) == 0
        assert release_due_embargoes(embargo) == 1
        assert release_due_embargoes(embargo + dt.timedelta(minutes=1)) == 0

    item = WireItem.objects.get(guid="a")
    assert item.released_at == embargo
    assert [i.pk for i in released_signals] == [item.pk]


def test_it_releases_an_item_whose_new_version_lifts_the_embargo(released_signals, django_capture_on_commit_callbacks):
    with time_machine.travel(T0, tick=False):
        store_items([make_item("a", embargoed_until=T0 + dt.timedelta(days=1))])
        with django_capture_on_commit_callbacks(execute=True):
            report = store_items([make_item("a", version=2, embargoed_until=None)])

    assert report.updated == 1
    assert WireItem.objects.publishable(T0).count() == 1
    assert WireItem.objects.get().released_at == T0
    assert len(released_signals) == 1


def test_it_treats_an_embargo_already_past_on_arrival_as_never_held(released_signals):
    with time_machine.travel(T0, tick=False):
        report = store_items([make_item("a", embargoed_until=T0 - dt.timedelta(hours=1))])

    assert report.created == 1
    assert WireItem.objects.get().released_at == T0
    assert released_signals == []


def test_it_does_not_publish_withheld_items():
    store_items([make_item("a", pub_status=PubStatus.WITHHELD)])

    assert not WireItem.objects.publishable().exists()


def test_it_drops_nul_characters_that_postgresql_cannot_store():
    report = store_items([make_item("a", body_html="<p>a\x00b</p>", headline="x\x00y")])

    assert report.created == 1
    item = WireItem.objects.get()
    assert (item.body_html, item.headline) == ("<p>ab</p>", "xy")
    assert store_items([make_item("a", body_html="<p>a\x00b</p>", headline="x\x00y")]).unchanged == 1
