"""A flush killed with SIGKILL at its worst moments loses nothing and counts nothing twice."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from newsdesk.metrics import beacon
from newsdesk.metrics.flush import flush_views
from newsdesk.metrics.models import AppliedFlush, ArticleViewHour
from newsdesk.newsroom.tests.factories import make_article

READER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"
SCRIPT = Path(__file__).with_name("flush_until_paused.py")


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def kill_mid_flush(stage: str, tmp_path: Path) -> None:
    paused = tmp_path / f"paused-{stage}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsdesk.settings",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL or "",
        "SECRET_KEY": settings.SECRET_KEY,
        "DEBUG": "false",
        "NEWSDESK_VAR_DIR": str(settings.VAR_DIR),
    }
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), beacon.PREFIX, stage, str(paused)],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not paused.exists():
        if process.poll() is not None:
            pytest.fail(f"flush ended before pausing: {process.stderr.read() if process.stderr else ''}")
        assert time.monotonic() < deadline, "flush never reached its pause"
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL


def total_views() -> int:
    return sum(ArticleViewHour.objects.values_list("views", flat=True))


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("stage", ["before_apply", "after_apply"])
def test_it_keeps_totals_exact_when_a_flushing_worker_is_killed(
    store: str, stage: str, tmp_path: Path, client: Client
) -> None:
    articles = [make_article() for _ in range(3)]
    for n in range(12):
        client.get(f"/beacon/view/{articles[n % 3].pk}.gif", HTTP_USER_AGENT=READER, REMOTE_ADDR=f"192.0.2.{n}")

    kill_mid_flush(stage, tmp_path)
    # Views that arrive while the dead worker's claim is pending go to a new batch.
    for n in range(12, 15):
        client.get(f"/beacon/view/{articles[0].pk}.gif", HTTP_USER_AGENT=READER, REMOTE_ADDR=f"192.0.2.{n}")
    assert total_views() == (12 if stage == "after_apply" else 0)

    flush_views()

    assert total_views() == 15
    assert dict(ArticleViewHour.objects.values_list("article_id", "views").order_by()) == {
        articles[0].pk: 7,
        articles[1].pk: 4,
        articles[2].pk: 4,
    }
    assert AppliedFlush.objects.count() == 2
    assert flush_views() == 0
    assert total_views() == 15


@pytest.mark.django_db(transaction=True)
def test_it_applies_views_counted_in_different_hours_to_their_own_buckets(store: str, client: Client) -> None:
    article = make_article()
    now = dt.datetime.now(dt.UTC)
    beacon.count_view(article.pk, "a", at=now - dt.timedelta(hours=1))
    beacon.count_view(article.pk, "a", at=now)

    assert flush_views() == 2

    assert ArticleViewHour.objects.filter(article=article).count() == 2
