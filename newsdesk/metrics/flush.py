"""Moving beacon counts (Redis hash or local spool) into the hourly buckets, exactly once.

Each flush first claims what is pending under a unique name (Redis RENAME, file rename:
both atomic), then applies every claimed batch in one transaction that also stores the
claim's name in ``AppliedFlush`` (unique), then deletes the claim. A worker killed at any
point leaves either an unapplied claim (the next flush applies it) or an applied one (the
next flush sees the row and only deletes it): nothing lost, nothing counted twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import uuid
from collections import Counter
from collections.abc import Callable

import redis
from django.db import IntegrityError, transaction
from django.utils import timezone
from redis.exceptions import RedisError, ResponseError

from newsdesk.metrics import beacon
from newsdesk.metrics.beacon import SPOOL_NAME, redis_client, spool_dir
from newsdesk.metrics.models import AppliedFlush, ArticleViewHour
from newsdesk.metrics.signals import trending_refreshed
from newsdesk.newsroom.models import Article

logger = logging.getLogger(__name__)

Counts = Counter[tuple[int, int]]  # (hour timestamp, article id) -> views
APPLIED_KEPT = dt.timedelta(days=1)
ID_CHUNK = 5000  # article ids per lookup, under SQLite's bound-parameter limit

# Tests set these to pause a flush before or after it commits a batch, to kill it there.
before_apply: Callable[[str], None] | None = None
after_apply: Callable[[str], None] | None = None


def apply_counts(key: str, counts: Counts) -> bool:
    """Add one claimed batch to the buckets; False if it was applied before (or is being applied)."""
    article_ids = {a for _, a in counts}
    known: set[int] = set()
    ids = sorted(article_ids)
    for start in range(0, len(ids), ID_CHUNK):
        # The beacon never trusts the id: views of unknown articles are dropped here.
        known.update(Article.objects.filter(pk__in=ids[start : start + ID_CHUNK]).values_list("pk", flat=True))
    rows = [
        (article_id, dt.datetime.fromtimestamp(hour_ts, tz=dt.UTC), views)
        for (hour_ts, article_id), views in sorted(counts.items())
        if article_id in known and views > 0
    ]
    with transaction.atomic():
        try:
            # The claim's row first: a second worker applying the same claim waits
            # here for the first to commit, then fails the unique key and stops,
            # before it has added anything.
            with transaction.atomic():
                AppliedFlush.objects.create(key=key, views=sum(v for _, _, v in rows))
        except IntegrityError:
            return False
        ArticleViewHour.add_views(rows)
    return True


def _parse_redis(raw: dict[bytes, bytes]) -> Counts:
    counts: Counts = Counter()
    for field, value in raw.items():
        try:
            hour_s, article_s = field.decode().split(":")
            counts[(int(hour_s), int(article_s))] += int(value)
        except ValueError:
            continue
    return counts


def flush_redis() -> int:
    conn = redis_client()
    if conn is None:
        return 0
    try:
        return _flush_redis(conn)
    except RedisError:
        # Redis down: its counts wait there for the next flush; the spool still goes.
        logger.warning("view flush: Redis unavailable, its counts stay pending", exc_info=True)
        return 0


def _flush_redis(conn: redis.Redis) -> int:
    try:
        conn.rename(f"{beacon.PREFIX}pending", f"{beacon.PREFIX}claimed:{uuid.uuid4().hex}")
    except ResponseError as exc:  # "no such key": nothing counted since the last flush
        if "no such key" not in str(exc).lower():
            raise
    applied = 0
    for raw_key in list(conn.scan_iter(match=f"{beacon.PREFIX}claimed:*")):
        key = raw_key.decode()
        counts = _parse_redis(conn.hgetall(key))  # type: ignore[arg-type]
        if before_apply is not None:
            before_apply(key)
        if apply_counts(key, counts):
            applied += sum(counts.values())
        if after_apply is not None:
            after_apply(key)
        conn.delete(key)
    return applied


def _parse_spool(data: bytes) -> Counts:
    seen: set[tuple[int, int, str]] = set()
    counts: Counts = Counter()
    for line in data.splitlines():
        try:
            hour_s, article_s, client = line.decode().split(" ")
            entry = (int(hour_s), int(article_s), client)
        except ValueError:
            continue  # a torn or hostile line is dropped
        if entry not in seen:  # one view per client, article and hour
            seen.add(entry)
            counts[entry[:2]] += 1
    return counts


def flush_spool() -> int:
    folder = spool_dir()
    with contextlib.suppress(FileNotFoundError):  # nothing spooled since the last flush
        os.rename(folder / SPOOL_NAME, folder / f"claimed-{uuid.uuid4().hex}")
    applied = 0
    for path in sorted(folder.glob("claimed-*")):
        key = f"spool:{path.name}"
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            continue  # another worker on this machine applied and removed it
        counts = _parse_spool(data)
        if before_apply is not None:
            before_apply(key)
        if apply_counts(key, counts):
            applied += sum(counts.values())
        if after_apply is not None:
            after_apply(key)
        path.unlink(missing_ok=True)
    return applied


def flush_views() -> int:
    """Flush every pending count; tell the front cache Trending changed if any arrived."""
    applied = flush_redis() + flush_spool()
    # A claim is deleted a moment after its row is written (or by the next flush), so a
    # day-old row guards nothing any more; keep the table small.
    AppliedFlush.objects.filter(applied_at__lt=timezone.now() - APPLIED_KEPT).delete()
    if applied:
        transaction.on_commit(lambda: trending_refreshed.send(sender=ArticleViewHour, views=applied))
    return applied
