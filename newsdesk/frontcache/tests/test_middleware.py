"""Cache-Control, ETag and 304 on public pages; personal responses never stored."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


@override_settings(NEWSDESK_PAGE_MAX_AGE_SECONDS=30, NEWSDESK_PAGE_SHARED_MAX_AGE_SECONDS=900)
def test_it_lets_shared_caches_keep_an_anonymous_page_without_a_cookie(client: Client) -> None:
    response = client.get("/page/about/")

    assert response.status_code == 200
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=30", "s-maxage=900"}
    assert response.has_header("ETag")
    assert not response.cookies


def test_it_answers_a_conditional_request_with_304(client: Client) -> None:
    etag = client.get("/page/about/")["ETag"]

    response = client.get("/page/about/", headers={"If-None-Match": etag})

    assert response.status_code == 304
    assert response.content == b""


def test_it_keeps_a_logged_in_page_out_of_every_cache(client: Client) -> None:
    article = make_article()
    client.force_login(make_user("Editor"))

    response = client.get(article.get_absolute_url())

    assert response["Cache-Control"] == "private, no-store" or set(response["Cache-Control"].split(", ")) == {
        "private",
        "no-store",
    }


def test_it_keeps_the_desk_and_posts_out_of_every_cache(client: Client) -> None:
    assert "no-store" in client.get("/desk/")["Cache-Control"]
    assert "no-store" in client.post("/page/about/")["Cache-Control"]
