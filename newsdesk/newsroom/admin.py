from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest
from django.utils.html import format_html

from newsdesk.newsroom.models import Article, ArticleTransition, Author, Image


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin[Author]):
    list_display = ["name", "is_desk"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin[Image]):
    list_display = ["thumbnail", "caption", "credit", "digital_source_type", "created_at"]
    list_filter = ["digital_source_type"]
    search_fields = ["caption", "credit", "alt_text"]
    readonly_fields = ["width", "height", "thumbnail"]

    @admin.display(description="Preview")
    def thumbnail(self, obj: Image) -> str:
        if not obj.file:
            return ""
        return format_html('<img src="{}" alt="" width="120">', obj.rendition_url(480))

    def save_model(self, request: HttpRequest, obj: Image, form: ModelForm[Image], change: bool) -> None:
        super().save_model(request, obj, form, change)
        if "file" in form.changed_data:
            obj.make_renditions()


class TransitionInline(admin.TabularInline[ArticleTransition, Article]):
    model = ArticleTransition
    extra = 0
    can_delete = False
    readonly_fields = ["from_status", "to_status", "at", "by", "note"]

    def has_add_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin[Article]):
    list_display = ["headline", "kind", "sector", "status", "place_label", "published_at", "updated_at"]
    list_filter = ["status", "kind", "sector", "editions"]
    search_fields = ["headline", "standfirst"]
    date_hierarchy = "created_at"
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["tags", "authors", "countries"]
    raw_id_fields = ["image"]
    filter_horizontal = ["editions"]
    readonly_fields = ["status", "published_at", "withdrawn_at", "withdrawal_reason", "view_on_site_link"]
    inlines = [TransitionInline]
    actions = ["publish_now", "withdraw"]
    fieldsets = [
        (None, {"fields": ["kind", "headline", "slug", "standfirst", "body", "image"]}),
        ("Placement", {"fields": ["sector", "editions", "countries", "place_label", "tags"]}),
        ("Byline and sources", {"fields": ["authors", "agency_attribution", "from_agencies"]}),
        (
            "Status",
            {"fields": ["status", "created_at", "updated_at", "published_at", "withdrawn_at", "withdrawal_reason"]},
        ),
    ]

    @admin.display(description="Public page")
    def view_on_site_link(self, obj: Article) -> str:
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.get_absolute_url()) if obj.pk else ""

    @admin.action(description="Publish now")
    def publish_now(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        done = sum(article.publish(by=request.user) for article in queryset)
        self.message_user(request, f"Published {done} article(s).", messages.SUCCESS)

    @admin.action(description="Withdraw (the page answers 410 Gone)")
    def withdraw(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        done = sum(article.withdraw("Withdrawn by the desk", by=request.user) for article in queryset)
        self.message_user(request, f"Withdrew {done} article(s).", messages.WARNING)
