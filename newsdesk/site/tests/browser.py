"""For every browser test: where screenshots go, how Chromium starts (Debian's, through Playwright)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsdesk.lib.testing.services import require_chromium

SCREENSHOTS = Path(os.environ.get("NEWSDESK_SCREENSHOTS", Path(__file__).resolve().parents[3] / "var" / "screenshots"))
# Flags for a sandboxed, offline machine: no background connections to the outside.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]  # fmt: skip


@contextlib.contextmanager
def launch_chromium() -> Iterator[Any]:
    """A headless Chromium for a module's tests (skipped, or failed under CI=true, when missing)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, which makes
    # Django refuse the ORM calls the tests make between clicks; they are not async.
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
