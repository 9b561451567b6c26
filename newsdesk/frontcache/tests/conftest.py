from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from newsdesk.frontcache.tests.varnish import Relay, Varnish, require_varnish
from newsdesk.lib.testing.services import require_chromium
from newsdesk.site.tests.browser import CHROMIUM_ARGS


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread; the ORM calls
    # the fixtures make are not async, so Django is told not to refuse them.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
            yield instance
            instance.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


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
