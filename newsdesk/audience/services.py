"""The audience app's work, whoever asks for it: views and tasks stay thin and call these."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from newsdesk.audience import conf, emails, ratelimit
from newsdesk.audience.emails import Mailer, MailServerUnavailable, Outcome
from newsdesk.audience.models import (
    BlockedDomain,
    Consent,
    DigestDelivery,
    DigestRun,
    Feedback,
    Subscriber,
    normalise_email,
)
from newsdesk.audience.tokens import Purpose, make_token
from newsdesk.newsroom.models import Article, ArticleQuerySet
from newsdesk.taxonomy.models import Edition, Sector

log = logging.getLogger(__name__)

# However many times an address is entered, its inbox gets at most one
# confirmation mail a day: the sign-up form must not be a way to flood strangers.
CONFIRMATION_INTERVAL = dt.timedelta(days=1)


# --- Sign-up and confirmation -----------------------------------------------


def request_subscription(
    email: str,
    *,
    frequency: str,
    editions: Iterable[Edition],
    sectors: Iterable[Sector],
    form: str,
    ip: str,
    now: dt.datetime | None = None,
) -> None:
    """Handle a sign-up, in the worker (``tasks.request_subscription_task``), never in the request.

    Returns nothing on purpose: whether the address was new, pending, active,
    unsubscribed, bounced, blocked or over its limit, the caller must answer the
    same, or the form would tell strangers who reads our newsletter. The work
    differs by case, so it runs here, where its time is nobody's answer.
    """
    now = now or timezone.now()
    email = normalise_email(email)
    if not ratelimit.hit("signup-address", email, limit=conf.signup_limit_per_address()):
        return
    if BlockedDomain.blocks(email):
        log.info("sign-up from a blocked domain ignored")
        return
    subscriber_id = _record_request(email, frequency, list(editions), list(sectors), form=form, ip=ip, now=now)
    if subscriber_id is not None:
        send_confirmation(subscriber_id)  # already in the worker: no second queue hop


def _record_request(
    email: str,
    frequency: str,
    editions: list[Edition],
    sectors: list[Sector],
    *,
    form: str,
    ip: str,
    now: dt.datetime,
) -> int | None:
    """Store the request; the subscriber's id when a confirmation mail is due, else None."""
    with transaction.atomic():
        # Locked: of a thousand simultaneous sign-ups for one address, each sees
        # the previous one's confirmation_sent_at, so only one mail is due.
        subscriber, _ = Subscriber.objects.select_for_update().get_or_create(
            email=email, defaults={"frequency": frequency, "created_at": now}
        )
        if subscriber.status in (Subscriber.Status.ACTIVE, Subscriber.Status.BOUNCED):
            # Active: nothing to confirm, and a stranger must not rewrite a
            # reader's choices. Bounced: the address takes no mail.
            return None
        # The per-address limit again, from the stored requests under the row lock: the
        # counter above lives in the cache when Redis is configured, and a cache restart
        # (or a flush) must not open the address to a flood of records and mails.
        window_start = now - dt.timedelta(seconds=ratelimit.HOUR)
        recent = subscriber.consents.filter(action=Consent.Action.REQUESTED, at__gte=window_start).count()
        if recent >= conf.signup_limit_per_address():
            return None
        subscriber.status = Subscriber.Status.PENDING
        subscriber.frequency = frequency
        last = subscriber.confirmation_sent_at
        due = last is None or now - last >= CONFIRMATION_INTERVAL
        if due:
            subscriber.confirmation_sent_at = now
        subscriber.save(update_fields=["status", "frequency", "confirmation_sent_at"])
        subscriber.editions.set(editions)
        subscriber.sectors.set(sectors)
        Consent.record(subscriber, Consent.Action.REQUESTED, form=form, ip=ip, at=now)
    return subscriber.pk if due else None


def describe(subscriber: Subscriber) -> dict[str, object]:
    """The subscriber's choices in words, for pages and mail."""
    return {
        "frequency": subscriber.get_frequency_display(),
        "editions": [e.name for e in subscriber.editions.all()] or ["All editions"],
        "sectors": [s.name for s in subscriber.sectors.all()] or ["All sectors"],
    }


