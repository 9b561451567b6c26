"""The desk's view of subscribers, consent, blocked domains and digests."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from newsdesk.audience.models import BlockedDomain, Consent, Subscriber
from newsdesk.audience.services import send_digests
from newsdesk.audience.tests.factories import make_subscriber
from newsdesk.audience.tokens import Purpose, make_token
from newsdesk.newsroom.tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(client: Client) -> Client:
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "pw"))
    return client


def test_every_audience_admin_page_renders(desk: Client) -> None:
    subscriber = make_subscriber()
    Consent.record(subscriber, Consent.Action.CONFIRMED, form="test", ip="", at=subscriber.created_at)
    make_article()
    send_digests("daily")

    for model in ["subscriber", "consent", "blockeddomain", "feedback", "digestrun", "digestdelivery"]:
        assert desk.get(f"/admin/audience/{model}/").status_code == 200, model
    assert (
        desk.get(f"/admin/audience/subscriber/?status=active&frequency=daily&q={subscriber.email}").status_code == 200
    )


def test_the_subscriber_page_shows_no_link_token(desk: Client) -> None:
    subscriber = make_subscriber()

    html = desk.get(f"/admin/audience/subscriber/{subscriber.pk}/change/").content.decode()

    assert subscriber.email in html
    for purpose in Purpose:
        assert make_token(subscriber, purpose).split(":")[0] not in html
    assert "token_version" not in html


def test_consent_records_cannot_be_added_changed_or_deleted(desk: Client) -> None:
    subscriber = make_subscriber()
    consent = Consent.record(subscriber, Consent.Action.CONFIRMED, form="test", ip="", at=subscriber.created_at)

    assert desk.get("/admin/audience/consent/add/").status_code == 403
    assert desk.post(f"/admin/audience/consent/{consent.pk}/delete/", {"post": "yes"}).status_code == 403
    assert desk.post(f"/admin/audience/consent/{consent.pk}/change/", {"form": "edited"}).status_code == 403
    consent.refresh_from_db()
    assert consent.form == "test"


def test_the_desk_can_unsubscribe_a_reader_with_a_record_of_who_did(desk: Client) -> None:
    subscriber = make_subscriber()

    desk.post("/admin/audience/subscriber/", {"action": "unsubscribe", "_selected_action": [subscriber.pk]})

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    assert subscriber.consents.get().form == "admin (editor)"


def test_the_desk_edits_the_blocked_domains(desk: Client) -> None:
    assert BlockedDomain.objects.filter(domain="mailinator.com").exists()

    response = desk.post("/admin/audience/blockeddomain/add/", {"domain": " @Spam.Example ", "note": "abuse"})

    assert response.status_code == 302
    assert BlockedDomain.objects.filter(domain="spam.example").exists()
    assert desk.post("/admin/audience/blockeddomain/add/", {"domain": "not a domain"}).status_code == 200
