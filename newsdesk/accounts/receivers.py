"""Audit rows for logins, failed logins, logouts and role (group) changes."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.models.signals import m2m_changed
from django.dispatch import receiver
from django.http import HttpRequest

from newsdesk.accounts.models import AccountEvent
from newsdesk.ratelimit.client import client_ip


def _ip(request: HttpRequest | None) -> str | None:
    return (client_ip(request) or None) if request is not None else None


@receiver(user_logged_in, dispatch_uid="accounts-login")
def _logged_in(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    AccountEvent.objects.create(kind=AccountEvent.Kind.LOGIN, user=user, username=user.get_username(), ip=_ip(request))


@receiver(user_logged_out, dispatch_uid="accounts-logout")
def _logged_out(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    if user is not None:
        AccountEvent.objects.create(
            kind=AccountEvent.Kind.LOGOUT, user=user, username=user.get_username(), ip=_ip(request)
        )


@receiver(user_login_failed, dispatch_uid="accounts-login-failed")
def _login_failed(sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any) -> None:
    # Django already masks the password in ``credentials``; only the name is kept.
    AccountEvent.objects.create(
        kind=AccountEvent.Kind.LOGIN_FAILED, username=str(credentials.get("username", ""))[:150], ip=_ip(request)
    )


@receiver(m2m_changed, sender=get_user_model().groups.through, dispatch_uid="accounts-roles")
def _roles_changed(sender: Any, instance: Any, action: str, pk_set: set[int] | None, **kwargs: Any) -> None:
    if action not in ("post_add", "post_remove", "post_clear") or not isinstance(instance, get_user_model()):
        return
    names = sorted(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    verb = {"post_add": "added", "post_remove": "removed", "post_clear": "cleared"}[action]
    AccountEvent.objects.create(
        kind=AccountEvent.Kind.ROLES_CHANGED,
        user=instance,
        username=instance.get_username(),
        detail=f"{verb}: {', '.join(names)}"[:500],
    )
