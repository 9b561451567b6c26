"""Retention of hourly view buckets: gone after the configured days, and never within Trending's window."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import override_settings

from newsdesk.metrics.models import ArticleViewHour
from newsdesk.metrics.retention import prune_view_hours
from newsdesk.newsroom.tests.factories import make_article

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2025, 8, 19, 9, 0, tzinfo=dt.UTC)


@override_settings(NEWSDESK_METRICS_VIEW_HOUR_DAYS=31)
def test_it_prunes_view_buckets_older_than_the_retention_period() -> None:
    article = make_article()
    for days in (0, 30, 32):
        ArticleViewHour.objects.create(article=article, hour=NOW - dt.timedelta(days=days), views=3)

    with time_machine.travel(NOW, tick=False):
        assert prune_view_hours() == 1

    assert sorted((NOW - h).days for h in ArticleViewHour.objects.values_list("hour", flat=True)) == [0, 30]
