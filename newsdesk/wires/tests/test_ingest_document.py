from __future__ import annotations

from unittest import mock

import pytest

from newsdesk.wires import services
from newsdesk.wires.models import IngestedDocument, WireItem
from newsdesk.wires.services import ingest_document
from newsdesk.wires.tests.support import rss

pytestmark = pytest.mark.django_db

FEED = rss(("urn:a:1", "Ports reopen"), ("urn:a:2", "Rates held"))


def test_it_answers_a_document_seen_before_without_parsing_it_again() -> None:
    first = ingest_document(FEED, fmt="rss", agency="Agency A")

    with mock.patch.object(services, "parse_document", side_effect=AssertionError("parsed again")):
        again = ingest_document(FEED, fmt="rss", agency="Agency A")

    assert first.created == 2
    assert again.counts() == {"created": 0, "updated": 0, "unchanged": 2, "withdrawn": 0, "embargoed": 0,
                              "rejected": 0}  # fmt: skip
    assert WireItem.objects.count() == 2
    assert IngestedDocument.objects.get().items == 2


def test_it_reads_a_changed_document_and_the_same_bytes_from_another_agency() -> None:
    ingest_document(FEED, fmt="rss", agency="Agency A")

    other_agency = ingest_document(FEED, fmt="rss", agency="Agency B")
    changed = ingest_document(rss(("urn:a:1", "Ports reopen after strike"), ("urn:a:2", "Rates held")),
                              fmt="rss", agency="Agency A")  # fmt: skip

    assert other_agency.created == 2
    assert changed.updated + changed.created == 1 and changed.unchanged == 1


def test_it_parses_again_after_a_parser_upgrade() -> None:
    ingest_document(FEED, fmt="rss", agency="Agency A")

    with mock.patch.object(services, "PARSER_VERSION", "next"):
        again = ingest_document(FEED, fmt="rss", agency="Agency A")

    assert again.unchanged == 2
    assert IngestedDocument.objects.filter(parser_version="next").exists()
