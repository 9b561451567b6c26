"""What every public page shows around its content: navigation, side columns, footer.

Both parts are cached and rebuilt on change (see ``signals``), so a page's own
content is the only thing it queries for.
"""

from __future__ import annotations

import dataclasses

from django.conf import settings
from django.core.cache import cache

from newsdesk.metrics.services import trending
from newsdesk.newsroom.models import Article
from newsdesk.site.models import ConnectLink, StaticPage
from newsdesk.taxonomy.models import Edition, Sector

NAV_KEY = "site:nav:v1"
SIDEBAR_KEY = "site:sidebar:v1"
SIDEBAR_LIST_SIZE = 5


@dataclasses.dataclass(frozen=True)
class Navigation:
    sectors: list[Sector]
    editions: list[Edition]
    footer_pages: list[StaticPage]
    connect_links: list[ConnectLink]


@dataclasses.dataclass(frozen=True)
class Sidebar:
    trending: list[Article]
    views: list[Article]  # opinion, blog and interview
    shots: list[Article]
    latest: list[Article]


def navigation() -> Navigation:
    nav = cache.get(NAV_KEY)
    if nav is None:
        nav = Navigation(
            sectors=list(Sector.objects.all()),
            editions=list(Edition.objects.all()),
            footer_pages=list(StaticPage.objects.filter(in_footer=True).only("slug", "title")),
            connect_links=list(ConnectLink.objects.all()),
        )
        cache.set(NAV_KEY, nav, 3600)
    return nav


def sidebar() -> Sidebar:
    bar = cache.get(SIDEBAR_KEY)
    if bar is None:
        listing = Article.objects.live().for_listing()
        views_kinds = [Article.Kind.OPINION, Article.Kind.BLOG, Article.Kind.INTERVIEW]
        bar = Sidebar(
            trending=list(trending()),
            views=list(listing.filter(kind__in=views_kinds).prefetch_related("authors")[:SIDEBAR_LIST_SIZE]),
            shots=list(listing.filter(kind=Article.Kind.SHOT)[:SIDEBAR_LIST_SIZE]),
            latest=list(listing.filter(kind=Article.Kind.NEWS)[:SIDEBAR_LIST_SIZE]),
        )
        cache.set(SIDEBAR_KEY, bar, settings.NEWSDESK_SIDEBAR_CACHE_SECONDS)
    return bar


def forget_navigation() -> None:
    cache.delete(NAV_KEY)


def forget_sidebar() -> None:
    cache.delete(SIDEBAR_KEY)
