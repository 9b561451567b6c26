"""Automatic desk policies: trusted copy in chosen sectors runs by itself, once, and is logged."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone

from newsdesk.enrich.tests import test_llm
from newsdesk.newsroom import services, tasks
from newsdesk.newsroom.models import Article, Author, DeskPolicy, PolicyDecision
from newsdesk.newsroom.tests.factories import make_source, make_user, make_wire_item
from newsdesk.newsroom.tests.test_publish_due import run_at_once
from newsdesk.taxonomy.models import Sector
from newsdesk.wires.models import Source

# The enrich app's fake OpenAI-compatible server, which records every call it gets.
fake_server = test_llm.fake_server


def _policy(source: Source, *, sectors: tuple[str, ...] = ("wash",), **fields: object) -> DeskPolicy:
    policy = DeskPolicy.objects.create(source=source, enabled=True, **fields)
    policy.sectors.set(Sector.objects.filter(slug__in=sectors))
    return policy


@pytest.mark.django_db
def test_it_publishes_a_trusted_item_in_a_chosen_sector_and_logs_it():
    desk = Author.objects.create(name="Water Desk", slug="water-desk", is_desk=True)
    policy = _policy(make_source(trust=Source.Trust.TRUSTED), byline=desk)
    item = make_wire_item(source=policy.source)

    article = services.apply_policies(item)

    assert article is not None
    assert article.is_live
    assert article.from_agencies
    assert article.standfirst  # the summariser's when enrich is installed, else the agency summary
    assert article.byline == "Water Desk"
    assert list(article.wire_items.all()) == [item]
    decision = PolicyDecision.objects.get(wire_item=item)
    assert decision.outcome == PolicyDecision.Outcome.PUBLISHED
    assert decision.article == article
    assert decision.policy == policy
    assert article.transitions.get().note == f"auto-policy {policy.pk}"
    revision = article.revisions.get()
    assert revision.machine_written and revision.method.startswith(f"auto-policy {policy.pk}")


@pytest.mark.django_db
def test_it_skips_a_source_below_the_minimum_trust():
    policy = _policy(make_source(trust=Source.Trust.STANDARD), minimum_trust="trusted")
    item = make_wire_item(source=policy.source)

    assert services.apply_policies(item) is None

    assert not Article.objects.exists()
    decision = PolicyDecision.objects.get(wire_item=item)
    assert decision.outcome == PolicyDecision.Outcome.SKIPPED
    assert "trust" in decision.reason


@pytest.mark.django_db
def test_it_skips_other_sectors():
    other = Sector.objects.exclude(slug="wash").first()
    assert other is not None
    policy = _policy(make_source(sector=other))
    item = make_wire_item(source=policy.source)

    assert services.apply_policies(item) is None
    assert not Article.objects.exists()
    assert "sector" in PolicyDecision.objects.get(wire_item=item).reason


@pytest.mark.django_db
def test_it_ignores_sources_without_an_enabled_policy_and_embargoed_items():
    disabled = _policy(make_source())
    DeskPolicy.objects.filter(pk=disabled.pk).update(enabled=False)
    enabled = _policy(make_source())

    assert services.apply_policies(make_wire_item(source=disabled.source)) is None
    assert services.apply_policies(make_wire_item(source=make_source())) is None
    embargoed = make_wire_item(source=enabled.source, embargoed_until=timezone.now() + dt.timedelta(hours=1))
    assert services.apply_policies(embargoed) is None

    assert not Article.objects.exists()
    assert not PolicyDecision.objects.exists()  # nothing decided: the embargoed item is decided on release


@pytest.mark.django_db
def test_it_never_publishes_an_item_twice():
    policy = _policy(make_source())
    item = make_wire_item(source=policy.source)

    assert services.apply_policies(item) is not None
    assert services.apply_policies(item) is None
    assert tasks.apply_desk_policies.call_local() == 0

    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_it_leaves_items_a_person_already_used():
    policy = _policy(make_source())
    item = make_wire_item(source=policy.source)
    services.create_article_from_items([item], by=None)

    assert services.apply_desk_policies() == 0
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_it_processes_pending_items_in_the_periodic_task():
    policy = _policy(make_source())
    for _ in range(3):
        make_wire_item(source=policy.source)

    assert tasks.apply_desk_policies.call_local() == 3
    assert tasks.apply_desk_policies.call_local() == 0


@pytest.mark.django_db(transaction=True)
def test_it_publishes_once_when_the_embargo_release_signal_fires():
    policy = _policy(make_source())
    item = make_wire_item(source=policy.source, embargoed_until=timezone.now() - dt.timedelta(seconds=1))

    assert item.release(timezone.now())

    assert Article.objects.filter(wire_items=item).count() == 1


@pytest.mark.django_db(transaction=True)
def test_it_creates_one_article_when_four_workers_apply_policies_at_once():
    policy = _policy(make_source())
    items = [make_wire_item(source=policy.source) for _ in range(10)]
    connection.close()

    counts = run_at_once(services.apply_desk_policies)

    assert sum(counts) == 10
    assert Article.objects.count() == 10
    assert PolicyDecision.objects.count() == 10
    for item in items:
        assert item.articles.count() == 1


@pytest.mark.django_db
def test_it_never_asks_the_language_model_when_publishing_by_itself(settings, fake_server):
    settings.NEWSDESK_LLM_URL = fake_server
    settings.NEWSDESK_LLM_MODEL = "tiny"
    policy = _policy(make_source(trust=Source.Trust.TRUSTED))
    item = make_wire_item(source=policy.source, headline="Agency headline on water")

    article = services.apply_policies(item)

    assert article is not None and article.is_live
    assert test_llm.FakeOpenAI.received == []
    assert "Japan eyes Turkish drones" not in (article.headline, article.standfirst)
    assert "llm" not in article.revisions.get().method


@pytest.mark.django_db
def test_it_shows_the_language_models_proposal_to_an_editor_building_a_story(settings, fake_server):
    settings.NEWSDESK_LLM_URL = fake_server
    settings.NEWSDESK_LLM_MODEL = "tiny"
    item = make_wire_item(headline="Agency headline on water")

    article = services.create_article_from_items([item], by=make_user("Editor"), sector=Sector.objects.get(slug="wash"))

    assert test_llm.FakeOpenAI.received  # the fake records calls: the test above can fail
    assert not article.is_live
