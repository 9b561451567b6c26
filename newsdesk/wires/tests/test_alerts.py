"""Desk alerts: a refused copy of a story we hold is shown on the desk and in the admin, and mailed."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from django.urls import reverse
from pytest_django.fixtures import Settings

from newsdesk.wires.models import DeskAlert, WireItem
from newsdesk.wires.services import ingest_document

pytestmark = pytest.mark.django_db(transaction=True)

GUID = "urn:ninjs:wire.example.com:ferry"
STORY = json.dumps({"uri": GUID, "type": "text", "version": "1", "headline": "Ferry sinks off coast"}).encode()
# A kill in a shape nobody reads: "pubstatus" an object, so the item fails the ninjs schema and is rejected.
UNREADABLE_KILL = json.dumps({"uri": GUID, "type": "text", "version": "2", "pubstatus": {"code": "kill"}}).encode()
OTHER_BROKEN = json.dumps({"uri": "urn:ninjs:never-seen", "version": "2", "pubstatus": {"code": "kill"}}).encode()


def stored() -> WireItem:
    ingest_document(STORY, agency="Wire")
    return WireItem.objects.get(guid=GUID)


def test_it_raises_an_alert_naming_the_story_and_the_reason_and_mails_the_desk(settings: Settings) -> None:
    settings.NEWSDESK_DESK_EMAIL = "desk@newsroom.example"
    item = stored()

    report = ingest_document(UNREADABLE_KILL, agency="Wire", origin="/drop/kill.json")

    assert report.rejected == 1
    (alert,) = DeskAlert.objects.all()
    assert alert.item == item
    assert alert.reason.startswith("ninjs 1.x schema: pubstatus:")
    assert alert.document == "/drop/kill.json"
    (message,) = mail.outbox
    assert message.to == ["desk@newsroom.example"]
    assert message.subject == "Wire alert: Ferry sinks off coast"
    assert alert.reason in message.body and GUID in message.body
    alert.refresh_from_db()
    assert alert.mailed_at is not None


def test_it_raises_no_second_alert_for_the_same_refused_copy(settings: Settings) -> None:
    settings.NEWSDESK_DESK_EMAIL = "desk@newsroom.example"
    stored()
    ingest_document(UNREADABLE_KILL, agency="Wire", origin="/drop/kill.json")
    ingest_document(UNREADABLE_KILL + b" ", agency="Wire", origin="/drop/kill.json")  # new bytes, same copy
    assert DeskAlert.objects.count() == 1
    assert len(mail.outbox) == 1


def test_it_keeps_the_alert_unmailed_without_a_desk_address(settings: Settings) -> None:
    settings.NEWSDESK_DESK_EMAIL = ""
    stored()
    ingest_document(UNREADABLE_KILL, agency="Wire")
    assert DeskAlert.objects.get().mailed_at is None
    assert mail.outbox == []


def test_it_raises_no_alert_for_a_refused_item_we_never_stored() -> None:
    stored()
    ingest_document(OTHER_BROKEN, agency="Wire")
    assert not DeskAlert.objects.exists()


def test_it_raises_no_alert_for_another_agencys_item_with_the_same_identifier() -> None:
    stored()
    ingest_document(UNREADABLE_KILL, agency="Other Wire")
    assert not DeskAlert.objects.exists()


def test_it_alerts_when_an_error_page_replaces_a_stored_page() -> None:
    page = (
        b'<html><head><title>Ferry sinks</title><link rel="canonical" href="https://news.example.com/ferry"></head>'
        b"<body><article><p>The ferry sank off the coast on Tuesday, officials said.</p></article></body></html>"
    )
    ingest_document(page, agency="Paper", base_url="https://news.example.com/ferry")
    moved = b"<html><head><title>Object moved</title></head><body>Object moved to <a href='/x'>here</a></body></html>"
    ingest_document(moved, agency="Paper", base_url="https://news.example.com/ferry")
    assert DeskAlert.objects.get().reason == 'an error page ("Object moved"), not a story'


def test_it_shows_open_alerts_at_the_top_of_the_desk_inbox(client: Client) -> None:
    stored()
    ingest_document(UNREADABLE_KILL, agency="Wire")
    # A superuser: transactional tests flush the desk groups the roles migration made.
    client.force_login(User.objects.create_superuser("desk", "desk@example.com", "pw"))

    page = client.get(reverse("desk:inbox")).content.decode()

    assert page.index('id="desk-alerts"') < page.index('id="inbox-filters"')
    assert "Ferry sinks off coast" in page and "ninjs 1.x schema: pubstatus:" in page


def test_it_lists_alerts_in_the_admin_and_marks_them_dealt_with(client: Client) -> None:
    stored()
    ingest_document(UNREADABLE_KILL, agency="Wire")
    admin_user = User.objects.create_superuser("chief", "chief@example.com", "pw")
    client.force_login(admin_user)
    changelist = reverse("admin:wires_deskalert_changelist")
    alert = DeskAlert.objects.get()

    assert "Ferry sinks off coast" in client.get(changelist, {"state": "open"}).content.decode()
    client.post(changelist, {"action": "resolve", "_selected_action": [alert.pk]})

    alert.refresh_from_db()
    assert alert.resolved_at is not None and alert.resolved_by == admin_user
    assert not alert.resolve()  # a second click changes nothing
    page = client.get(reverse("desk:inbox")).content.decode()
    assert 'id="desk-alerts"' not in page
