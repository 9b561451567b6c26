"""send_confirmation: the one mail before confirmation, and what the server's answer does."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.audience.models import Subscriber
from newsdesk.audience.services import request_subscription
from newsdesk.audience.tests.conftest import RecordingHandler, smtp_settings
from newsdesk.audience.tests.helpers import html_of, link, text_of

pytestmark = pytest.mark.django_db


def sign_up(email: str) -> None:
    request_subscription(email, frequency="weekly", editions=[], sectors=[], form="newsletter", ip="")


def test_it_sends_a_text_and_html_confirmation_with_the_choices(smtp_server: RecordingHandler) -> None:
    sign_up("new@example.org")

    [received] = smtp_server.received
    message = received.message
    assert message["Subject"] == "Confirm your Newsdesk newsletter subscription"
    assert message["From"] == "Newsdesk <newsdesk@localhost>"
    assert "List-Unsubscribe" not in message
    assert "Weekly digest" in text_of(message) and "All sectors" in text_of(message)
    assert link(html_of(message), "confirm") == link(text_of(message), "confirm")
    assert Client().get(link(text_of(message), "confirm")).status_code == 200


def test_a_refused_address_is_marked_bounced_and_never_mailed_again(smtp_server: RecordingHandler) -> None:
    smtp_server.refuse.add("nobody@example.org")

    sign_up("nobody@example.org")
    smtp_server.refuse.clear()
    sign_up("nobody@example.org")

    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.BOUNCED
    assert subscriber.bounce_reason.startswith("550")
    assert smtp_server.received == []


def test_a_mail_server_outage_does_not_use_up_the_days_confirmation(
    closed_port: int, smtp_server: RecordingHandler
) -> None:
    with smtp_settings(closed_port):
        sign_up("unlucky@example.org")
    assert Subscriber.objects.get().confirmation_sent_at is None

    sign_up("unlucky@example.org")

    assert [r.rcpt_tos for r in smtp_server.received] == [["unlucky@example.org"]]
