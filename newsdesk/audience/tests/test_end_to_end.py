"""The whole newsletter life, through a real SMTP server: sign up, confirm, digest, one-click unsubscribe."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.audience.models import Consent, Subscriber
from newsdesk.audience.services import send_digests
from newsdesk.audience.tests.conftest import RecordingHandler
from newsdesk.audience.tests.helpers import html_of, link, text_of
from newsdesk.newsroom.tests.factories import make_article
from newsdesk.taxonomy.models import Sector

pytestmark = pytest.mark.django_db


def test_it_takes_a_reader_from_sign_up_to_one_click_unsubscribe(smtp_server: RecordingHandler) -> None:
    health = Sector.objects.get(slug="health")
    # A browser sends Sec-Fetch-Site on its own; our forms need no token and set no cookie.
    browser = Client(enforce_csrf_checks=True, headers={"Sec-Fetch-Site": "same-origin"})
    form_page = browser.get("/newsletter/")
    assert not form_page.cookies

    response = browser.post(
        "/newsletter/", {"email": "Reader@Example.org", "frequency": "daily", "sectors": ["health"]}
    )

    assert response.status_code == 200
    assert len(smtp_server.received) == 1
    confirmation = smtp_server.received[0]
    assert confirmation.rcpt_tos == ["reader@example.org"]
    subscriber = Subscriber.objects.get(email="reader@example.org")
    assert subscriber.status == Subscriber.Status.PENDING

    confirm_path = link(text_of(confirmation.message), "confirm")
    assert link(html_of(confirmation.message), "confirm") == confirm_path
    # A mail scanner following the link changes nothing.
    assert Client().get(confirm_path).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING

    page = browser.get(confirm_path)
    assert b"Yes, send me the digest" in page.content
    confirmed = browser.post(confirm_path)
    assert confirmed.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.ACTIVE
    assert list(subscriber.consents.values_list("action", flat=True).order_by("at", "id")) == [
        Consent.Action.REQUESTED,
        Consent.Action.CONFIRMED,
    ]

    story = make_article(sector=health, headline="Clinics reopen in the valley")
    make_article(sector=Sector.objects.get(slug="sports"), headline="A match report")
    # The factory back-dates stories by two hours: date the confirmation before them.
    assert story.published_at is not None
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmed_at=story.published_at.replace(year=2000))

    assert send_digests("daily") == 1

    assert len(smtp_server.received) == 2
    digest = smtp_server.received[1].message
    assert digest["To"] == "reader@example.org"
    assert "Clinics reopen in the valley" in text_of(digest)
    assert "A match report" not in text_of(digest)
    unsubscribe_path = link(text_of(digest), "unsubscribe")
    # Long enough to be folded onto a continuation line, which unfolds to leading space.
    assert digest["List-Unsubscribe"].strip() == f"<https://news.example.org{unsubscribe_path}>"
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # What a mail provider does for its "Unsubscribe" button: no cookies, no CSRF token.
    provider = Client(enforce_csrf_checks=True)
    response = provider.post(unsubscribe_path, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.consents.filter(action=Consent.Action.UNSUBSCRIBED, form="one-click").exists()
    make_article(sector=health)
    assert send_digests("daily") == 0
    assert len(smtp_server.received) == 2
