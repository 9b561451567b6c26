"""The preferences page a digest links to."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from newsdesk.audience.models import Consent, Subscriber
from newsdesk.audience.tests.factories import make_subscriber
from newsdesk.audience.tokens import Purpose, make_token
from newsdesk.taxonomy.models import Edition, Sector

pytestmark = pytest.mark.django_db


def url(subscriber: Subscriber) -> str:
    return f"/newsletter/preferences/{make_token(subscriber, Purpose.PREFERENCES)}/"


def test_it_shows_the_current_choices_and_a_way_to_leave(client: Client) -> None:
    subscriber = make_subscriber(frequency="weekly", sectors=[Sector.objects.get(slug="health")])

    html = client.get(url(subscriber)).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]

    checked = re.findall(r'<input[^>]*value="([^"]+)"[^>]*checked', main)
    assert checked == ["weekly", "health"]
    assert "/newsletter/unsubscribe/" in main
    assert '<link rel="canonical"' not in html and "og:url" not in html


def test_it_saves_new_choices_and_records_them(client: Client) -> None:
    subscriber = make_subscriber()

    response = client.post(url(subscriber), {"frequency": "weekly", "editions": ["pacific"], "sectors": ["wash"]})

    assert response.status_code == 200
    assert b"Saved." in response.content
    subscriber.refresh_from_db()
    assert subscriber.frequency == Subscriber.Frequency.WEEKLY
    assert list(subscriber.editions.all()) == [Edition.objects.get(slug="pacific")]
    assert list(subscriber.sectors.all()) == [Sector.objects.get(slug="wash")]
    consent = subscriber.consents.get()
    assert consent.action == Consent.Action.CHANGED
    assert consent.details == {"frequency": "weekly", "editions": ["pacific"], "sectors": ["wash"]}


def test_it_rejects_unknown_choices_and_keeps_the_old_ones(client: Client) -> None:
    subscriber = make_subscriber()

    response = client.post(url(subscriber), {"frequency": "hourly", "sectors": ["nope"]})

    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.frequency == Subscriber.Frequency.DAILY
    assert not subscriber.consents.exists()


def test_it_refuses_bad_links(client: Client) -> None:
    subscriber = make_subscriber()
    confirm_token = make_token(subscriber, Purpose.CONFIRM)

    assert client.get(f"/newsletter/preferences/{confirm_token}/").status_code == 400
    assert client.post(f"/newsletter/preferences/{confirm_token}/", {"frequency": "weekly"}).status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.frequency == Subscriber.Frequency.DAILY
