"""Consent records outlive their subscriber's wish to leave: unsubscribe, never delete."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse

from newsdesk.audience.models import Consent
from newsdesk.audience.services import request_subscription
from newsdesk.audience.tests.factories import make_subscriber

pytestmark = pytest.mark.django_db


def test_it_refuses_to_delete_a_subscriber_with_consent_records() -> None:
    request_subscription("reader@example.org", frequency="daily", editions=[], sectors=[], form="footer", ip="")
    subscriber = Consent.objects.get().subscriber

    with pytest.raises(ProtectedError):
        subscriber.delete()

    assert Consent.objects.filter(subscriber=subscriber).count() == 1


def test_it_offers_unsubscribe_but_no_delete_in_the_admin(client: Client) -> None:
    subscriber = make_subscriber()
    client.force_login(User.objects.create_superuser("root", "root@example.org", "pw"))

    changelist = client.get(reverse("admin:audience_subscriber_changelist")).content.decode()

    assert 'value="unsubscribe"' in changelist and 'value="delete_selected"' not in changelist
    assert client.get(reverse("admin:audience_subscriber_delete", args=[subscriber.pk])).status_code == 403
