from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import QuerySet
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from newsdesk.newsroom import editor, front, services
from newsdesk.newsroom.models import (
    Article,
    ArticleTransition,
    Author,
    Correction,
    DeskPolicy,
    FrontPick,
    Image,
    PendingRevision,
    PolicyDecision,
    Revision,
)
from newsdesk.taxonomy.models import Edition, Sector


def diff_html(diff: str) -> str:
    """A unified diff as a preformatted block, escaped (it holds article HTML)."""
    return format_html('<pre class="revision-diff">{}</pre>', diff) if diff else "(no change)"


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
    # Newest first, also in the story editor's image picker (its autocomplete pages through this).
    ordering = ["-created_at", "-id"]
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


class CorrectionInline(admin.TabularInline[Correction, Article]):
    """Public correction notes; added through services.add_correction so "Updated" moves."""

    model = Correction
    extra = 0
    can_delete = False  # a published correction stays on the record
    fields = ["text", "at", "by"]
    readonly_fields = ["at", "by"]


class RevisionInline(admin.TabularInline[Revision, Article]):
    model = Revision
    extra = 0
    can_delete = False
    fields = ["number", "created", "by", "machine_written", "method", "changes"]
    readonly_fields = ["number", "created", "by", "machine_written", "method", "changes"]
    ordering = ["-number"]

    def has_add_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    @admin.display(description="Diff against the previous revision")
    def changes(self, obj: Revision) -> str:
        return diff_html(obj.diff)


