"""Browser fixtures shared by the site's browser tests (Debian's Chromium through Playwright)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from newsdesk.site.tests.browser import launch_chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch_chromium() as instance:
        yield instance
