"""Surrogate keys: the names a page carries for what it shows, and a change purges.

Kept in one module so the page side (``keys_for_request``) and the purge side
(``newsdesk.frontcache.signals``) cannot drift apart. Keys use slugs and ids,
which contain no spaces (vmod_xkey splits on spaces and commas).

| key | carried by |
| --- | --- |
| ``site`` | every cached response (a purge of everything) |
| ``nav`` | every HTML page: sector and edition menus, footer pages, connect links |
| ``sidebar`` | every HTML page: Trending, Opinion / Blog / Interview, Shots, Latest News |
| ``article-<id>`` | the article page, its short link and its 410 page |
| ``related-<sector>`` | article pages of the sector (their "more in the sector" list) |
| ``home`` | the home page |
| ``sector-<slug>``, ``edition-<slug>``, ``tag-<slug>`` | the list page and its feeds |
| ``kinds`` | every kind page (/news/, /opinion/, ...) and its feeds |
| ``latest`` | the latest feeds |
| ``feeds`` | every feed and the feeds index |
| ``sitemaps`` | sitemap index and sections |
| ``search`` | search result pages |
| ``page-<slug>`` | a static page |
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

SITE = "site"
NAV = "nav"
SIDEBAR = "sidebar"
# Trending lives in the side columns; a refresh purges this key (softly).
TRENDING = SIDEBAR
HOME = "home"
KINDS = "kinds"
LATEST = "latest"
FEEDS = "feeds"
SITEMAPS = "sitemaps"
SEARCH = "search"


def article(pk: int | str) -> str:
    return f"article-{pk}"


def related(sector_slug: str) -> str:
    return f"related-{sector_slug}"


def sector(slug: str) -> str:
    return f"sector-{slug}"


def edition(slug: str) -> str:
    return f"edition-{slug}"


def tag(slug: str) -> str:
    return f"tag-{slug}"


def page(slug: str) -> str:
    return f"page-{slug}"


_SCOPE_KEYS = {"sector": sector, "edition": edition, "tag": tag}


def keys_for_request(request: HttpRequest, response: HttpResponse) -> list[str]:
    """The keys of a shareable response, read from the route that answered it.

    The route's name and arguments say which page this is; nothing is queried.
    An unrouted path (a 404) carries only ``site`` and the HTML keys, and
    expires with its shared lifetime.
    """
    found = [SITE]
    if response.get("Content-Type", "").startswith("text/html"):
        found += [NAV, SIDEBAR]
    match = request.resolver_match
    if match is None:
        return found
    name, kwargs = match.view_name, match.kwargs
    if name in ("site:article", "site:article-short"):
        found.append(article(kwargs["pk"]))
        if "sector" in kwargs:
            found.append(related(kwargs["sector"]))
    elif name == "site:home":
        found.append(HOME)
    elif name in ("site:sector", "site:edition", "site:tag"):
        found.append(_SCOPE_KEYS[name.removeprefix("site:")](kwargs["slug"]))
    elif name == "site:kind":
        found.append(KINDS)
    elif name == "site:search":
        found.append(SEARCH)
    elif name == "site:page":
        found.append(page(kwargs["slug"]))
    elif name in ("site:feed", "site:feed-latest", "site:feeds"):
        found.append(FEEDS)
        scope = kwargs.get("scope")
        if scope == "latest":
            found.append(LATEST)
        elif scope == "kind":
            found.append(KINDS)
        elif scope in _SCOPE_KEYS:
            found.append(_SCOPE_KEYS[scope](kwargs["slug"]))
    elif name in ("sitemap-index", "sitemap-section"):
        found.append(SITEMAPS)
    return found
