"""Abuse limits on the public forms, through the project's one limiter and client-address helper.

Counted in Redis or the database (``newsdesk.ratelimit``), never per process,
so several workers count every hit. They are a first line only: the rule that
matters most (one confirmation mail per address per day) is also enforced in
the database.
"""

from __future__ import annotations

from newsdesk.ratelimit import limiter
from newsdesk.ratelimit.client import client_ip

__all__ = ["HOUR", "client_ip", "hit"]

HOUR = 3600


def hit(scope: str, identity: str, *, limit: int, window: int = HOUR) -> bool:
    """Count one event for ``identity``; True while it is within ``limit`` per fixed ``window``."""
    return limiter.hit(f"audience:{scope}", identity, limit=limit, window=window) == 0
