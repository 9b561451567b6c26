from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from newsdesk.wires import tasks
from newsdesk.wires.models import FetchLog, Source, WireItem
from newsdesk.wires.storage import store_items
from newsdesk.wires.tests.support import loopback_server, make_item, rss

pytestmark = pytest.mark.django_db


def test_it_polls_due_sources_and_leaves_the_others():
    with loopback_server() as server:
        server.serve("/due", rss(("urn:t:1", "One")))
        server.serve("/later", rss(("urn:t:2", "Two")))
        common = {"kind": Source.Kind.FEED, "agency": "AG", "allow_private_network": True}
        due = Source.objects.create(name="Due", location=server.url("/due"), next_poll_at=None, **common)
        later = Source.objects.create(
            name="Later", location=server.url("/later"), next_poll_at=timezone.now() + dt.timedelta(hours=1), **common
        )
        off = Source.objects.create(name="Off", location=server.url("/later"), enabled=False, **common)

        assert tasks.poll_due_sources.call_local() == 1

    assert list(WireItem.objects.values_list("guid", flat=True)) == ["urn:t:1"]
    assert [log.source_id for log in FetchLog.objects.all()] == [due.pk]
    due.refresh_from_db()
    assert due.next_poll_at is not None
    assert due.next_poll_at > timezone.now()
    assert not FetchLog.objects.filter(source__in=[later, off]).exists()


def test_it_pushes_back_a_source_whose_poll_crashes(monkeypatch):
    source = Source.objects.create(name="S", kind=Source.Kind.FEED, location="https://example.org/f", agency="AG")

    def explode(source, now=None):
        raise RuntimeError("parser bug")

    monkeypatch.setattr(tasks.services, "poll_source", explode)

    tasks.poll_one_source.call_local(source.pk)

    source.refresh_from_db()
    assert source.consecutive_failures == 1
    assert "parser bug" in source.last_error
    assert source.next_poll_at is not None
    assert source.next_poll_at > timezone.now()


def test_it_releases_embargoes_that_have_passed():
    past = timezone.now() - dt.timedelta(minutes=1)
    store_items([make_item("a", embargoed_until=timezone.now() + dt.timedelta(hours=1))])
    WireItem.objects.filter(guid="a").update(embargoed_until=past)

    assert tasks.release_embargoes.call_local() == 1
    assert tasks.release_embargoes.call_local() == 0
    assert WireItem.objects.get().released_at is not None


def test_it_prunes_old_fetch_logs(settings):
    settings.NEWSDESK_WIRES_FETCH_LOG_DAYS = 7
    source = Source.objects.create(name="S", kind=Source.Kind.FEED, location="https://example.org/f", agency="AG")
    FetchLog.objects.create(source=source, started_at=timezone.now() - dt.timedelta(days=8))
    recent = FetchLog.objects.create(source=source)

    assert tasks.prune_fetch_logs.call_local() == 1
    assert list(FetchLog.objects.all()) == [recent]
