"""Agency kills end to end: stored item, article built on it, kill, page 410."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_source, make_wire_item

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_takes_down_a_published_article_when_the_agency_kills_its_item(client):
    item = make_wire_item(source=make_source())
    article = services.create_article_from_items([item], by=None)
    article.publish()
    assert client.get(article.get_absolute_url()).status_code == 200

    item.withdraw("Legal: wrong name")

    article.refresh_from_db()
    assert article.status == Article.Status.WITHDRAWN
    assert article.withdrawal_reason.startswith("Agency withdrawal:")
    assert "Legal: wrong name" in article.withdrawal_reason
    assert client.get(article.get_absolute_url()).status_code == 410
    assert article not in Article.objects.live()


def test_it_withdraws_scheduled_articles_and_leaves_unrelated_ones():
    item = make_wire_item(source=make_source())
    scheduled = services.create_article_from_items([item], by=None)
    scheduled.schedule(timezone.now() + dt.timedelta(hours=1))
    unrelated = make_article()

    item.withdraw("kill")

    scheduled.refresh_from_db()
    unrelated.refresh_from_db()
    assert scheduled.status == Article.Status.WITHDRAWN
    assert unrelated.status == Article.Status.PUBLISHED


def test_it_takes_down_once_when_the_kill_arrives_twice():
    item = make_wire_item(source=make_source())
    article = services.create_article_from_items([item], by=None)
    article.publish()

    item.withdraw("kill")
    item.withdraw("kill again")

    assert article.transitions.filter(to_status=Article.Status.WITHDRAWN).count() == 1
