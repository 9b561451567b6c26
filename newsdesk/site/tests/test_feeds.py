from __future__ import annotations

import json

import feedparser
import pytest
from django.test import Client

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_image
from newsdesk.taxonomy.models import Edition, Sector, Tag

pytestmark = pytest.mark.django_db


def parse(client: Client, path: str) -> feedparser.FeedParserDict:
    response = client.get(path)
    assert response.status_code == 200, path
    if path.endswith(".json"):
        # feedparser 6.0 reads no JSON Feed: check the required members and
        # present the items the way feedparser would.
        data = json.loads(response.content)
        assert data["version"] == "https://jsonfeed.org/version/1.1" and data["title"]
        assert all(item["id"] and (item.get("content_text") or item.get("content_html")) for item in data["items"])
        entries = [
            feedparser.FeedParserDict(title=item["title"], link=item["url"], id=item["id"], summary=item["summary"],
                                      updated=item["date_modified"], tags=[])
            for item in data["items"]
        ]  # fmt: skip
        return feedparser.FeedParserDict(entries=entries, bozo=0)
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, (path, parsed.get("bozo_exception"))
    return parsed


@pytest.mark.parametrize("fmt", ["rss", "atom", "json"])
def test_it_publishes_the_latest_stories_in_every_format(client: Client, fmt: str) -> None:
    image = make_image(credit="Photo Agency", caption="Flooded fields")
    article = make_article(headline="Rivers rise", standfirst="A long standfirst " * 20, image=image)
    article.tags.add(Tag.for_name("Floods"))
    make_article(headline="Withdrawn story").withdraw("legal")

    parsed = parse(client, f"/feeds/latest.{fmt}")

    [entry] = [e for e in parsed.entries if e.title == "Rivers rise"]
    assert "Withdrawn story" not in [e.title for e in parsed.entries]
    assert entry.link == f"https://news.example.org{article.get_absolute_url()}"
    assert entry.id == f"https://news.example.org/a/{article.pk}/"
    assert entry.summary == article.standfirst
    assert {"WASH", "News", "Floods"} <= {t.term for t in entry.tags} or fmt == "json"
    assert entry.get("updated") or entry.get("published")


def test_it_keeps_the_guid_when_the_headline_changes(client: Client) -> None:
    article = make_article(headline="First headline")
    before = parse(client, "/feeds/latest.rss").entries[0].id
    article.headline = "Second headline"
    article.slug = "second-headline"
    article.save()

    assert parse(client, "/feeds/latest.rss").entries[0].id == before


def test_it_carries_the_image_as_an_enclosure_with_its_credit(client: Client) -> None:
    make_article(headline="Pictured", image=make_image(credit="Photo Agency"))

    rss = client.get("/feeds/latest.rss").content.decode()
    entry = parse(client, "/feeds/latest.rss").entries[0]

    assert entry.enclosures[0].type == "image/jpeg"
    assert "<media:credit>Photo Agency</media:credit>" in rss
    assert entry.media_credit[0]["content"] == "Photo Agency"


def test_it_publishes_a_json_feed_1_1(client: Client) -> None:
    make_article(headline="Json story", image=make_image(credit="Photo Agency"))

    response = client.get("/feeds/latest.json")
    data = json.loads(response.content)

    assert response["Content-Type"].startswith("application/feed+json")
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    item = data["items"][0]
    assert item["title"] == "Json story" and item["id"].endswith(f"/a/{Article.objects.get().pk}/")
    assert item["_newsdesk"]["image_credit"] == "Photo Agency"
    assert item["attachments"][0]["mime_type"] == "image/jpeg"


@pytest.mark.parametrize("fmt", ["rss", "atom", "json"])
def test_it_publishes_a_feed_per_sector_edition_tag_and_kind(client: Client, fmt: str) -> None:
    health = Sector.objects.get(slug="health")
    pacific = Edition.objects.get(slug="pacific")
    tag = Tag.for_name("Malaria")
    make_article(headline="Health story", sector=health, editions=[pacific]).tags.add(tag)
    make_article(headline="Opinion story", kind=Article.Kind.OPINION)

    def titles(path: str) -> list[str]:
        return [entry.title for entry in parse(client, path).entries]

    assert titles(f"/feeds/sector/health.{fmt}") == ["Health story"]
    assert titles(f"/feeds/edition/pacific.{fmt}") == ["Health story"]
    assert set(titles(f"/feeds/edition/global.{fmt}")) == {"Health story", "Opinion story"}
    assert titles(f"/feeds/tag/malaria.{fmt}") == ["Health story"]
    assert titles(f"/feeds/kind/opinion.{fmt}") == ["Opinion story"]
    assert titles(f"/feeds/kind/views.{fmt}") == ["Opinion story"]


def test_it_answers_404_for_unknown_feeds(client: Client) -> None:
    assert client.get("/feeds/sector/nope.rss").status_code == 404
    assert client.get("/feeds/kind/nope.atom").status_code == 404
    assert client.get("/feeds/latest.xml").status_code == 404


def test_it_links_feeds_from_every_page_head_and_the_footer(client: Client) -> None:
    make_article(headline="Linked")

    home = client.get("/").content.decode()
    sector = client.get("/sector/wash/").content.decode()
    feeds_page = client.get("/feeds/").content.decode()

    head = home.split("</head>", 1)[0]
    assert 'type="application/rss+xml"' in head and 'href="/feeds/latest.rss"' in head
    assert 'href="/feeds/latest.atom"' in head and 'href="/feeds/latest.json"' in head
    assert 'href="/feeds/sector/wash.rss"' in sector.split("</head>", 1)[0]
    assert 'href="/feeds/"' in home.split("<footer", 1)[1]
    assert 'href="/feeds/sector/wash.atom"' in feeds_page and 'href="/feeds/kind/opinion.json"' in feeds_page
