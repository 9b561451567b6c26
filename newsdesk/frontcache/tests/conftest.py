from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsdesk.frontcache.tests.varnish import Relay, Varnish, require_varnish
from newsdesk.site.tests.browser import launch_chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch_chromium() as instance:
        yield instance


@pytest.fixture
def relay(live_server: Any) -> Iterator[Relay]:
    relay = Relay(int(live_server.url.rsplit(":", 1)[1]))
    yield relay
    relay.stop()


@pytest.fixture
def varnish(relay: Relay, settings: Any) -> Iterator[Varnish]:
    """A fresh Varnish per test (an empty cache) in front of the live server, purged by the application."""
    cache = Varnish(require_varnish(), relay.port)
    settings.NEWSDESK_FRONTCACHE_URL = [cache.url]
    yield cache
    cache.stop()
