"""Curated fronts: editors' picks lead, in order, until they lapse; the automatic order fills the rest."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from newsdesk.newsroom import front
from newsdesk.newsroom.models import Article, FrontPick
from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def newest_first(n: int) -> list[Article]:
    return [make_article(published_at=timezone.now() - dt.timedelta(hours=i + 1)) for i in range(n)]


def test_it_puts_the_picks_first_in_their_order_then_the_newest():
    stories = newest_first(5)
    FrontPick.objects.create(zone=front.HOME, position=0, article=stories[3])
    FrontPick.objects.create(zone=front.HOME, position=1, article=stories[4])

    assert front.curate(front.HOME, stories) == [stories[3], stories[4], stories[0], stories[1], stories[2]]


def test_it_falls_back_to_the_automatic_order_when_a_pick_expires_or_is_withdrawn():
    stories = newest_first(3)
    until = timezone.now() + dt.timedelta(hours=2)
    FrontPick.objects.create(zone=front.HOME, position=0, article=stories[2], until=until)
    FrontPick.objects.create(zone=front.HOME, position=1, article=stories[1])
    stories[1].withdraw("Wrong figures")

    with time_machine.travel(until + dt.timedelta(seconds=1)):
        assert front.curate(front.HOME, stories) == stories
    assert front.curate(front.HOME, stories)[0] == stories[2]


def test_it_keeps_each_front_apart():
    stories = newest_first(2)
    FrontPick.objects.create(zone=front.sector_zone("wash"), position=0, article=stories[1])

    assert front.curate(front.HOME, stories) == stories
    assert front.curate(front.sector_zone("wash"), stories)[0] == stories[1]


def test_it_shows_the_chosen_lead_on_the_home_page_at_once_with_a_text_layout(client):
    stories = newest_first(6)
    chosen = make_article(
        headline="Editors chose this text-only lead", published_at=timezone.now() - dt.timedelta(days=2)
    )
    client.get("/")
    FrontPick.objects.create(zone=front.HOME, position=0, article=chosen)

    page = client.get("/").content.decode()

    lead = page.index('class="card card--lead')
    assert page.index("Editors chose this text-only lead") > lead
    assert page.index("Editors chose this text-only lead") < page.index(stories[0].headline)
    assert 'class="card card--lead">' in page or 'card card--lead"' in page


def test_it_lets_editors_but_not_reporters_curate_in_the_admin(client):
    client.force_login(make_user("Reporter"))
    assert client.get("/admin/newsroom/frontpick/").status_code == 403
    client.force_login(make_user("Editor"))
    assert client.get("/admin/newsroom/frontpick/").status_code == 200


def test_it_offers_every_front_as_a_choice_and_records_who_picked(client):
    story = make_article()
    editor = make_user("Editor")
    client.force_login(editor)

    form = client.get("/admin/newsroom/frontpick/add/").content.decode()
    response = client.post(
        "/admin/newsroom/frontpick/add/", {"zone": "sector:wash", "position": 0, "article": story.pk, "until": ""}
    )

    assert 'value="edition:' in form and 'value="home"' in form
    assert response.status_code == 302
    assert FrontPick.objects.get().by == editor
