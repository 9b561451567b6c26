"""Readers we talk with: newsletter subscribers, their consent history, digests, feedback.

Every state change of a subscriber is a model method that locks the row inside a
transaction, so a reader confirming in one tab while a digest run or a bounce
touches the same row never loses either change.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models.functions import Lower
from django.utils import timezone

from newsdesk.audience import conf
from newsdesk.taxonomy.models import Edition, Sector


def normalise_email(raw: str) -> str:
    """The one spelling of an address we store and look up.

    The local part is case-sensitive on paper, but no mailbox provider readers
    use treats it so, and treating it so would let one reader hold several
    subscriptions (and receive several confirmation mails) by varying case.
    """
    return raw.strip().lower()


def record_ip(ip: str) -> str:
    # Off by default: an IP address is personal data, and the time and form
    # are enough proof of consent for most newsrooms.
    return ip if conf.consent_record_ip() else ""


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending confirmation"
        ACTIVE = "active", "Active"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
        BOUNCED = "bounced", "Bounced"

    class Frequency(models.TextChoices):
        DAILY = "daily", "Daily digest"
        WEEKLY = "weekly", "Weekly digest"

    email = models.EmailField(max_length=254, unique=True, help_text="Stored lower-case.")
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING, db_index=True)
    frequency = models.CharField(max_length=8, choices=Frequency.choices, default=Frequency.DAILY)
    editions = models.ManyToManyField(Edition, blank=True, related_name="+", help_text="Empty: every edition.")
    sectors = models.ManyToManyField(Sector, blank=True, related_name="+", help_text="Empty: every sector.")
    # Part of every confirmation and preferences link: bumping it kills them all.
    token_version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    bounced_at = models.DateTimeField(null=True, blank=True)
    bounce_reason = models.CharField(max_length=300, blank=True)
    last_digest_at = models.DateTimeField(
        null=True, blank=True, help_text="End of the window the last digest covered; the next one starts here."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # The unique index on email then also means "unique ignoring case".
            models.CheckConstraint(condition=models.Q(email=Lower("email")), name="subscriber_email_lower_case"),
        ]

    def __str__(self) -> str:
        return self.email

    def clean(self) -> None:
        self.email = normalise_email(self.email)

    @property
    def receives_mail(self) -> bool:
        return self.status in (self.Status.PENDING, self.Status.ACTIVE)

    def digest_since(self) -> dt.datetime | None:
        """Start of the next digest's window: the last digest, or the latest (re)confirmation."""
        marks = [t for t in (self.last_digest_at, self.confirmed_at) if t is not None]
        return max(marks) if marks else None

    def preferences(self) -> dict[str, Any]:
        return {
            "frequency": self.frequency,
            "editions": sorted(e.slug for e in self.editions.all()),
            "sectors": sorted(s.slug for s in self.sectors.all()),
        }

    # --- State changes ------------------------------------------------------

    def _locked(self) -> Subscriber:
        return Subscriber.objects.select_for_update().get(pk=self.pk)

    def confirm(self, *, form: str, ip: str = "", now: dt.datetime | None = None) -> bool:
        """Make a pending subscription active. True when the subscriber is (now) active."""
        now = now or timezone.now()
        with transaction.atomic():
            locked = self._locked()
            if locked.status == self.Status.ACTIVE:
                return True
            if locked.status != self.Status.PENDING:
                return False
            Subscriber.objects.filter(pk=self.pk).update(status=self.Status.ACTIVE, confirmed_at=now)
            Consent.record(locked, Consent.Action.CONFIRMED, form=form, ip=ip, at=now)
        self.refresh_from_db()
        return True

    def unsubscribe(self, *, form: str, ip: str = "", now: dt.datetime | None = None) -> None:
        """Stop all mail. Idempotent: a second click (or a mail client's retry) changes nothing."""
        now = now or timezone.now()
        with transaction.atomic():
            locked = self._locked()
            if locked.status not in (self.Status.PENDING, self.Status.ACTIVE):
                return
            # The new version kills every confirmation and preferences link
            # already sent, so a forwarded digest cannot re-enrol the reader.
            Subscriber.objects.filter(pk=self.pk).update(
                status=self.Status.UNSUBSCRIBED, unsubscribed_at=now, token_version=models.F("token_version") + 1
            )
            Consent.record(locked, Consent.Action.UNSUBSCRIBED, form=form, ip=ip, at=now)
        self.refresh_from_db()

    def change_preferences(
        self,
        *,
        frequency: str,
        editions: Iterable[Edition],
        sectors: Iterable[Sector],
        form: str,
        ip: str = "",
        now: dt.datetime | None = None,
    ) -> bool:
        """Save a reader's new choices; False (and no change) unless the subscription is live."""
        now = now or timezone.now()
        with transaction.atomic():
            locked = self._locked()
            if locked.status not in (self.Status.PENDING, self.Status.ACTIVE):
                return False
            Subscriber.objects.filter(pk=self.pk).update(frequency=frequency)
            locked.frequency = frequency
            locked.editions.set(editions)
            locked.sectors.set(sectors)
            Consent.record(locked, Consent.Action.CHANGED, form=form, ip=ip, at=now)
        self.refresh_from_db()
        return True

    def mark_bounced(self, reason: str, *, now: dt.datetime | None = None) -> None:
        """The mail server said the address does not exist: never mail it again."""
        Subscriber.objects.filter(pk=self.pk).exclude(status=self.Status.BOUNCED).update(
            status=self.Status.BOUNCED, bounced_at=now or timezone.now(), bounce_reason=reason[:300]
        )
        self.refresh_from_db()


