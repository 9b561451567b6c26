from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def test_it_creates_the_desk_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Reporter", "Editor", "Desk admin"}
    editor = Group.objects.get(name="Editor")
    assert editor.permissions.filter(codename="publish_article").exists()
    assert not Group.objects.get(name="Reporter").permissions.filter(codename="publish_article").exists()


def test_it_does_not_let_a_reporter_publish_schedule_or_withdraw():
    reporter = make_user("Reporter")
    article = make_article(status=Article.Status.DRAFT, published_at=None)

    with pytest.raises(PermissionDenied):
        services.publish_article(article, by=reporter)
    with pytest.raises(PermissionDenied):
        services.schedule_article(article, timezone.now() + dt.timedelta(hours=1), by=reporter)
    with pytest.raises(PermissionDenied):
        services.withdraw_article(article, "no", by=reporter)
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_it_lets_an_editor_publish_and_records_who():
    editor = make_user("Editor")
    article = make_article(status=Article.Status.DRAFT, published_at=None)

    assert services.publish_article(article, by=editor)

    assert article.status == Article.Status.PUBLISHED
    assert article.transitions.get().by == editor


def test_it_hides_the_publish_action_from_reporters_in_the_admin(client):
    make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Reporter"))

    page = client.get(reverse("admin:newsroom_article_changelist")).content.decode()

    assert 'value="publish_now"' not in page
    assert 'value="withdraw"' not in page


def test_it_refuses_a_forged_publish_action_from_a_reporter(client):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Reporter"))

    client.post(
        reverse("admin:newsroom_article_changelist"),
        {"action": "publish_now", "_selected_action": [article.pk]},
    )

    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT


def test_it_publishes_through_the_admin_action_for_an_editor(client):
    article = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Editor"))

    client.post(
        reverse("admin:newsroom_article_changelist"),
        {"action": "publish_now", "_selected_action": [article.pk]},
    )

    article.refresh_from_db()
    assert article.status == Article.Status.PUBLISHED
