from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import time_machine
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from newsdesk.metrics import beacon as beacon_module
from newsdesk.metrics.flush import flush_views
from newsdesk.metrics.models import AppliedFlush, ArticleViewHour
from newsdesk.metrics.signals import trending_refreshed
from newsdesk.newsroom.tests.factories import make_article

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

NOW = dt.datetime(2025, 8, 19, 12, 30, tzinfo=dt.UTC)
HOUR = NOW.replace(minute=0)
READER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"


def beacon(client: Client, article_id: int | str, agent: str = READER, address: str = "198.51.100.7") -> Response:
    return client.get(f"/beacon/view/{article_id}.gif", HTTP_USER_AGENT=agent, REMOTE_ADDR=address)


def views_of(article_id: int) -> dict[dt.datetime, int]:
    return dict(ArticleViewHour.objects.filter(article_id=article_id).values_list("hour", "views"))


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_answers_an_uncacheable_gif_without_a_cookie_or_any_query(store: str, client: Client) -> None:
    article = make_article()

    with CaptureQueriesContext(connection) as queries:
        response = beacon(client, article.pk)

    assert response.status_code == 200
    assert response["Content-Type"] == "image/gif"
    assert response.content.startswith(b"GIF89a")
    assert response["Cache-Control"] == "no-store, private"
    assert not response.cookies
    assert "Set-Cookie" not in response
    assert len(queries) == 0


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_counts_reader_views_into_the_hourly_bucket_on_flush(
    store: str, client: Client, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    article = make_article()
    for n in range(5):
        beacon(client, article.pk, address=f"198.51.100.{n}")
    sent: list[int] = []

    def on_refresh(sender: object, views: int, **kwargs: object) -> None:
        sent.append(views)

    trending_refreshed.connect(on_refresh, dispatch_uid="test-beacon")
    try:
        assert views_of(article.pk) == {}
        with django_capture_on_commit_callbacks(execute=True):
            assert flush_views() == 5
    finally:
        trending_refreshed.disconnect(dispatch_uid="test-beacon")

    assert views_of(article.pk) == {HOUR: 5}
    assert sent == [5]
    assert flush_views() == 0  # nothing new: no write, no refresh signal
    assert views_of(article.pk) == {HOUR: 5}


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_adds_to_an_existing_bucket_in_one_write_per_bucket(store: str, client: Client) -> None:
    article, other = make_article(), make_article()
    ArticleViewHour.objects.create(article=article, hour=HOUR, views=10)
    for n in range(30):
        beacon(client, article.pk, address=f"203.0.113.{n}")
        beacon(client, other.pk, address=f"203.0.113.{n}")

    with CaptureQueriesContext(connection) as queries:
        flush_views()

    assert views_of(article.pk) == {HOUR: 40}
    assert views_of(other.pk) == {HOUR: 30}
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE"}]
    # One UPDATE per bucket, an INSERT for the new bucket, one AppliedFlush row.
    assert len(writes) <= 4


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_ignores_crawlers(store: str, client: Client) -> None:
    article = make_article()
    for agent in ["Googlebot/2.1", "facebookexternalhit/1.1", "curl/8.5", ""]:
        assert beacon(client, article.pk, agent=agent).status_code == 200

    flush_views()

    assert views_of(article.pk) == {}


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_counts_a_flood_from_one_client_once_per_article_and_hour(store: str, client: Client) -> None:
    article = make_article()
    for _ in range(200):
        beacon(client, article.pk)
    beacon(client, article.pk, agent=READER + " other browser")
    with time_machine.travel(NOW + dt.timedelta(hours=1), tick=False):
        beacon(client, article.pk)

    flush_views()

    assert views_of(article.pk) == {HOUR: 2, HOUR + dt.timedelta(hours=1): 1}


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_never_trusts_the_article_id(store: str, client: Client) -> None:
    article = make_article()
    for junk in ["0", "abc", "-1", "1.5", "9" * 40, "99999999"]:
        response = beacon(client, junk)
        assert response.status_code in {200, 404}, junk
    beacon(client, article.pk)

    flush_views()

    assert list(ArticleViewHour.objects.values_list("article_id", flat=True)) == [article.pk]
    assert AppliedFlush.objects.count() == 1


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_leaves_the_article_page_without_a_database_write(store: str, client: Client) -> None:
    article = make_article()
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=READER)  # warm the cached chrome

    with CaptureQueriesContext(connection) as queries:
        response = client.get(article.get_absolute_url(), HTTP_USER_AGENT=READER)

    assert response.status_code == 200
    writes = [q["sql"] for q in queries if not q["sql"].lstrip().upper().startswith(("SELECT", "SAVEPOINT", "RELEASE"))]
    assert writes == []
    assert f'src="/beacon/view/{article.pk}.gif"' in response.content.decode()
    assert ArticleViewHour.objects.count() == 0


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_rebuilds_trending_from_the_flushed_counts(
    store: str, client: Client, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    from newsdesk.site.chrome import sidebar

    quiet, read = make_article(headline="Quiet"), make_article(headline="Read")
    ArticleViewHour.objects.create(article=quiet, hour=HOUR, views=1)
    assert [a.headline for a in sidebar().trending] == ["Quiet"]
    for n in range(3):
        beacon(client, read.pk, address=f"198.51.100.{n}")

    with django_capture_on_commit_callbacks(execute=True):
        flush_views()

    assert [a.headline for a in sidebar().trending] == ["Read", "Quiet"]


@pytest.mark.django_db
@time_machine.travel(NOW, tick=False)
def test_it_counts_into_the_spool_when_redis_is_down(client: Client, tmp_path: Path) -> None:
    article = make_article()
    with override_settings(REDIS_URL="redis://127.0.0.1:1/0", VAR_DIR=tmp_path):
        beacon_module._client = None
        try:
            assert beacon(client, article.pk).status_code == 200
            assert flush_views() == 1
        finally:
            beacon_module._client = None

    assert views_of(article.pk) == {HOUR: 1}


@pytest.mark.django_db
def test_it_refuses_a_post_and_does_not_count_a_head(store: str, client: Client) -> None:
    article = make_article()

    assert client.post(f"/beacon/view/{article.pk}.gif", HTTP_USER_AGENT=READER).status_code == 405
    assert client.head(f"/beacon/view/{article.pk}.gif", HTTP_USER_AGENT=READER).status_code == 200
    flush_views()

    assert not ArticleViewHour.objects.exists()
