from __future__ import annotations

import pytest
import time_machine
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from newsdesk.newsroom import services
from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_it_adds_a_correction_and_bumps_updated_but_not_created():
    with time_machine.travel("2026-03-01 09:00Z", tick=False):
        article = make_article()
    editor = make_user("Editor")

    with time_machine.travel("2026-03-02 10:00Z", tick=False):
        first = services.add_correction(article, "The minister's name was misspelt.", by=editor)
        second = services.add_correction(article, "The date was 3 March.", by=editor)

    article.refresh_from_db()
    assert list(article.corrections.all()) == [first, second]
    assert first.by == editor
    assert article.updated_at.day == 2
    assert article.created_at.day == 1


def test_it_does_not_let_a_reporter_correct():
    with pytest.raises(PermissionDenied):
        services.add_correction(make_article(), "No.", by=make_user("Reporter"))


def test_it_shows_corrections_in_the_admin(client):
    article = make_article()
    services.add_correction(article, "Fixed the figure.", by=None)
    client.force_login(make_user("Editor"))

    page = client.get(reverse("admin:newsroom_article_change", args=[article.pk])).content.decode()

    assert "Fixed the figure." in page
