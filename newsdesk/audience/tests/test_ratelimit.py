"""Client addresses behind proxies, and the cache counters."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import RequestFactory, override_settings

from newsdesk.audience.ratelimit import client_ip, hit

XFF = "HTTP_X_FORWARDED_FOR"


def ip_of(remote: str, forwarded: str | None = None) -> str:
    request = RequestFactory().get("/")
    request.META["REMOTE_ADDR"] = remote
    if forwarded is not None:
        request.META[XFF] = forwarded
    return client_ip(request)


def test_it_uses_the_peer_address_and_ignores_forwarding_headers_by_default() -> None:
    assert ip_of("198.51.100.1", "203.0.113.5") == "198.51.100.1"


@override_settings(NEWSDESK_TRUSTED_PROXY_HEADER=XFF)
def test_it_takes_the_right_most_hop_when_the_peer_is_the_proxy() -> None:
    # The client wrote the left-most entry itself; our proxy appended the right-most.
    assert ip_of("10.0.0.1", "6.6.6.6, 203.0.113.5") == "203.0.113.5"
    assert ip_of("10.0.0.1") == "10.0.0.1"


@override_settings(NEWSDESK_TRUSTED_PROXY_HEADER=XFF, NEWSDESK_TRUSTED_PROXIES=["10.0.0.0/8", "192.0.2.10"])
def test_it_skips_every_trusted_proxy_from_the_right() -> None:
    assert ip_of("10.0.0.1", "6.6.6.6, 203.0.113.5, 192.0.2.10, 10.1.2.3") == "203.0.113.5"
    # A request that did not come through our proxies: its header is the client's own words.
    assert ip_of("198.51.100.9", "203.0.113.5") == "198.51.100.9"
    # Garbage where our proxies would have written an address: trust nothing.
    assert ip_of("10.0.0.1", "203.0.113.5, not-an-ip") == "10.0.0.1"
    assert ip_of("10.0.0.1", "2001:db8::1") == "2001:db8::1"


@pytest.mark.django_db
def test_it_counts_within_a_window_and_starts_again_after_it() -> None:
    with time_machine.travel(dt.datetime(2025, 8, 19, 10, 0, 5, tzinfo=dt.UTC), tick=False) as traveller:
        assert [hit("test", "someone", limit=2) for _ in range(3)] == [True, True, False]
        assert hit("test", "someone-else", limit=2)
        traveller.shift(dt.timedelta(hours=1))
        assert hit("test", "someone", limit=2)
