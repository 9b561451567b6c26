"""Agency sources, the items they send, every version of each, and what was refused.

Identity is ``(agency, guid)``: the agency's own identifier, never ours, so the
same story fetched twice, from two workers or two machines, is one row.
"""

from __future__ import annotations

import datetime as dt
import random
import zoneinfo
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from newsdesk.taxonomy.models import Edition, Sector
from newsdesk.wires.signals import wire_item_released, wire_item_withdrawn

GUID_MAX_LENGTH = 2048  # the parsers refuse longer identifiers
AGENCY_MAX_LENGTH = 100
# A source that keeps failing is retried less and less often, but at least this often.
MAX_BACKOFF = dt.timedelta(hours=6)
# Agencies sometimes send absurd Retry-After values; we still poll daily so a
# misconfigured server cannot silence a source for a year.
MAX_RETRY_AFTER = dt.timedelta(days=1)


def validate_time_zone(value: str) -> None:
    if value and value not in zoneinfo.available_timezones():
        raise ValidationError(f"{value!r} is not an IANA time zone name such as Europe/Berlin or Asia/Kolkata.")


# What an editor configures (admin form, import file); the rest of a Source is
# fetch state the worker owns. Each side saves only its own columns.
SOURCE_CONFIG_FIELDS = [
    "name",
    "kind",
    "location",
    "agency",
    "poll_interval",
    "sector",
    "edition",
    "trust",
    "enabled",
    "allow_private_network",
    "time_zone",
]


