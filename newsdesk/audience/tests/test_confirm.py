"""The confirmation page: GET shows a button, POST confirms; bad links get one generic error."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.core import signing
from django.test import Client

from newsdesk.audience.models import Consent, Subscriber
from newsdesk.audience.tests.factories import make_pending_subscriber
from newsdesk.audience.tests.helpers import page
from newsdesk.audience.tokens import Purpose, make_token

pytestmark = pytest.mark.django_db


def url(token: str) -> str:
    return f"/newsletter/confirm/{token}/"


def test_it_changes_nothing_on_get() -> None:
    subscriber = make_pending_subscriber()

    response = Client().get(url(make_token(subscriber, Purpose.CONFIRM)))

    assert response.status_code == 200
    assert b"<form" in response.content.split(b"<main", 1)[1]
    assert 'name="robots" content="noindex' in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING
    assert not subscriber.consents.exists()


def test_it_confirms_on_post_and_records_the_consent(client: Client) -> None:
    subscriber = make_pending_subscriber()

    response = client.post(url(make_token(subscriber, Purpose.CONFIRM)))

    assert response.status_code == 200
    assert b"You are subscribed" in response.content
    assert b"/newsletter/preferences/" in response.content
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert subscriber.confirmed_at is not None
    consent = subscriber.consents.get()
    assert consent.action == Consent.Action.CONFIRMED
    assert consent.form == "confirmation link"


def test_it_refuses_a_confirming_post_from_another_site() -> None:
    subscriber = make_pending_subscriber()

    response = Client(enforce_csrf_checks=True).post(
        url(make_token(subscriber, Purpose.CONFIRM)), headers={"Sec-Fetch-Site": "cross-site"}
    )

    assert response.status_code == 403
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_it_treats_a_second_confirmation_as_success_without_a_second_record(client: Client) -> None:
    subscriber = make_pending_subscriber()
    token = make_token(subscriber, Purpose.CONFIRM)

    client.post(url(token))
    response = client.post(url(token))

    assert response.status_code == 200
    assert subscriber.consents.count() == 1


def _tampered(token: str) -> str:
    head, _, sig = token.rpartition(":")
    return f"{head}:{'A' if sig[0] != 'A' else 'B'}{sig[1:]}"


def test_it_answers_every_bad_link_with_the_same_error_and_changes_nothing(client: Client) -> None:
    mine = make_pending_subscriber()
    other = make_pending_subscriber()
    good = make_token(mine, Purpose.CONFIRM)
    # Someone else's id in a payload signed for me: the signature no longer matches.
    payload = signing.b64_encode(b'{"s":%d,"v":1}' % other.pk).decode()
    swapped = f"{payload}:{good.split(':', 1)[1]}"
    wrong_purpose = make_token(mine, Purpose.PREFERENCES)
    unsubscribe_link = make_token(mine, Purpose.UNSUBSCRIBE)

    answers = [client.post(url(t)) for t in [_tampered(good), swapped, wrong_purpose, unsubscribe_link, "garbage"]]
    answers += [client.get(url(_tampered(good)))]

    assert {r.status_code for r in answers} == {400}
    assert len({page(r) for r in answers}) == 1
    assert b"This link is not valid" in answers[0].content
    assert Subscriber.objects.filter(status=Subscriber.Status.PENDING).count() == 2
    assert not Consent.objects.exists()


def test_it_expires_after_a_week() -> None:
    start = dt.datetime(2025, 8, 1, 12, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False) as traveller:
        subscriber = make_pending_subscriber()
        token = make_token(subscriber, Purpose.CONFIRM)
        traveller.shift(dt.timedelta(days=7, seconds=1))

        response = Client().post(url(token))

    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING


def test_it_refuses_a_confirmation_link_sent_before_an_unsubscribe() -> None:
    subscriber = make_pending_subscriber()
    token = make_token(subscriber, Purpose.CONFIRM)
    subscriber.unsubscribe(form="test")

    response = Client().post(url(token))

    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
