"""Scheduled publishing: exactly once, however many workers run it and whatever crashes."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.utils import timezone

from newsdesk.lib.testing.concurrency import run_at_once
from newsdesk.newsroom import services, tasks
from newsdesk.newsroom.models import Article, ArticleTransition
from newsdesk.newsroom.tests.factories import make_article

WORKERS = 4


def _scheduled(count: int, *, minutes_ago: int = 1) -> list[Article]:
    when = timezone.now() - dt.timedelta(minutes=minutes_ago)
    return [make_article(status=Article.Status.SCHEDULED, published_at=None, scheduled_for=when) for _ in range(count)]


@pytest.mark.django_db
def test_it_publishes_due_articles_and_leaves_later_ones():
    due = _scheduled(2)
    later = make_article(
        status=Article.Status.SCHEDULED, published_at=None, scheduled_for=timezone.now() + dt.timedelta(hours=1)
    )

    assert services.publish_due() == 2

    for article in due:
        article.refresh_from_db()
        assert article.status == Article.Status.PUBLISHED
        assert article.scheduled_for is None
        assert article.is_live
    later.refresh_from_db()
    assert later.status == Article.Status.SCHEDULED
    assert services.publish_due() == 0


@pytest.mark.django_db
def test_it_runs_as_a_periodic_task():
    _scheduled(1)

    assert tasks.publish_scheduled_articles.call_local() == 1


@pytest.mark.django_db(transaction=True)
def test_it_publishes_each_article_once_with_four_concurrent_workers():
    articles = _scheduled(30)

    counts = run_at_once(services.publish_due)

    assert sum(counts) == 30
    assert Article.objects.filter(status=Article.Status.PUBLISHED).count() == 30
    for article in articles:
        assert ArticleTransition.objects.filter(article=article, to_status=Article.Status.PUBLISHED).count() == 1


@pytest.mark.django_db(transaction=True)
def test_it_does_not_double_publish_after_a_worker_crashed_mid_claim():
    (article,) = _scheduled(1)

    # The worker dies after its claiming UPDATE but before the audit row commits.
    with (
        mock.patch.object(ArticleTransition.objects, "create", side_effect=RuntimeError("worker killed")),
        pytest.raises(RuntimeError),
    ):
        services.publish_due()

    article.refresh_from_db()
    assert article.status == Article.Status.SCHEDULED  # the claim rolled back with the crash

    assert services.publish_due() == 1
    assert services.publish_due() == 0
    assert ArticleTransition.objects.filter(article=article, to_status=Article.Status.PUBLISHED).count() == 1
