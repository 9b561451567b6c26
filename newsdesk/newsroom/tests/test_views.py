"""The desk's own pages: the wire inbox and the preview of unpublished articles."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_source, make_user, make_wire_item
from newsdesk.taxonomy.models import Sector
from newsdesk.wires.models import WireItem

pytestmark = pytest.mark.django_db

INBOX = "/desk/inbox/"


def test_it_sends_strangers_to_log_in_and_refuses_readers(client):
    assert client.get(INBOX).status_code == 302
    client.force_login(make_user(None))
    assert client.get(INBOX).status_code == 403


def test_it_lists_and_filters_wire_items(client):
    make_wire_item(agency="Alpha Press", headline="Alpha story")
    make_wire_item(agency="Beta Wire", headline="Beta story")
    make_wire_item(agency="Beta Wire", headline="Killed story", status=WireItem.Status.WITHDRAWN)
    client.force_login(make_user("Reporter"))

    everything = client.get(INBOX).content.decode()
    beta = client.get(INBOX, {"agency": "Beta Wire", "status": "active"}).content.decode()

    assert "Alpha story" in everything and "Beta story" in everything
    assert "Beta story" in beta and "Alpha story" not in beta and "Killed story" not in beta


def test_it_filters_by_sector_and_edition(client):
    other = Sector.objects.exclude(slug="wash").first()
    make_wire_item(headline="Wash story", source=make_source())
    make_wire_item(headline="Other story", source=make_source(sector=other))
    client.force_login(make_user("Reporter"))

    page = client.get(INBOX, {"sector": "wash"}).content.decode()

    assert "Wash story" in page and "Other story" not in page


def test_it_creates_an_article_from_ticked_items_and_opens_it_in_the_admin(client):
    lead = make_wire_item(source=make_source(), headline="Lead copy")
    other = make_wire_item(source=make_source(), agency="Other Agency")
    client.force_login(make_user("Reporter"))

    response = client.post(INBOX, {"items": [lead.pk, other.pk], "lead": lead.pk, "kind": "news"})

    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:newsroom_article_change", args=[article.pk])
    assert article.headline == "Lead copy"
    assert set(article.wire_items.all()) == {lead, other}


def test_it_needs_a_csrf_token_to_create():
    item = make_wire_item(source=make_source())
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("Reporter"))

    assert client.post(INBOX, {"items": [item.pk]}).status_code == 403
    assert not Article.objects.exists()


def test_it_previews_a_draft_for_staff_only(client):
    draft = make_article(status=Article.Status.DRAFT, published_at=None, headline="Unpublished scoop")
    url = reverse("desk:preview", args=[draft.pk])

    assert client.get(draft.get_absolute_url()).status_code == 404  # readers: no such page
    assert client.get(url).status_code == 302
    client.force_login(make_user(None))
    assert client.get(url).status_code == 403

    client.force_login(make_user("Reporter"))
    response = client.get(url)
    assert response.status_code == 200
    assert "Unpublished scoop" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_it_filters_by_story_cluster_when_enrich_is_installed(client):
    pytest.importorskip("newsdesk.enrich.models")
    from django.apps import apps

    if not apps.is_installed("newsdesk.enrich"):
        pytest.skip("enrich app not installed")
    from django.utils import timezone

    from newsdesk.enrich.models import ClusterMembership, StoryCluster

    inside = make_wire_item(headline="Clustered story")
    make_wire_item(headline="Lonely story")
    cluster = StoryCluster.objects.create(label="Floods")
    ClusterMembership.objects.create(wire_item=inside, cluster=cluster, happened_at=timezone.now())
    client.force_login(make_user("Reporter"))

    page = client.get(INBOX, {"cluster": cluster.pk}).content.decode()

    assert "Clustered story" in page and "Lonely story" not in page


def _enrich_installed() -> None:
    from django.apps import apps

    if not apps.is_installed("newsdesk.enrich"):
        pytest.skip("enrich app not installed")


def test_it_filters_by_each_items_own_sector_and_edition_once_placed(client):
    _enrich_installed()
    from newsdesk.enrich.models import ItemPlacement
    from newsdesk.taxonomy.models import Edition

    # Both come from a WASH source for Africa; enrichment says what each is really about.
    source = make_source(edition=Edition.objects.get(slug="east-africa"))
    placed = make_wire_item(headline="Japan defence minister visits Turkey", source=source)
    other = make_wire_item(headline="Borehole repairs begin", source=source)
    placement = ItemPlacement.objects.create(
        wire_item=placed,
        sector=Sector.objects.get(slug="politics"),
        sector_evidence="classifier p=0.62",
        countries=["TR", "JP"],
        place_label="Turkey",
    )
    placement.editions.set(Edition.objects.filter(slug__in=["europe-central-asia", "east-south-east-asia"]))
    ItemPlacement.objects.create(wire_item=other, sector=Sector.objects.get(slug="wash"), place_label="Kenya")
    client.force_login(make_user("Reporter"))

    politics = client.get(INBOX, {"sector": "politics"}).content.decode()
    wash = client.get(INBOX, {"sector": "wash"}).content.decode()
    asia = client.get(INBOX, {"edition": "east-south-east-asia"}).content.decode()
    africa = client.get(INBOX, {"edition": "east-africa"}).content.decode()

    assert "Japan defence minister" in politics and "Borehole repairs" not in politics
    assert "Borehole repairs" in wash and "Japan defence minister" not in wash
    assert "Japan defence minister" in asia and "Borehole repairs" not in asia
    assert (
        "Japan defence minister" not in africa and "Borehole repairs" not in africa
    )  # placed: source no longer counts
    assert "Turkey" in politics and "Politics" in politics


def test_it_falls_back_to_the_sources_defaults_for_items_not_placed_yet(client):
    _enrich_installed()
    from newsdesk.enrich.models import ItemPlacement
    from newsdesk.taxonomy.models import Edition

    source = make_source(edition=Edition.objects.get(slug="east-africa"))
    make_wire_item(headline="Not placed yet", source=source)
    placed = make_wire_item(headline="Placed elsewhere", source=source)
    ItemPlacement.objects.create(wire_item=placed, sector=Sector.objects.get(slug="politics"))
    client.force_login(make_user("Reporter"))

    wash = client.get(INBOX, {"sector": "wash", "edition": "east-africa"}).content.decode()

    assert "Not placed yet" in wash and "Placed elsewhere" not in wash


def test_it_lists_the_inbox_in_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    _enrich_installed()
    from newsdesk.enrich.models import ItemPlacement

    client.force_login(make_user("Reporter"))
    source = make_source()
    for _ in range(3):
        ItemPlacement.objects.create(wire_item=make_wire_item(source=source), sector=Sector.objects.get(slug="wash"))
    client.get(INBOX)  # warm caches (session, permissions)
    with django_assert_max_num_queries(50) as few:
        client.get(INBOX)
    for n in range(10):
        ItemPlacement.objects.create(wire_item=make_wire_item(source=source), sector=Sector.objects.get(slug="wash"))
        make_wire_item(headline=f"Unplaced {n}", source=source)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(INBOX, {"sector": "wash"})
