"""send_digests: what goes in a digest, and exactly one copy per reader whatever fails or runs twice."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
import time_machine
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from newsdesk.audience.emails import MailServerUnavailable
from newsdesk.audience.models import DigestDelivery, DigestRun, Subscriber
from newsdesk.audience.services import send_digests
from newsdesk.audience.tests.conftest import RecordingHandler, smtp_settings
from newsdesk.audience.tests.factories import make_pending_subscriber, make_subscriber
from newsdesk.audience.tests.helpers import django_html
from newsdesk.lib.testing.concurrency import run_at_once
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article
from newsdesk.taxonomy.models import Edition, Sector

pytestmark = pytest.mark.django_db

# A Tuesday morning in the site's zone (Asia/Kolkata).
TUESDAY = dt.datetime(2025, 8, 19, 3, 30, tzinfo=dt.UTC)


class Crash(BaseException):
    """The worker dies: not an Exception, so nothing in the code under test catches it."""


def ago(**delta: float) -> dt.datetime:
    return timezone.now() - dt.timedelta(**delta)


def test_it_sends_stories_published_since_the_last_digest_with_both_unsubscribe_headers() -> None:
    reader = make_subscriber(email="reader@example.org", last_digest_at=ago(hours=3))
    make_article(headline="Old news from yesterday", published_at=ago(hours=5))
    new = make_article(headline="Floods recede in the delta", standfirst="Water levels fell overnight.")

    assert send_digests("daily") == 1

    [message] = mail.outbox
    assert message.to == ["reader@example.org"]
    assert "1 new story" in message.subject
    assert "Floods recede in the delta" in message.body and "Water levels fell overnight." in message.body
    assert "Old news from yesterday" not in message.body
    assert f"https://news.example.org{new.get_absolute_url()}" in message.body
    assert f'href="https://news.example.org{new.get_absolute_url()}"' in django_html(message)
    headers = message.message()
    assert headers["List-Unsubscribe"].startswith("<https://news.example.org/newsletter/unsubscribe/")
    assert headers["List-Unsubscribe"].endswith("/>")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert "https://news.example.org/newsletter/preferences/" in message.body
    reader.refresh_from_db()
    assert reader.last_digest_at == DigestRun.objects.get().started_at


def test_it_sends_nothing_and_records_nothing_when_nothing_is_new() -> None:
    make_subscriber(last_digest_at=ago(hours=1))
    make_article(published_at=ago(hours=2))

    assert send_digests("daily") == 0

    assert mail.outbox == []
    assert not DigestDelivery.objects.exists()


def test_it_never_sends_what_is_withdrawn_unpublished_or_not_yet_due() -> None:
    make_subscriber()
    withdrawn = make_article(headline="Withdrawn story")
    withdrawn.withdraw("Legal")
    make_article(headline="A draft", status=Article.Status.DRAFT)
    make_article(headline="A scheduled one", status=Article.Status.SCHEDULED)
    make_article(headline="Publishes in an hour", published_at=timezone.now() + dt.timedelta(hours=1))
    make_article(headline="Live story")

    send_digests("daily")

    [message] = mail.outbox
    assert "Live story" in message.body
    for headline in ["Withdrawn story", "A draft", "A scheduled one", "Publishes in an hour"]:
        assert headline not in message.body


def test_it_checks_for_withdrawals_when_sending_not_when_the_run_began() -> None:
    make_subscriber()
    story = make_article(headline="Pulled at the last minute")
    make_article(headline="Still fine")
    original = DigestDelivery.claim

    def claim_then_withdraw(*args: object, **kwargs: object) -> DigestDelivery | None:
        story.withdraw("Error found")
        return original(*args, **kwargs)  # type: ignore[arg-type]

    with mock.patch.object(DigestDelivery, "claim", side_effect=claim_then_withdraw):
        send_digests("daily")

    [message] = mail.outbox
    assert "Still fine" in message.body
    assert "Pulled at the last minute" not in message.body


def test_it_follows_each_readers_editions_and_sectors() -> None:
    pacific, east_africa = Edition.objects.get(slug="pacific"), Edition.objects.get(slug="east-africa")
    health, sports = Sector.objects.get(slug="health"), Sector.objects.get(slug="sports")
    make_subscriber(email="pacific@example.org", editions=[pacific])
    make_subscriber(email="health@example.org", sectors=[health])
    make_subscriber(email="pacific-health@example.org", editions=[pacific], sectors=[health])
    make_subscriber(email="everything@example.org")
    make_subscriber(email="global@example.org", editions=[Edition.objects.get(slug="global")])
    make_article(headline="Fiji clinic", sector=health, editions=[pacific])
    make_article(headline="Fiji rugby", sector=sports, editions=[pacific, east_africa])
    make_article(headline="Kenya clinic", sector=health, editions=[east_africa])

    assert send_digests("daily") == 5

    got = {m.to[0]: {h for h in ["Fiji clinic", "Fiji rugby", "Kenya clinic"] if h in m.body} for m in mail.outbox}
    assert got == {
        "pacific@example.org": {"Fiji clinic", "Fiji rugby"},
        "health@example.org": {"Fiji clinic", "Kenya clinic"},
        "pacific-health@example.org": {"Fiji clinic"},
        "everything@example.org": {"Fiji clinic", "Fiji rugby", "Kenya clinic"},
        "global@example.org": {"Fiji clinic", "Fiji rugby", "Kenya clinic"},
    }
    # A story in two of a reader's editions is listed once.
    [pacific_mail] = [m for m in mail.outbox if m.to == ["pacific@example.org"]]
    assert pacific_mail.body.count("Fiji rugby") == 1


def test_it_caps_a_digest_at_twenty_stories_newest_first_and_says_there_are_more() -> None:
    make_subscriber()
    for n in range(25):
        make_article(headline=f"Story number {n:02d}", published_at=ago(minutes=100 - n))

    send_digests("daily")

    [message] = mail.outbox
    listed = [n for n in range(25) if f"Story number {n:02d}" in message.body]
    assert listed == list(range(5, 25))
    assert message.body.index("Story number 24") < message.body.index("Story number 05")
    assert "20+ new stories" in message.subject
    assert "More stories" in message.body


def test_it_mails_only_active_subscribers_of_the_frequency() -> None:
    make_subscriber(email="daily@example.org")
    make_subscriber(email="weekly@example.org", frequency=Subscriber.Frequency.WEEKLY)
    make_pending_subscriber(email="pending@example.org", confirmed_at=ago(days=3))
    make_subscriber(email="left@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    make_subscriber(email="bounced@example.org", status=Subscriber.Status.BOUNCED)
    make_article()

    send_digests("daily")
    assert [m.to for m in mail.outbox] == [["daily@example.org"]]

    send_digests("weekly")
    assert [m.to for m in mail.outbox] == [["daily@example.org"], ["weekly@example.org"]]


def test_it_does_not_send_stories_from_before_a_readers_confirmation() -> None:
    make_article(headline="Before you joined", published_at=ago(hours=3))
    make_subscriber(confirmed_at=ago(hours=2))

    assert send_digests("daily") == 0


def test_a_rerun_or_retried_task_sends_nothing_twice_and_the_next_day_only_what_is_new() -> None:
    with time_machine.travel(TUESDAY, tick=False) as traveller:
        make_subscriber()
        make_article(headline="Tuesday story")

        assert send_digests("daily") == 1
        traveller.shift(dt.timedelta(minutes=1))
        make_article(headline="Published after the run", published_at=ago(minutes=0))
        assert send_digests("daily") == 0
        traveller.shift(dt.timedelta(hours=6))
        assert send_digests("daily") == 0

        traveller.shift(dt.timedelta(days=1))
        assert send_digests("daily") == 1

    first, second = mail.outbox
    assert "Tuesday story" in first.body
    assert "Published after the run" in second.body and "Tuesday story" not in second.body


def test_a_crash_after_handing_the_mail_over_never_leads_to_a_second_copy(smtp_server: RecordingHandler) -> None:
    with time_machine.travel(TUESDAY, tick=False) as traveller:
        make_subscriber(email="once@example.org")
        make_article()

        with mock.patch.object(DigestDelivery, "record_sent", side_effect=Crash), pytest.raises(Crash):
            send_digests("daily")
        # The retried task, then a later tick well past any lease.
        assert send_digests("daily") == 0
        traveller.shift(dt.timedelta(hours=2))
        assert send_digests("daily") == 0

    assert [r.rcpt_tos for r in smtp_server.received] == [["once@example.org"]]
    assert DigestDelivery.objects.get().state == DigestDelivery.State.SENDING


def test_a_crash_before_the_hand_over_is_retaken_only_after_the_lease(smtp_server: RecordingHandler) -> None:
    with time_machine.travel(TUESDAY, tick=False) as traveller:
        make_subscriber(email="late@example.org")
        make_article()
        with mock.patch.object(DigestDelivery, "hand_off", side_effect=Crash), pytest.raises(Crash):
            send_digests("daily")
        assert DigestDelivery.objects.get().state == DigestDelivery.State.CLAIMED

        # The worker may be slow rather than dead: hands off.
        traveller.shift(dt.timedelta(minutes=9))
        assert send_digests("daily") == 0
        assert DigestRun.objects.get().finished_at is None

        traveller.shift(dt.timedelta(minutes=2))
        assert send_digests("daily") == 1

    assert [r.rcpt_tos for r in smtp_server.received] == [["late@example.org"]]
    assert DigestRun.objects.get().finished_at is not None


def test_a_worker_whose_claim_was_retaken_cannot_send() -> None:
    subscriber = make_subscriber()
    make_article()
    with time_machine.travel(TUESDAY, tick=False) as traveller:
        run = DigestRun.objects.create(frequency="daily", period="2025-08-19", started_at=timezone.now())
        lease = dt.timedelta(minutes=10)
        slow = DigestDelivery.claim(run, subscriber.pk, lease=lease)
        assert slow is not None
        assert DigestDelivery.claim(run, subscriber.pk, lease=lease) is None
        traveller.shift(dt.timedelta(minutes=11))
        fresh = DigestDelivery.claim(run, subscriber.pk, lease=lease)
        assert fresh is not None

    assert slow.hand_off(1) is False
    assert fresh.hand_off(1) is True


def test_it_retries_a_temporary_refusal_in_a_later_run_of_the_same_edition(smtp_server: RecordingHandler) -> None:
    make_subscriber(email="busy@example.org")
    make_subscriber(email="fine@example.org")
    make_article()
    smtp_server.defer.add("busy@example.org")

    assert send_digests("daily") == 1
    busy = DigestDelivery.objects.get(subscriber__email="busy@example.org")
    assert (busy.state, busy.attempts) == (DigestDelivery.State.FAILED, 1)
    assert "451" in busy.error
    assert DigestRun.objects.get().finished_at is None

    smtp_server.defer.clear()
    assert send_digests("daily") == 1

    assert sorted(r.rcpt_tos[0] for r in smtp_server.received) == ["busy@example.org", "fine@example.org"]
    assert DigestRun.objects.get().finished_at is not None


def test_it_gives_up_after_three_temporary_refusals(smtp_server: RecordingHandler) -> None:
    make_subscriber(email="busy@example.org")
    make_article()
    smtp_server.defer.add("busy@example.org")

    for _ in range(4):
        send_digests("daily")

    assert DigestDelivery.objects.get().attempts == 3
    assert DigestRun.objects.get().finished_at is not None


def test_a_hard_bounce_stops_all_mail_to_that_address(smtp_server: RecordingHandler) -> None:
    make_subscriber(email="gone@example.org")
    make_subscriber(email="here@example.org")
    make_article()
    smtp_server.refuse.add("gone@example.org")

    assert send_digests("daily") == 1

    gone = Subscriber.objects.get(email="gone@example.org")
    assert gone.status == Subscriber.Status.BOUNCED
    assert gone.bounced_at is not None and gone.bounce_reason.startswith("550")
    assert DigestDelivery.objects.get(subscriber=gone).state == DigestDelivery.State.BOUNCED
    with time_machine.travel(timezone.now() + dt.timedelta(days=1)):
        make_article()
        smtp_server.refuse.clear()
        assert send_digests("daily") == 1
    assert [r.rcpt_tos for r in smtp_server.received] == [["here@example.org"], ["here@example.org"]]


def test_it_stops_when_the_mail_server_is_down_and_sends_once_it_is_back(
    closed_port: int, smtp_server: RecordingHandler
) -> None:
    make_subscriber(email="patient@example.org")
    make_article()

    with smtp_settings(closed_port), pytest.raises(MailServerUnavailable):
        send_digests("daily")
    delivery = DigestDelivery.objects.get()
    assert (delivery.state, delivery.attempts) == (DigestDelivery.State.FAILED, 0)

    assert send_digests("daily") == 1
    assert [r.rcpt_tos for r in smtp_server.received] == [["patient@example.org"]]


def test_it_gives_up_a_digest_that_cannot_be_built_after_a_few_runs() -> None:
    make_subscriber()
    make_article()

    with mock.patch("newsdesk.audience.services.build_digest", side_effect=ValueError("bad template")):
        for _ in range(4):
            assert send_digests("daily") == 0

    delivery = DigestDelivery.objects.get()
    assert delivery.attempts == 3 and "bad template" in delivery.error
    assert DigestRun.objects.get().finished_at is not None


@override_settings(NEWSDESK_DIGEST_MAX_ITEMS=5)
def test_the_item_cap_is_a_setting() -> None:
    make_subscriber()
    for _ in range(7):
        make_article()

    send_digests("daily")

    assert DigestDelivery.objects.get().article_count == 5


@pytest.mark.django_db(transaction=True)
def test_four_concurrent_runs_deliver_exactly_one_digest_per_subscriber(smtp_server: RecordingHandler) -> None:
    subscribers = [make_subscriber() for _ in range(40)]
    make_article(headline="Everyone gets this once")
    smtp_server.data_delay = 0.01
    now = timezone.now()
    counts = run_at_once(lambda: send_digests("daily", now), 4)

    assert sorted(r.rcpt_tos[0] for r in smtp_server.received) == sorted(s.email for s in subscribers)
    assert sum(counts) == 40
    # The runs really overlapped: more than one worker sent some of the mail.
    assert sum(1 for c in counts if c > 0) >= 2
    assert DigestDelivery.objects.filter(state=DigestDelivery.State.SENT).count() == 40
    assert DigestRun.objects.get().finished_at is not None