def send_confirmation(subscriber_id: int) -> Outcome | None:
    """Mail the confirmation link; the only mail an unconfirmed address ever gets."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id, status=Subscriber.Status.PENDING).first()
    if subscriber is None:
        return None
    reserved_at = subscriber.confirmation_sent_at
    message = emails.build(
        "confirm",
        {
            "choices": describe(subscriber),
            "confirm_url": emails.absolute_url("audience:confirm", token=make_token(subscriber, Purpose.CONFIRM)),
        },
        to=[subscriber.email],
    )
    with Mailer() as mailer:
        outcome, detail = mailer.send(message)
    if outcome is Outcome.REFUSED:
        subscriber.mark_bounced(detail)
    elif outcome is Outcome.FAILED:
        # It certainly did not go out, so the day's one mail is not spent.
        Subscriber.objects.filter(pk=subscriber.pk, confirmation_sent_at=reserved_at).update(confirmation_sent_at=None)
        log.warning("confirmation mail to subscriber %s failed: %s", subscriber.pk, detail)
    return outcome


# --- Digests ------------------------------------------------------------------


def period_key(frequency: str, now: dt.datetime) -> str:
    """The digest edition ``now`` falls in, in the site's zone: a date, or an ISO week."""
    day = timezone.localtime(now).date()
    if frequency == Subscriber.Frequency.WEEKLY:
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def digest_articles(subscriber: Subscriber, since: dt.datetime | None, until: dt.datetime) -> ArticleQuerySet:
    """What a digest for ``subscriber`` carries: live stories published in (since, until], in their choices."""
    # live() is checked here, at sending time, not when the run began: a story
    # withdrawn a minute ago never goes out.
    articles = Article.objects.live(until)
    if since is not None:
        articles = articles.filter(published_at__gt=since)
    editions = list(subscriber.editions.all())
    # The global edition carries everything, as it does on the site.
    if editions and not any(e.is_global for e in editions):
        articles = articles.filter(editions__in=editions).distinct()
    sectors = list(subscriber.sectors.all())
    if sectors:
        articles = articles.filter(sector__in=sectors)
    return articles


@dataclasses.dataclass(frozen=True)
class DigestItem:
    headline: str
    standfirst: str
    url: str
    sector: str
    kind: str
    published_at: dt.datetime


