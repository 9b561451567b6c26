from __future__ import annotations

import datetime as dt
import io
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image as PILImage

from newsdesk.lib.sanitize import clean_html, plain_text, word_count
from newsdesk.newsroom.provenance import AI_GENERATED_TYPES, READER_DISCLAIMERS, DigitalSourceType, source_type_uri
from newsdesk.taxonomy.models import Country, Edition, Sector, Tag

SHOT_MAX_WORDS = 80


class Author(models.Model):
    """A byline: a desk ("Newsdesk News Desk") or a named writer."""

    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=140, unique=True)
    is_desk = models.BooleanField(default=False)
    bio = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


def _image_upload_to(instance: Image, filename: str) -> str:
    now = timezone.now()
    return f"images/{now:%Y/%m}/{filename}"


class Image(models.Model):
    # Widths served through srcset so a phone on a slow link fetches ~30 KB, not the original.
    RENDITION_WIDTHS = (480, 960)

    file = models.ImageField(upload_to=_image_upload_to, width_field="width", height_field="height")
    width = models.PositiveIntegerField(editable=False, default=0)
    height = models.PositiveIntegerField(editable=False, default=0)
    renditions = models.JSONField(default=dict, blank=True, editable=False)
    alt_text = models.CharField(max_length=300, help_text="What the image shows, for readers who cannot see it.")
    caption = models.CharField(max_length=500, blank=True)
    credit = models.CharField(max_length=200, blank=True)
    digital_source_type = models.CharField(
        max_length=48,
        choices=DigitalSourceType.choices,
        blank=True,
        help_text="IPTC Digital Source Type. AI-generated images always show a disclaimer to readers.",
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.caption or self.alt_text or self.file.name

    @property
    def is_ai_generated(self) -> bool:
        return self.digital_source_type in AI_GENERATED_TYPES

    @property
    def disclaimer(self) -> str:
        return READER_DISCLAIMERS.get(self.digital_source_type, "")

    @property
    def digital_source_type_uri(self) -> str:
        return source_type_uri(self.digital_source_type)

    def srcset(self) -> str:
        parts = [f"{settings.MEDIA_URL}{path} {width}w" for width, path in sorted(self.renditions.items(), key=_w)]
        if self.file:
            parts.append(f"{self.file.url} {self.width}w")
        return ", ".join(parts)

    @property
    def src(self) -> str:
        """The fallback ``src``: a mid-size rendition, so browsers without srcset stay light."""
        return self.rendition_url(960)

    def rendition_url(self, width: int) -> str:
        path = self.renditions.get(str(width))
        return f"{settings.MEDIA_URL}{path}" if path else self.file.url

    def make_renditions(self) -> None:
        """Write WebP renditions narrower than the original; idempotent."""
        storage = self.file.storage
        with self.file.open("rb") as fh:
            original = PILImage.open(fh)
            original.load()
        renditions: dict[str, str] = {}
        stem = self.file.name.rsplit(".", 1)[0]
        for width in self.RENDITION_WIDTHS:
            if width >= original.width:
                continue
            height = round(original.height * width / original.width)
            copy = original.convert("RGB").resize((width, height), PILImage.Resampling.LANCZOS)
            buffer = io.BytesIO()
            copy.save(buffer, "WEBP", quality=78, method=4)
            name = f"{stem}-{width}w.webp"
            if storage.exists(name):
                storage.delete(name)
            renditions[str(width)] = storage.save(name, ContentFile(buffer.getvalue()))
        self.renditions = renditions
        Image.objects.filter(pk=self.pk).update(renditions=renditions)

    @classmethod
    def from_bytes(cls, data: bytes, filename: str, **fields: Any) -> Image:
        image = cls(**fields)
        image.file.save(filename, ContentFile(data), save=False)
        # FieldFile.save() does not refresh width/height; the descriptor only does on assignment.
        Image._meta.get_field("file").update_dimension_fields(image, force=True)
        image.save()
        image.make_renditions()
        return image


def _w(item: tuple[str, str]) -> int:
    return int(item[0])


class ArticleQuerySet(models.QuerySet["Article"]):
    def live(self, now: dt.datetime | None = None) -> ArticleQuerySet:
        """What readers may see: published, its publication time reached, not withdrawn."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=now or timezone.now())

    def for_listing(self) -> ArticleQuerySet:
        return self.select_related("sector", "image").order_by("-published_at", "-id")


class Article(models.Model):
    class Kind(models.TextChoices):
        NEWS = "news", "News"
        SHOT = "shot", "Shot"
        OPINION = "opinion", "Opinion"
        BLOG = "blog", "Blog"
        INTERVIEW = "interview", "Interview"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SCHEDULED = "scheduled", "Scheduled"
        PUBLISHED = "published", "Published"
        WITHDRAWN = "withdrawn", "Withdrawn"

    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.NEWS)
    headline = models.CharField(max_length=300)
    slug = models.SlugField(max_length=200, help_text="Readable part of the URL; old slugs keep redirecting.")
    standfirst = models.TextField(blank=True, help_text="One or two sentences under the headline.")
    body = models.TextField(blank=True, help_text="HTML; anything outside the allowlist is removed on save.")
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="articles")
    editions = models.ManyToManyField(Edition, blank=True, related_name="articles")
    countries = models.ManyToManyField(Country, blank=True, related_name="articles")
    place_label = models.CharField(max_length=80, default="Global", help_text='e.g. "Portugal", or "Global".')
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles")
    authors = models.ManyToManyField(Author, blank=True, related_name="articles", help_text="Empty: desk byline.")
    image = models.ForeignKey(Image, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    agency_attribution = models.CharField(max_length=300, blank=True, help_text="Agencies whose copy was used.")
    from_agencies = models.BooleanField(default=False, help_text='Ends the body with "(With inputs from agencies.)"')
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.DRAFT, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)
    scheduled_for = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawal_reason = models.CharField(max_length=300, blank=True)
    # The agency copy the story was built on: a kill of any of them takes the story down.
    wire_items = models.ManyToManyField("wires.WireItem", blank=True, related_name="articles")
    # Optimistic concurrency: every save claims the next version with a conditional
    # UPDATE, so two editors who opened the same version cannot both save silently.
    version = models.PositiveIntegerField(default=1, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        permissions = [
            ("publish_article", "Can publish or schedule articles"),
            ("withdraw_article", "Can withdraw articles"),
        ]
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_live"),
            models.Index(fields=["sector", "status", "published_at"], name="article_sector_live"),
            models.Index(fields=["kind", "status", "published_at"], name="article_kind_live"),
        ]

    def __str__(self) -> str:
        return self.headline

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.body = clean_html(self.body)
        self.headline = plain_text(self.headline)
        self.standfirst = plain_text(self.standfirst)
        if not self.slug:
            self.slug = slugify(self.headline)[:200] or "article"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("site:article", kwargs={"sector": self.sector.slug, "pk": self.pk, "slug": self.slug})

    @property
    def is_live(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= timezone.now()
        )

    @property
    def byline(self) -> str:
        names = [author.name for author in self.authors.all()]
        return ", ".join(names) if names else settings.NEWSDESK_DESK_BYLINE

    @property
    def was_updated(self) -> bool:
        return self.updated_at - self.created_at >= dt.timedelta(minutes=1)

    @property
    def standfirst_text(self) -> str:
        return plain_text(self.standfirst)

    def clean(self) -> None:
        if self.kind == self.Kind.SHOT and word_count(self.body) > SHOT_MAX_WORDS:
            raise ValidationError({"body": f"A shot is at most {SHOT_MAX_WORDS} words."})

    # --- State changes: each locks the row, so two editors or workers acting
    # at once see each other's result instead of both "winning".

    def _transition(self, to: str, *, by: Any = None, note: str = "", **fields: Any) -> bool:
        with transaction.atomic():
            locked = Article.objects.select_for_update().get(pk=self.pk)
            # Already there (a double click, or two editors at once): no second audit row.
            # Scheduled again for another time is a change; for the same time it is not.
            same_time = to == self.Status.SCHEDULED and locked.scheduled_for == fields["scheduled_for"]
            if locked.status == to and (to != self.Status.SCHEDULED or same_time):
                self.refresh_from_db()
                return False
            from_status = locked.status
            fields["status"] = to
            if to == self.Status.PUBLISHED and not locked.was_ever_published():
                fields.update(first_publication_times(fields["published_at"]))
            Article.objects.filter(pk=self.pk).update(**fields)
            ArticleTransition.objects.create(
                article_id=self.pk, from_status=from_status, to_status=to, by=by if by and by.pk else None, note=note
            )
        self.refresh_from_db()
        return True

    def was_ever_published(self) -> bool:
        return ArticleTransition.objects.filter(article_id=self.pk, to_status=self.Status.PUBLISHED).exists()

    def embargoed_until(self, now: dt.datetime | None = None) -> dt.datetime | None:
        """The latest embargo still running on any source item, or None."""
        if self.pk is None:
            return None
        now = now or timezone.now()
        latest: dt.datetime | None = (
            self.wire_items.filter(embargoed_until__gt=now)
            .order_by("-embargoed_until")
            .values_list("embargoed_until", flat=True)
            .first()
        )
        return latest

    def check_embargo(self, when: dt.datetime) -> None:
        """Refuse a publication time before any source item's embargo: agencies cut off outlets that break one."""
        until = self.embargoed_until(now=when)
        if until is not None:
            raise ValidationError(f"A source item is embargoed until {until.isoformat()}; publish at or after it.")

    def publish(self, *, by: Any = None, at: dt.datetime | None = None) -> bool:
        """Publish now (or back-dated to ``at``). Returns False when it already was."""
        when = at or timezone.now()
        self.check_embargo(max(when, timezone.now()))
        return self._transition(self.Status.PUBLISHED, by=by, published_at=when, scheduled_for=None)

    def schedule(self, when: dt.datetime, *, by: Any = None) -> bool:
        if when <= timezone.now():
            raise ValidationError("A scheduled time must be in the future.")
        self.check_embargo(when)
        return self._transition(self.Status.SCHEDULED, by=by, scheduled_for=when, note=f"for {when.isoformat()}")

    def unschedule(self, *, by: Any = None) -> bool:
        """Back to draft: the story will not run at its scheduled time. False when it was not scheduled."""
        with transaction.atomic():
            status = Article.objects.select_for_update().filter(pk=self.pk).values_list("status", flat=True).get()
            if status != self.Status.SCHEDULED:
                self.refresh_from_db()
                return False
            return self._transition(self.Status.DRAFT, by=by, note="unscheduled", scheduled_for=None)

    def withdraw(self, reason: str, *, by: Any = None) -> bool:
        """Take the article down everywhere; its URL then answers 410 Gone."""
        return self._transition(
            self.Status.WITHDRAWN, by=by, note=reason, withdrawn_at=timezone.now(), withdrawal_reason=reason[:300]
        )

    def mark_updated(self, when: dt.datetime | None = None) -> None:
        """Bump "Updated" for a substantive change; "Created" never moves."""
        self.updated_at = when or timezone.now()
        Article.objects.filter(pk=self.pk).update(updated_at=self.updated_at)

    def bump_updated(self, *, seen: dt.datetime | None, by: Any = None, note: str = "updated") -> bool:
        """Move the public "Updated" time of a published story, with its audit row.

        ``seen`` is the "Updated" time the editor's page showed: the conditional UPDATE
        matches only while it is still that, so a double click (or two editors) bumps once.
        """
        now = timezone.now()
        with transaction.atomic():
            rows = Article.objects.filter(pk=self.pk, status=self.Status.PUBLISHED)
            if seen is not None:
                rows = rows.filter(updated_at=seen)
            if rows.update(updated_at=now) != 1:
                self.refresh_from_db()
                return False
            ArticleTransition.objects.create(
                article_id=self.pk,
                from_status=self.Status.PUBLISHED,
                to_status=self.Status.PUBLISHED,
                at=now,
                by=by if by and by.pk else None,
                note=note[:300],
            )
        self.refresh_from_db()
        return True


def first_publication_times(when: dt.datetime) -> dict[str, dt.datetime]:
    """The fields a first publication sets: readers' "Created" (and "Updated") is when the story
    first ran, never when its draft was started; the draft's own start stays in revision 1."""
    return {"created_at": when, "updated_at": when}


class ArticleTransition(models.Model):
    """One row per status change: the article's public history and the audit log."""

    # PROTECT: the record outlives any wish to tidy up; a story is withdrawn, never deleted.
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="transitions")
    from_status = models.CharField(max_length=16, choices=Article.Status.choices)
    to_status = models.CharField(max_length=16, choices=Article.Status.choices)
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.article_id}: {self.from_status} -> {self.to_status}"


