"""The staff audit log, read-only for desk admins."""

from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from newsdesk.accounts.models import AccountEvent


@admin.register(AccountEvent)
class AccountEventAdmin(admin.ModelAdmin[AccountEvent]):
    list_display = ["at", "kind", "username", "ip", "detail"]
    list_filter = ["kind"]
    search_fields = ["username"]
    date_hierarchy = "at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: AccountEvent | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: AccountEvent | None = None) -> bool:
        return False
