"""The cached page chrome is dropped after the writer commits, never inside its transaction."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import transaction

from newsdesk.newsroom.tests.factories import make_article
from newsdesk.site.chrome import NAV_KEY, SIDEBAR_KEY, navigation, sidebar
from newsdesk.taxonomy.models import Sector

STALE = "state a concurrent reader cached before the commit"


@pytest.mark.django_db(transaction=True)
def test_it_forgets_the_sidebar_after_a_concurrent_reader_recached_it_mid_transaction() -> None:
    article = make_article(headline="Floods close the coast road")
    sidebar()
    with transaction.atomic():
        article.withdraw("Agency kill")
        # A reader in another connection still sees the story live and caches
        # that sidebar while the writer's transaction is open.
        cache.set(SIDEBAR_KEY, STALE)
    assert cache.get(SIDEBAR_KEY) is None
    assert article not in sidebar().latest


@pytest.mark.django_db(transaction=True)
def test_it_forgets_the_navigation_after_a_concurrent_reader_recached_it_mid_transaction() -> None:
    navigation()
    with transaction.atomic():
        sector = Sector.objects.get(slug="wash")
        sector.name = "Water"
        sector.save()
        cache.set(NAV_KEY, STALE)
    assert cache.get(NAV_KEY) is None
    assert "Water" in [s.name for s in navigation().sectors]


@pytest.mark.django_db(transaction=True)
def test_it_keeps_the_cache_when_the_writer_rolls_back() -> None:
    article = make_article()
    sidebar()
    with pytest.raises(RuntimeError), transaction.atomic():
        article.withdraw("Agency kill")
        raise RuntimeError("rolled back")
    assert cache.get(SIDEBAR_KEY) is not None
