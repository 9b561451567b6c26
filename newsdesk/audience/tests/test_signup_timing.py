"""No enumeration by timing: the sign-up request does the same work whatever the address; the worker does the rest."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from huey import MemoryHuey
from huey.contrib.djhuey import HUEY
from huey.storage import MemoryStorage

from newsdesk.audience.models import BlockedDomain, Subscriber
from newsdesk.audience.tests.factories import make_pending_subscriber, make_subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue() -> Iterator[MemoryHuey]:
    """Huey queueing for real (in memory, not the shared queue file), instead of running tasks inline."""
    storage, immediate = HUEY.storage, HUEY.immediate
    HUEY.immediate = False
    HUEY.storage = MemoryStorage(HUEY.name)
    yield HUEY
    HUEY.immediate = immediate
    HUEY.storage = storage


def shape(sql: str) -> str:
    """A statement without its values: the address, times and ids differ, the work must not."""
    return re.sub(r"\b\d+(\.\d+)?\b", "?", re.sub(r"'[^']*'", "?", sql))


def sign_up(client: Client, queue: MemoryHuey, email: str, ip: str) -> tuple[list[str], list[str]]:
    """The statements a sign-up ran and the tasks it queued (by name)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.post("/newsletter/", {"email": email}, REMOTE_ADDR=ip)
    assert response.status_code == 200
    tasks = [task.name for task in queue.pending()]
    queue.flush()
    return [shape(q["sql"]) for q in queries.captured_queries], tasks


KNOWN: dict[str, Callable[[str], object]] = {
    "active": lambda email: make_subscriber(email=email),
    "pending": lambda email: make_pending_subscriber(email=email),
    "unsubscribed": lambda email: make_subscriber(email=email, status=Subscriber.Status.UNSUBSCRIBED),
    "bounced": lambda email: make_subscriber(email=email, status=Subscriber.Status.BOUNCED),
    "blocked domain": lambda email: BlockedDomain.objects.create(domain=email.split("@")[1]),
}


@pytest.mark.parametrize("known", KNOWN)
def test_it_runs_the_same_queries_and_queues_the_same_task_for_a_known_and_an_unknown_address(
    client: Client, queue: MemoryHuey, known: str
) -> None:
    KNOWN[known]("reader@known.example.org")
    sign_up(client, queue, "warm-up@example.org", ip="198.51.100.1")  # caches filled alike for both

    on_known = sign_up(client, queue, "reader@known.example.org", ip="198.51.100.2")
    on_unknown = sign_up(client, queue, "stranger@example.org", ip="198.51.100.3")

    assert on_known == on_unknown
    assert on_known[1] == ["request_subscription_task"]
    assert not any("subscriber" in sql for sql in on_known[0])  # the address is not looked up at all


def test_it_leaves_what_differs_to_the_worker(client: Client, queue: MemoryHuey) -> None:
    make_subscriber(email="reader@example.org")
    for n, email in enumerate(["reader@example.org", "stranger@example.org"]):
        client.post("/newsletter/", {"email": email}, REMOTE_ADDR=f"198.51.100.{n}")
    assert not mail.outbox and Subscriber.objects.count() == 1  # nothing done before the worker runs

    queued = queue.pending()
    # Run as the worker would; "immediate" only so the task keeps this test's database connection.
    queue.immediate = True
    for task in queued:
        queue.execute(task)

    assert [message.to for message in mail.outbox] == [["stranger@example.org"]]
    assert Subscriber.objects.get(email="stranger@example.org").status == Subscriber.Status.PENDING
    assert Subscriber.objects.get(email="reader@example.org").status == Subscriber.Status.ACTIVE
