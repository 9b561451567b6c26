"""Exactly once under concurrency: several workers ingesting the same items at the same moment.

Threads share the test database (a file on SQLite, a real server on
PostgreSQL, with ``transaction=True`` so each thread commits for real);
processes run the real ``newsdesk ingest`` against a scratch database of each kind.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from django.utils import timezone

from newsdesk.lib.testing.concurrency import run_at_once
from newsdesk.lib.testing.services import require_postgres
from newsdesk.wires.items import PubStatus
from newsdesk.wires.models import Source, WireItem, WireItemVersion
from newsdesk.wires.services import claim_due_sources, release_due_embargoes
from newsdesk.wires.signals import wire_item_released, wire_item_withdrawn
from newsdesk.wires.storage import IngestReport, store_items
from newsdesk.wires.tests.support import make_item, rss

WORKERS = 4


@pytest.mark.django_db(transaction=True)
def test_it_keeps_one_row_per_item_when_four_threads_ingest_at_once():
    existing = [make_item(f"urn:c:{n}") for n in range(50)]
    store_items(existing)
    kills: list[int] = []
    lock = threading.Lock()

    def on_kill(sender, item, **kwargs):
        with lock:
            kills.append(item.pk)

    def document():
        # Half already stored (a third of those at a new version, one killed), half new.
        items = [make_item(f"urn:c:{n}", version=2 if n % 3 == 0 else 1) for n in range(100)]
        items[3] = make_item("urn:c:3", version=2, pub_status=PubStatus.CANCELED)
        return store_items(items)

    wire_item_withdrawn.connect(on_kill, dispatch_uid="concurrency")
    try:
        reports: list[IngestReport] = run_at_once(document)
    finally:
        wire_item_withdrawn.disconnect(dispatch_uid="concurrency")

    assert WireItem.objects.count() == 100
    assert WireItem.objects.values("agency", "guid").distinct().count() == 100
    # 50 first versions + 50 new items + 17 second versions (n % 3 == 0 among the first 50), once each.
    assert WireItemVersion.objects.count() == 50 + 50 + 17
    assert sum(r.created for r in reports) == 50
    assert sum(r.updated for r in reports) == 16
    assert sum(r.withdrawn for r in reports) == 1
    assert sum(r.unchanged for r in reports) == WORKERS * 100 - 50 - 16 - 1
    assert len(kills) == 1


@pytest.mark.django_db(transaction=True)
def test_it_lets_each_due_source_be_claimed_by_one_worker_only():
    for n in range(40):
        Source.objects.create(name=f"S{n}", kind="feed", location=f"https://example.org/{n}", agency="AG")

    claimed = run_at_once(lambda: [s.pk for s in claim_due_sources()])

    everything = [pk for batch in claimed for pk in batch]
    assert sorted(everything) == sorted(Source.objects.values_list("pk", flat=True))


@pytest.mark.django_db(transaction=True)
def test_it_releases_each_embargo_once_when_four_workers_run_the_task_at_once():
    now = timezone.now()
    store_items([make_item(f"urn:e:{n}", embargoed_until=now + dt.timedelta(hours=1)) for n in range(30)])
    released: list[int] = []
    lock = threading.Lock()

    def on_release(sender, item, **kwargs):
        with lock:
            released.append(item.pk)

    wire_item_released.connect(on_release, dispatch_uid="concurrency")
    try:
        counts = run_at_once(lambda: release_due_embargoes(now + dt.timedelta(hours=2)))
    finally:
        wire_item_released.disconnect(dispatch_uid="concurrency")

    assert sum(counts) == 30
    assert sorted(released) == sorted(WireItem.objects.values_list("pk", flat=True))


# --------------------------------------------------------------------------
# Four processes running the real command
# --------------------------------------------------------------------------


def newsdesk(args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "newsdesk", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def count_rows(database_url: str) -> tuple[int, int]:
    """Items and versions in the scratch database, read directly: one Django start-up less."""
    sql = "SELECT (SELECT COUNT(*) FROM wires_wireitem), (SELECT COUNT(*) FROM wires_wireitemversion)"
    if database_url.startswith("sqlite:///"):
        with closing(sqlite3.connect(database_url.removeprefix("sqlite:///"))) as db:
            items, versions = db.execute(sql).fetchone()
    else:
        import psycopg

        with psycopg.connect(database_url) as db:
            row = db.execute(sql).fetchone()
            assert row is not None
            items, versions = row
    return items, versions


def run_processes(database_url: str, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsdesk.settings",
        "DATABASE_URL": database_url,
        "SECRET_KEY": "concurrency-test",
        "DEBUG": "false",
        "NEWSDESK_VAR_DIR": str(tmp_path / "var"),
    }
    # Only the wires app and what it depends on: the rest of the schema is not under test.
    migrate = newsdesk(["migrate", "wires", "--noinput"], env)
    _, err = migrate.communicate(timeout=300)
    assert migrate.returncode == 0, err

    feed = tmp_path / "feed.xml"
    feed.write_bytes(rss(*[(f"urn:p:{n}", f"Story {n}") for n in range(300)]))
    workers = [newsdesk(["ingest", str(feed), "--agency", "Wire"], env) for _ in range(WORKERS)]
    reports = []
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))

    assert count_rows(database_url) == (300, 300)
    assert sum(r["created"] for r in reports) == 300
    assert sum(r["unchanged"] for r in reports) == 300 * (WORKERS - 1)


def test_it_keeps_one_row_per_item_when_four_processes_ingest_into_sqlite(tmp_path):
    run_processes(f"sqlite:///{tmp_path / 'scratch.sqlite3'}", tmp_path)


@pytest.mark.postgres
def test_it_keeps_one_row_per_item_when_four_processes_ingest_into_postgresql(tmp_path):
    import psycopg

    admin_url = require_postgres()
    name = f"newsdesk_wires_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        run_processes(admin_url.rsplit("/", 1)[0] + f"/{name}", tmp_path)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
