"""The shipped VCL in a real Varnish in front of the application: caching, purges, grace, passes."""

from __future__ import annotations

import http.client
import time
from urllib.parse import urlsplit

import pytest
from django.test import Client

from newsdesk.frontcache.purge import purge_keys
from newsdesk.frontcache.tests.varnish import Relay, Varnish
from newsdesk.newsroom.models import Article, Correction
from newsdesk.newsroom.services import withdraw_articles_built_on
from newsdesk.newsroom.tests.factories import make_article, make_user, make_wire_item

pytestmark = pytest.mark.django_db(transaction=True)


def get(varnish: Varnish, path: str, **headers: str) -> tuple[int, dict[str, str], str]:
    parts = urlsplit(varnish.url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1", **headers})
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        connection.close()


def cached(varnish: Varnish, path: str) -> str:
    """Fetch ``path`` until Varnish answers it from cache; its body."""
    get(varnish, path)
    status, headers, body = get(varnish, path)
    assert (status, headers.get("x-cache")) in ((200, "HIT"),), (path, status, headers)
    return body


def test_it_answers_410_and_drops_the_story_from_its_lists_within_2_s_of_a_wire_kill(varnish: Varnish) -> None:
    item = make_wire_item()
    story = make_article(headline="Dam operator denies report of cracked spillway")
    story.wire_items.add(item)
    lists = ["/", "/sector/wash/", "/news/", "/feeds/latest.rss", "/feeds/sector/wash.atom", "/feeds/kind/news.json"]
    for path in [story.get_absolute_url(), *lists]:
        assert "cracked spillway" in cached(varnish, path), path

    killed_at = time.monotonic()
    assert withdraw_articles_built_on(item) == 1

    status, _, _ = get(varnish, story.get_absolute_url())
    for path in lists:
        assert "cracked spillway" not in get(varnish, path)[2], path
    assert status == 410
    assert time.monotonic() - killed_at < 2.0


def test_it_shows_a_correction_at_once(varnish: Varnish) -> None:
    story = make_article()
    cached(varnish, story.get_absolute_url())

    Correction.objects.create(article=story, text="An earlier version gave the wrong river basin.")

    status, headers, body = get(varnish, story.get_absolute_url())
    assert status == 200
    assert headers["x-cache"] == "MISS"
    assert "wrong river basin" in body


def test_it_never_keeps_an_editors_logged_in_view(varnish: Varnish) -> None:
    story = make_article(status=Article.Status.PUBLISHED)
    client = Client()
    # A staff account (transactional tests run without the desk groups the migrations create).
    client.force_login(make_user(is_superuser=True))
    session = client.cookies["sessionid"].value

    for _ in range(2):
        status, headers, _ = get(varnish, story.get_absolute_url(), Cookie=f"sessionid={session}")
        assert status == 200
        assert headers["x-cache"] == "MISS"
        assert "no-store" in headers["cache-control"]
    # The reader after the editor gets a page rendered for readers, not the editor's copy.
    assert get(varnish, story.get_absolute_url())[1]["x-cache"] == "MISS"


def test_it_shares_one_cache_object_across_tracking_parameters(varnish: Varnish) -> None:
    story = make_article()
    url = story.get_absolute_url()

    assert get(varnish, f"{url}?utm_source=newsletter&utm_medium=email")[1]["x-cache"] == "MISS"

    for variant in (url, f"{url}?fbclid=abc", f"{url}?gclid=x&utm_campaign=launch"):
        assert get(varnish, variant)[1]["x-cache"] == "HIT", variant


def test_it_serves_the_stale_page_while_the_application_is_down(varnish: Varnish, relay: Relay) -> None:
    story = make_article(headline="Reservoir levels rise after a week of rain")
    cached(varnish, story.get_absolute_url())

    relay.stop()
    purge_keys(f"article-{story.pk}", soft=True)  # expired, as when its lifetime runs out
    time.sleep(1)

    for _ in range(2):
        status, _, body = get(varnish, story.get_absolute_url())
        assert status == 200
        assert "Reservoir levels rise" in body


def test_it_refuses_a_purge_naming_no_key_and_passes_the_beacon(varnish: Varnish) -> None:
    # A purge naming no key is refused, not turned into a purge of the URL.
    parts = urlsplit(varnish.url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    connection.request("PURGE", "/")
    assert connection.getresponse().status == 400
    connection.close()
    story = make_article()

    for _ in range(2):
        headers = get(varnish, f"/beacon/view/{story.pk}.gif")[1]
        assert headers.get("x-cache") == "MISS"