class Source(models.Model):
    class Kind(models.TextChoices):
        FEED = "feed", "RSS/Atom feed (URL)"
        NINJS = "ninjs", "ninjs (URL or folder)"
        NEWSML = "newsml", "NewsML-G2 (folder or URL)"
        NITF = "nitf", "NITF (folder or URL)"
        HTML = "html", "Single HTML article page (URL)"

    class Trust(models.TextChoices):
        TRUSTED = "trusted", "Trusted: copy may run as sent"
        STANDARD = "standard", "Standard: the desk checks before use"
        UNVERIFIED = "unverified", "Unverified: reference only"

    # Kinds that only make sense fetched over HTTP.
    URL_ONLY_KINDS = frozenset({Kind.FEED, Kind.HTML})
    # The parser format each kind asks for; a feed is sniffed (RSS or Atom).
    FORMATS: dict[str, str] = {
        Kind.FEED: "auto",
        Kind.NINJS: "ninjs",
        Kind.NEWSML: "newsml",
        Kind.NITF: "nitf",
        Kind.HTML: "html",
    }

    name = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.FEED)
    location = models.CharField(
        max_length=2000, help_text="An http(s) URL, or the absolute path of a folder the agency drops files into."
    )
    agency = models.CharField(
        max_length=AGENCY_MAX_LENGTH, help_text="Agency name stored on every item; with the GUID it identifies one."
    )
    poll_interval = models.PositiveIntegerField(
        default=300, validators=[MinValueValidator(60)], help_text="Seconds between polls (at least 60)."
    )
    sector = models.ForeignKey(Sector, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    edition = models.ForeignKey(Edition, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    trust = models.CharField(max_length=16, choices=Trust.choices, default=Trust.STANDARD)
    enabled = models.BooleanField(default=True)
    allow_private_network = models.BooleanField(
        default=False,
        help_text="Allow private, loopback and link-local addresses. Only for servers on your own network.",
    )
    time_zone = models.CharField(
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text="IANA zone (e.g. Europe/Berlin) for times this agency sends without a zone; empty: UTC. "
        "Such times are flagged on the item either way.",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    # Fetch state: written by the worker holding the poll, never by the form.
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    next_poll_at = models.DateTimeField(null=True, blank=True, help_text="Empty: poll as soon as a worker is free.")
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(blank=True, editable=False)
    consecutive_failures = models.PositiveIntegerField(default=0, editable=False)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["enabled", "next_poll_at"], name="wiresource_due")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_remote(self) -> bool:
        return urlsplit(self.location).scheme.lower() in ("http", "https")

    @property
    def format(self) -> str:
        return self.FORMATS[self.kind]

    def clean(self) -> None:
        scheme = urlsplit(self.location).scheme.lower()
        if self.kind in self.URL_ONLY_KINDS and scheme not in ("http", "https"):
            raise ValidationError({"location": "This kind of source needs an http:// or https:// URL."})
        if scheme in ("http", "https"):
            if not urlsplit(self.location).hostname:
                raise ValidationError({"location": "The URL has no host name."})
        elif scheme:
            raise ValidationError({"location": f"{scheme}: URLs are not supported; use http(s) or a folder path."})
        elif not Path(self.location).is_absolute():
            raise ValidationError({"location": "A folder must be given as an absolute path."})

    # --- State changes. Each writes only the fetch-state columns with an
    # UPDATE, so an editor saving the form during a poll (renaming, disabling)
    # never has their change overwritten by the worker's stale copy.

    def claim(self, now: dt.datetime) -> bool:
        """Take this poll for the calling worker; False when another worker took it first.

        The conditional UPDATE is the lock: of several workers (threads, processes
        or machines) that saw the same ``next_poll_at``, exactly one matches.
        The lease covers a poll that hangs until its deadline; a worker that
        dies mid-poll leaves the source due again when the lease runs out.
        """
        lease = max(self.poll_interval, settings.NEWSDESK_WIRES_FETCH_DEADLINE_SECONDS * 2)
        until = now + dt.timedelta(seconds=lease)
        claimed = Source.objects.filter(pk=self.pk, enabled=True, next_poll_at=self.next_poll_at).update(
            next_poll_at=until
        )
        if claimed:
            self.next_poll_at = until
        return claimed == 1

    def record_success(
        self,
        now: dt.datetime,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        location: str | None = None,
        retry_after: dt.timedelta | None = None,
    ) -> None:
        fields: dict[str, Any] = {
            "last_polled_at": now,
            "last_success_at": now,
            "last_error": "",
            "consecutive_failures": 0,
            "next_poll_at": self._next_poll(now, failures=0, retry_after=retry_after),
        }
        if etag is not None:
            fields["etag"] = etag[:500]
        if last_modified is not None:
            fields["last_modified"] = last_modified[:100]
        if location:
            fields["location"] = location[:2000]
        self._update(fields)

    def record_failure(
        self,
        now: dt.datetime,
        error: str,
        *,
        retry_after: dt.timedelta | None = None,
        location: str | None = None,
    ) -> None:
        failures = self.consecutive_failures + 1
        fields: dict[str, Any] = {
            "last_polled_at": now,
            "last_error": error[:2000],
            "consecutive_failures": failures,
            "next_poll_at": self._next_poll(now, failures=failures, retry_after=retry_after),
        }
        if location:
            fields["location"] = location[:2000]
        self._update(fields)

    def disable(self, now: dt.datetime, reason: str) -> None:
        """Stop polling (the agency said the feed is gone); an editor re-enables it in the admin."""
        self._update({"enabled": False, "last_polled_at": now, "last_error": reason[:2000], "next_poll_at": None})

    def _update(self, fields: dict[str, Any]) -> None:
        Source.objects.filter(pk=self.pk).update(**fields)
        for name, value in fields.items():
            setattr(self, name, value)

    def _next_poll(self, now: dt.datetime, *, failures: int, retry_after: dt.timedelta | None) -> dt.datetime:
        delay = dt.timedelta(seconds=self.poll_interval)
        if failures:
            delay = min(delay * 2 ** min(failures, 16), MAX_BACKOFF)
        # Jitter spreads sources that were added together, so they stop polling in lockstep.
        delay *= random.uniform(0.9, 1.1)
        if retry_after is not None:
            delay = max(delay, min(retry_after, MAX_RETRY_AFTER))
        return now + delay


class WireItemQuerySet(models.QuerySet["WireItem"]):
    def publishable(self, now: dt.datetime | None = None) -> WireItemQuerySet:
        """Items the desk may publish at ``now``: live, usable, and any embargo passed."""
        now = now or timezone.now()
        return self.filter(status=WireItem.Status.ACTIVE, pub_status=WireItem.PubStatus.USABLE).filter(
            Q(embargoed_until__isnull=True) | Q(embargoed_until__lte=now)
        )

    def inbox(self) -> WireItemQuerySet:
        return self.order_by("-updated_at", "-id")


class WireItem(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "Active"
        WITHDRAWN = "withdrawn", "Withdrawn"

    class PubStatus(models.TextChoices):
        USABLE = "usable", "Usable"
        WITHHELD = "withheld", "Withheld"
        CANCELED = "canceled", "Canceled (kill)"

    agency = models.CharField(max_length=AGENCY_MAX_LENGTH)
    guid = models.CharField(max_length=GUID_MAX_LENGTH)
    # Big: some agencies number versions with timestamps (Reuters sends ten digits).
    version = models.BigIntegerField(default=1)
    headline = models.CharField(max_length=500, blank=True)
    body_html = models.TextField(blank=True)
    summary = models.TextField(blank=True)
    byline = models.CharField(max_length=300, blank=True)
    dateline = models.CharField(max_length=200, blank=True)
    # Agency furniture kept out of the story text (newsdesk.wires.furniture).
    dateline_date = models.CharField(max_length=100, blank=True)
    credits = models.JSONField(default=list, blank=True)
    editorial_note = models.TextField(blank=True)
    located = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=35, blank=True)
    first_created = models.DateTimeField(null=True, blank=True)
    version_created = models.DateTimeField(null=True, blank=True)
    times_assumed_utc = models.BooleanField(default=False)
    urgency = models.PositiveSmallIntegerField(null=True, blank=True)
    subjects = models.JSONField(default=list, blank=True)
    places = models.JSONField(default=list, blank=True)
    people = models.JSONField(default=list, blank=True)
    organisations = models.JSONField(default=list, blank=True)
    links = models.JSONField(default=list, blank=True)
    media = models.JSONField(default=list, blank=True)
    source_format = models.CharField(max_length=16, blank=True)
    embargoed_until = models.DateTimeField(null=True, blank=True)
    released_at = models.DateTimeField(null=True, blank=True)
    pub_status = models.CharField(max_length=16, choices=PubStatus.choices, default=PubStatus.USABLE)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.ACTIVE)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawal_reason = models.CharField(max_length=300, blank=True)
    content_hash = models.CharField(max_length=64)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="items")
    received_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now, help_text="When the latest version arrived.")

    objects = WireItemQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["agency", "guid"], name="wireitem_unique_agency_guid")]
        indexes = [
            models.Index(fields=["-updated_at", "-id"], name="wireitem_inbox"),
            models.Index(fields=["agency", "-updated_at"], name="wireitem_inbox_agency"),
            models.Index(fields=["status", "pub_status", "-updated_at"], name="wireitem_inbox_status"),
            # Only the items release_embargoes still has to look at.
            models.Index(
                fields=["embargoed_until"],
                name="wireitem_embargo_pending",
                condition=Q(released_at__isnull=True, embargoed_until__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agency}: {self.headline or self.guid}"

    @property
    def is_embargoed(self) -> bool:
        return self.embargoed_until is not None and self.embargoed_until > timezone.now()

    def public_version(self, now: dt.datetime | None = None) -> PublicWireItem | None:
        """The one gate for showing agency copy to readers: the last version they may see, or None.

        The item's columns hold its newest version, which may be under a fresh embargo
        (or withheld) while an article built on an earlier version is live; readers then
        see that earlier version, read from its snapshot. A withdrawn item is never shown.
        """
        now = now or timezone.now()
        if self.status != self.Status.ACTIVE:
            return None
        if _is_public(self.pub_status, self.embargoed_until, now):
            return PublicWireItem(self.agency, self.guid, self.version, self.headline, list(self.links))
        for version in self.versions.all():
            snapshot = version.snapshot if isinstance(version.snapshot, dict) else {}
            embargo = snapshot.get("embargoed_until")
            until = dt.datetime.fromisoformat(embargo) if isinstance(embargo, str) and embargo else None
            if _is_public(str(snapshot.get("pub_status", self.PubStatus.USABLE)), until, now):
                links = snapshot.get("links")
                return PublicWireItem(
                    self.agency,
                    self.guid,
                    version.version,
                    str(snapshot.get("headline", "")),
                    list(links) if isinstance(links, list) else [],
                )
        return None

    def withdraw(self, reason: str) -> bool:
        """Mark the item killed; returns False when it already was.

        The row lock makes a kill arriving on two workers at once (the same
        document polled twice, or a kill and a re-sent kill) one transition and
        one signal, never two takedowns.
        """
        with transaction.atomic():
            locked = WireItem.objects.select_for_update().only("status").get(pk=self.pk)
            if locked.status == self.Status.WITHDRAWN:
                self.refresh_from_db(fields=["status", "withdrawn_at", "withdrawal_reason"])
                return False
            now = timezone.now()
            WireItem.objects.filter(pk=self.pk).update(
                status=self.Status.WITHDRAWN, withdrawn_at=now, withdrawal_reason=reason[:300]
            )
            self.status, self.withdrawn_at, self.withdrawal_reason = self.Status.WITHDRAWN, now, reason[:300]
            transaction.on_commit(partial(_send, wire_item_withdrawn, self.pk))
        return True

    def release(self, now: dt.datetime) -> bool:
        """Mark the embargo lifted; True for exactly one caller however many workers try.

        Also used when a new version lifts the embargo outright (no embargo time).
        """
        released = (
            WireItem.objects.filter(pk=self.pk, status=self.Status.ACTIVE, released_at__isnull=True)
            .filter(Q(embargoed_until__lte=now) | Q(embargoed_until__isnull=True))
            .update(released_at=now)
        )
        if released != 1:
            return False
        self.released_at = now
        transaction.on_commit(partial(_send, wire_item_released, self.pk))
        return True


@dataclass(frozen=True)
class PublicWireItem:
    """What readers may see of a wire item (see ``WireItem.public_version``)."""

    agency: str
    guid: str
    version: int
    headline: str
    links: list[Any]


def _is_public(pub_status: str, embargoed_until: dt.datetime | None, now: dt.datetime) -> bool:
    if pub_status != WireItem.PubStatus.USABLE:
        return False
    if embargoed_until is not None and embargoed_until.tzinfo is None:
        embargoed_until = embargoed_until.replace(tzinfo=dt.UTC)
    return embargoed_until is None or embargoed_until <= now


def _send(signal: Any, pk: int) -> None:
    # Re-read after commit: receivers see the committed row, not a stale instance.
    item = WireItem.objects.filter(pk=pk).first()
    if item is not None:
        signal.send(sender=WireItem, item=item)


class WireItemVersion(models.Model):
    """Every distinct version received, kept whole: the item's history and the evidence of what was sent."""

    item = models.ForeignKey(WireItem, on_delete=models.CASCADE, related_name="versions")
    version = models.BigIntegerField()
    version_created = models.DateTimeField(null=True, blank=True)
    content_hash = models.CharField(max_length=64)
    snapshot = models.JSONField()
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-version", "-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["item", "version", "content_hash"], name="wireitemversion_unique")
        ]

    def __str__(self) -> str:
        return f"{self.item_id} v{self.version}"


