"""Tests that need a real service run against it; they skip only outside CI.

Under CI=true a missing PostgreSQL, Redis or Chromium is a failure, never a
silent skip: a green run must mean those paths were exercised.
"""

from __future__ import annotations

import os
import shutil
import socket

import pytest

POSTGRES_URL = os.environ.get("NEWSDESK_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("NEWSDESK_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require(available: bool, what: str) -> None:
    if available:
        return
    if in_ci():
        pytest.fail(f"{what} is required under CI=true but is not available", pytrace=False)
    pytest.skip(f"{what} not available (required under CI=true)")


def require_redis() -> str:
    require(_reachable("127.0.0.1", 6379), "Redis on 127.0.0.1:6379")
    return REDIS_URL


def require_postgres() -> str:
    require(_reachable("127.0.0.1", 5432), "PostgreSQL on 127.0.0.1:5432")
    return POSTGRES_URL


def require_chromium() -> str:
    require(bool(shutil.which(CHROMIUM)), f"Chromium at {CHROMIUM}")
    return CHROMIUM
