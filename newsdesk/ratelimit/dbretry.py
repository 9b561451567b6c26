"""Retry a safe request across a short database restart instead of answering 500.

A PostgreSQL restart (a few seconds) breaks every pooled connection; the
next query raises OperationalError/InterfaceError. For GET and HEAD, which
change nothing, the view is run again on fresh connections with back-off
for up to ``BUDGET_SECONDS`` before the error is let through.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from django.db import InterfaceError, OperationalError, connections
from django.http import HttpRequest, HttpResponse

logger = logging.getLogger(__name__)

SAFE_METHODS = ("GET", "HEAD")
BUDGET_SECONDS = 3.0
FIRST_PAUSE_SECONDS = 0.1


class DatabaseRetryMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if request.method not in SAFE_METHODS or not isinstance(exception, OperationalError | InterfaceError):
            return None
        match = request.resolver_match
        if match is None:
            return None
        deadline = time.monotonic() + BUDGET_SECONDS
        pause = FIRST_PAUSE_SECONDS
        error: Exception = exception
        while time.monotonic() + pause < deadline:
            time.sleep(pause)
            pause *= 2
            for conn in connections.all(initialized_only=True):
                # A broken connection must be dropped, not reused (inside a test's
                # atomic block it is left alone: the test owns it).
                if not conn.in_atomic_block:
                    conn.close()
            try:
                response: HttpResponse = match.func(request, *match.args, **match.kwargs)
                if hasattr(response, "render") and callable(response.render):
                    response = response.render()
            except (OperationalError, InterfaceError) as again:
                error = again
                continue
            logger.warning("Database error on %s %s recovered by retry: %s", request.method, request.path, exception)
            return response
        logger.error("Database still failing after %.0f s on %s: %s", BUDGET_SECONDS, request.path, error)
        return None