class Quarantine(models.Model):
    """An item (or a whole document) that could not be stored, with why and what it looked like."""

    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="quarantined")
    agency = models.CharField(max_length=AGENCY_MAX_LENGTH, blank=True)
    guid = models.CharField(max_length=GUID_MAX_LENGTH, blank=True)
    reason = models.CharField(max_length=1000)
    excerpt = models.TextField(blank=True)
    document = models.CharField(max_length=2000, blank=True, help_text="The file or URL the item came in.")
    # The same broken item in the same document, re-polled or re-sent, is one row, not one per poll.
    fingerprint = models.CharField(max_length=64, unique=True, editable=False)
    received_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name_plural = "quarantine"

    def __str__(self) -> str:
        return f"{self.agency or '?'} {self.guid or '(document)'}: {self.reason[:80]}"


class IngestedDocument(models.Model):
    """A document already read, byte for byte, by the current parsers.

    Agencies re-serve the same feed over and over, often without ETag or
    Last-Modified; parsing is ~85% of an ingest, so a document whose exact bytes
    were already stored is answered from here: every item in it is unchanged.
    """

    agency = models.CharField(max_length=AGENCY_MAX_LENGTH)
    digest = models.CharField(max_length=64, help_text="SHA-256 of the document's bytes.")
    parser_version = models.CharField(max_length=16)
    items = models.PositiveIntegerField(default=0)
    rejections = models.JSONField(default=list, blank=True)
    first_seen = models.DateTimeField(default=timezone.now)
    last_seen = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["agency", "digest", "parser_version"], name="ingested_document_unique")
        ]

    def __str__(self) -> str:
        return f"{self.agency} {self.digest[:12]}"


