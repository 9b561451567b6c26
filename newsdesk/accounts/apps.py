from __future__ import annotations

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "newsdesk.accounts"
    label = "accounts"
    verbose_name = "Staff accounts"

    def ready(self) -> None:
        # Connects the login, failure and role-change receivers.
        from newsdesk.accounts import receivers  # noqa: F401
