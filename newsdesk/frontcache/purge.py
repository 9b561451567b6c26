"""Purge the front cache by surrogate key, after the change that calls for it commits.

The contract other apps use (no other module talks to the front cache)::

    from newsdesk.frontcache import keys
    from newsdesk.frontcache.purge import purge_keys

    purge_keys(keys.SIDEBAR, soft=True)   # Trending refreshed: side columns on every page
    purge_keys(keys.article(42))          # hard: the next request goes to the application

Each page names what it shows in an ``xkey`` response header (see ``keys`` and
the middleware); Varnish's ``vmod_xkey`` indexes its objects by those keys and
our VCL (``deploy/varnish/newsdesk.vcl``) turns a ``PURGE`` request from
loopback into ``xkey.purge()`` or ``xkey.softpurge()``.

A hard purge drops the objects: the next reader waits for the application. A
soft purge only expires them: the next reader still gets the old copy while
Varnish fetches the new one in the background (grace). Stories that must go
at once (a kill, a correction) are hard; side columns that merely gain a
story are soft.

Purges are sent after the writer's transaction commits, never inside it: sent
earlier, a reader arriving in between would have Varnish fetch and keep the old
rows for the whole shared lifetime. Keys asked for within one transaction go
out in one request per front cache. With ``NEWSDESK_FRONTCACHE_URL`` empty (no
front cache: development, tests) nothing is sent.
"""

from __future__ import annotations

import http.client
import logging
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.http import HttpResponse

logger = logging.getLogger(__name__)

# The response header vmod_xkey reads; keys are separated by spaces.
KEY_HEADER = "xkey"
# The request header our VCL reads to choose a soft purge.
SOFT_HEADER = "xkey-soft"
# A purge is a loopback or LAN round trip; a front cache that does not answer
# within this is down, and the page's shared lifetime bounds what stays stale.
PURGE_TIMEOUT_SECONDS = 2.0
# Varnish refuses request headers beyond http_req_hdr_len (8 KB by default).
MAX_KEYS_PER_REQUEST = 500


def add_surrogate_keys(response: HttpResponse, *keys: str) -> None:
    """Name what a response shows, so a purge of any of those keys drops it."""
    existing = response.get(KEY_HEADER, "").split()
    merged = list(dict.fromkeys([*existing, *(k for k in keys if k)]))
    if merged:
        response[KEY_HEADER] = " ".join(merged)


def purge_keys(*keys: str, soft: bool = False, using: str = "default") -> None:
    """Purge every cached page carrying any of ``keys`` once the current transaction commits.

    Outside a transaction the purge is sent at once. A hard request for a key
    wins over a soft one in the same transaction.
    """
    if not settings.NEWSDESK_FRONTCACHE_URL:
        return
    connection = transaction.get_connection(using)
    batch = None
    if connection.in_atomic_block:
        # One batch per transaction: join the one already waiting among its commit hooks.
        # Rolled back, Django drops the hooks and the batch with them.
        batch = next((func for _, func, _ in connection.run_on_commit if isinstance(func, _Batch)), None)
    if batch is not None:
        (batch.soft if soft else batch.hard).update(k for k in keys if k)
        return
    batch = _Batch()
    (batch.soft if soft else batch.hard).update(k for k in keys if k)
    # Runs at once when no transaction is open.
    transaction.on_commit(batch, using=using, robust=True)


class _Batch:
    """The keys one transaction asked to purge; called once, after it commits."""

    def __init__(self) -> None:
        self.hard: set[str] = set()
        self.soft: set[str] = set()

    def __call__(self) -> None:
        hard_keys, soft_keys = sorted(self.hard), sorted(self.soft - self.hard)
        for url in settings.NEWSDESK_FRONTCACHE_URL:
            for keys in _batches(hard_keys):
                send_purge(url, keys, soft=False)
            for keys in _batches(soft_keys):
                send_purge(url, keys, soft=True)


def _batches(keys: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(keys), MAX_KEYS_PER_REQUEST):
        yield keys[start : start + MAX_KEYS_PER_REQUEST]


def send_purge(url: str, keys: list[str], *, soft: bool) -> int | None:
    """Ask one front cache to purge ``keys``; the number of objects it dropped, None on failure.

    A failure is logged, never raised: the change is committed and the reader
    must not see an error; the page's shared lifetime bounds the staleness.
    """
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(
        parts.hostname or "127.0.0.1", parts.port or 80, timeout=PURGE_TIMEOUT_SECONDS
    )
    headers = {KEY_HEADER: " ".join(keys)}
    if soft:
        headers[SOFT_HEADER] = "1"
    try:
        connection.request("PURGE", "/", headers=headers)
        response = connection.getresponse()
        body = response.read(200)
    except (OSError, http.client.HTTPException) as error:
        logger.error("front cache %s did not take the purge of %s: %s", url, " ".join(keys), error)
        return None
    finally:
        connection.close()
    if response.status != 200:
        logger.error("front cache %s refused the purge of %s: %s %r", url, " ".join(keys), response.status, body)
        return None
    count = response.getheader("xkey-purged", "")
    return int(count) if count.isdigit() else 0
