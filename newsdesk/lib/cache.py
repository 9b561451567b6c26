"""A Redis cache that degrades to a miss when Redis is down.

A cache is an optimisation: with Redis stopped every page must still be served
from the database. Reads answer a miss, writes are dropped, and the outage is
logged once (again only after Redis has answered in between). After a failure
Redis is left alone for ``RETRY_SECONDS`` so each request does not pay a
connection attempt.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0


class _Breaker:
    """Shared by every cache instance in the process: one outage, one log line."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.logged = False

    def is_open(self) -> bool:
        return time.monotonic() < self.down_until

    def trip(self, error: Exception) -> None:
        with self.lock:
            self.down_until = time.monotonic() + RETRY_SECONDS
            if not self.logged:
                self.logged = True
                logger.error("Redis cache unavailable, serving without it: %s", error)

    def reset(self) -> None:
        if self.logged:
            with self.lock:
                if self.logged:
                    self.logged = False
                    logger.warning("Redis cache is back")


breaker = _Breaker()


class FallbackRedisCache(RedisCache):
    """Django's RedisCache; any Redis error turns into a miss (reads) or a no-op (writes)."""

    def _guard(self, method: str, miss: Any, *args: Any, **kwargs: Any) -> Any:
        if breaker.is_open():
            return miss
        try:
            result = getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            breaker.trip(error)
            return miss
        breaker.reset()
        return result

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        return self._guard("get", default, key, default, version)

    def get_many(self, keys: Any, version: int | None = None) -> dict[str, Any]:
        result: dict[str, Any] = self._guard("get_many", {}, keys, version)
        return result

    def has_key(self, key: Any, version: int | None = None) -> bool:
        return bool(self._guard("has_key", False, key, version))

    def set(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> None:
        self._guard("set", None, key, value, timeout, version)

    def add(self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        # False ("not added"): a caller using add() as a lock must not think it holds one.
        return bool(self._guard("add", False, key, value, timeout, version))

    def set_many(self, data: dict[str, Any], timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> list[str]:
        result: list[str] = self._guard("set_many", list(data), data, timeout, version)
        return result

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: int | None = None) -> bool:
        return bool(self._guard("touch", False, key, timeout, version))

    def delete(self, key: Any, version: int | None = None) -> bool:
        return bool(self._guard("delete", False, key, version))

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        self._guard("delete_many", None, keys, version)

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        if breaker.is_open():
            raise ValueError(f"Key '{key}' not found (Redis unavailable)")
        try:
            value: int = super().incr(key, delta, version)
        except RedisError as error:
            breaker.trip(error)
            raise ValueError(f"Key '{key}' not found (Redis unavailable)") from error
        breaker.reset()
        return value

    def clear(self) -> None:
        self._guard("clear", None)
