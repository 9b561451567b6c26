from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.conf import settings
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache() -> Iterator[None]:
    # Page chrome is cached; a test must never see another test's sidebar.
    # Pure-Python tests (parsers, the sanitiser) also run with `-p no:django`,
    # where there are no settings and so no cache to clear.
    if not settings.configured:
        yield
        return
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _migrated_rows_for_transactional_tests(request: pytest.FixtureRequest) -> None:
    # Transactional tests run last and start from tables flushed by the one
    # before, which removes the rows data migrations made (sectors, editions,
    # countries, footer pages). Put them back, so every test sees a newsroom
    # as `migrate` leaves it. (serialized_rollback does the same in one
    # process but not reliably under pytest-xdist.)
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")):
        return
    request.getfixturevalue("transactional_db")
    from django.apps import apps

    from newsdesk.site.defaults import load_default_pages
    from newsdesk.taxonomy.defaults import load_default_taxonomy

    load_default_taxonomy(apps)
    load_default_pages(apps)
