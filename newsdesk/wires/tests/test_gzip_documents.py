"""gzip-compressed documents (``.xml.gz`` in drop folders, ``application/gzip`` over HTTP): read under the same cap."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

from newsdesk.wires.models import WireItem
from newsdesk.wires.parsers import DocumentError, parse_document
from newsdesk.wires.services import ingest_path

FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>W</title>'
    b"<link>https://wire.example.com/</link><item><guid>urn:gz:1</guid><title>Compressed story</title>"
    b"<description>Body</description></item></channel></rss>"
)


def test_it_reads_a_gzip_compressed_feed() -> None:
    (item,) = parse_document(gzip.compress(FEED)).items
    assert (item.guid, item.headline) == ("urn:gz:1", "Compressed story")


def test_it_reads_concatenated_gzip_members() -> None:
    half = len(FEED) // 2
    (item,) = parse_document(gzip.compress(FEED[:half]) + gzip.compress(FEED[half:])).items
    assert item.guid == "urn:gz:1"


def test_it_refuses_a_document_that_decompresses_past_the_cap() -> None:
    bomb = gzip.compress(b"<rss>" + b" " * 5_000_000)  # ~5 KB that expands to 5 MB
    with pytest.raises(DocumentError, match="decompresses to more than 1000000 bytes"):
        parse_document(bomb, max_bytes=1_000_000)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (gzip.compress(FEED)[:40], "truncated"),
        (gzip.compress(FEED)[:10] + b"\xff" * 40, "damaged"),
    ],
    ids=["truncated", "corrupt"],
)
def test_it_refuses_a_broken_gzip_stream_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentError, match=reason):
        parse_document(data)


@pytest.mark.django_db
def test_it_decompresses_no_further_than_the_fetch_cap_when_ingesting(tmp_path: Path, settings: Any) -> None:
    settings.NEWSDESK_WIRES_FETCH_MAX_BYTES = 100_000
    (tmp_path / "big.xml.gz").write_bytes(gzip.compress(FEED.replace(b"Body", b"x" * 200_000)))
    report = ingest_path(str(tmp_path), agency="Wire")
    assert report.created == 0
    (error,) = report.errors
    assert error.endswith("decompresses to more than 100000 bytes")


@pytest.mark.django_db
def test_it_ingests_a_gzip_file_from_a_folder(tmp_path: Path) -> None:
    (tmp_path / "feed.xml.gz").write_bytes(gzip.compress(FEED))
    report = ingest_path(str(tmp_path), agency="Wire")
    assert report.created == 1 and report.errors == []
    assert WireItem.objects.get().headline == "Compressed story"