class Consent(models.Model):
    """What a reader agreed to or withdrew, when, and through which form: the proof of opt-in."""

    class Action(models.TextChoices):
        REQUESTED = "requested", "Asked to subscribe"
        CONFIRMED = "confirmed", "Confirmed"
        CHANGED = "changed", "Changed preferences"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    # PROTECT: consent records are kept as the law asks; a reader unsubscribes, the row stays.
    subscriber = models.ForeignKey(Subscriber, on_delete=models.PROTECT, related_name="consents")
    action = models.CharField(max_length=16, choices=Action.choices)
    at = models.DateTimeField(default=timezone.now)
    form = models.CharField(max_length=40, help_text="Which form or link the reader used.")
    ip = models.CharField(max_length=45, blank=True, help_text="Recorded only when NEWSDESK_CONSENT_RECORD_IP is on.")
    details = models.JSONField(default=dict, blank=True, help_text="The choices in force after this action.")

    class Meta:
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.subscriber_id} {self.action} at {self.at:%Y-%m-%d %H:%M}"

    @classmethod
    def record(cls, subscriber: Subscriber, action: str, *, form: str, ip: str, at: dt.datetime) -> Consent:
        return cls.objects.create(
            subscriber=subscriber,
            action=action,
            at=at,
            form=form[:40],
            ip=record_ip(ip),
            details=subscriber.preferences(),
        )


class BlockedDomain(models.Model):
    """A mail domain we refuse sign-ups from (disposable inboxes, abuse). Covers its subdomains."""

    domain = models.CharField(max_length=253, unique=True, help_text="e.g. mailinator.com; subdomains are blocked too.")
    note = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["domain"]

    def __str__(self) -> str:
        return self.domain

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.domain = self.domain.strip().lower().lstrip("@").strip(".")
        super().save(*args, **kwargs)

    def clean(self) -> None:
        self.domain = self.domain.strip().lower().lstrip("@").strip(".")
        if "." not in self.domain or any(c.isspace() for c in self.domain) or "@" in self.domain:
            raise ValidationError({"domain": "Enter a mail domain such as example.com."})

    @classmethod
    def blocks(cls, email: str) -> bool:
        domain = email.rpartition("@")[2].lower().strip(".")
        labels = domain.split(".")
        # The domain and each parent down to two labels: a.b.mailinator.com hits mailinator.com.
        candidates = [".".join(labels[i:]) for i in range(max(len(labels) - 1, 1))]
        return cls.objects.filter(domain__in=candidates).exists()


