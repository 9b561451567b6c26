"""The sign-up view (newsletter page and footer form) and request_subscription."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.test import Client, override_settings
from django.utils import timezone

from newsdesk.audience.models import BlockedDomain, Consent, Subscriber
from newsdesk.audience.services import request_subscription
from newsdesk.audience.tests.conftest import RecordingHandler
from newsdesk.audience.tests.factories import make_pending_subscriber, make_subscriber
from newsdesk.audience.tests.helpers import page
from newsdesk.taxonomy.models import Edition, Sector

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

pytestmark = pytest.mark.django_db


def sign_up(client: Client, email: str, ip: str = "203.0.113.7", **fields: object) -> Response:
    return client.post("/newsletter/", {"email": email, **fields}, REMOTE_ADDR=ip)


def test_it_shows_the_newsletter_page_with_every_choice(client: Client) -> None:
    html = client.get("/newsletter/").content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]

    assert 'name="email"' in main
    assert main.count('type="radio" name="frequency"') == 2
    assert main.count('name="editions"') == Edition.objects.count()
    assert main.count('name="sectors"') == Sector.objects.count()
    assert 'class="honeypot"' in main


def test_it_puts_the_sign_up_form_with_choices_in_every_page_footer(client: Client) -> None:
    html = client.get("/").content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]

    assert 'action="/newsletter/"' in footer
    assert "csrfmiddlewaretoken" not in footer  # no per-visitor token: the page stays cacheable
    assert 'value="footer"' in footer
    assert footer.count('name="editions"') == Edition.objects.count()
    assert footer.count('name="sectors"') == Sector.objects.count()


def test_it_creates_a_pending_subscriber_and_mails_only_a_confirmation(client: Client) -> None:
    response = sign_up(
        client, "  Asha@Example.ORG ", frequency="weekly", editions=["pacific"], sectors=["health", "wash"]
    )

    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "asha@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.frequency == Subscriber.Frequency.WEEKLY
    assert [e.slug for e in subscriber.editions.all()] == ["pacific"]
    assert sorted(s.slug for s in subscriber.sectors.all()) == ["health", "wash"]
    assert subscriber.confirmation_sent_at is not None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["asha@example.org"]
    assert "Confirm" in mail.outbox[0].subject
    assert "https://news.example.org/newsletter/confirm/" in mail.outbox[0].body


def test_it_takes_the_footer_form_with_only_an_address_as_a_daily_digest_of_everything(client: Client) -> None:
    sign_up(client, "footer@example.org", source="footer")

    subscriber = Subscriber.objects.get()
    assert subscriber.frequency == Subscriber.Frequency.DAILY
    assert not subscriber.editions.exists() and not subscriber.sectors.exists()
    assert subscriber.consents.get().form == "footer"


def test_it_treats_addresses_differing_in_case_as_one(client: Client) -> None:
    sign_up(client, "Same@Example.org")
    sign_up(client, "same@EXAMPLE.org")

    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 1


def test_it_records_consent_without_the_ip_unless_configured(client: Client) -> None:
    sign_up(client, "one@example.org", ip="198.51.100.1", source="newsletter", frequency="daily", sectors=["health"])
    with override_settings(NEWSDESK_CONSENT_RECORD_IP=True):
        sign_up(client, "two@example.org", ip="198.51.100.2")

    first = Consent.objects.get(subscriber__email="one@example.org")
    assert first.action == Consent.Action.REQUESTED
    assert first.form == "newsletter"
    assert first.ip == ""
    assert first.details == {"frequency": "daily", "editions": [], "sectors": ["health"]}
    assert abs(first.at - timezone.now()) < dt.timedelta(minutes=1)
    assert Consent.objects.get(subscriber__email="two@example.org").ip == "198.51.100.2"


def test_it_answers_the_same_whatever_the_address_history(client: Client) -> None:
    make_pending_subscriber(email="pending@example.org")
    make_subscriber(email="active@example.org")
    make_subscriber(email="left@example.org", status=Subscriber.Status.UNSUBSCRIBED)
    make_subscriber(email="gone@example.org", status=Subscriber.Status.BOUNCED)
    addresses = [
        "new@example.org",
        "pending@example.org",
        "active@example.org",
        "left@example.org",
        "gone@example.org",
        "someone@mailinator.com",
    ]

    answers = [sign_up(Client(), address, ip=f"198.51.100.{n}") for n, address in enumerate(addresses)]

    assert {r.status_code for r in answers} == {200}
    assert len({page(r) for r in answers}) == 1
    assert len({tuple(sorted(r.headers)) for r in answers}) == 1
    for address in addresses:
        assert address not in page(answers[0])


def test_it_never_mails_an_active_or_bounced_address_nor_lets_a_stranger_change_its_choices(client: Client) -> None:
    active = make_subscriber(email="active@example.org", sectors=[Sector.objects.get(slug="health")])
    make_subscriber(email="gone@example.org", status=Subscriber.Status.BOUNCED)

    sign_up(client, "active@example.org", frequency="weekly", sectors=["sports"])
    sign_up(client, "gone@example.org")

    assert mail.outbox == []
    active.refresh_from_db()
    assert active.frequency == Subscriber.Frequency.DAILY
    assert [s.slug for s in active.sectors.all()] == ["health"]
    assert Subscriber.objects.get(email="gone@example.org").status == Subscriber.Status.BOUNCED


def test_it_asks_an_unsubscribed_reader_to_confirm_again(client: Client) -> None:
    make_subscriber(email="back@example.org", status=Subscriber.Status.UNSUBSCRIBED)

    sign_up(client, "back@example.org")

    subscriber = Subscriber.objects.get(email="back@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    assert len(mail.outbox) == 1


def test_it_sends_a_second_confirmation_only_after_a_day(client: Client) -> None:
    with time_machine.travel(dt.datetime(2025, 8, 19, 9, 0, tzinfo=dt.UTC), tick=False) as traveller:
        sign_up(client, "slow@example.org", ip="198.51.100.1")
        traveller.shift(dt.timedelta(hours=23, minutes=59))
        sign_up(client, "slow@example.org", ip="198.51.100.2")
        assert len(mail.outbox) == 1
        traveller.shift(dt.timedelta(minutes=1))
        sign_up(client, "slow@example.org", ip="198.51.100.3")

    assert len(mail.outbox) == 2


def test_it_holds_the_once_a_day_rule_in_the_database_when_the_cache_forgets() -> None:
    for _ in range(3):
        request_subscription("cacheless@example.org", frequency="daily", editions=[], sectors=[], form="footer", ip="")
        cache.clear()

    assert len(mail.outbox) == 1
    assert Consent.objects.count() == 3


def test_it_pretends_success_to_a_bot_that_fills_the_honeypot(client: Client) -> None:
    response = sign_up(client, "bot@example.org", website="http://spam.example")

    assert response.status_code == 200
    assert b"Check your inbox" in response.content
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_it_ignores_blocked_domains_and_their_subdomains(client: Client) -> None:
    BlockedDomain.objects.create(domain="@Spam.Example.")

    for address in ["a@spam.example", "b@mx.spam.example", "c@mailinator.com"]:
        assert b"Check your inbox" in sign_up(client, address).content

    assert not Subscriber.objects.exists()
    assert mail.outbox == []
    assert BlockedDomain.objects.filter(domain="spam.example").exists()


def test_it_does_not_block_a_domain_that_merely_ends_like_a_blocked_one(client: Client) -> None:
    sign_up(client, "reader@notmailinator.com")

    assert Subscriber.objects.filter(email="reader@notmailinator.com").exists()


def test_it_limits_sign_ups_per_client_address(client: Client) -> None:
    with override_settings(NEWSDESK_SIGNUP_LIMIT_PER_IP=3):
        answers = [sign_up(client, f"r{n}@example.org", ip="192.0.2.50").status_code for n in range(5)]
        other = sign_up(client, "other@example.org", ip="192.0.2.51")

    assert answers == [200, 200, 200, 429, 429]
    assert other.status_code == 200
    assert Subscriber.objects.count() == 4


def test_it_trusts_a_forwarded_address_only_when_configured(client: Client) -> None:
    def post(n: int) -> int:
        return client.post(
            "/newsletter/",
            {"email": f"p{n}@example.org"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{n}",
        ).status_code

    with override_settings(NEWSDESK_SIGNUP_LIMIT_PER_IP=2):
        # Without the setting, every reader behind the proxy shares its address.
        assert [post(n) for n in range(3)] == [200, 200, 429]
        with override_settings(NEWSDESK_TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR"):
            assert [post(n) for n in range(10, 13)] == [200, 200, 200]


def test_it_shows_form_errors_for_an_invalid_address(client: Client) -> None:
    response = sign_up(client, "not-an-address")

    assert response.status_code == 400
    assert b"Enter a valid email address" in response.content
    assert not Subscriber.objects.exists()


def test_it_mails_one_confirmation_for_a_thousand_sign_ups_of_one_address(smtp_server: RecordingHandler) -> None:
    # Spread over many client addresses, as a botnet would: only the per-address
    # limits stand between the form and the victim's inbox.
    answers = set()
    for n in range(1000):
        if n % 50 == 0:
            # A cache restart (or several caches): the database rule must hold alone.
            cache.clear()
        response = Client().post(
            "/newsletter/", {"email": "victim@example.org"}, REMOTE_ADDR=f"10.{n // 250}.{n % 250}.1"
        )
        answers.add((response.status_code, page(response)))

    assert len(answers) == 1 and next(iter(answers))[0] == 200
    assert [r.rcpt_tos for r in smtp_server.received] == [["victim@example.org"]]
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING
    # The per-address limit is counted in the database, so a cache restart does not reset it.
    assert Consent.objects.count() == 5
