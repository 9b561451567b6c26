"""Each shareable page names what it shows in its xkey header."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def keys_of(client: Client, url: str) -> set[str]:
    response = client.get(url)
    assert response.status_code in (200, 404, 410), (url, response.status_code)
    return set(response.get("xkey", "").split())


def test_it_names_the_article_its_sector_and_the_page_chrome_on_an_article_page(client: Client) -> None:
    article = make_article()

    assert {f"article-{article.pk}", "related-wash", "nav", "sidebar", "site"} <= keys_of(
        client, article.get_absolute_url()
    )


def test_it_names_each_list_page_after_its_list(client: Client) -> None:
    make_article()

    assert "home" in keys_of(client, "/")
    assert "sector-wash" in keys_of(client, "/sector/wash/")
    assert "kinds" in keys_of(client, "/opinion/")
    assert "search" in keys_of(client, "/search/?q=water")
    assert "sitemaps" in keys_of(client, "/sitemap.xml")


def test_it_names_a_feed_after_its_list(client: Client) -> None:
    make_article()

    assert {"feeds", "sector-wash", "site"} <= keys_of(client, "/feeds/sector/wash.rss")
    assert {"feeds", "latest"} <= keys_of(client, "/feeds/latest.rss")
    # A feed is not an HTML page: no menus or side columns in it.
    assert "sidebar" not in keys_of(client, "/feeds/latest.atom")


def test_it_names_a_withdrawn_story_on_its_410_page(client: Client) -> None:
    article = make_article()
    article.withdraw("Legal")

    assert f"article-{article.pk}" in keys_of(client, article.get_absolute_url())


def test_it_gives_no_keys_to_a_logged_in_page(client: Client) -> None:
    article = make_article()
    client.force_login(make_user("Editor"))

    assert "xkey" not in client.get(article.get_absolute_url())