def build_digest(
    subscriber: Subscriber, run: DigestRun, articles: list[Article], *, more: bool
) -> EmailMultiAlternatives:
    unsubscribe_url = emails.absolute_url("audience:unsubscribe", token=make_token(subscriber, Purpose.UNSUBSCRIBE))
    items = [
        DigestItem(
            headline=a.headline,
            standfirst=a.standfirst_text,
            url=f"{settings.NEWSDESK_SITE_URL}{a.get_absolute_url()}",
            sector=a.sector.name,
            kind=a.get_kind_display(),
            published_at=a.published_at or run.started_at,
        )
        for a in articles
    ]
    context = {
        "items": items,
        "more": more,
        "frequency": subscriber.get_frequency_display(),
        "period": run.period,
        "preferences_url": emails.absolute_url(
            "audience:preferences", token=make_token(subscriber, Purpose.PREFERENCES)
        ),
        "unsubscribe_url": unsubscribe_url,
    }
    headers = {
        # RFC 2369 and RFC 8058: mail clients show an unsubscribe button that
        # POSTs "List-Unsubscribe=One-Click" to this HTTPS URL, without cookies.
        "List-Unsubscribe": f"<{unsubscribe_url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return emails.build("digest", context, to=[subscriber.email], headers=headers)


def send_digests(frequency: str, now: dt.datetime | None = None) -> int:
    """Send the digest edition of ``frequency`` that ``now`` falls in; returns the messages this call sent.

    Safe to run from several workers at once, to rerun, or to resume after a
    crash: each subscriber's copy is claimed once (see ``DigestDelivery``). The
    edition covers stories published up to the moment its run first started,
    whoever finishes it, so a resumed run adds nothing a reader would not have
    had from an unbroken one. Raises MailServerUnavailable when the mail server
    cannot be reached, leaving the run for the next attempt.
    """
    now = now or timezone.now()
    run, _ = DigestRun.objects.get_or_create(
        frequency=frequency, period=period_key(frequency, now), defaults={"started_at": now}
    )
    if run.finished_at is not None:
        return 0
    lease = dt.timedelta(seconds=conf.digest_claim_lease_seconds())
    sent = 0
    with Mailer() as mailer:
        for n, subscriber_id in enumerate(_subscribers_to_do(run, lease), start=1):
            if _send_one(run, subscriber_id, mailer, lease) is Outcome.SENT:
                sent += 1
            if n % PROGRESS_EVERY == 0:
                run.advance(subscriber_id)
        # Past the end of the list, including ids that join it later: their
        # windows start after this edition's cut-off, so they have nothing in it.
        last = Subscriber.objects.order_by("-pk").values_list("pk", flat=True).first()
        if last is not None:
            run.advance(last)
    run.finish_if_done()
    return sent


# How often a worker records how far it got: a crash costs a resumed run at
# most this many re-reads.
PROGRESS_EVERY = 100


def _subscribers_to_do(run: DigestRun, lease: dt.timedelta) -> list[int]:
    deliveries = DigestDelivery.objects.filter(run=run)
    retake = deliveries.filter(DigestDelivery.pending_q(timezone.now() - lease))
    return list(
        Subscriber.objects.filter(status=Subscriber.Status.ACTIVE, frequency=run.frequency)
        .filter(Q(pk__gt=run.scanned_through) | Q(pk__in=retake.values("subscriber_id")))
        .exclude(pk__in=deliveries.exclude(pk__in=retake.values("pk")).values("subscriber_id"))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _send_one(run: DigestRun, subscriber_id: int, mailer: Mailer, lease: dt.timedelta) -> Outcome | None:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return None
    # A read before any write: most days most readers' choices have nothing
    # new, and those cost no claim row.
    if not digest_articles(subscriber, subscriber.digest_since(), run.started_at).exists():
        return None
    delivery = DigestDelivery.claim(run, subscriber_id, lease=lease)
    if delivery is None:
        return None
    limit = conf.digest_max_items()
    try:
        subscriber.refresh_from_db()
        found = list(digest_articles(subscriber, delivery.window_start, delivery.window_end).for_listing()[: limit + 1])
        if not found:
            delivery.drop()
            return None
        message = build_digest(subscriber, run, found[:limit], more=len(found) > limit)
    except Exception as exc:
        # Counted, so a digest that cannot be built is given up after a few
        # runs instead of failing every hour for ever.
        log.exception("digest %s for subscriber %s could not be built", run, subscriber_id)
        delivery.release(f"could not build the digest: {exc}", count_attempt=True)
        return None
    try:
        mailer.ensure_open()
    except MailServerUnavailable as exc:
        delivery.release(str(exc), count_attempt=False)
        raise
    if not delivery.hand_off(len(found[:limit])):
        return None
    outcome, detail = mailer.send(message)
    if outcome is Outcome.SENT:
        delivery.record_sent(timezone.now())
    elif outcome is Outcome.REFUSED:
        delivery.record_bounced(detail)
    elif outcome is Outcome.FAILED:
        delivery.record_failed(detail)
    else:
        delivery.record_unknown(detail)
    return outcome


def send_due_digests(now: dt.datetime | None = None) -> int:
    """Run whichever digest editions are due: daily from the configured local hour, weekly from Monday's.

    The periodic task calls this every quarter hour, so an edition missed while
    no worker ran (or left unfinished by a crash) goes out at the next tick, and
    a finished one costs a single query.
    """
    now = now or timezone.now()
    local = timezone.localtime(now)
    started = local.hour >= conf.digest_hour()
    sent = 0
    if started:
        sent += send_digests(Subscriber.Frequency.DAILY, now)
    if local.weekday() > 0 or started:
        sent += send_digests(Subscriber.Frequency.WEEKLY, now)
    return sent


# --- Feedback -----------------------------------------------------------------


def prune_digest_deliveries(now: dt.datetime | None = None) -> int:
    """Drop per-reader delivery rows of runs finished more than NEWSDESK_DIGEST_DELIVERY_DAYS ago.

    Only finished runs: an unfinished run's rows are its workers' claims. The run row itself
    stays, and (frequency, period) is unique, so a pruned edition can never be sent again.
    """
    cutoff = (now or timezone.now()) - dt.timedelta(days=settings.NEWSDESK_DIGEST_DELIVERY_DAYS)
    deleted, _ = DigestDelivery.objects.filter(run__finished_at__lt=cutoff).delete()
    return deleted


def submit_feedback(*, name: str, email: str, message: str, page: str, ip: str) -> Feedback:
    feedback = Feedback.objects.create(
        name=name,
        email=normalise_email(email),
        message=message,
        page=page,
        ip=ip if conf.feedback_record_ip() else "",
    )
    from newsdesk.audience import tasks

    tasks.notify_desk_task(feedback.pk)
    return feedback


def notify_desk(feedback_id: int) -> Outcome | None:
    """Mail a reader's feedback to the desk's address, once; nothing when no address is configured."""
    recipients = conf.feedback_recipients()
    feedback = Feedback.objects.filter(pk=feedback_id).first()
    if not recipients or feedback is None:
        return None
    now = timezone.now()
    if not feedback.claim_notification(now):
        return None
    # The reader's words go in the body only, and their (validated) address in
    # Reply-To: nothing they typed can become a header of its own.
    message = emails.build(
        "feedback",
        {
            "feedback": feedback,
            "admin_url": emails.absolute_url("admin:audience_feedback_change", object_id=feedback.pk),
        },
        to=recipients,
        reply_to=[feedback.email],
    )
    with Mailer() as mailer:
        outcome, detail = mailer.send(message)
    if outcome in (Outcome.FAILED, Outcome.REFUSED):
        Feedback.objects.filter(pk=feedback.pk, emailed_at=now).update(emailed_at=None)
        log.warning("feedback %s could not be mailed to the desk: %s", feedback.pk, detail)
    return outcome