class DigestRun(models.Model):
    """One digest edition: a frequency and its period (a local date, or an ISO week)."""

    frequency = models.CharField(max_length=8, choices=Subscriber.Frequency.choices)
    period = models.CharField(max_length=16, help_text="2025-08-19 for daily, 2025-W34 for weekly.")
    started_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    # Every worker walks subscribers in id order, so a worker that has passed
    # id N has dealt with (sent, skipped or seen claimed) everyone up to N. The
    # furthest any worker got is where a resumed run starts, instead of
    # re-reading the whole list.
    scanned_through = models.BigIntegerField(default=0, help_text="Subscriber id every worker may skip up to.")

    class Meta:
        ordering = ["-started_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["frequency", "period"], name="digestrun_unique_period")]

    def __str__(self) -> str:
        return f"{self.frequency} {self.period}"

    def advance(self, subscriber_id: int) -> None:
        DigestRun.objects.filter(pk=self.pk, scanned_through__lt=subscriber_id).update(scanned_through=subscriber_id)

    def finish_if_done(self) -> bool:
        """Close the run unless a claim is in flight or a failure may still be retried."""
        # Any worker may be the last; whichever finds nothing left closes it. A
        # dead worker's claims keep it open until a later tick retakes them.
        open_rows = self.deliveries.filter(
            models.Q(state=DigestDelivery.State.CLAIMED)
            | models.Q(state=DigestDelivery.State.FAILED, attempts__lt=DigestDelivery.MAX_ATTEMPTS),
            subscriber__status=Subscriber.Status.ACTIVE,
            subscriber__frequency=self.frequency,
        )
        if open_rows.exists():
            return False
        DigestRun.objects.filter(pk=self.pk, finished_at__isnull=True).update(finished_at=timezone.now())
        return True


class DigestDelivery(models.Model):
    """One subscriber's copy of one digest run, and the claim on sending it.

    Exactly once for the reader, preferring a missed digest to a duplicate one:

    - CLAIMED: a worker owns it and has handed nothing to the mail server yet.
      If that worker dies, another may retake the row once the lease expires;
      nothing was sent, so retaking cannot duplicate anything. The claim token
      fences the slow-but-alive original out: its hand-off update no longer matches.
    - SENDING: handed to the mail server, outcome unknown until recorded. Never
      retaken (at-most-once): a crash here could be before or after the server
      accepted the message, and we will not risk a reader's second copy. The
      subscriber's window did not move, so those stories lead the next digest.
    - SENT / BOUNCED: final.
    - FAILED: the server definitely did not take it (unreachable, 4xx, refused
      the data); a later run of the same period may retry, a few times.

    The unique (run, subscriber) pair makes the first claim a conditional insert:
    of any number of workers and retried tasks, one wins.
    """

    class State(models.TextChoices):
        CLAIMED = "claimed", "Claimed"
        SENDING = "sending", "Handed to the mail server"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed (may retry)"
        BOUNCED = "bounced", "Bounced"

    run = models.ForeignKey(DigestRun, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="digest_deliveries")
    state = models.CharField(max_length=8, choices=State.choices, default=State.CLAIMED)
    claim_token = models.UUIDField(default=uuid.uuid4)
    claimed_at = models.DateTimeField(default=timezone.now)
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Times handed to the mail server.")
    window_start = models.DateTimeField(null=True, blank=True)
    window_end = models.DateTimeField()
    article_count = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-claimed_at", "-id"]
        verbose_name_plural = "digest deliveries"
        constraints = [models.UniqueConstraint(fields=["run", "subscriber"], name="digestdelivery_once_per_run")]

    def __str__(self) -> str:
        return f"{self.run} to {self.subscriber_id}: {self.state}"

    # A message the server keeps refusing for reasons other than the address
    # (4xx, content) is retried this many times across runs, then given up.
    MAX_ATTEMPTS = 3

    @classmethod
    def pending_q(cls, lease_cutoff: dt.datetime) -> models.Q:
        """Rows a run may (re)take: claims whose worker is presumed dead, and retryable failures."""
        return models.Q(state=cls.State.CLAIMED, claimed_at__lt=lease_cutoff) | models.Q(
            state=cls.State.FAILED, attempts__lt=cls.MAX_ATTEMPTS
        )

    @classmethod
    def claim(cls, run: DigestRun, subscriber_id: int, *, lease: dt.timedelta) -> DigestDelivery | None:
        """Take the subscriber's copy of ``run`` for this worker, or None when it is not ours to send."""
        now = timezone.now()
        token = uuid.uuid4()
        try:
            with transaction.atomic():
                # Every claimer locks the subscriber first, so the existence check
                # below sees any other worker's committed claim; the unique
                # constraint is the backstop should that ever change.
                subscriber = (
                    Subscriber.objects.select_for_update()
                    .filter(pk=subscriber_id, status=Subscriber.Status.ACTIVE, frequency=run.frequency)
                    .first()
                )
                if subscriber is None:
                    return None
                fields: dict[str, Any] = {
                    "state": cls.State.CLAIMED,
                    "claim_token": token,
                    "claimed_at": now,
                    "window_start": subscriber.digest_since(),
                    "window_end": run.started_at,
                    "error": "",
                }
                existing = cls.objects.filter(run=run, subscriber_id=subscriber_id).first()
                if existing is None:
                    return cls.objects.create(run=run, subscriber=subscriber, **fields)
                if not cls.objects.filter(cls.pending_q(now - lease), pk=existing.pk).exists():
                    return None
                # Conditional on the token we read: of two workers retaking the
                # same stale claim, only the first update matches.
                taken = cls.objects.filter(pk=existing.pk, claim_token=existing.claim_token).update(**fields)
                return cls.objects.get(pk=existing.pk) if taken else None
        except IntegrityError:
            return None

    def _mine(self, state: str) -> models.QuerySet[DigestDelivery]:
        return DigestDelivery.objects.filter(pk=self.pk, state=state, claim_token=self.claim_token)

    def drop(self) -> None:
        """Nothing to send after all: forget the claim, as if never made."""
        self._mine(self.State.CLAIMED).delete()

    def release(self, error: str, *, count_attempt: bool) -> None:
        """Give a claim back before anything reached the mail server."""
        fields: dict[str, Any] = {"state": self.State.FAILED, "error": error[:300]}
        if count_attempt:
            fields["attempts"] = models.F("attempts") + 1
        self._mine(self.State.CLAIMED).update(**fields)

    def hand_off(self, article_count: int) -> bool:
        """Mark the point of no return before talking to the mail server; False if our claim was retaken."""
        taken = self._mine(self.State.CLAIMED).update(
            state=self.State.SENDING, attempts=models.F("attempts") + 1, article_count=article_count
        )
        if taken:
            self.state = self.State.SENDING
        return taken == 1

    def record_sent(self, now: dt.datetime) -> None:
        with transaction.atomic():
            self._mine(self.State.SENDING).update(state=self.State.SENT, sent_at=now, error="")
            # The window moves only forward: a slower run of an older period must not rewind it.
            Subscriber.objects.filter(pk=self.subscriber_id).filter(
                models.Q(last_digest_at__isnull=True) | models.Q(last_digest_at__lt=self.window_end)
            ).update(last_digest_at=self.window_end)

    def record_failed(self, error: str) -> None:
        self._mine(self.State.SENDING).update(state=self.State.FAILED, error=error[:300])

    def record_bounced(self, error: str) -> None:
        self._mine(self.State.SENDING).update(state=self.State.BOUNCED, error=error[:300])
        Subscriber.objects.get(pk=self.subscriber_id).mark_bounced(error)

    def record_unknown(self, error: str) -> None:
        # Stays SENDING for good: see the class docstring.
        self._mine(self.State.SENDING).update(error=error[:300])


class Feedback(models.Model):
    class Status(models.TextChoices):
        NEW = "new", "New"
        READ = "read", "Read"
        ANSWERED = "answered", "Answered"

    name = models.CharField(max_length=120)
    email = models.EmailField(max_length=254)
    message = models.TextField(max_length=5000)
    page = models.CharField(max_length=500, blank=True, help_text="The page the reader was on.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.NEW, db_index=True)
    created_at = models.DateTimeField(default=timezone.now)
    ip = models.CharField(max_length=45, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True, help_text="When the desk was notified by mail.")

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name_plural = "feedback"

    def __str__(self) -> str:
        return f"{self.name} <{self.email}> {self.created_at:%Y-%m-%d}"

    def set_status(self, status: str) -> None:
        Feedback.objects.filter(pk=self.pk).update(status=status)
        self.status = status

    def claim_notification(self, now: dt.datetime) -> bool:
        """Take the one notification mail for this message; False if it was already taken."""
        return Feedback.objects.filter(pk=self.pk, emailed_at__isnull=True).update(emailed_at=now) == 1
