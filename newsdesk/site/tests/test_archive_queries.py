"""Every public page costs the same number of queries at 10 and at 60 articles.

A count that grows with the archive is what makes a page slow at 1,000,000 stories
(``make bench`` measures the times); lists have their own test in test_list_views.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article
from newsdesk.taxonomy.models import Edition, Tag

pytestmark = pytest.mark.django_db


def grow(total: int, water: Tag) -> Article:
    """Stories spread over several months and kinds, all in one edition and tag; returns the newest."""
    pacific = Edition.objects.get(slug="pacific")
    kinds = [Article.Kind.NEWS, Article.Kind.NEWS, Article.Kind.OPINION, Article.Kind.SHOT]
    newest = Article.objects.order_by("-published_at").first()
    while Article.objects.count() < total:
        n = Article.objects.count()
        at = timezone.now() - dt.timedelta(days=7 * (total - n))
        newest = make_article(kind=kinds[n % len(kinds)], created_at=at, editions=[pacific])
        newest.tags.add(water)
    assert newest is not None
    return newest


def queries_for(client: Client, path: str) -> int:
    client.get(path)  # warm the cached chrome
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200, path
    return len(queries)


PATHS: dict[str, Callable[[Article], str]] = {
    "article": lambda article: article.get_absolute_url(),
    "feed latest": lambda article: "/feeds/latest.rss",
    "feed tag": lambda article: "/feeds/tag/water.rss",
    "feed edition": lambda article: "/feeds/edition/pacific.atom",
    "sitemap index": lambda article: "/sitemap.xml",
    "search": lambda article: "/search/?q=ministers",
}


@pytest.mark.parametrize("page", list(PATHS))
def test_it_renders_in_the_same_number_of_queries_at_10_and_60_articles(client: Client, page: str) -> None:
    water = Tag.for_name("Water")
    small = queries_for(client, PATHS[page](grow(10, water)))

    large = queries_for(client, PATHS[page](grow(60, water)))

    assert small == large
