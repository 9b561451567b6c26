from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from newsdesk.lib.testing.concurrency import run_at_once
from newsdesk.metrics.models import ArticleViewHour
from newsdesk.metrics.services import is_probably_bot, record_view, trending
from newsdesk.newsroom.tests.factories import make_article

NOW = dt.datetime(2025, 8, 19, 12, 0, tzinfo=dt.UTC)


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_ranks_by_views_within_the_window_only() -> None:
    steady = make_article(headline="Steady")
    spike = make_article(headline="Spike")
    stale = make_article(headline="Stale")
    for hours_back, article, views in [(1, steady, 30), (5, steady, 30), (2, spike, 50), (100, stale, 10_000)]:
        ArticleViewHour.objects.create(article=article, hour=NOW - dt.timedelta(hours=hours_back), views=views)

    ranked = list(trending(limit=5, hours=48))

    assert [a.headline for a in ranked] == ["Steady", "Spike"]
    assert ranked[0].recent_views == 60  # type: ignore[attr-defined]


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_drops_withdrawn_stories_from_trending() -> None:
    story = make_article()
    ArticleViewHour.objects.create(article=story, hour=NOW, views=99)
    story.withdraw("kill")

    assert list(trending()) == []


@pytest.mark.django_db
def test_it_counts_views_into_hourly_buckets() -> None:
    story = make_article()
    with time_machine.travel(NOW.replace(minute=5)):
        record_view(story.pk)
        record_view(story.pk)
    with time_machine.travel(NOW.replace(hour=13, minute=1)):
        record_view(story.pk)

    assert list(ArticleViewHour.objects.order_by("hour").values_list("hour", "views")) == [
        (NOW, 2),
        (NOW.replace(hour=13), 1),
    ]


@pytest.mark.django_db(transaction=True)
def test_it_loses_no_view_when_readers_arrive_at_once() -> None:
    story = make_article()

    def reader() -> None:
        for _ in range(10):
            record_view(story.pk)

    run_at_once(reader, 4)

    assert sum(ArticleViewHour.objects.filter(article=story).values_list("views", flat=True)) == 40


@pytest.mark.parametrize(
    ("agent", "bot"),
    [("Mozilla/5.0 (iPhone) Safari/604.1", False), ("Googlebot/2.1", True), ("", True), ("curl/8.0", True)],
)
def test_it_tells_crawlers_from_readers(agent: str, bot: bool) -> None:
    assert is_probably_bot(agent) is bot
