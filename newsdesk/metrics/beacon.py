"""Counting a view without the database: Redis when configured, else a local spool.

The beacon runs behind the front cache on every reader view, so it must be cheap and
never touch the database; ``flush.py`` moves the counts into the hourly buckets.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
from pathlib import Path

import redis
from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)

# Redis keys: "<PREFIX>pending" (hash "<hour>:<article id>" -> views), "<PREFIX>claimed:<uuid>"
# (a hash a flush took), "<PREFIX>seen:<hour>:<article id>:<client>" (flood guard: one
# client counts at most once per article per clock hour, so a reader reloading, or a
# script hammering the beacon, cannot move Trending by itself).
# Tests give each run its own prefix.
PREFIX = "newsdesk:views:"
SPOOL_NAME = "views.spool"

_client: redis.Redis | None = None


def redis_client() -> redis.Redis | None:
    global _client
    if not settings.REDIS_URL:
        return None
    if _client is None:
        _client = redis.Redis.from_url(settings.REDIS_URL, socket_timeout=0.5)
    return _client


def spool_dir() -> Path:
    path = Path(settings.VAR_DIR) / "views"
    path.mkdir(parents=True, exist_ok=True)
    return path


def hour_of(at: dt.datetime) -> int:
    return int(at.replace(minute=0, second=0, microsecond=0).timestamp())


def client_tag(address: str, user_agent: str) -> str:
    # Hashed so neither Redis nor the spool keeps a reader's address.
    key = settings.SECRET_KEY.encode()[:64]
    return hashlib.blake2b(f"{address}|{user_agent}".encode(), digest_size=8, key=key).hexdigest()


def count_view(article_id: int, client: str, at: dt.datetime | None = None) -> None:
    hour = hour_of(at or timezone.now())
    conn = redis_client()
    if conn is not None:
        try:
            if conn.set(f"{PREFIX}seen:{hour}:{article_id}:{client}", 1, nx=True, ex=3600):
                conn.hincrby(f"{PREFIX}pending", f"{hour}:{article_id}", 1)
            return
        except redis.RedisError:
            # Redis down: the view goes to the spool (flushed the same way), never a 500.
            logger.warning("view beacon: Redis unavailable, counting into the local spool", exc_info=True)
    spool_view(hour, article_id, client)


def spool_view(hour: int, article_id: int, client: str) -> None:
    # One write() of a short line on an O_APPEND descriptor is atomic between processes.
    # Duplicates of (client, article, hour) are dropped by the flush within one batch
    # (a minute), a weaker flood guard than Redis's hour-long one: this is the path for
    # a single machine without Redis.
    line = f"{hour} {article_id} {client}\n".encode()
    fd = os.open(spool_dir() / SPOOL_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)
