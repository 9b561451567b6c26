from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import ValidationError

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_source, make_user, make_wire_item

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
EMBARGO = NOW + dt.timedelta(hours=2)


@pytest.fixture
def article() -> Article:
    with time_machine.travel(NOW, tick=False):
        item = make_wire_item(source=make_source(), embargoed_until=EMBARGO)
        return services.create_article_from_items([item], by=None)


@time_machine.travel(NOW, tick=False)
def test_it_refuses_to_publish_before_the_embargo(article):
    with pytest.raises(ValidationError, match="embargoed"):
        services.publish_article(article, by=make_user("Editor"))
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


@time_machine.travel(NOW, tick=False)
def test_it_refuses_to_schedule_before_the_embargo(article):
    with pytest.raises(ValidationError, match="embargoed"):
        services.schedule_article(article, EMBARGO - dt.timedelta(minutes=1), by=make_user("Editor"))


@time_machine.travel(NOW, tick=False)
def test_it_schedules_at_the_embargo_time_and_publishes_then(article):
    services.schedule_article(article, EMBARGO, by=make_user("Editor"))

    assert services.publish_due(EMBARGO - dt.timedelta(seconds=1)) == 0
    assert services.publish_due(EMBARGO) == 1


def test_it_publishes_after_the_embargo_passed(article):
    with time_machine.travel(EMBARGO + dt.timedelta(minutes=1), tick=False):
        assert services.publish_article(article, by=make_user("Editor"))


@time_machine.travel(NOW, tick=False)
def test_it_holds_a_scheduled_story_whose_item_was_embargoed_again(article):
    services.schedule_article(article, EMBARGO, by=make_user("Editor"))
    article.wire_items.update(embargoed_until=EMBARGO + dt.timedelta(hours=1))

    assert services.publish_due(EMBARGO) == 0
