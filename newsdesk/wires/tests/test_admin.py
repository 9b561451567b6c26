from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from newsdesk.wires.items import Rejection
from newsdesk.wires.models import FetchLog, Source, WireItem
from newsdesk.wires.storage import store_items
from newsdesk.wires.tests.support import make_item

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("desk", "desk@example.org", "pw")
    client.force_login(user)
    return client


@pytest.fixture
def source():
    source = Source.objects.create(name="Feed", kind="feed", location="https://example.org/feed", agency="AG")
    store_items([make_item("a"), make_item("b", pub_status="withheld")], source=source, rejections=[Rejection("bad")])
    FetchLog.objects.create(source=source, status_code=200)
    return source


@pytest.mark.parametrize("model", ["source", "wireitem", "quarantine", "fetchlog"])
def test_it_lists_every_model(admin_client, source, model):
    response = admin_client.get(reverse(f"admin:wires_{model}_changelist"))

    assert response.status_code == 200


@pytest.mark.parametrize(
    "query", ["embargo=held", "embargo=none", "status__exact=active", "pub_status__exact=withheld"]
)
def test_it_filters_items(admin_client, source, query):
    response = admin_client.get(reverse("admin:wires_wireitem_changelist") + "?" + query)

    assert response.status_code == 200


def test_it_shows_an_item_read_only(admin_client, source):
    item = WireItem.objects.get(guid="a")

    response = admin_client.get(reverse("admin:wires_wireitem_change", args=[item.pk]))

    assert response.status_code == 200
    assert b'name="headline"' not in response.content
    assert admin_client.post(reverse("admin:wires_wireitem_change", args=[item.pk]), {}).status_code == 403


def test_it_saves_only_the_configuration_of_a_source(admin_client, source):
    url = reverse("admin:wires_source_change", args=[source.pk])
    form = {
        "name": "Renamed", "kind": "feed", "location": "https://example.org/feed", "agency": "AG", "enabled": "on",
        "poll_interval": "600", "trust": "standard",
    }  # fmt: skip
    Source.objects.filter(pk=source.pk).update(etag='"polled meanwhile"')

    response = admin_client.post(url, form)

    assert response.status_code == 302
    source.refresh_from_db()
    assert (source.name, source.poll_interval, source.etag) == ("Renamed", 600, '"polled meanwhile"')


def test_it_withdraws_items_from_the_list(admin_client, source):
    item = WireItem.objects.get(guid="a")

    admin_client.post(reverse("admin:wires_wireitem_changelist"), {"action": "withdraw", "_selected_action": [item.pk]})

    item.refresh_from_db()
    assert item.status == WireItem.Status.WITHDRAWN
    assert "desk" in item.withdrawal_reason
