"""Issue 11, point 4: the newsletter sign-up answers in the same time for a known and an unknown address.

Run with `make bench`. Prints the median of 50 sign-ups of active subscribers' addresses and of 50
new ones, interleaved so both meet the same machine load, against the target: within 10%.
"""

from __future__ import annotations

import statistics
import time

from newsdesk.bench.scratch import setup_scratch_django

TRIES = 50
TARGET = 0.10


def main() -> None:
    setup_scratch_django("signup")
    from django.test import Client

    from newsdesk.audience.models import Subscriber
    from newsdesk.audience.tests.factories import make_subscriber

    known = [make_subscriber(email=f"reader{n}@example.org").email for n in range(TRIES)]
    client = Client()
    timings: dict[str, list[float]] = {"known": [], "unknown": []}
    client.post("/newsletter/", {"email": "warm-up@example.org"}, REMOTE_ADDR="10.9.9.9")
    for n in range(TRIES):
        pair = [("known", known[n]), ("unknown", f"stranger{n}@example.net")]
        for label, email in pair if n % 2 else reversed(pair):  # neither always goes first
            # One client address per request: the per-address limit is not what is measured.
            ip = f"10.{n}.{len(timings[label])}.{1 if label == 'known' else 2}"
            started = time.perf_counter()
            response = client.post("/newsletter/", {"email": email}, REMOTE_ADDR=ip)
            timings[label].append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
    medians = {label: statistics.median(values) for label, values in timings.items()}
    gap = abs(medians["known"] - medians["unknown"]) / min(medians.values())
    print(f"sign-up median over {TRIES} tries: known address {medians['known']:.2f} ms, "
          f"unknown {medians['unknown']:.2f} ms, gap {gap:.1%} (target within {TARGET:.0%}): "
          f"{'ok' if gap <= TARGET else 'MISSED'}")  # fmt: skip
    assert Subscriber.objects.filter(status=Subscriber.Status.ACTIVE).count() == TRIES  # the worker did not run


if __name__ == "__main__":
    main()
