"""With Redis down the cache answers misses, drops writes and logs once; pages keep serving."""

from __future__ import annotations

import logging
import socket

import pytest
from django.core.cache import caches
from django.test import Client, override_settings

from newsdesk.lib import cache as fallback


def _down_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    return f"redis://127.0.0.1:{port}/0"


@pytest.fixture(autouse=True)
def _redis_down() -> object:
    fallback.breaker.down_until = 0.0
    fallback.breaker.logged = False
    with override_settings(
        CACHES={"default": {"BACKEND": "newsdesk.lib.cache.FallbackRedisCache", "LOCATION": _down_url()}}
    ):
        yield
    fallback.breaker.down_until = 0.0
    fallback.breaker.logged = False


def test_it_answers_a_miss_and_drops_writes_logging_once(caplog: pytest.LogCaptureFixture) -> None:
    cache = caches["default"]
    with caplog.at_level(logging.ERROR, logger="newsdesk.lib.cache"):
        cache.set("k", 1)
        assert cache.get("k", "miss") == "miss"
        assert cache.add("k", 1) is False
        cache.delete("k")
        fallback.breaker.down_until = 0.0  # the retry pause is over: Redis is tried again, still down
        assert cache.get_many(["k"]) == {}
        with pytest.raises(ValueError):
            cache.incr("k")
    assert len([r for r in caplog.records if r.name == "newsdesk.lib.cache"]) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/", "/news/", "/search/?q=water", "/api/v1/articles", "/newsletter/", "/feedback/", "/feeds/"]
)
def test_it_serves_public_pages_with_redis_down(path: str) -> None:
    response = Client().get(path)
    assert response.status_code in (200, 301, 302), response.status_code
