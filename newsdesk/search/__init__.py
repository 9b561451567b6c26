"""Full-text search of live articles behind one interface (see ``base.SearchBackend``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connection
from django.utils.module_loading import import_string

if TYPE_CHECKING:  # the package is imported while apps load; models come later
    from newsdesk.search.base import SearchBackend

# connection.vendor -> the backend that reads the structures migration 0001 made there.
BACKENDS = {
    "sqlite": "newsdesk.search.sqlite.SqliteBackend",
    "postgresql": "newsdesk.search.postgres.PostgresBackend",
}


def get_backend() -> SearchBackend:
    """The configured backend (``NEWSDESK_SEARCH_BACKEND``, a dotted path) or the database's own."""
    path = getattr(settings, "NEWSDESK_SEARCH_BACKEND", "") or BACKENDS.get(connection.vendor)
    if path is None:
        raise NotImplementedError(
            f"No search backend for the {connection.vendor!r} database; set NEWSDESK_SEARCH_BACKEND to a dotted path"
        )
    backend: SearchBackend = import_string(path)()
    return backend
