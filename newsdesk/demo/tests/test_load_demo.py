from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import call_command
from django.test import Client

from newsdesk.demo.loader import load_demo
from newsdesk.demo.stories import STORIES, validate
from newsdesk.newsroom.models import Article, Image
from newsdesk.newsroom.provenance import DigitalSourceType
from newsdesk.taxonomy.models import Sector
from newsdesk.wires.models import WireItem

pytestmark = pytest.mark.django_db

SMALL = (320, 180)  # the drawing is the slow part; its size does not change what is tested


def test_it_ships_valid_demo_stories() -> None:
    validate()
    assert len(STORIES) >= 60


def test_it_loads_a_full_newsroom_once(django_capture_on_commit_callbacks: Any) -> None:
    # The kill reaches the newsroom by a signal sent once the wire item's
    # withdrawal commits; run those callbacks as a real commit would.
    with django_capture_on_commit_callbacks(execute=True):
        first = load_demo(image_size=SMALL)
    articles = Article.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        second = load_demo(image_size=SMALL)

    assert first.created >= 60 and first.updated == 1 and first.withdrawn == 1 and first.scheduled == 1
    assert second.created == second.updated == second.withdrawn == 0
    assert Article.objects.count() == articles

    live = Article.objects.live()
    assert set(live.values_list("sector__slug", flat=True)) == set(Sector.objects.values_list("slug", flat=True))
    assert live.values("editions").distinct().count() >= 8
    assert set(live.values_list("kind", flat=True)) == set(Article.Kind.values)
    types = set(Image.objects.values_list("digital_source_type", flat=True))
    assert DigitalSourceType.TRAINED_ALGORITHMIC in types and DigitalSourceType.DIGITAL_ART in types
    assert sum(article.was_updated for article in live) >= 5
    assert Article.objects.filter(status=Article.Status.WITHDRAWN).count() == 1
    assert all("Demo content" in body for body in live.values_list("body", flat=True))
    # Agency stories came through the wire pipeline, with their sources recorded.
    from_wires = live.filter(from_agencies=True)
    assert from_wires.count() >= 45
    assert all(article.wire_items.exists() for article in from_wires)
    assert WireItem.objects.filter(status=WireItem.Status.WITHDRAWN).count() == 1
    assert WireItem.objects.exclude(embargoed_until=None).count() == 1
    # Two agencies' copy of the Japan-Turkey visit is one story cluster.
    seed_like = WireItem.objects.filter(headline__icontains="Japan").filter(headline__icontains="Turk")
    assert seed_like.count() == 2
    assert len({item.cluster_membership.cluster_id for item in seed_like}) == 1


def test_it_prints_the_demo_editor_credentials_and_creates_the_account_once(settings: object, tmp_path: object) -> None:
    settings.VAR_DIR = tmp_path  # type: ignore[attr-defined]
    load_demo(image_size=SMALL)  # the command then only has the account to make
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    again = io.StringIO()
    call_command("load_demo", stdout=again)

    first_password = out.getvalue().split("password: ")[1].split()[0]
    assert "user: demo-editor" in out.getvalue()
    assert f"password: {first_password}" in again.getvalue()
    assert "/admin/" in out.getvalue()
    client = Client()
    assert client.login(username="demo-editor", password=first_password)
    assert client.get("/admin/").status_code == 200
    assert client.get("/desk/inbox/").status_code == 200
