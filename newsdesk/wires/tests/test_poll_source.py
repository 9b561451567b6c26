"""Polling one source end to end: a real HTTP server on loopback, or a real folder."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from django.utils import timezone

from newsdesk.wires.models import FetchLog, Quarantine, Source, WireItem, WireItemVersion
from newsdesk.wires.services import poll_source
from newsdesk.wires.tests.support import loopback_server, rss

pytestmark = pytest.mark.django_db

FEED = rss(("urn:feed:1", "First story"), ("urn:feed:2", "Second story"))


@pytest.fixture
def server():
    with loopback_server() as server:
        yield server


def feed_source(url: str, **fields: object) -> Source:
    defaults: dict[str, object] = {
        "name": "Loopback feed",
        "kind": Source.Kind.FEED,
        "location": url,
        "agency": "Loopback News",
        "poll_interval": 300,
        "allow_private_network": True,
    }
    defaults.update(fields)
    return Source.objects.create(**defaults)


def serve_feed_with_etag(server, path="/feed", body=FEED, etag='"v1"'):
    @server.route(path)
    def handler(request):
        if request.headers.get("If-None-Match") == etag:
            request.send_response(304)
            request.send_header("ETag", etag)
            request.send_header("Content-Length", "0")
            request.end_headers()
            return
        request.send_response(200)
        request.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        request.send_header("ETag", etag)
        request.send_header("Last-Modified", "Sun, 01 Mar 2026 09:00:00 GMT")
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)


def test_it_ingests_a_feed_and_keeps_its_validators(server):
    serve_feed_with_etag(server)
    source = feed_source(server.url("/feed"))

    report = poll_source(source)

    assert report.created == 2
    assert set(WireItem.objects.values_list("agency", "guid")) == {
        ("Loopback News", "urn:feed:1"),
        ("Loopback News", "urn:feed:2"),
    }
    assert WireItem.objects.filter(source=source).count() == 2
    source.refresh_from_db()
    assert (source.etag, source.last_modified) == ('"v1"', "Sun, 01 Mar 2026 09:00:00 GMT")
    assert source.consecutive_failures == 0
    assert source.next_poll_at is not None
    assert source.next_poll_at > timezone.now() + dt.timedelta(seconds=250)
    log = FetchLog.objects.get()
    assert (log.status_code, log.counts["created"], log.error) == (200, 2, "")


def test_it_writes_nothing_when_the_feed_is_not_modified(server):
    serve_feed_with_etag(server)
    source = feed_source(server.url("/feed"))
    poll_source(source)
    items = list(WireItem.objects.values().order_by("pk"))
    counts = (WireItemVersion.objects.count(), Quarantine.objects.count())

    report = poll_source(Source.objects.get(pk=source.pk))

    assert server.requests[-1][1]["If-None-Match"] == '"v1"'
    assert report.counts() == {k: 0 for k in report.counts()}
    assert list(WireItem.objects.values().order_by("pk")) == items
    assert (WireItemVersion.objects.count(), Quarantine.objects.count()) == counts
    assert FetchLog.objects.latest("pk").status_code == 304


def test_it_stores_the_new_url_after_a_permanent_redirect(server):
    server.serve("/old", b"", status=301, Location="/new")
    serve_feed_with_etag(server, "/new")
    source = feed_source(server.url("/old"))

    report = poll_source(source)

    assert report.created == 2
    source.refresh_from_db()
    assert source.location == server.url("/new")


def test_it_keeps_the_url_after_a_temporary_redirect(server):
    server.serve("/feed", b"", status=302, Location="/elsewhere")
    serve_feed_with_etag(server, "/elsewhere")
    source = feed_source(server.url("/feed"))

    poll_source(source)

    source.refresh_from_db()
    assert source.location == server.url("/feed")


def test_it_disables_a_source_that_is_gone(server):
    server.serve("/feed", b"gone", status=410)
    source = feed_source(server.url("/feed"))

    poll_source(source)

    source.refresh_from_db()
    assert source.enabled is False
    assert "410" in source.last_error
    assert source.next_poll_at is None


@pytest.mark.parametrize("status", [429, 503])
def test_it_honours_retry_after(server, status):
    server.serve("/feed", b"", status=status, Retry_After="7200")
    source = feed_source(server.url("/feed"), poll_interval=300)

    before = timezone.now()
    poll_source(source)

    source.refresh_from_db()
    assert source.next_poll_at is not None
    assert source.next_poll_at >= before + dt.timedelta(seconds=7200)
    assert source.consecutive_failures == 1
    assert str(status) in source.last_error


def test_it_refuses_loopback_unless_the_source_allows_private_networks(server):
    serve_feed_with_etag(server)
    source = feed_source(server.url("/feed"), allow_private_network=False)

    report = poll_source(source)

    assert server.requests == []
    assert not WireItem.objects.exists()
    assert "loopback" in report.errors[0]
    source.refresh_from_db()
    assert source.consecutive_failures == 1
    assert "loopback" in source.last_error
    assert "loopback" in FetchLog.objects.get().error


def test_it_keeps_validators_unset_when_the_document_is_unreadable(server):
    server.serve("/feed", b"\x00\x01 not a feed", ETag='"broken"', Content_Type="application/octet-stream")
    source = feed_source(server.url("/feed"))

    poll_source(source)

    source.refresh_from_db()
    assert source.etag == ""
    assert source.consecutive_failures == 1
    assert "unreadable document" in source.last_error
    assert Quarantine.objects.get().guid == ""


def ninjs(guid: str, headline: str) -> str:
    return json.dumps({"uri": guid, "headline": headline, "body_html": f"<p>{headline}</p>", "version": "1"})


def test_it_polls_a_folder_and_then_only_what_changed(tmp_path):
    (tmp_path / "a.json").write_text(ninjs("urn:n:a", "A"))
    (tmp_path / "b.json").write_text(ninjs("urn:n:b", "B"))
    (tmp_path / ".hidden.json").write_text(ninjs("urn:n:hidden", "Hidden"))
    (tmp_path / "c.json.part").write_text("{half a doc")
    source = Source.objects.create(name="Drop", kind=Source.Kind.NINJS, location=str(tmp_path), agency="NTB")

    first = poll_source(source, now=timezone.now())

    assert (first.created, first.documents) == (2, 2)
    # The next poll reads only files changed since this one started.
    later = timezone.now() + dt.timedelta(hours=1)
    (tmp_path / "d.json").write_text(ninjs("urn:n:d", "D"))
    os.utime(tmp_path / "d.json", (later.timestamp() + 60,) * 2)
    source.refresh_from_db()
    source.last_success_at = later  # as if the first poll had run an hour from now

    second = poll_source(source, now=later)

    assert (second.created, second.unchanged, second.documents) == (1, 0, 1)
    assert set(WireItem.objects.values_list("guid", flat=True)) == {"urn:n:a", "urn:n:b", "urn:n:d"}


def test_it_quarantines_a_broken_file_and_still_ingests_the_rest(tmp_path):
    (tmp_path / "a.json").write_text(ninjs("urn:n:a", "A"))
    (tmp_path / "broken.json").write_text("{not json")
    source = Source.objects.create(name="Drop", kind=Source.Kind.NINJS, location=str(tmp_path), agency="NTB")

    report = poll_source(source)

    assert report.created == 1
    assert "broken.json" in report.errors[0]
    assert Quarantine.objects.count() == 1
    source.refresh_from_db()
    assert source.consecutive_failures == 0
    assert "broken.json" in FetchLog.objects.get().error


def test_it_does_not_follow_symlinks_out_of_a_folder(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0")
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "passwd.json").symlink_to(secret)
    (drop / "a.json").write_text(ninjs("urn:n:a", "A"))
    source = Source.objects.create(name="Drop", kind=Source.Kind.NINJS, location=str(drop), agency="NTB")

    report = poll_source(source)

    assert (report.created, report.documents, report.errors) == (1, 1, [])
    assert not Quarantine.objects.filter(excerpt__contains="root").exists()


def test_it_records_a_missing_folder_as_a_failure(tmp_path):
    source = Source.objects.create(name="Drop", kind=Source.Kind.NITF, location=str(tmp_path / "missing"), agency="AAP")

    poll_source(source)

    source.refresh_from_db()
    assert source.consecutive_failures == 1
    assert "cannot read folder" in source.last_error
