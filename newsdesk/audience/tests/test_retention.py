"""Retention: delivery rows of long-finished digest runs go; the run stays, so its edition is never resent."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
import time_machine
from django.core import mail
from django.test import override_settings

from newsdesk.audience.models import DigestDelivery, DigestRun
from newsdesk.audience.services import prune_digest_deliveries, send_digests
from newsdesk.audience.tests.factories import make_subscriber
from newsdesk.newsroom.tests.factories import make_article

pytestmark = pytest.mark.django_db

TUESDAY = dt.datetime(2025, 8, 19, 3, 30, tzinfo=dt.UTC)


@override_settings(NEWSDESK_DIGEST_DELIVERY_DAYS=180)
def test_it_prunes_deliveries_of_runs_finished_long_ago_and_never_resends_them() -> None:
    with time_machine.travel(TUESDAY, tick=False) as traveller:
        make_subscriber(last_digest_at=TUESDAY - dt.timedelta(days=1))
        make_article()
        assert send_digests("daily") == 1
        traveller.shift(dt.timedelta(days=179))
        assert prune_digest_deliveries() == 0

        traveller.shift(dt.timedelta(days=2))
        assert prune_digest_deliveries() == 1

        assert not DigestDelivery.objects.exists() and DigestRun.objects.count() == 1
        assert send_digests("daily", now=TUESDAY) == 0
        assert len(mail.outbox) == 1


@pytest.mark.parametrize("value", ["0", "half a year", "-3"])
def test_it_refuses_to_start_with_a_bad_retention_period(value: str) -> None:
    env = {**os.environ, "DEBUG": "true", "NEWSDESK_DIGEST_DELIVERY_DAYS": value}
    env.pop("DJANGO_SETTINGS_MODULE", None)

    result = subprocess.run([sys.executable, "-m", "newsdesk", "check"], env=env, capture_output=True, text=True)

    assert result.returncode != 0 and "NEWSDESK_DIGEST_DELIVERY_DAYS" in result.stderr + result.stdout
