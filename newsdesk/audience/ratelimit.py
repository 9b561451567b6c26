"""Abuse limits on the public forms: counters in Django's cache, and the client's address.

The counters use ``cache.add`` + ``cache.incr``, both atomic in Redis and in
the local-memory cache, so several processes hitting the same key count every
hit. They are a first line only: the rule that matters most (one confirmation
mail per address per day) is also enforced in the database.
"""

from __future__ import annotations

import hashlib
import ipaddress
import time

from django.core.cache import cache
from django.http import HttpRequest

from newsdesk.audience import conf

HOUR = 3600


def hit(scope: str, identity: str, *, limit: int, window: int = HOUR) -> bool:
    """Count one event for ``identity``; True while it is within ``limit`` per fixed ``window``."""
    # Hashed: keys stay short and valid for any cache, and hold no address in clear.
    digest = hashlib.sha256(identity.encode()).hexdigest()[:32]
    key = f"audience:rl:{scope}:{digest}:{int(time.time()) // window}"
    cache.add(key, 0, timeout=window + 60)
    try:
        count = cache.incr(key)
    except ValueError:
        # Evicted (or expired) between add and incr: this hit starts a new count.
        cache.add(key, 1, timeout=window + 60)
        count = 1
    return count <= limit


def _networks(values: list[str]) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    return [ipaddress.ip_network(v, strict=False) for v in values]


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The reader's address: REMOTE_ADDR, unless a proxy header is configured and the request came through it.

    With ``NEWSDESK_TRUSTED_PROXY_HEADER`` (e.g. ``HTTP_X_FORWARDED_FOR``) set, the
    client is the right-most hop that is not one of our proxies: everything to
    its left was written by the client and may be forged. ``NEWSDESK_TRUSTED_PROXIES``
    lists our proxies (addresses or networks); when empty, the peer that connected
    (REMOTE_ADDR) is taken to be the one proxy.
    """
    remote = request.META.get("REMOTE_ADDR", "") or ""
    header = conf.trusted_proxy_header()
    if not header:
        return remote
    trusted = _networks(conf.trusted_proxies())
    remote_ip = _parse(remote)
    if trusted and (remote_ip is None or not any(remote_ip in net for net in trusted)):
        # Not through our proxy: the header, if any, is the client's own words.
        return remote
    hops = [h for h in str(request.META.get(header, "")).split(",") if h.strip()]
    for hop in reversed(hops):
        ip = _parse(hop)
        if ip is None:
            # Our proxies write valid addresses; garbage here means we cannot trust the chain.
            return remote
        if not any(ip in net for net in trusted):
            return str(ip)
    return remote
