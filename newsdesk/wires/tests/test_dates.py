"""Dates as agencies write them: named zones, other languages' day and month names, no zone at all."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import feedparser
import pytest
from django.core.exceptions import ValidationError

from newsdesk.wires.models import Source, WireItem
from newsdesk.wires.parsers import parse_document
from newsdesk.wires.parsers.base import parse_time
from newsdesk.wires.services import poll_source

UTC = dt.UTC


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Tue, 10 Jun 2025 10:00:00 CEST", dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)),
        ("Tue, 10 Dec 2025 10:00:00 CET", dt.datetime(2025, 12, 10, 9, 0, tzinfo=UTC)),
        ("Tue, 10 Jun 2025 10:00:00 EST", dt.datetime(2025, 6, 10, 15, 0, tzinfo=UTC)),
        ("Tue, 19 Aug 2025 14:29:00 IST", dt.datetime(2025, 8, 19, 8, 59, tzinfo=UTC)),
        ("Wed, 03 Dec 2025 08:15:00 JST", dt.datetime(2025, 12, 2, 23, 15, tzinfo=UTC)),
        ("Tue, 10 Jun 2025 10:00:00 GMT+2", dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)),
        ("2025-06-10T10:00:00 CEST", dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)),
        ("2025-06-10 10:00 EST", dt.datetime(2025, 6, 10, 15, 0, tzinfo=UTC)),
    ],
)
def test_it_reads_named_time_zones(raw: str, expected: dt.datetime) -> None:
    assert parse_time(raw) == (expected, False)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Di, 10 Jun 2025 10:00:00 +0200", dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)),  # dpa
        ("Mi, 03 Dez 2025 08:15:00 MEZ", dt.datetime(2025, 12, 3, 7, 15, tzinfo=UTC)),
        ("mar., 10 juin 2025 10:00:00 +0200", dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)),  # AFP French
        ("Martes, 10 de junio de 2025 10:00:00 +0200", dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)),  # EFE
        ("ter, 10 jun 2025 10:00:00 -0300", dt.datetime(2025, 6, 10, 13, 0, tzinfo=UTC)),  # Brazilian publisher
        ("lun, 03 mar 2025 09:00:00 +0100", dt.datetime(2025, 3, 3, 8, 0, tzinfo=UTC)),  # Italian
        ("10 mars 2025 10:00 +0100", dt.datetime(2025, 3, 10, 9, 0, tzinfo=UTC)),
    ],
)
def test_it_reads_day_and_month_names_in_other_languages(raw: str, expected: dt.datetime) -> None:
    assert parse_time(raw) == (expected, False)


def test_it_flags_a_time_without_a_zone() -> None:
    assert parse_time("Di, 10 Jun 2025 10:00:00") == (dt.datetime(2025, 6, 10, 10, 0, tzinfo=UTC), True)


@pytest.mark.parametrize("raw", ["gibberish", "Tuesday", "32 Jun 2025 10:00 CEST"])
def test_it_leaves_unreadable_dates_unread(raw: str) -> None:
    assert parse_time(raw) == (None, False)


def test_it_reads_a_french_feed_where_feedparser_reads_no_date() -> None:
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Dépêches</title>'
        "<link>https://fr.example.com/</link><item><guid>urn:fr:1</guid><title>Grève</title>"
        "<pubDate>mar., 10 juin 2025 10:00:00 CEST</pubDate></item></channel></rss>"
    ).encode()
    (entry,) = feedparser.parse(io.BytesIO(feed)).entries
    assert entry.get("published_parsed") is None
    (item,) = parse_document(feed).items
    assert item.first_created == dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)
    assert not item.times_assumed_utc


ZONELESS = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Regional</title>'
    b"<link>https://regional.example.de/</link><item><guid>urn:de:1</guid><title>Hochwasser</title>"
    b"<pubDate>Di, 10 Jun 2025 10:00:00</pubDate></item></channel></rss>"
)


def test_it_takes_zoneless_times_in_the_sources_zone_and_flags_them() -> None:
    (item,) = parse_document(ZONELESS, assume_zone="Europe/Berlin").items
    assert item.first_created == dt.datetime(2025, 6, 10, 8, 0, tzinfo=UTC)
    assert item.times_assumed_utc
    assert "published: 'Di, 10 Jun 2025 10:00:00' has no time zone; taken as Europe/Berlin" in item.warnings


def test_it_takes_zoneless_times_as_utc_without_a_source_zone() -> None:
    (item,) = parse_document(ZONELESS).items
    assert item.first_created == dt.datetime(2025, 6, 10, 10, 0, tzinfo=UTC)
    assert "published: 'Di, 10 Jun 2025 10:00:00' has no time zone; taken as UTC" in item.warnings


@pytest.mark.django_db
def test_it_applies_the_zone_set_on_the_source(tmp_path: Path) -> None:
    (tmp_path / "feed.xml").write_bytes(ZONELESS)
    source = Source.objects.create(
        name="Regional", kind=Source.Kind.FEED, location=str(tmp_path), agency="Regional", time_zone="Asia/Kolkata"
    )
    poll_source(source)
    item = WireItem.objects.get(agency="Regional")
    assert item.first_created == dt.datetime(2025, 6, 10, 4, 30, tzinfo=UTC)
    assert item.times_assumed_utc


@pytest.mark.django_db
def test_it_refuses_a_source_zone_that_does_not_exist() -> None:
    source = Source(name="Bad", kind=Source.Kind.FEED, location="/srv/drop", agency="A", time_zone="Europe/Atlantis")
    with pytest.raises(ValidationError, match="not an IANA time zone name"):
        source.full_clean()
