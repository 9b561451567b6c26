from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from newsdesk.audience.models import BlockedDomain, Consent, DigestDelivery, DigestRun, Feedback, Subscriber


class ReadOnlyMixin:
    """History rows: proof of what happened, so nobody edits or adds them by hand."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ConsentInline(ReadOnlyMixin, admin.TabularInline[Consent, Subscriber]):
    model = Consent
    extra = 0
    fields = ["action", "at", "form", "ip", "details"]
    readonly_fields = ["action", "at", "form", "ip", "details"]


@admin.register(Subscriber)
class SubscriberAdmin(admin.ModelAdmin[Subscriber]):
    # token_version is not editable and no token is ever stored: links are
    # signed on the fly, so the admin has nothing secret to show.
    list_display = ["email", "status", "frequency", "created_at", "confirmed_at", "last_digest_at"]
    list_filter = ["status", "frequency", "editions", "sectors"]
    search_fields = ["email"]
    date_hierarchy = "created_at"
    filter_horizontal = ["editions", "sectors"]
    readonly_fields = [
        "status",
        "created_at",
        "confirmation_sent_at",
        "confirmed_at",
        "unsubscribed_at",
        "bounced_at",
        "bounce_reason",
        "last_digest_at",
    ]
    fields = ["email", "frequency", "editions", "sectors", *readonly_fields]
    inlines = [ConsentInline]
    actions = ["unsubscribe"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Subscribing someone needs their own confirmed opt-in, not a desk's typing.
        return False

    def get_readonly_fields(self, request: HttpRequest, obj: Subscriber | None = None) -> list[str]:
        return ["email", *self.readonly_fields] if obj else list(self.readonly_fields)

    def has_delete_permission(self, request: HttpRequest, obj: Subscriber | None = None) -> bool:
        # Unsubscribe instead: deleting would take the consent records the law asks us to keep.
        return False

    @admin.action(description="Unsubscribe the selected subscribers")
    def unsubscribe(self, request: HttpRequest, queryset: QuerySet[Subscriber]) -> None:
        for subscriber in queryset:
            subscriber.unsubscribe(form=f"admin ({request.user})")
        messages.success(request, f"Unsubscribed {queryset.count()} subscriber(s).")


@admin.register(Consent)
class ConsentAdmin(ReadOnlyMixin, admin.ModelAdmin[Consent]):
    list_display = ["subscriber", "action", "at", "form", "ip"]
    list_filter = ["action", "form"]
    search_fields = ["subscriber__email"]
    date_hierarchy = "at"
    list_select_related = ["subscriber"]


@admin.register(BlockedDomain)
class BlockedDomainAdmin(admin.ModelAdmin[BlockedDomain]):
    list_display = ["domain", "note", "created_at"]
    search_fields = ["domain", "note"]
    fields = ["domain", "note"]


@admin.register(Feedback)
class FeedbackAdmin(admin.ModelAdmin[Feedback]):
    list_display = ["created_at", "name", "email", "page", "status"]
    list_filter = ["status"]
    search_fields = ["name", "email", "message", "page"]
    date_hierarchy = "created_at"
    fields = ["status", "name", "email", "page", "message", "created_at", "ip", "emailed_at"]
    readonly_fields = ["name", "email", "page", "message", "created_at", "ip", "emailed_at"]
    actions = ["mark_new", "mark_read", "mark_answered"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def _mark(self, request: HttpRequest, queryset: QuerySet[Feedback], status: str) -> None:
        count = queryset.update(status=status)
        messages.success(request, f"Marked {count} message(s) {Feedback.Status(status).label.lower()}.")

    @admin.action(description="Mark as new")
    def mark_new(self, request: HttpRequest, queryset: QuerySet[Feedback]) -> None:
        self._mark(request, queryset, Feedback.Status.NEW)

    @admin.action(description="Mark as read")
    def mark_read(self, request: HttpRequest, queryset: QuerySet[Feedback]) -> None:
        self._mark(request, queryset, Feedback.Status.READ)

    @admin.action(description="Mark as answered")
    def mark_answered(self, request: HttpRequest, queryset: QuerySet[Feedback]) -> None:
        self._mark(request, queryset, Feedback.Status.ANSWERED)


@admin.register(DigestRun)
class DigestRunAdmin(ReadOnlyMixin, admin.ModelAdmin[DigestRun]):
    list_display = ["period", "frequency", "started_at", "finished_at"]
    list_filter = ["frequency"]


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(ReadOnlyMixin, admin.ModelAdmin[DigestDelivery]):
    list_display = ["run", "subscriber", "state", "attempts", "article_count", "claimed_at", "sent_at"]
    list_filter = ["state", "run__frequency"]
    search_fields = ["subscriber__email"]
    list_select_related = ["run", "subscriber"]
