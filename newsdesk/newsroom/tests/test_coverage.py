"""Which articles use a wire item or its story cluster, and what a new item adds to a story."""

from __future__ import annotations

import pytest

from newsdesk.newsroom import coverage
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_cluster, make_wire_item

pytestmark = pytest.mark.django_db


def test_it_maps_items_and_clusters_to_the_articles_using_them():
    used, sibling, lonely = make_wire_item(), make_wire_item(), make_wire_item()
    cluster = make_cluster(used, sibling)
    article = make_article()
    article.wire_items.set([used])

    assert coverage.articles_by_item([used.pk, sibling.pk, lonely.pk]) == {used.pk: [article]}
    assert coverage.articles_by_cluster([cluster.pk]) == {cluster.pk: [article]}


def test_it_finds_live_articles_covering_an_item_of_the_same_cluster_but_not_drafts():
    used, sibling = make_wire_item(), make_wire_item(agency="Second Agency")
    make_cluster(used, sibling)
    live = make_article()
    live.wire_items.set([used])
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    draft.wire_items.set([used])

    assert coverage.live_articles_covering([sibling]) == [live]
    assert coverage.live_articles_covering([make_wire_item()]) == []


def test_it_lists_only_the_sentences_the_story_lacks():
    article = make_article(body="<p>Floods cut the water supply on Monday.</p>")
    item = make_wire_item(body_html="<p>Floods cut the water supply on Monday. Two people died. Repairs begin.</p>")

    assert coverage.new_in_item(article, item) == ["Two people died.", "Repairs begin."]