class Correction(models.Model):
    """A public correction note, shown under the article in the order it was made."""

    # PROTECT: the record outlives any wish to tidy up; a story is withdrawn, never deleted.
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="corrections")
    text = models.TextField(help_text="Shown to readers under the article: what was wrong and what is right.")
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"Correction to {self.article_id} at {self.at:%Y-%m-%d %H:%M}"


class Revision(models.Model):
    """One row per save of an article: who (or what) wrote it, the text as saved, and what changed."""

    # PROTECT: the record outlives any wish to tidy up; a story is withdrawn, never deleted.
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="revisions")
    # Equal to the article's ``version`` after the save that made it.
    number = models.PositiveIntegerField()
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(default=timezone.now)
    machine_written = models.BooleanField(default=False, help_text="Text produced by software, not a person.")
    method = models.CharField(max_length=120, blank=True, help_text='e.g. "enrich", "auto-policy 3".')
    snapshot = models.JSONField(default=dict)
    diff = models.TextField(blank=True, help_text="Unified diff against the previous revision.")

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["article", "number"], name="revision_unique_number")]

    def __str__(self) -> str:
        return f"{self.article_id} r{self.number}"


class PendingRevision(models.Model):
    """An edit to live copy by someone who may not publish: held, the page unchanged, until an editor decides.

    ``changes`` holds only the fields the edit touched (many-to-many and foreign keys as primary
    keys); ``before`` holds the same fields as they were, so approval can refuse an edit whose
    ground moved (someone changed those fields since) instead of silently undoing their work.
    """

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    # PROTECT: a proposal is part of the article's record (who asked to change what).
    article = models.ForeignKey(Article, on_delete=models.PROTECT, related_name="pending_revisions")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(default=timezone.now)
    changes = models.JSONField(default=dict)
    before = models.JSONField(default=dict)
    diff = models.TextField(blank=True, help_text="What approval would change on the public page.")
    state = models.CharField(max_length=16, choices=State.choices, default=State.PENDING, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    revision = models.OneToOneField(
        Revision, null=True, blank=True, on_delete=models.SET_NULL, related_name="approved_from"
    )

    class Meta:
        ordering = ["-created", "-id"]

    def __str__(self) -> str:
        return f"Pending edit {self.pk} to {self.article_id}"

    def decide(self, state: str, *, by: Any = None) -> bool:
        """Claim the decision on this edit, with its audit row; False when it was already decided.

        A conditional UPDATE, not read-then-write: of two editors clicking Approve at once,
        exactly one matches ``state=pending``, so the edit is applied once. Run it inside the
        caller's transaction so a failed apply rolls the decision back too.
        """
        if state not in (self.State.APPROVED, self.State.REJECTED):
            raise ValueError(f"Not a decision: {state}")
        now = timezone.now()
        user = by if by is not None and by.pk else None
        with transaction.atomic():
            claimed = PendingRevision.objects.filter(pk=self.pk, state=self.State.PENDING).update(
                state=state, decided_by=user, decided_at=now
            )
            if claimed == 1:
                status = Article.objects.filter(pk=self.article_id).values_list("status", flat=True).get()
                ArticleTransition.objects.create(
                    article_id=self.article_id,
                    from_status=status,
                    to_status=status,
                    at=now,
                    by=user,
                    note=f"edit {self.pk} by {self.by or 'unknown'} {state}"[:300],
                )
        self.refresh_from_db()
        return claimed == 1


class TrustLevel:
    """Ranks of ``wires.Source.Trust``; a policy accepts sources at or above its minimum."""

    RANKS = {"unverified": 0, "standard": 1, "trusted": 2}

    @classmethod
    def rank(cls, value: str) -> int:
        return cls.RANKS.get(value, -1)


class DeskPolicy(models.Model):
    """Automatic publishing for one source: trusted copy in chosen sectors runs without a person."""

    source = models.OneToOneField("wires.Source", on_delete=models.CASCADE, related_name="desk_policy")
    enabled = models.BooleanField(default=False)
    minimum_trust = models.CharField(
        max_length=16,
        choices=[("trusted", "Trusted"), ("standard", "Standard"), ("unverified", "Unverified")],
        default="trusted",
        help_text="Only publish when the source's trust is at least this.",
    )
    sectors = models.ManyToManyField(Sector, blank=True, related_name="+", help_text="None chosen: nothing runs.")
    editions = models.ManyToManyField(
        Edition, blank=True, related_name="+", help_text="Empty: the editions enrichment suggests."
    )
    byline = models.ForeignKey(
        Author,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"is_desk": True},
        help_text="A desk byline; empty: the site's desk byline.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name_plural = "desk policies"

    def __str__(self) -> str:
        return f"Policy {self.pk} for {self.source}"


class PolicyDecision(models.Model):
    """What the automatic desk did with one wire item: the log, and (unique per item) the claim."""

    class Outcome(models.TextChoices):
        PUBLISHED = "published", "Published"
        SKIPPED = "skipped", "Skipped"

    # Unique: of several workers deciding on the same item, one insert wins and
    # the others roll back, so an item is never published twice.
    wire_item = models.OneToOneField("wires.WireItem", on_delete=models.CASCADE, related_name="policy_decision")
    policy = models.ForeignKey(DeskPolicy, null=True, on_delete=models.SET_NULL, related_name="decisions")
    outcome = models.CharField(max_length=16, choices=Outcome.choices)
    reason = models.CharField(max_length=300, blank=True)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.wire_item_id}: {self.outcome}"


class FrontPick(models.Model):
    """An editor's choice for a front: position 0 is the lead, then the top stories in order.

    A pick lapses at ``until`` (or when its story stops being live) and the front falls
    back to the automatic order (newest first) for that slot.
    """

    # "home", "sector:<slug>" or "edition:<slug>": the front the pick is on.
    zone = models.CharField(max_length=80, default="home", db_index=True)
    position = models.PositiveSmallIntegerField(help_text="0 is the lead; 1, 2, … the top stories in order.")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="front_picks")
    until = models.DateTimeField(null=True, blank=True, help_text="Empty: until changed. After it: automatic.")
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["zone", "position"]
        constraints = [models.UniqueConstraint(fields=["zone", "position"], name="frontpick_unique_slot")]

    def __str__(self) -> str:
        return f"{self.zone} #{self.position}: {self.article_id}"
