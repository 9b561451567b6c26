"""The feedback form and the desk's notification mail."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client, override_settings

from newsdesk.audience.models import Feedback
from newsdesk.audience.tests.conftest import RecordingHandler
from newsdesk.audience.tests.helpers import text_of

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

pytestmark = pytest.mark.django_db

DESK = "desk@news.example.org"


def send(client: Client, ip: str = "203.0.113.9", **fields: str) -> Response:
    data = {"name": "Asha Rao", "email": "asha@example.org", "message": "The map in this story is wrong.", **fields}
    return client.post("/feedback/", data, REMOTE_ADDR=ip)


def test_it_fills_in_the_page_the_reader_came_from(client: Client) -> None:
    html = client.get("/feedback/?from=/sector/health/").content.decode()

    assert 'name="page" value="/sector/health/"' in html
    assert "csrfmiddlewaretoken" not in html  # cacheable: cross-site posts are refused by origin instead


@pytest.mark.parametrize("bad", ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"])
def test_it_drops_a_from_that_is_not_a_page_of_this_site(client: Client, bad: str) -> None:
    html = client.get("/feedback/", {"from": bad}).content.decode()

    assert "evil" not in html.split("<main", 1)[1].split("</main>", 1)[0]
    assert "alert" not in html


@override_settings(NEWSDESK_FEEDBACK_EMAIL=DESK)
def test_it_stores_the_message_and_mails_the_desk(client: Client, smtp_server: RecordingHandler) -> None:
    response = send(client, page="/sector/health/")

    assert response.status_code == 200
    assert b'href="/sector/health/"' in response.content
    feedback = Feedback.objects.get()
    assert (feedback.name, feedback.email, feedback.page) == ("Asha Rao", "asha@example.org", "/sector/health/")
    assert feedback.status == Feedback.Status.NEW
    assert feedback.ip == "" and feedback.emailed_at is not None
    [received] = smtp_server.received
    assert received.rcpt_tos == [DESK]
    message = received.message
    assert message["Reply-To"] == "asha@example.org"
    assert message["Subject"] == f"[Newsdesk] Reader feedback #{feedback.pk}"
    assert "The map in this story is wrong." in text_of(message)
    assert "https://news.example.org/sector/health/" in text_of(message)


@override_settings(NEWSDESK_FEEDBACK_EMAIL=DESK)
def test_a_name_cannot_add_a_header(client: Client, smtp_server: RecordingHandler) -> None:
    send(client, name="Mallory\r\nBcc: victim@example.net\r\nSubject: hi")

    [received] = smtp_server.received
    assert received.rcpt_tos == [DESK]
    assert received.message["Bcc"] is None
    assert received.message["Subject"].startswith("[Newsdesk] Reader feedback")
    assert b"\r\nBcc:" not in received.raw.split(b"\r\n\r\n", 1)[0]
    assert Feedback.objects.get().name == "Mallory Bcc: victim@example.net Subject: hi"


def test_it_refuses_an_address_with_a_line_break(client: Client) -> None:
    response = send(client, email="a@example.org\r\nBcc: victim@example.net")

    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_it_stores_but_mails_nobody_when_no_desk_address_is_set(client: Client) -> None:
    send(client)

    assert Feedback.objects.get().emailed_at is None
    assert mail.outbox == []


@override_settings(NEWSDESK_FEEDBACK_RECORD_IP=True)
def test_it_keeps_the_ip_only_when_configured(client: Client) -> None:
    send(client, ip="198.51.100.77")

    assert Feedback.objects.get().ip == "198.51.100.77"


def test_it_refuses_a_cross_site_post_and_accepts_a_same_origin_one() -> None:
    browser = Client(enforce_csrf_checks=True)
    data = {"name": "A", "email": "a@example.org", "message": "Hello there"}

    refused = browser.post("/feedback/", data, headers={"Sec-Fetch-Site": "cross-site"})
    forged = browser.post("/feedback/", data, headers={"Origin": "https://evil.example"})
    accepted = browser.post("/feedback/", data, headers={"Sec-Fetch-Site": "same-origin"})

    assert refused.status_code == forged.status_code == 403
    assert b"sent from another site" in refused.content
    assert accepted.status_code == 200
    assert Feedback.objects.count() == 1


def test_it_thanks_a_bot_that_fills_the_honeypot_and_keeps_nothing(client: Client) -> None:
    response = send(client, website="http://spam.example")

    assert response.status_code == 200 and b"Thank you" in response.content
    assert not Feedback.objects.exists()


@override_settings(NEWSDESK_FEEDBACK_LIMIT_PER_IP=2)
def test_it_limits_messages_per_client_address(client: Client) -> None:
    codes = [send(client, ip="192.0.2.8").status_code for _ in range(3)]

    assert codes == [200, 200, 429]
    assert Feedback.objects.count() == 2


def test_it_shows_errors_for_a_missing_message(client: Client) -> None:
    response = send(client, message="")

    assert response.status_code == 400
    assert b"This field is required" in response.content


def test_the_desk_lists_feedback_and_marks_it_read_or_answered(client: Client) -> None:
    send(client)
    feedback = Feedback.objects.get()
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "pw"))

    listing = client.get("/admin/audience/feedback/")
    assert listing.status_code == 200 and b"Asha Rao" in listing.content
    client.post("/admin/audience/feedback/", {"action": "mark_read", "_selected_action": [feedback.pk]})
    feedback.refresh_from_db()
    assert feedback.status == Feedback.Status.READ
    client.post("/admin/audience/feedback/", {"action": "mark_answered", "_selected_action": [feedback.pk]})
    feedback.refresh_from_db()
    assert feedback.status == Feedback.Status.ANSWERED
    assert client.get(f"/admin/audience/feedback/?status={Feedback.Status.ANSWERED}").status_code == 200


def test_it_keeps_a_readers_link_token_out_of_the_page_it_stores(client: Client) -> None:
    html = client.get("/feedback/?from=/newsletter/unsubscribe/eyJzIjoxfQ:1xV:abc/").content.decode()

    assert 'name="page" value="/newsletter/"' in html
    assert "eyJzIjoxfQ" not in html
