"""Logins, failed logins and role changes leave audit rows, read-only in the admin."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from newsdesk.accounts.models import AccountEvent

Kind = AccountEvent.Kind


@pytest.mark.django_db
def test_it_records_logins_failures_and_role_changes() -> None:
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "right-password-123")
    client = Client()
    client.post("/admin/login/", {"username": "boss", "password": "wrong"}, REMOTE_ADDR="198.51.100.4")
    client.post("/admin/login/", {"username": "boss", "password": "right-password-123"}, REMOTE_ADDR="198.51.100.4")
    editors = Group.objects.create(name="Audit test role")
    boss.groups.add(editors)
    boss.groups.remove(editors)

    rows = list(AccountEvent.objects.order_by("id").values_list("kind", "username", "ip", "detail"))
    assert rows == [
        (Kind.LOGIN_FAILED, "boss", "198.51.100.4", ""),
        (Kind.LOGIN, "boss", "198.51.100.4", ""),
        (Kind.ROLES_CHANGED, "boss", None, "added: Audit test role"),
        (Kind.ROLES_CHANGED, "boss", None, "removed: Audit test role"),
    ]

    page = client.get("/admin/accounts/accountevent/")
    assert page.status_code == 200 and b"Login failed" in page.content
    assert (
        client.get(f"/admin/accounts/accountevent/{AccountEvent.objects.earliest('id').pk}/delete/").status_code == 403
    )