class FetchLog(models.Model):
    """One row per poll of a source: what came back and what it produced."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="fetch_logs")
    started_at = models.DateTimeField(default=timezone.now)
    duration_ms = models.PositiveIntegerField(default=0)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    bytes_read = models.PositiveBigIntegerField(default=0)
    counts = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["source", "-started_at"], name="fetchlog_by_source")]

    def __str__(self) -> str:
        return f"{self.source_id} at {self.started_at:%Y-%m-%d %H:%M:%S}"


class DeskAlert(models.Model):
    """A copy of a story we already hold was rejected or quarantined: the desk must look at that story.

    Most often an agency's kill or correction in a shape we could not read; left silent,
    the story it meant to change stays as it was. One row per (story, reason).
    """

    item = models.ForeignKey(WireItem, on_delete=models.CASCADE, related_name="desk_alerts")
    reason = models.CharField(max_length=1000)
    document = models.CharField(max_length=2000, blank=True, help_text="The file or URL the copy came in.")
    # Of (item, reason): the same refused copy, re-polled or re-sent in a changed feed, raises no second alert.
    fingerprint = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    mailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    resolved_at = models.DateTimeField(null=True, blank=True, editable=False)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["-created_at"], name="deskalert_open", condition=Q(resolved_at__isnull=True)),
        ]

    def __str__(self) -> str:
        return f"{self.item}: {self.reason[:80]}"

    def resolve(self, user: Any = None) -> bool:
        """Mark the alert dealt with; True for exactly one caller (a conditional update, no lost second click)."""
        now = timezone.now()
        done = DeskAlert.objects.filter(pk=self.pk, resolved_at__isnull=True).update(
            resolved_at=now, resolved_by=user if user is not None and user.is_authenticated else None
        )
        if done == 1:
            self.resolved_at = now
        return done == 1
