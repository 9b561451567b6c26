"""purge_keys: one request per front cache after commit, nothing on rollback or without a front cache."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.db import transaction
from django.test import override_settings

from newsdesk.frontcache import keys
from newsdesk.frontcache.purge import purge_keys, send_purge
from newsdesk.frontcache.tests.recorder import Purges, purge_recorder

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def purges() -> Iterator[Purges]:
    with purge_recorder() as recorded, override_settings(NEWSDESK_FRONTCACHE_URL=[recorded.url]):
        yield recorded


def test_it_sends_the_keys_of_a_transaction_once_after_it_commits(purges: Purges) -> None:
    with transaction.atomic():
        purge_keys(keys.article(1), keys.HOME)
        purge_keys(keys.SIDEBAR, soft=True)
        purge_keys(keys.HOME)
        assert purges.received == []

    assert purges.received == [("article-1 home", False), ("sidebar", True)]


def test_it_sends_nothing_when_the_transaction_rolls_back(purges: Purges) -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        purge_keys(keys.article(2))
        raise RuntimeError("rolled back")

    assert purges.received == []


def test_it_lets_a_hard_purge_win_over_a_soft_one(purges: Purges) -> None:
    with transaction.atomic():
        purge_keys(keys.SIDEBAR, soft=True)
        purge_keys(keys.SIDEBAR)

    assert purges.received == [("sidebar", False)]


def test_it_sends_nothing_without_a_front_cache() -> None:
    with purge_recorder() as recorded, override_settings(NEWSDESK_FRONTCACHE_URL=[]):
        purge_keys(keys.HOME)
    assert recorded.received == []


def test_it_logs_a_front_cache_that_does_not_answer(caplog: pytest.LogCaptureFixture) -> None:
    with purge_recorder() as recorded:
        url = recorded.url
    # The server is gone: the purge fails, is logged, and raises nothing.
    assert send_purge(url, [keys.HOME], soft=False) is None
    assert "did not take the purge of home" in caplog.text
