"""Every change to a story purges the keys of the pages that show it, after commit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.test import override_settings

from newsdesk.frontcache.tests.recorder import Purges, purge_recorder
from newsdesk.metrics.signals import trending_refreshed
from newsdesk.newsroom.models import Article, Correction, FrontPick
from newsdesk.newsroom.services import withdraw_articles_built_on
from newsdesk.newsroom.tests.factories import make_article, make_wire_item
from newsdesk.taxonomy.models import Edition, Sector, Tag

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def purges() -> Iterator[Purges]:
    with purge_recorder() as recorded, override_settings(NEWSDESK_FRONTCACHE_URL=[recorded.url]):
        yield recorded


def test_it_purges_the_story_and_every_list_it_is_on_when_published(purges: Purges) -> None:
    edition = Edition.objects.filter(is_global=False).first()
    assert edition is not None
    article = make_article(status=Article.Status.DRAFT, editions=[edition])
    article.tags.add(Tag.for_name("Drought"))
    purges.received.clear()

    article.publish()

    hard = purges.hard()
    assert {f"article-{article.pk}", "home", "sector-wash", f"edition-{edition.slug}", "tag-drought"} <= hard
    assert {"kinds", "latest", "sitemaps", "search"} <= hard
    global_slugs = set(Edition.objects.filter(is_global=True).values_list("slug", flat=True))
    assert {f"edition-{slug}" for slug in global_slugs} <= hard
    # Side columns on other pages gain the story softly (served once more while refetched).
    assert {"sidebar", "related-wash"} <= purges.soft()


def test_it_purges_the_side_columns_hard_when_a_wire_kill_withdraws_a_story(purges: Purges) -> None:
    item = make_wire_item()
    article = make_article()
    article.wire_items.add(item)
    purges.received.clear()

    assert withdraw_articles_built_on(item) == 1

    assert {f"article-{article.pk}", "home", "sector-wash", "sidebar", "related-wash"} <= purges.hard()


def test_it_purges_the_story_when_a_correction_is_added(purges: Purges) -> None:
    article = make_article()
    purges.received.clear()

    Correction.objects.create(article=article, text="An earlier version misnamed the river.")

    assert f"article-{article.pk}" in purges.hard()


def test_it_purges_the_old_sector_when_a_story_moves(purges: Purges) -> None:
    article = make_article()
    purges.received.clear()

    article.sector = Sector.objects.exclude(slug="wash").first()  # type: ignore[assignment]
    article.save()

    assert {"sector-wash", f"sector-{article.sector.slug}", f"article-{article.pk}"} <= purges.hard()


def test_it_purges_a_tag_list_when_a_story_loses_the_tag(purges: Purges) -> None:
    article = make_article()
    tag = Tag.for_name("Floods")
    article.tags.add(tag)
    purges.received.clear()

    article.tags.remove(tag)

    assert {f"article-{article.pk}", "tag-floods"} <= purges.hard()


def test_it_purges_everything_when_a_sector_is_renamed(purges: Purges) -> None:
    sector = Sector.objects.get(slug="wash")
    sector.name = "Water"
    sector.save()

    assert "site" in purges.hard()


def test_it_purges_the_side_columns_softly_when_trending_is_refreshed(purges: Purges) -> None:
    trending_refreshed.send(sender=None, views=12)

    assert purges.soft() == {"sidebar"}
    assert purges.hard() == set()


def test_it_purges_a_front_when_an_editor_picks_moves_or_drops_a_story_on_it(purges: Purges) -> None:
    article = make_article()
    purges.received.clear()

    pick = FrontPick.objects.create(zone="home", position=0, article=article)
    assert "home" in purges.hard()

    purges.received.clear()
    pick.zone = "sector:wash"
    pick.save()
    assert {"home", "sector-wash"} <= purges.hard()

    purges.received.clear()
    pick.delete()
    assert "sector-wash" in purges.hard()
