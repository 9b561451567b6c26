from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils import timezone

from newsdesk.wires.models import (
    SOURCE_CONFIG_FIELDS,
    DeskAlert,
    FetchLog,
    IngestedDocument,
    Quarantine,
    Source,
    WireItem,
    WireItemVersion,
)

FETCH_STATE_FIELDS = [
    "next_poll_at",
    "last_polled_at",
    "last_success_at",
    "consecutive_failures",
    "last_error",
    "etag",
    "last_modified",
    "created_at",
]


class ReadOnlyAdmin(admin.ModelAdmin[Any]):
    """Records of what agencies sent: evidence, so nobody edits them by hand."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin[Source]):
    list_display = ["name", "kind", "agency", "enabled", "trust", "next_poll_at", "consecutive_failures", "last_error"]
    list_filter = ["enabled", "kind", "trust", "agency"]
    search_fields = ["name", "agency", "location"]
    readonly_fields = FETCH_STATE_FIELDS
    fieldsets = [
        (None, {"fields": ["name", "kind", "location", "agency", "enabled"]}),
        ("Polling", {"fields": ["poll_interval", "allow_private_network"]}),
        ("Desk defaults", {"fields": ["sector", "edition", "trust"]}),
        ("Fetch state", {"fields": [*FETCH_STATE_FIELDS]}),
    ]
    actions = ["poll_now", "enable", "disable"]

    def save_model(self, request: HttpRequest, obj: Source, form: ModelForm[Source], change: bool) -> None:
        if change:
            # Configuration only: saving the whole row would put back the fetch
            # state as it was when the form opened, over a poll that ran since.
            obj.save(update_fields=SOURCE_CONFIG_FIELDS)
        else:
            obj.save()

    @admin.action(description="Poll now")
    def poll_now(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        count = queryset.filter(enabled=True).update(next_poll_at=timezone.now())
        self.message_user(request, f"{count} sources will be polled within a minute.", messages.SUCCESS)

    @admin.action(description="Enable")
    def enable(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        count = queryset.update(enabled=True, next_poll_at=timezone.now(), consecutive_failures=0)
        self.message_user(request, f"{count} sources enabled.", messages.SUCCESS)

    @admin.action(description="Disable")
    def disable(self, request: HttpRequest, queryset: QuerySet[Source]) -> None:
        count = queryset.update(enabled=False)
        self.message_user(request, f"{count} sources disabled.", messages.SUCCESS)


class EmbargoFilter(admin.SimpleListFilter):
    title = "embargo"
    parameter_name = "embargo"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("held", "Held now"), ("released", "Released"), ("none", "No embargo")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        now = timezone.now()
        if self.value() == "held":
            return queryset.filter(embargoed_until__gt=now)
        if self.value() == "released":
            return queryset.filter(embargoed_until__lte=now)
        if self.value() == "none":
            return queryset.filter(embargoed_until__isnull=True)
        return queryset


class VersionInline(admin.TabularInline[WireItemVersion, WireItem]):
    model = WireItemVersion
    extra = 0
    can_delete = False
    fields = ["version", "version_created", "content_hash", "received_at"]
    readonly_fields = ["version", "version_created", "content_hash", "received_at"]

    def has_add_permission(self, request: HttpRequest, obj: WireItem | None = None) -> bool:
        return False


@admin.register(WireItem)
class WireItemAdmin(ReadOnlyAdmin):
    list_display = ["headline", "agency", "version", "status", "pub_status", "embargoed_until", "updated_at"]
    list_filter = ["agency", "status", "pub_status", EmbargoFilter, "source", "language"]
    search_fields = ["headline", "guid"]
    date_hierarchy = "updated_at"
    list_select_related = ["source"]
    show_full_result_count = False  # counting a big inbox on every page is slow on PostgreSQL
    inlines = [VersionInline]
    actions = ["withdraw"]

    def has_withdraw_permission(self, request: HttpRequest) -> bool:
        # Items are never edited; killing one is the only change, for those allowed to change items.
        return request.user.has_perm("wires.change_wireitem")

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> list[str]:
        return [field.name for field in WireItem._meta.fields]

    @admin.action(description="Withdraw (kill) the selected items", permissions=["withdraw"])
    def withdraw(self, request: HttpRequest, queryset: QuerySet[WireItem]) -> None:
        count = sum(item.withdraw(f"withdrawn by {request.user} in the admin") for item in queryset)
        self.message_user(request, f"{count} items withdrawn.", messages.SUCCESS)


@admin.register(Quarantine)
class QuarantineAdmin(ReadOnlyAdmin):
    list_display = ["received_at", "agency", "guid", "reason", "document", "source"]
    list_filter = ["agency", "source"]
    search_fields = ["guid", "reason"]
    date_hierarchy = "received_at"


class OpenAlertFilter(admin.SimpleListFilter):
    title = "state"
    parameter_name = "state"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("open", "Open"), ("resolved", "Dealt with")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "open":
            return queryset.filter(resolved_at__isnull=True)
        if self.value() == "resolved":
            return queryset.filter(resolved_at__isnull=False)
        return queryset


@admin.register(DeskAlert)
class DeskAlertAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "item", "reason", "document", "mailed_at", "resolved_at"]
    list_filter = [OpenAlertFilter]
    list_select_related = ["item"]
    search_fields = ["item__guid", "item__headline", "reason"]
    actions = ["resolve"]

    @admin.action(description="Mark the selected alerts as dealt with")
    def resolve(self, request: HttpRequest, queryset: QuerySet[DeskAlert]) -> None:
        done = sum(1 for alert in queryset if alert.resolve(request.user))
        self.message_user(request, f"{done} alert(s) marked as dealt with.", messages.SUCCESS)


@admin.register(FetchLog)
class FetchLogAdmin(ReadOnlyAdmin):
    list_display = ["started_at", "source", "status_code", "duration_ms", "bytes_read", "counts", "error"]
    list_filter = ["source", "status_code", ("error", admin.EmptyFieldListFilter)]
    date_hierarchy = "started_at"


@admin.register(IngestedDocument)
class IngestedDocumentAdmin(admin.ModelAdmin[IngestedDocument]):
    list_display = ["agency", "digest", "items", "parser_version", "first_seen", "last_seen"]
    list_filter = ["agency", "parser_version"]
    readonly_fields = ["agency", "digest", "parser_version", "items", "rejections", "first_seen", "last_seen"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
