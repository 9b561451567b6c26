"""One-click unsubscribe (RFC 8058) and the unsubscribe page."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.test import Client

from newsdesk.audience.models import Consent, Subscriber
from newsdesk.audience.tests.factories import make_subscriber
from newsdesk.audience.tests.helpers import page
from newsdesk.audience.tokens import Purpose, make_token

pytestmark = pytest.mark.django_db


def url(token: str) -> str:
    return f"/newsletter/unsubscribe/{token}/"


def test_it_unsubscribes_on_a_cookieless_one_click_post() -> None:
    subscriber = make_subscriber()
    provider = Client(enforce_csrf_checks=True)

    response = provider.post(url(make_token(subscriber, Purpose.UNSUBSCRIBE)), {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.unsubscribed_at is not None
    consent = subscriber.consents.get()
    assert (consent.action, consent.form) == (Consent.Action.UNSUBSCRIBED, "one-click")


def test_it_accepts_the_one_click_body_as_multipart_too() -> None:
    subscriber = make_subscriber()

    response = Client(enforce_csrf_checks=True).post(
        url(make_token(subscriber, Purpose.UNSUBSCRIBE)), {"List-Unsubscribe": "One-Click"}, format="multipart"
    )

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_it_shows_a_button_on_get_and_changes_nothing() -> None:
    subscriber = make_subscriber()

    response = Client().get(url(make_token(subscriber, Purpose.UNSUBSCRIBE)))

    main = response.content.decode().split("<main", 1)[1]
    assert response.status_code == 200
    assert '<form method="post">' in main and "Unsubscribe</button>" in main
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE


def test_the_page_button_unsubscribes_without_csrf_or_cookies() -> None:
    subscriber = make_subscriber()

    response = Client(enforce_csrf_checks=True).post(url(make_token(subscriber, Purpose.UNSUBSCRIBE)))

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.consents.get().form == "unsubscribe page"


def test_it_answers_a_repeated_click_with_success_and_records_nothing_new() -> None:
    subscriber = make_subscriber()
    token = make_token(subscriber, Purpose.UNSUBSCRIBE)

    first = Client().post(url(token), {"List-Unsubscribe": "One-Click"})
    second = Client().post(url(token), {"List-Unsubscribe": "One-Click"})

    assert (first.status_code, second.status_code) == (200, 200)
    assert subscriber.consents.count() == 1


def test_it_keeps_a_bounced_address_bounced() -> None:
    subscriber = make_subscriber(status=Subscriber.Status.BOUNCED)

    assert Client().post(url(make_token(subscriber, Purpose.UNSUBSCRIBE))).status_code == 200

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.BOUNCED


def test_it_answers_tampered_foreign_and_expired_links_alike_and_changes_nothing() -> None:
    mine = make_subscriber()
    start = dt.datetime(2025, 1, 1, 12, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False) as traveller:
        good = make_token(mine, Purpose.UNSUBSCRIBE)
        old = make_token(mine, Purpose.UNSUBSCRIBE)
        head, _, sig = good.rpartition(":")
        tampered = f"{head}:{sig[:-1]}{'A' if sig[-1] != 'A' else 'B'}"
        confirm_token = make_token(mine, Purpose.CONFIRM)
        traveller.shift(dt.timedelta(days=401))

        answers = [
            Client().post(url(t), {"List-Unsubscribe": "One-Click"}) for t in [tampered, confirm_token, old, "x:y:z"]
        ]

    assert {r.status_code for r in answers} == {400}
    assert len({page(r) for r in answers}) == 1
    mine.refresh_from_db()
    assert mine.status == Subscriber.Status.ACTIVE
    assert not Consent.objects.exists()


def test_it_honours_a_link_from_a_digest_almost_a_year_old() -> None:
    subscriber = make_subscriber()
    start = dt.datetime(2025, 1, 1, 12, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False) as traveller:
        token = make_token(subscriber, Purpose.UNSUBSCRIBE)
        traveller.shift(dt.timedelta(days=365))

        response = Client().post(url(token), {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_it_retires_the_preferences_links_already_sent() -> None:
    subscriber = make_subscriber()
    preferences = f"/newsletter/preferences/{make_token(subscriber, Purpose.PREFERENCES)}/"
    assert Client().get(preferences).status_code == 200

    Client().post(url(make_token(subscriber, Purpose.UNSUBSCRIBE)))

    assert Client().get(preferences).status_code == 400
    assert Client().post(preferences, {"frequency": "weekly"}).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.frequency == Subscriber.Frequency.DAILY
