from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from newsdesk.wires.models import MAX_BACKOFF, Source, WireItem
from newsdesk.wires.signals import wire_item_withdrawn
from newsdesk.wires.storage import store_items
from newsdesk.wires.tests.support import T0, make_item

pytestmark = pytest.mark.django_db


def make_source(**fields: object) -> Source:
    defaults: dict[str, object] = {
        "name": "Feed",
        "kind": Source.Kind.FEED,
        "location": "https://example.org/feed",
        "agency": "AG",
    }
    defaults.update(fields)
    return Source.objects.create(**defaults)


def test_it_lets_only_one_worker_claim_a_due_source():
    source = make_source(next_poll_at=T0)
    first, second = Source.objects.get(pk=source.pk), Source.objects.get(pk=source.pk)

    assert first.claim(T0) is True
    assert second.claim(T0) is False
    claimed_until = Source.objects.get(pk=source.pk).next_poll_at
    assert claimed_until is not None
    assert claimed_until > T0


def test_it_claims_a_source_never_polled():
    source = make_source(next_poll_at=None)

    assert source.claim(T0) is True
    assert source.next_poll_at is not None


def test_it_does_not_claim_a_disabled_source():
    source = make_source(enabled=False)

    assert source.claim(T0) is False


def test_it_backs_off_a_failing_source_up_to_a_limit():
    source = make_source(poll_interval=300)

    source.record_failure(T0, "boom")
    assert source.next_poll_at is not None
    first = source.next_poll_at - T0
    for _ in range(20):
        source.record_failure(T0, "boom")

    source.refresh_from_db()
    assert source.next_poll_at is not None
    assert source.consecutive_failures == 21
    assert dt.timedelta(seconds=540) <= first <= dt.timedelta(seconds=660)
    assert source.next_poll_at - T0 <= MAX_BACKOFF * 1.1
    assert source.last_error == "boom"


def test_it_honours_retry_after_but_not_beyond_a_day():
    source = make_source(poll_interval=300)

    source.record_success(T0, retry_after=dt.timedelta(hours=2))
    assert source.next_poll_at == T0 + dt.timedelta(hours=2)

    source.record_success(T0, retry_after=dt.timedelta(days=365))
    assert source.next_poll_at == T0 + dt.timedelta(days=1)


def test_it_clears_failures_on_success():
    source = make_source()
    source.record_failure(T0, "boom")

    source.record_success(T0, etag='"v2"')

    source.refresh_from_db()
    assert (source.consecutive_failures, source.last_error, source.etag) == (0, "", '"v2"')


def test_it_does_not_let_a_worker_overwrite_an_editors_change():
    source = make_source()
    stale = Source.objects.get(pk=source.pk)
    Source.objects.filter(pk=source.pk).update(name="Renamed", enabled=False)

    stale.record_success(T0, etag="x")

    source.refresh_from_db()
    assert (source.name, source.enabled, source.etag) == ("Renamed", False, "x")


@pytest.mark.parametrize(
    ("kind", "location", "ok"),
    [
        (Source.Kind.FEED, "https://example.org/feed", True),
        (Source.Kind.FEED, "/srv/wires/feed", False),
        (Source.Kind.HTML, "ftp://example.org/a", False),
        (Source.Kind.NEWSML, "/srv/wires/reuters", True),
        (Source.Kind.NEWSML, "relative/folder", False),
        (Source.Kind.NINJS, "https://example.org/ninjs", True),
        (Source.Kind.NITF, "file:///etc", False),
    ],
)
def test_it_validates_the_location_for_the_kind(kind, location, ok):
    source = Source(name="S", kind=kind, location=location, agency="AG")

    if ok:
        source.full_clean()
    else:
        with pytest.raises(ValidationError):
            source.full_clean()


def test_it_withdraws_an_item_once(django_capture_on_commit_callbacks):
    store_items([make_item("a")])
    item = WireItem.objects.get()
    received = []
    wire_item_withdrawn.connect(lambda sender, item, **kw: received.append(item), weak=False, dispatch_uid="t")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            assert item.withdraw("legal") is True
            assert WireItem.objects.get().withdraw("legal again") is False
    finally:
        wire_item_withdrawn.disconnect(dispatch_uid="t")

    item.refresh_from_db()
    assert (item.status, item.withdrawal_reason) == (WireItem.Status.WITHDRAWN, "legal")
    assert len(received) == 1
    assert received[0].status == WireItem.Status.WITHDRAWN
