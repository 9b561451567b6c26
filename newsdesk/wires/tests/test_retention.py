"""Retention: document digests and quarantine rows go after their configured periods, nothing sooner."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import override_settings

from newsdesk.wires.models import IngestedDocument, Quarantine
from newsdesk.wires.services import prune_ingest_records

pytestmark = pytest.mark.django_db

START = dt.datetime(2025, 8, 1, 9, 0, tzinfo=dt.UTC)


@override_settings(NEWSDESK_WIRES_INGESTED_DOCUMENT_DAYS=30, NEWSDESK_WIRES_QUARANTINE_DAYS=90)
def test_it_prunes_document_digests_and_quarantine_after_their_periods() -> None:
    with time_machine.travel(START, tick=False) as traveller:
        old = IngestedDocument.objects.create(agency="A", digest="a" * 64, parser_version="1")
        Quarantine.objects.create(agency="A", reason="no headline")
        traveller.shift(dt.timedelta(days=29))
        IngestedDocument.objects.filter(pk=old.pk).update(last_seen=START + dt.timedelta(days=29))  # seen again
        IngestedDocument.objects.create(agency="A", digest="b" * 64, parser_version="1", first_seen=START,
                                        last_seen=START)  # fmt: skip

        traveller.shift(dt.timedelta(days=2))
        assert prune_ingest_records() == {"ingested documents": 1, "quarantine": 0}
        assert list(IngestedDocument.objects.values_list("digest", flat=True)) == ["a" * 64]

        traveller.shift(dt.timedelta(days=60))
        assert prune_ingest_records() == {"ingested documents": 1, "quarantine": 1}
        assert not IngestedDocument.objects.exists() and not Quarantine.objects.exists()
