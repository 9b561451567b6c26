"""Issue 10 point 5: views per second the beacon absorbs, and database writes per view.

Each reader view is one request for ``/beacon/view/<id>.gif``; the request path must
write nothing to the database, and the worker's flush adds a whole batch in a few
statements. Measured in one process through Django's handler (no HTTP server, so the
figure is the application's own cost per view), with Redis and with the local spool.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

VIEWS = 5_000
ARTICLES = 200
WRITES = ("INSERT", "UPDATE", "DELETE")


def run(store: str) -> None:
    if store == "redis":
        os.environ["REDIS_URL"] = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
    else:
        os.environ.pop("REDIS_URL", None)
    from newsdesk.bench.scratch import setup_scratch_django

    setup_scratch_django(f"views-{store}")
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from newsdesk.metrics import beacon
    from newsdesk.metrics.flush import flush_views
    from newsdesk.metrics.models import ArticleViewHour
    from newsdesk.newsroom.tests.factories import make_article

    beacon.PREFIX = f"bench-views:{os.getpid()}:"
    ids = [make_article().pk for _ in range(ARTICLES)]
    client = Client(HTTP_USER_AGENT="Mozilla/5.0 bench-reader")
    with CaptureQueriesContext(connection) as during:
        started = time.perf_counter()
        for n in range(VIEWS):
            # A distinct reader per view: the flood guard must not shrink the batch.
            client.get(
                f"/beacon/view/{ids[n % ARTICLES]}.gif", REMOTE_ADDR=f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"
            )
        elapsed = time.perf_counter() - started
    with CaptureQueriesContext(connection) as flushing:
        flushed = flush_views()
    counted = sum(ArticleViewHour.objects.values_list("views", flat=True))
    writes = [q for q in flushing.captured_queries if q["sql"].lstrip().upper().startswith(WRITES)]
    conn = beacon.redis_client()
    if conn is not None:
        for key in conn.scan_iter(match=f"{beacon.PREFIX}*"):
            conn.delete(key)
    print(
        f"  {store:<6} {VIEWS / elapsed:>9,.0f} views/s (one process)   "
        f"queries on the request path: {len(during)}   "
        f"flush: {flushed:,} views into {ARTICLES} buckets in {len(writes)} writes "
        f"= {len(writes) / max(flushed, 1):.4f} writes per view   counted {counted:,}/{VIEWS:,}",
        flush=True,
    )


def main() -> int:
    if len(sys.argv) == 2:
        run(sys.argv[1])
        return 0
    failed = 0
    for store in ["redis", "spool"]:
        failed += subprocess.call([sys.executable, "-m", "newsdesk.bench.views", store]) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
