"""The shared limiter: counted in the database or Redis, by several processes at once."""

from __future__ import annotations

import multiprocessing
import socket

import pytest
from django.db import connections
from django.test import override_settings

from newsdesk.lib import cache as fallback
from newsdesk.lib.testing.services import require_redis
from newsdesk.ratelimit import limiter

PROCESSES = 4
HITS_EACH = 15
LIMIT = 25


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _hammer(queue: multiprocessing.Queue) -> None:
    allowed = sum(1 for _ in range(HITS_EACH) if limiter.hit("race", "203.0.113.7", limit=LIMIT, window=3600) == 0)
    connections.close_all()
    queue.put(allowed)


def _race() -> int:
    # Fork: each child inherits the test settings (and test database name) and opens its own connection.
    connections.close_all()
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    workers = [context.Process(target=_hammer, args=(queue,)) for _ in range(PROCESSES)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    return sum(queue.get(timeout=5) for _ in workers)


@pytest.fixture(autouse=True)
def _breaker_closed() -> None:
    fallback.breaker.down_until = 0.0
    fallback.breaker.logged = False


@pytest.mark.django_db(transaction=True)
@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}})
def test_it_holds_one_limit_across_processes_in_the_database() -> None:
    assert _race() == LIMIT


@pytest.mark.django_db(transaction=True)
def test_it_holds_one_limit_across_processes_in_redis() -> None:
    url = require_redis()
    with override_settings(CACHES={"default": {"BACKEND": "newsdesk.lib.cache.FallbackRedisCache", "LOCATION": url}}):
        from django.core.cache import caches

        caches["default"].clear()
        assert _race() == LIMIT
        from newsdesk.ratelimit.models import Counter

        assert not Counter.objects.exists()  # counted in Redis, not the fallback


@pytest.mark.django_db
def test_it_counts_in_the_database_while_redis_is_down(caplog: pytest.LogCaptureFixture) -> None:
    url = f"redis://127.0.0.1:{_closed_port()}/0"
    with override_settings(CACHES={"default": {"BACKEND": "newsdesk.lib.cache.FallbackRedisCache", "LOCATION": url}}):
        answers = [limiter.hit("down", "198.51.100.2", limit=3, window=60) for _ in range(5)]
    assert answers[:3] == [0, 0, 0]
    assert all(0 < a <= 60 for a in answers[3:])