class ArticleForm(forms.ModelForm):
    class Meta:
        widgets = editor.widgets()

    def clean_body(self) -> str:
        return editor.plain_spaces(self.cleaned_data.get("body") or "")

    # The version the editor opened, sent back with the form: a save from an
    # older version is a conflict, never a silent overwrite of someone's work.
    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    substantive = forms.BooleanField(
        required=False, label="Substantive update", help_text='Moves the public "Updated" time.'
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        seen = data.get("seen_version")
        if self.instance.pk:
            current = Article.objects.filter(pk=self.instance.pk).values_list("version", flat=True).first()
            if seen is None or seen != current:
                raise ValidationError(
                    f"Someone else saved this article (now version {current}) after you opened version {seen}. "
                    "Copy your changes, reload the page and apply them again.",
                    code="edit_conflict",
                )
        when = data.get("scheduled_for")
        if when and self.instance.pk:
            try:
                self.instance.check_embargo(when)
            except ValidationError as exc:
                self.add_error("scheduled_for", exc)
        return data


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin[Article]):
    form = ArticleForm
    list_display = ["headline", "kind", "sector", "status", "place_label", "published_at", "updated_at"]
    list_filter = ["status", "kind", "sector", "editions"]
    search_fields = ["headline", "standfirst"]
    date_hierarchy = "created_at"
    prepopulated_fields = {"slug": ["headline"]}
    # The image is picked by searching captions and credits (with a thumbnail below), never by typing an id.
    autocomplete_fields = ["tags", "authors", "countries", "image"]
    raw_id_fields = ["wire_items"]
    filter_horizontal = ["editions"]
    readonly_fields = [
        "status",
        "published_at",
        "withdrawn_at",
        "withdrawal_reason",
        "version",
        "view_on_site_link",
        "preview_link",
        "pending_edits",
        "image_preview",
    ]
    inlines = [CorrectionInline, RevisionInline, TransitionInline]
    actions = ["publish_now", "schedule", "withdraw"]
    fieldsets = [
        (None, {"fields": ["kind", "headline", "slug", "standfirst", "body", "image", "image_preview"]}),
        ("Placement", {"fields": ["sector", "editions", "countries", "place_label", "tags"]}),
        ("Byline and sources", {"fields": ["authors", "agency_attribution", "from_agencies", "wire_items"]}),
        (
            "Status",
            {
                "fields": [
                    "status",
                    "scheduled_for",
                    "created_at",
                    "updated_at",
                    "published_at",
                    "withdrawn_at",
                    "withdrawal_reason",
                    "preview_link",
                    "view_on_site_link",
                ]
            },
        ),
        ("Revision", {"fields": ["version", "seen_version", "substantive", "pending_edits"]}),
    ]

    def get_readonly_fields(self, request: HttpRequest, obj: Article | None = None) -> list[str]:
        fields = list(self.readonly_fields)
        # Times are the record. When a story runs is chosen with the story page's Schedule
        # button (one step, a model transition with its audit row), never by editing the field.
        fields += ["created_at", "updated_at", "scheduled_for"]
        return fields

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm(services.PUBLISH_PERMISSION)

    def has_withdraw_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm(services.WITHDRAW_PERMISSION)

    def has_delete_permission(self, request: HttpRequest, obj: Article | None = None) -> bool:
        # Withdraw instead: a story's revisions, transitions and corrections are its record (PROTECT).
        return False

    @admin.display(description="Public page")
    def view_on_site_link(self, obj: Article) -> str:
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.get_absolute_url()) if obj.pk else ""

    @admin.display(description="Edits waiting for an editor")
    def pending_edits(self, obj: Article) -> str:
        # Read-only, not an inline: an inline would add a formset every article form must post.
        waiting = list(obj.pending_revisions.filter(state=PendingRevision.State.PENDING)) if obj.pk else []
        if not waiting:
            return "None"
        return format_html_join(
            "",
            '<p><a href="{}">Edit {} by {}</a></p>{}',
            (
                (reverse("admin:newsroom_pendingrevision_change", args=[p.pk]), p.pk, p.by or "?", diff_html(p.diff))
                for p in waiting
            ),
        )

    @admin.display(description="Preview")
    def preview_link(self, obj: Article) -> str:
        if not obj.pk:
            return ""
        return format_html('<a href="{}">Preview as readers will see it</a>', reverse("desk:preview", args=[obj.pk]))

    class Media:
        js = ["newsroom/desk-editor.js"]

    @admin.display(description="Image as readers see it")
    def image_preview(self, obj: Article) -> str:
        image = obj.image if obj.pk else None
        if image is None or not image.file:
            return "(no image: the story runs as text)"
        label = f"{image.caption or image.alt_text} — {image.credit}"
        if image.is_ai_generated:
            label += f" — {image.disclaimer}"
        return format_html(
            '<span class="desk-image-preview"><img src="{}" alt="{}"><br>{}</span>',
            image.rendition_url(480),
            image.alt_text,
            label,
        )

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        try:
            response = super().changeform_view(request, object_id, form_url, extra_context)
            # The rich-text editor's import map is inline: the page's policy names its hash.
            if hasattr(response, "add_post_render_callback"):
                response.add_post_render_callback(editor.allow_import_map)
            return response
        except services.EditConflict as exc:
            # Lost the race between the form's check and the save: the whole save
            # rolled back (the admin wraps it in a transaction); say so plainly.
            self.message_user(request, str(exc), messages.ERROR)
            return HttpResponseRedirect(request.path)

    def save_model(self, request: HttpRequest, obj: Article, form: ModelForm[Article], change: bool) -> None:
        if change and services.needs_approval(obj, request.user):
            # Live copy, and this user may not publish: hold the edit; the article row is not saved.
            form.cleaned_data["held"] = True
            self._propose(request, obj, form)
            return
        if change:
            services.require(request.user, services.CHANGE_PERMISSION)
            services.claim_version(obj, form.cleaned_data["seen_version"])
            if form.cleaned_data.get("substantive"):
                obj.updated_at = timezone.now()
        super().save_model(request, obj, form, change)

    def _propose(self, request: HttpRequest, obj: Article, form: ModelForm[Article]) -> None:
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in services.EDITABLE_FIELDS}
        ignored = set(form.changed_data) - services.EDITABLE_FIELDS - {"seen_version", "substantive"}
        try:
            services.propose_revision(
                Article.objects.get(pk=obj.pk),
                by=request.user,
                changes=changes,
                seen_version=form.cleaned_data["seen_version"],
            )
        except (ValidationError, services.EditConflict) as exc:
            self.message_user(request, f"Not held: {' '.join(_messages(exc))}", messages.ERROR)
            return
        self.message_user(
            request,
            "The story is live: your edit waits for an editor's approval, and readers see the old text until then.",
            messages.WARNING,
        )
        if ignored:
            self.message_user(request, f"Only an editor can change {', '.join(sorted(ignored))}.", messages.ERROR)

    def construct_change_message(self, request: HttpRequest, form: forms.Form, formsets: Any, add: bool = False) -> Any:
        if form.cleaned_data.get("held"):
            return "Edit held for an editor's approval"  # the formsets were not saved, so there is no change list
        return super().construct_change_message(request, form, formsets, add)

    def save_related(self, request: HttpRequest, form: ModelForm[Article], formsets: Any, change: bool) -> None:
        if form.cleaned_data.get("held"):
            return  # nothing of a held edit is saved: not its many-to-many fields, not a revision
        super().save_related(request, form, formsets, change)
        # After the many-to-many fields are saved, so the snapshot has them.
        services.record_revision(form.instance, by=request.user)

    def save_formset(self, request: HttpRequest, form: ModelForm[Article], formset: Any, change: bool) -> None:
        if formset.model is not Correction:
            super().save_formset(request, form, formset, change)
            return
        for correction in formset.save(commit=False):
            if correction.pk:
                correction.save()
            else:
                services.add_correction(form.instance, correction.text, by=request.user)

    @admin.action(description="Publish now", permissions=["publish"])
    def publish_now(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        done = 0
        for article in queryset:
            try:
                done += services.publish_article(article, by=request.user)
            except (ValidationError, PermissionDenied) as exc:
                self.message_user(request, f"{article}: {' '.join(_messages(exc))}", messages.ERROR)
        self.message_user(request, f"Published {done} article(s).", messages.SUCCESS)

    @admin.action(description='Schedule at their "Scheduled for" time', permissions=["publish"])
    def schedule(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        done = 0
        for article in queryset:
            if article.scheduled_for is None:
                self.message_user(request, f"{article}: set “Scheduled for” first.", messages.ERROR)
                continue
            try:
                done += services.schedule_article(article, article.scheduled_for, by=request.user)
            except (ValidationError, PermissionDenied) as exc:
                self.message_user(request, f"{article}: {' '.join(_messages(exc))}", messages.ERROR)
        self.message_user(request, f"Scheduled {done} article(s).", messages.SUCCESS)

    @admin.action(description="Withdraw (the page answers 410 Gone)", permissions=["withdraw"])
    def withdraw(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        done = sum(services.withdraw_article(a, "Withdrawn by the desk", by=request.user) for a in queryset)
        self.message_user(request, f"Withdrew {done} article(s).", messages.WARNING)


@admin.register(PendingRevision)
class PendingRevisionAdmin(admin.ModelAdmin[PendingRevision]):
    """Edits to live copy by people who may not publish; editors approve or reject them here."""

    list_display = ["article", "by", "created", "state", "decided_by", "decided_at"]
    list_filter = ["state"]
    list_select_related = ["article", "by", "decided_by"]
    search_fields = ["article__headline"]
    readonly_fields = ["article", "by", "created", "state", "decided_by", "decided_at", "changes_diff", "revision"]
    actions = ["approve", "reject"]

    @admin.display(description="What it changes")
    def changes_diff(self, obj: PendingRevision) -> str:
        return diff_html(obj.diff)

    def has_publish_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm(services.PUBLISH_PERMISSION)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: PendingRevision | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: PendingRevision | None = None) -> bool:
        return False

    @admin.action(description="Approve: apply the edit to the public page", permissions=["publish"])
    def approve(self, request: HttpRequest, queryset: QuerySet[PendingRevision]) -> None:
        done = 0
        for pending in queryset:
            try:
                done += services.approve_revision(pending, by=request.user) is not None
            except (ValidationError, PermissionDenied, services.EditConflict) as exc:
                self.message_user(request, f"{pending}: {' '.join(_messages(exc))}", messages.ERROR)
        self.message_user(request, f"Approved {done} edit(s).", messages.SUCCESS)

    @admin.action(description="Reject: the public page keeps its text", permissions=["publish"])
    def reject(self, request: HttpRequest, queryset: QuerySet[PendingRevision]) -> None:
        done = sum(services.reject_revision(pending, by=request.user) for pending in queryset)
        self.message_user(request, f"Rejected {done} edit(s).", messages.WARNING)


def _messages(exc: Exception) -> list[str]:
    return exc.messages if isinstance(exc, ValidationError) else [str(exc) or "Not allowed."]


def front_zones() -> list[tuple[str, str]]:
    """Every front an editor can curate: home, each sector's and each edition's."""
    zones = [(front.HOME, "Home page")]
    zones += [(front.sector_zone(s.slug), f"Sector: {s.name}") for s in Sector.objects.order_by("name")]
    zones += [(front.edition_zone(e.slug), f"Edition: {e.name}") for e in Edition.objects.order_by("name")]
    return zones


class FrontPickForm(forms.ModelForm):
    zone = forms.ChoiceField(choices=front_zones)


@admin.register(FrontPick)
class FrontPickAdmin(admin.ModelAdmin[FrontPick]):
    form = FrontPickForm
    """The curated fronts: the lead (position 0) and top stories of home, each sector and edition."""

    list_display = ["zone", "position", "article", "article_status", "until"]
    list_editable = ["position", "until"]
    list_filter = ["zone"]
    list_select_related = ["article"]
    autocomplete_fields = ["article"]
    fields = ["zone", "position", "article", "until"]

    @admin.display(description="Story status")
    def article_status(self, obj: FrontPick) -> str:
        return obj.article.get_status_display()

    def save_model(self, request: HttpRequest, obj: FrontPick, form: ModelForm[FrontPick], change: bool) -> None:
        obj.by = request.user if request.user.pk else None
        super().save_model(request, obj, form, change)


@admin.register(Revision)
class RevisionAdmin(admin.ModelAdmin[Revision]):
    list_display = ["article", "number", "by", "machine_written", "method", "created"]
    list_filter = ["machine_written"]
    search_fields = ["article__headline"]
    fields = ["article", "number", "by", "created", "machine_written", "method", "changes", "snapshot"]
    readonly_fields = ["article", "number", "by", "created", "machine_written", "method", "changes", "snapshot"]

    @admin.display(description="Diff against the previous revision")
    def changes(self, obj: Revision) -> str:
        return diff_html(obj.diff)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Revision | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Revision | None = None) -> bool:
        return False


@admin.register(ArticleTransition)
class ArticleTransitionAdmin(admin.ModelAdmin[ArticleTransition]):
    """The desk's audit log of publishes, schedules, withdrawals and approved edits: who, when, why."""

    list_display = ["at", "article", "from_status", "to_status", "by", "note"]
    list_filter = ["to_status", "from_status"]
    list_select_related = ["article", "by"]
    search_fields = ["article__headline", "by__username", "note"]
    date_hierarchy = "at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: ArticleTransition | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: ArticleTransition | None = None) -> bool:
        return False


@admin.register(DeskPolicy)
class DeskPolicyAdmin(admin.ModelAdmin[DeskPolicy]):
    list_display = ["source", "enabled", "minimum_trust", "sector_names", "byline"]
    list_filter = ["enabled", "minimum_trust"]
    filter_horizontal = ["sectors", "editions"]

    @admin.display(description="Sectors")
    def sector_names(self, obj: DeskPolicy) -> str:
        return ", ".join(sector.name for sector in obj.sectors.all()) or "(none: nothing runs)"


@admin.register(PolicyDecision)
class PolicyDecisionAdmin(admin.ModelAdmin[PolicyDecision]):
    """The log of everything the automatic desk did, and why."""

    list_display = ["at", "wire_item", "policy", "outcome", "article_link", "reason"]
    list_filter = ["outcome", "policy"]
    list_select_related = ["wire_item", "policy", "policy__source", "article"]

    @admin.display(description="Article")
    def article_link(self, obj: PolicyDecision) -> str:
        if obj.article_id is None:
            return ""
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:newsroom_article_change", args=[obj.article_id]), obj.article
        )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: PolicyDecision | None = None) -> bool:
        return False
