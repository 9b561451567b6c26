"""Staff login attempts are throttled per account and per address."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings


def _attempt(username: str, password: str, ip: str) -> int:
    return (
        Client()
        .post("/admin/login/", {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=ip)
        .status_code
    )


@pytest.mark.django_db
@override_settings(NEWSDESK_LOGIN_LIMIT_PER_ACCOUNT=3, NEWSDESK_LOGIN_LIMIT_PER_IP=100)
def test_it_locks_an_account_whatever_the_addresses() -> None:
    get_user_model().objects.create_superuser("boss", "boss@example.org", "right-password-123")
    answers = [_attempt("boss", "wrong", f"198.51.100.{n}") for n in range(3)]
    assert answers == [200, 200, 200]  # the form again, with an error
    assert _attempt("BOSS", "right-password-123", "198.51.100.99") == 429
    assert _attempt("other", "wrong", "198.51.100.99") == 200


@pytest.mark.django_db
@override_settings(NEWSDESK_LOGIN_LIMIT_PER_ACCOUNT=100, NEWSDESK_LOGIN_LIMIT_PER_IP=4)
def test_it_throttles_one_address_guessing_many_accounts() -> None:
    answers = [_attempt(f"user{n}", "wrong", "203.0.113.9") for n in range(5)]
    assert answers == [200, 200, 200, 200, 429]
    response = Client().post("/admin/login/", {"username": "x", "password": "y"}, REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 429 and 0 < int(response["Retry-After"]) <= 900
    assert _attempt("user9", "wrong", "203.0.113.10") == 200
