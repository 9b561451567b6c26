"""``newsdesk ingest`` end to end on the shared agency samples."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
import time_machine
from django.core.management import CommandError, call_command

from newsdesk.wires.models import Quarantine, WireItem
from newsdesk.wires.tests.support import loopback_server, rss

pytestmark = pytest.mark.django_db

SAMPLES = Path("/work/shared/samples")
NINJS = SAMPLES / "iptc" / "ninjs"
NEWSML = SAMPLES / "iptc" / "newsml-g2"
NITF = SAMPLES / "iptc" / "nitf"
FEEDS = SAMPLES / "feeds"
REUTERS_CORRECTION = NEWSML / "reuters_L1N14N0FF_v978556838_correction_edStatC.xml"
REUTERS_KILL = NEWSML / "reuters_L1N14N0FF_v1542761538_kill_canceled_edStatD.xml"

needs_samples = pytest.mark.skipif(not SAMPLES.is_dir(), reason="the shared agency samples are not on this machine")


def ingest(*args: str) -> dict:
    out = io.StringIO()
    call_command("ingest", *args, stdout=out, stderr=io.StringIO())
    lines = out.getvalue().splitlines()
    assert len(lines) == 1, "the command prints exactly one JSON line"
    return json.loads(lines[0])


@needs_samples
def test_it_ingests_a_folder_and_prints_one_json_line():
    report = ingest(str(NINJS), "--agency", "IPTC")

    assert report["created"] == 10
    assert report["withdrawn"] == 1  # 023_pubstatus_canceled
    assert report["rejected"] == 1  # 018_embargoed: a uri and an embargo, no headline or body
    assert report["errors"] == []
    assert set(report) >= {"created", "updated", "unchanged", "withdrawn", "embargoed", "rejected", "rejections"}
    assert WireItem.objects.filter(agency="IPTC").count() == 11


@needs_samples
def test_it_changes_nothing_when_run_again():
    ingest(str(NITF), "--agency", "Wires")
    before = list(WireItem.objects.values().order_by("pk"))

    report = ingest(str(NITF), "--agency", "Wires")

    assert report["unchanged"] == 7
    assert report["created"] == report["updated"] == report["withdrawn"] == 0
    assert list(WireItem.objects.values().order_by("pk")) == before


@needs_samples
def test_it_applies_a_kill_after_the_correction_and_keeps_both_versions():
    first = ingest(str(REUTERS_CORRECTION), "--agency", "Reuters")
    kill = ingest(str(REUTERS_KILL), "--agency", "Reuters")

    assert (first["created"], kill["withdrawn"]) == (1, 1)
    item = WireItem.objects.get(agency="Reuters")
    assert item.status == WireItem.Status.WITHDRAWN
    assert sorted(item.versions.values_list("version", flat=True)) == [978556838, 1542761538]


@needs_samples
def test_it_ignores_the_correction_arriving_after_the_kill():
    ingest(str(REUTERS_KILL), "--agency", "Reuters")

    late = ingest(str(REUTERS_CORRECTION), "--agency", "Reuters")

    assert late["unchanged"] == 1
    item = WireItem.objects.get(agency="Reuters")
    assert (item.version, item.status) == (1542761538, WireItem.Status.WITHDRAWN)


@needs_samples
def test_it_holds_an_embargoed_item_until_its_time():
    with time_machine.travel(dt.datetime(2025, 1, 23, 12, 0, tzinfo=dt.UTC)):
        report = ingest(str(NEWSML / "dpa_embargoed.xml"), "--agency", "dpa")
        assert report["embargoed"] == 1
        assert not WireItem.objects.publishable().exists()

    embargo = WireItem.objects.get().embargoed_until
    assert embargo == dt.datetime(2025, 1, 23, 18, 0, tzinfo=dt.UTC)
    assert WireItem.objects.publishable(embargo).count() == 1


@needs_samples
def test_it_quarantines_bad_items_and_lands_the_good_ones():
    report = ingest(str(NEWSML), "--agency", "G2")

    assert report["rejected"] == len(report["rejections"]) > 0
    assert all(r["reason"] for r in report["rejections"])
    assert report["created"] > 10
    assert Quarantine.objects.filter(agency="G2").count() == report["rejected"]


@needs_samples
def test_it_reads_the_feed_samples_and_names_the_unreadable_files(tmp_path):
    for path in FEEDS.glob("*.xml"):
        shutil.copy(path, tmp_path)

    report = ingest(str(tmp_path))

    assert report["created"] >= 7  # two corpus items carry only an identifier and are rejected
    assert report["documents"] + len(report["errors"]) == 17
    assert all(error.startswith(str(tmp_path)) for error in report["errors"])


def test_it_fails_only_when_nothing_could_be_read(tmp_path):
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"\x00\x01\x02 no format")
    out = io.StringIO()

    with pytest.raises(CommandError, match="nothing could be read"):
        call_command("ingest", str(garbage), stdout=out, stderr=io.StringIO())

    report = json.loads(out.getvalue())
    assert report["documents"] == 0
    assert "garbage.bin" in report["errors"][0]


def test_it_succeeds_when_only_some_documents_are_unreadable(tmp_path):
    (tmp_path / "garbage.bin").write_bytes(b"\x00\x01\x02 no format")
    (tmp_path / "feed.xml").write_bytes(rss(("urn:x:1", "One")))

    report = ingest(str(tmp_path), "--agency", "X")

    assert (report["created"], report["documents"], len(report["errors"])) == (1, 1, 1)


def test_it_fails_on_a_missing_path():
    with pytest.raises(CommandError):
        call_command("ingest", "/nonexistent/wires", stdout=io.StringIO(), stderr=io.StringIO())


def test_it_ingests_a_url_only_when_private_networks_are_allowed():
    with loopback_server() as server:
        server.serve("/feed", rss(("urn:u:1", "One"), ("urn:u:2", "Two")), Content_Type="application/rss+xml")

        with pytest.raises(CommandError):
            call_command("ingest", server.url("/feed"), stdout=io.StringIO(), stderr=io.StringIO())
        report = ingest(server.url("/feed"), "--allow-private-network", "--format", "rss")

    assert report["created"] == 2
    # No agency given or in the document: the host the feed came from.
    assert set(WireItem.objects.values_list("agency", flat=True)) == {"127.0.0.1"}
