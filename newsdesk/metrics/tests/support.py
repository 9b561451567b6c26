"""Fixtures shared by the metrics tests: the beacon on real Redis, or on the local spool."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.test import override_settings

from newsdesk.lib.testing.services import require_redis
from newsdesk.metrics import beacon


def redis_prefix() -> str:
    return f"test-views:{uuid.uuid4().hex}:"


@pytest.fixture(params=["redis", "spool"])
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Where the beacon counts: real Redis (own key prefix) or a spool under a fresh var/."""
    url = require_redis() if request.param == "redis" else ""
    monkeypatch.setattr(beacon, "PREFIX", redis_prefix())
    monkeypatch.setattr(beacon, "_client", None)
    with override_settings(REDIS_URL=url, VAR_DIR=tmp_path / "var"):
        yield request.param
        conn = beacon.redis_client()
        if conn is not None:
            keys = list(conn.scan_iter(match=f"{beacon.PREFIX}*"))
            if keys:
                conn.delete(*keys)
            conn.close()
    monkeypatch.setattr(beacon, "_client", None)
