"""The wire inbox as a guard against duplicate stories: coverage shown, filters kept, second stories confirmed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from newsdesk.newsroom.models import Article, Revision
from newsdesk.newsroom.tests.factories import make_article, make_cluster, make_source, make_user, make_wire_item
from newsdesk.taxonomy.models import Sector

pytestmark = pytest.mark.django_db

INBOX = "/desk/inbox/"


def test_it_shows_the_article_using_an_item_with_its_status_and_link(client):
    item = make_wire_item(headline="Dam breaks upstream")
    article = make_article(headline="Dam break floods three villages")
    article.wire_items.set([item])
    client.force_login(make_user("Reporter"))

    page = client.get(INBOX).content.decode()

    assert "Dam break floods three villages" in page
    assert reverse("admin:newsroom_article_change", args=[article.pk]) in page
    assert "desk-status-published" in page


def test_it_offers_to_update_the_story_covering_a_cluster(client):
    used, second = make_wire_item(), make_wire_item(agency="Second Agency", headline="Second agency's dam copy")
    cluster = make_cluster(used, second)
    article = make_article(headline="Dam break floods three villages")
    article.wire_items.set([used])
    client.force_login(make_user("Editor"))

    page = client.get(INBOX, {"cluster": cluster.pk}).content.decode()

    assert "Already covered by" in page
    assert reverse("desk:update-from-item", args=[article.pk, second.pk]) in page


def test_it_keeps_every_filter_on_cluster_links_and_pages(client):
    sector = Sector.objects.get(slug="wash")
    items = [make_wire_item(source=make_source(sector=sector)) for _ in range(2)]
    cluster = make_cluster(*items)
    client.force_login(make_user("Reporter"))

    page = client.get(INBOX, {"sector": "wash", "q": "Floods"}).content.decode()

    assert f'href="?sector=wash&amp;q=Floods&amp;cluster={cluster.pk}"' in page


def test_it_asks_before_making_a_second_story_from_an_item_a_live_story_uses(client):
    used = make_wire_item(source=make_source())
    article = make_article(headline="Dam break floods three villages")
    article.wire_items.set([used])
    client.force_login(make_user("Reporter"))

    response = client.post(INBOX, {"items": [used.pk], "kind": "news"})

    assert response.status_code == 409
    assert "Dam break floods three villages" in response.content.decode()
    assert Article.objects.count() == 1


def test_it_asks_before_a_second_story_from_another_item_of_a_covered_cluster(client):
    used, second = make_wire_item(source=make_source()), make_wire_item(source=make_source(), agency="Second")
    make_cluster(used, second)
    article = make_article()
    article.wire_items.set([used])
    client.force_login(make_user("Reporter"))

    assert client.post(INBOX, {"items": [second.pk], "kind": "news"}).status_code == 409
    assert Article.objects.count() == 1


def test_it_creates_the_second_story_once_the_existing_one_is_confirmed(client):
    used = make_wire_item(source=make_source())
    article = make_article()
    article.wire_items.set([used])
    client.force_login(make_user("Reporter"))

    response = client.post(INBOX, {"items": [used.pk], "kind": "news", "confirm_duplicate_of": [article.pk]})

    assert response.status_code == 302
    assert Article.objects.count() == 2


def test_it_does_not_ask_when_only_a_draft_uses_the_item(client):
    used = make_wire_item(source=make_source())
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    draft.wire_items.set([used])
    client.force_login(make_user("Reporter"))

    assert client.post(INBOX, {"items": [used.pk], "kind": "news"}).status_code == 302


def test_it_updates_a_story_from_a_second_agencys_item_and_shows_what_is_new(client):
    used = make_wire_item(body_html="<p>Floods cut the water supply on Monday.</p>")
    second = make_wire_item(
        agency="Second Agency", body_html="<p>Floods cut the water supply on Monday. Two people died.</p>"
    )
    article = make_article(body="<p>Floods cut the water supply on Monday.</p>", agency_attribution="Test Agency")
    article.wire_items.set([used])
    client.force_login(make_user("Editor"))
    url = reverse("desk:update-from-item", args=[article.pk, second.pk])

    shown = client.get(url).content.decode()
    first = client.post(url)
    again = client.post(url)  # a double click

    article.refresh_from_db()
    assert "<ins>Two people died.</ins>" in shown
    assert first.status_code == again.status_code == 302
    assert set(article.wire_items.all()) == {used, second}
    assert article.agency_attribution == "Test Agency, Second Agency"
    assert Revision.objects.filter(article=article).count() == 1
    assert Article.objects.count() == 1


def test_it_refuses_updates_to_readers(client):
    article = make_article()
    client.force_login(make_user(None))

    response = client.post(reverse("desk:update-from-item", args=[article.pk, make_wire_item().pk]))

    assert response.status_code == 403


def test_it_links_the_inbox_from_the_admin_navigation(client):
    client.force_login(make_user("Reporter"))

    assert f'href="{INBOX}"' in client.get("/admin/").content.decode()


@pytest.mark.parametrize("junk", ["9" * 30, "²", "-1", "1e3"])
def test_it_answers_junk_ids_without_an_error(client, junk):
    client.force_login(make_user("Reporter"))

    assert client.get(INBOX, {"cluster": junk}).status_code == 200
    assert client.post(INBOX, {"items": [junk], "lead": junk, "confirm_duplicate_of": junk}).status_code == 302
