"""Run the same work in several threads at once: how tests prove "exactly once"."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from django.db import connection


def run_at_once(target: Callable[[], Any], count: int = 4, *, timeout: float = 120) -> list[Any]:
    """Run ``target()`` in ``count`` threads released together by a barrier.

    Returns each thread's result in thread order and re-raises the first error.
    Each thread closes its own database connection, as a worker process would.
    """
    barrier = threading.Barrier(count)
    results: list[Any] = [None] * count
    errors: list[BaseException] = []

    def run(n: int) -> None:
        try:
            barrier.wait()
            results[n] = target()
        except BaseException as exc:  # re-raised in the calling thread below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    if errors:
        raise errors[0]
    return results
