"""Readers' "Created" is the first publication time, never the draft's start."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

DRAFTED = dt.datetime(2026, 3, 1, 6, 0, tzinfo=dt.UTC)
RUNS = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def draft() -> Article:
    return make_article(status=Article.Status.DRAFT, published_at=None, created_at=DRAFTED, updated_at=DRAFTED)


def test_it_sets_created_to_the_scheduled_publication_time():
    article = draft()
    with time_machine.travel(DRAFTED, tick=False):
        services.schedule_article(article, RUNS, by=make_user("Editor"))
    with time_machine.travel(RUNS, tick=False):
        assert services.publish_due() == 1

    article.refresh_from_db()
    assert article.created_at == article.updated_at == article.published_at == RUNS


def test_it_sets_created_when_published_now_and_keeps_it_on_a_republication():
    article = draft()
    editor = make_user("Editor")
    with time_machine.travel(RUNS, tick=False):
        services.publish_article(article, by=editor)
        services.withdraw_article(article, "Checking a figure", by=editor)
    with time_machine.travel(RUNS + dt.timedelta(hours=3), tick=False):
        services.publish_article(article, by=editor)

    article.refresh_from_db()
    assert article.created_at == RUNS
    assert article.published_at == RUNS + dt.timedelta(hours=3)


def test_it_shows_readers_and_feeds_the_first_publication_time(client):
    article = draft()
    with time_machine.travel(RUNS, tick=False):
        services.publish_article(article, by=make_user("Editor"))
    with time_machine.travel(RUNS + dt.timedelta(minutes=5), tick=False):
        page = client.get(article.get_absolute_url()).content.decode()

    # 09:00 UTC is 14:30 in the site's zone (Asia/Kolkata); the draft was started on 01-03-2026.
    assert "Created: <time" in page and "02-03-2026 14:30 IST" in page
    assert "01-03-2026" not in page
