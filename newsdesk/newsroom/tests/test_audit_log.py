"""Publishes and withdrawals are audit rows desk admins can read, and nobody can edit."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_it_shows_desk_admins_who_published_and_withdrew_what(client: Client) -> None:
    editor = make_user("Editor", username="eddie")
    article = make_article(headline="Floods recede", status=Article.Status.DRAFT, published_at=None)
    services.publish_article(article, by=editor)
    services.withdraw_article(article, "legal advice", by=editor)
    client.force_login(make_user("Desk admin"))

    page = client.get(reverse("admin:newsroom_articletransition_changelist")).content.decode()

    assert page.count("eddie") >= 2 and "Floods recede" in page and "legal advice" in page
    assert client.get(reverse("admin:accounts_accountevent_changelist")).status_code == 200


@pytest.mark.parametrize("role", ["Reporter", "Editor"])
def test_it_keeps_the_audit_logs_from_other_roles(client: Client, role: str) -> None:
    client.force_login(make_user(role))

    assert client.get(reverse("admin:newsroom_articletransition_changelist")).status_code == 403
    assert client.get(reverse("admin:accounts_accountevent_changelist")).status_code == 403


def test_it_refuses_to_change_or_delete_an_audit_row(client: Client) -> None:
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    services.publish_article(article, by=make_user("Editor"))
    client.force_login(make_user("Desk admin"))
    row = article.transitions.get()

    client.post(reverse("admin:newsroom_articletransition_change", args=[row.pk]), {"note": "rewritten"})
    client.post(reverse("admin:newsroom_articletransition_delete", args=[row.pk]), {"post": "yes"})

    row.refresh_from_db()
    assert row.note == ""
