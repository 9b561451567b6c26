"""Digests cost a fixed number of queries per subscriber, whatever the size of the archive."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsdesk.audience.models import DigestRun, Subscriber
from newsdesk.audience.services import send_digests
from newsdesk.audience.tests.factories import make_subscriber
from newsdesk.newsroom.tests.factories import make_article

pytestmark = pytest.mark.django_db


def digest_queries(subscribers: int, articles: int) -> int:
    """Queries of one daily run for ``subscribers`` readers over an archive of ``articles`` stories."""
    DigestRun.objects.all().delete()
    Subscriber.objects.all().delete()
    mail.outbox.clear()
    for _ in range(subscribers):
        make_subscriber(last_digest_at=timezone.now() - dt.timedelta(days=1))
    for _ in range(articles):
        make_article(published_at=timezone.now() - dt.timedelta(hours=2))
    with CaptureQueriesContext(connection) as queries:
        assert send_digests("daily") == subscribers
    assert len(mail.outbox) == subscribers
    return len(queries)


def test_it_builds_digests_in_queries_bounded_per_subscriber_not_by_the_archive() -> None:
    # Each reader's copy is claimed, built and recorded on its own (that is what makes a
    # run exactly-once across crashes), so queries grow by a constant per subscriber.
    small = digest_queries(subscribers=2, articles=5)
    bigger_archive = digest_queries(subscribers=2, articles=60)
    more_readers = digest_queries(subscribers=4, articles=0)

    assert bigger_archive == small
    per_subscriber = (more_readers - small) / 2
    assert per_subscriber == int(per_subscriber) and per_subscriber <= 18
