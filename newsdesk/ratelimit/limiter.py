"""One fixed-window rate limiter, shared by every process.

Counted in Redis when the default cache is Redis (INCR + EXPIRE in one
MULTI, atomic across processes and machines), otherwise, or while Redis is
down, in the database (one atomic upsert per hit). Never in process memory:
a per-process count multiplies every limit by the number of workers.
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from datetime import UTC, datetime, timedelta

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.db import connection
from redis.exceptions import RedisError

from newsdesk.lib.cache import breaker
from newsdesk.ratelimit.models import Counter

logger = logging.getLogger(__name__)

# Expired counters are removed by the hit that happens to draw this chance,
# so the table stays small without a periodic task.
PRUNE_CHANCE = 0.01


def _key(scope: str, identity: str, window: int, slot: int) -> str:
    # Hashed: keys stay short and hold no address or e-mail in clear.
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
    return f"rl:{scope}:{window}:{slot}:{digest}"


def _count_in_redis(key: str, window: int) -> int | None:
    """The new count, or None when Redis is not configured or not answering."""
    backend = caches["default"]
    if not isinstance(backend, RedisCache) or breaker.is_open():
        return None
    try:
        # The RedisCacheClient Django keeps; its raw client gives INCR and EXPIRE in one MULTI.
        client = backend._cache.get_client(key, write=True)  # type: ignore[attr-defined]
        pipe = client.pipeline(transaction=True)
        pipe.incr(key)
        pipe.expire(key, window + 1)
        count, _ = pipe.execute()
    except RedisError as error:
        breaker.trip(error)
        return None
    return int(count)


def _count_in_database(key: str, window: int, slot: int) -> int:
    expires_at = datetime.fromtimestamp((slot + 1) * window, tz=UTC) + timedelta(seconds=1)
    table = connection.ops.quote_name(Counter._meta.db_table)
    # One statement on SQLite (3.35+) and PostgreSQL alike: the row is created or
    # incremented under the database's own lock, so concurrent hits never lose a count.
    # The table name comes from the model, never from input.
    sql = " ".join(
        [
            f"INSERT INTO {table} (key, count, expires_at) VALUES (%s, 1, %s)",  # noqa: S608
            f"ON CONFLICT (key) DO UPDATE SET count = {table}.count + 1 RETURNING count",
        ]
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [key, expires_at])
        row = cursor.fetchone()
    if random.random() < PRUNE_CHANCE:
        Counter.objects.filter(expires_at__lt=datetime.now(tz=UTC)).delete()
    return int(row[0]) if row else 1


def hit(scope: str, identity: str, *, limit: int, window: int) -> int:
    """Count one event; 0 while within ``limit`` per fixed ``window`` seconds, else seconds until the next window."""
    now = int(time.time())
    slot = now // window
    key = _key(scope, identity, window, slot)
    count = _count_in_redis(key, window)
    if count is None:
        count = _count_in_database(key, window, slot)
    if count > limit:
        return max(1, (slot + 1) * window - now)
    return 0
