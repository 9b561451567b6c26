"""The story page's one-click state changes: each a transition with its audit row, role-checked, once per click."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from newsdesk.newsroom.models import Article, ArticleTransition, Correction
from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def act(client: Client, article: Article, action: str, **data: str) -> Any:
    return client.post(reverse("desk:story-action", args=[article.pk, action]), data)


def change_page(client: Client, article: Article) -> str:
    return client.get(reverse("admin:newsroom_article_change", args=[article.pk])).content.decode()


def test_it_shows_the_buttons_an_editor_may_use_on_the_story_page(client):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Editor"))

    page = change_page(client, draft)

    assert reverse("desk:story-action", args=[draft.pk, "publish"]) in page
    assert reverse("desk:story-action", args=[draft.pk, "schedule"]) in page


def test_it_shows_a_reporter_no_publish_button_and_refuses_the_post(client):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Reporter"))

    page = change_page(client, draft)
    response = act(client, draft, "publish")

    draft.refresh_from_db()
    assert reverse("desk:story-action", args=[draft.pk, "publish"]) not in page
    assert response.status_code == 403
    assert draft.status == Article.Status.DRAFT


def test_it_publishes_once_on_a_double_click(client):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Editor"))

    act(client, draft, "publish")
    act(client, draft, "publish")

    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED
    assert ArticleTransition.objects.filter(article=draft, to_status=Article.Status.PUBLISHED).count() == 1


def test_it_moves_only_updated_and_only_once(client):
    story = make_article()
    created, published = story.created_at, story.published_at
    seen = story.updated_at.isoformat()
    client.force_login(make_user("Editor"))

    act(client, story, "update", seen=seen)
    act(client, story, "update", seen=seen)

    story.refresh_from_db()
    assert story.updated_at > created
    assert (story.created_at, story.published_at) == (created, published)
    assert ArticleTransition.objects.filter(article=story, note="updated").count() == 1


def test_it_schedules_in_one_step_in_the_site_zone_and_unschedules(client, settings):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Editor"))
    with time_machine.travel(dt.datetime(2026, 3, 1, 6, 0, tzinfo=dt.UTC), tick=False):
        act(client, draft, "schedule", when="2026-03-01T14:30")
        act(client, draft, "schedule", when="2026-03-01T14:30")
        draft.refresh_from_db()
        assert draft.status == Article.Status.SCHEDULED
        # 14:30 in Asia/Kolkata (UTC+5:30) is 09:00 UTC.
        assert draft.scheduled_for == dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
        assert ArticleTransition.objects.filter(article=draft, to_status=Article.Status.SCHEDULED).count() == 1

        act(client, draft, "unschedule")
        act(client, draft, "unschedule")

    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT and draft.scheduled_for is None
    assert ArticleTransition.objects.filter(article=draft, note="unscheduled").count() == 1


@pytest.mark.parametrize("junk", ["", "tomorrow", "2026-13-45T99:99", "2026-03-01T14:30+02:00", "9" * 500])
def test_it_refuses_a_junk_schedule_time_with_a_message(client, junk):
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    client.force_login(make_user("Editor"))

    response = act(client, draft, "schedule", when=junk)

    draft.refresh_from_db()
    assert response.status_code == 302
    assert draft.status == Article.Status.DRAFT


def test_it_withdraws_with_a_confirmation_and_shows_readers_the_reason(client):
    story = make_article(status=Article.Status.DRAFT, published_at=None)
    url = story.get_absolute_url()
    client.force_login(make_user("Editor"))
    act(client, story, "publish")

    confirmation = client.get(reverse("desk:confirm-withdraw", args=[story.pk])).content.decode()
    refused = act(client, story, "withdraw", reason="  ")
    story.refresh_from_db()
    assert "Reason readers will see" in confirmation
    assert refused.status_code == 302 and story.status == Article.Status.PUBLISHED

    act(client, story, "withdraw", reason="The report relied on a source we could not verify.")
    act(client, story, "withdraw", reason="The report relied on a source we could not verify.")
    client.logout()
    gone = client.get(url)

    assert gone.status_code == 410
    assert "The report relied on a source we could not verify." in gone.content.decode()
    assert ArticleTransition.objects.filter(article=story, to_status=Article.Status.WITHDRAWN).count() == 1


def test_it_adds_one_public_correction_on_a_double_click(client):
    story = make_article()
    seen = timezone.localtime(story.updated_at).isoformat()
    client.force_login(make_user("Editor"))

    act(client, story, "correct", seen=seen, text="The dam is 40 km upstream, not 4 km.")
    act(client, story, "correct", seen=seen, text="The dam is 40 km upstream, not 4 km.")

    assert Correction.objects.filter(article=story).count() == 1
    assert "The dam is 40 km upstream, not 4 km." in client.get(story.get_absolute_url()).content.decode()


def test_it_refuses_a_correction_to_a_reporter(client):
    story = make_article()
    client.force_login(make_user("Reporter"))

    response = act(client, story, "correct", seen=story.updated_at.isoformat(), text="Wrong.")

    assert response.status_code == 403
    assert not Correction.objects.exists()


def test_it_answers_404_for_an_unknown_action(client):
    client.force_login(make_user("Editor"))

    assert act(client, make_article(), "explode").status_code == 404
