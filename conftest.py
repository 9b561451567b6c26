from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    # Page chrome is cached; a test must never see another test's sidebar.
    cache.clear()
    yield
    cache.clear()
