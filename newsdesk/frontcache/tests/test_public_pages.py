"""Issue 10 point 1 end to end: every anonymous public page type can be shared by a front cache.

Each page: no cookie set, no Vary on Cookie, an explicit shared lifetime, a
validator, and a 304 for a conditional GET. Personal pages: private, no-store.
"""

from __future__ import annotations

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_user
from newsdesk.taxonomy.models import Edition, Tag

pytestmark = pytest.mark.django_db

PAGES = [
    "article",
    "/",
    "/sector/wash/",
    "edition",
    "/news/",
    "/views/",
    "/tag/drought/",
    "/search/?q=water",
    "/search/?q=",
    "/feeds/",
    "/feeds/latest.rss",
    "/feeds/latest.atom",
    "/feeds/latest.json",
    "/feeds/sector/wash.rss",
    "/feeds/tag/drought.atom",
    "/feeds/kind/news.json",
    "/sitemap.xml",
    "/sitemap-google-news.xml",
    "/page/about/",
    "/robots.txt",
    "/newsletter/",
    "/feedback/",
]


@pytest.fixture
def story() -> Article:
    article = make_article(headline="Water ministers agree a drought plan")
    article.tags.add(Tag.for_name("Drought"))
    return article


def url_of(page: str, story: Article) -> str:
    if page == "article":
        return story.get_absolute_url()
    if page == "edition":
        return Edition.objects.order_by("pk").first().get_absolute_url()  # type: ignore[union-attr]
    return page


@pytest.mark.parametrize("page", PAGES)
def test_it_makes_every_anonymous_public_page_shareable(client: Client, story: Article, page: str) -> None:
    url = url_of(page, story)
    # Frozen clock: relative times ("5 minutes ago") must not change the page between the two GETs.
    with time_machine.travel(timezone.now(), tick=False):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
        assert "cookie" not in response.get("Vary", "").lower(), url
        directives = {d.strip() for d in response["Cache-Control"].split(",")}
        assert "public" in directives, url
        assert any(d.startswith("s-maxage=") and int(d.split("=")[1]) > 0 for d in directives), url
        assert response.has_header("ETag") or response.has_header("Last-Modified"), url
        validator = {"If-None-Match": response["ETag"]} if response.has_header("ETag") else {}
        if not validator:
            validator = {"If-Modified-Since": response["Last-Modified"]}
        assert client.get(url, headers=validator).status_code == 304, url


@pytest.mark.parametrize("page", ["article", "/", "/sector/wash/", "/feeds/latest.rss", "/page/about/"])
def test_it_keeps_a_logged_in_view_of_any_page_private(client: Client, story: Article, page: str) -> None:
    client.force_login(make_user("Editor"))

    response = client.get(url_of(page, story))

    assert {d.strip() for d in response["Cache-Control"].split(",")} >= {"private", "no-store"}
    assert "xkey" not in response


def test_it_keeps_a_desk_preview_private(client: Client) -> None:
    draft = make_article(status=Article.Status.DRAFT)
    client.force_login(make_user("Editor"))

    response = client.get(f"/desk/preview/{draft.pk}/")

    assert response.status_code == 200
    assert {d.strip() for d in response["Cache-Control"].split(",")} >= {"private", "no-store"}
