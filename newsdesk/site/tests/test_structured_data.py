from __future__ import annotations

import json
import re
from types import SimpleNamespace
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.provenance import DigitalSourceType
from newsdesk.newsroom.tests.factories import make_article, make_author, make_image
from newsdesk.site.structured_data import article_jsonld, correction_notes
from newsdesk.taxonomy.models import Tag

pytestmark = pytest.mark.django_db

BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/120"}


def jsonld_of(html: str) -> list[dict[str, Any]]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def meta_of(html: str) -> dict[str, str]:
    head = html.split("</head>", 1)[0]
    return dict(re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)"', head))


def test_it_describes_an_article_as_a_news_article(client: Client) -> None:
    article = make_article(
        headline="Dam opens </script><script>alert(1)</script>",
        place_label="Portugal",
        agency_attribution="Agency One, Agency Two",
        image=make_image(digital_source_type=DigitalSourceType.TRAINED_ALGORITHMIC, credit="Studio"),
    )
    article.authors.set([make_author(name="Ana Lopes")])
    article.tags.add(Tag.for_name("Dams"))

    html = client.get(article.get_absolute_url(), headers=BROWSER).content.decode()
    [data, crumbs] = jsonld_of(html)

    assert "<script>alert(1)</script>" not in html
    assert data["@type"] == "NewsArticle"
    for key in ("headline", "datePublished", "dateModified", "author", "publisher", "image", "articleSection",
                "mainEntityOfPage", "dateline"):  # fmt: skip
        assert data[key], key
    assert data["dateline"] == "Portugal"
    assert data["author"] == [{"@type": "Person", "name": "Ana Lopes"}]
    assert data["image"]["digitalSourceType"].endswith("/trainedAlgorithmicMedia")
    assert [s["sourceOrganization"]["name"] for s in data["isBasedOn"]] == ["Agency One", "Agency Two"]
    assert crumbs["@type"] == "BreadcrumbList" and len(crumbs["itemListElement"]) == 3


def test_it_gives_link_previews_to_an_article(client: Client) -> None:
    article = make_article(headline="Previewed story", standfirst="What happened.", image=make_image())
    article.tags.add(Tag.for_name("Rivers"))

    html = client.get(article.get_absolute_url(), headers=BROWSER).content.decode()
    meta = meta_of(html)

    url = f"https://news.example.org{article.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert meta["og:type"] == "article" and meta["og:url"] == url
    assert meta["og:title"] == "Previewed story" and meta["og:description"] == "What happened."
    assert meta["og:image"].startswith("https://news.example.org/media/")
    assert meta["article:tag"] == "Rivers"
    assert meta["twitter:card"] == "summary_large_image"


def test_it_describes_list_pages_as_item_lists_with_breadcrumbs(client: Client) -> None:
    first = make_article(headline="First")
    make_article(headline="Second")

    html = client.get("/sector/wash/").content.decode()
    items, crumbs = jsonld_of(html)

    assert items["@type"] == "ItemList"
    assert [i["position"] for i in items["itemListElement"]] == [1, 2]
    assert f"https://news.example.org{first.get_absolute_url()}" in [i["url"] for i in items["itemListElement"]]
    assert [c["name"] for c in crumbs["itemListElement"]] == ["Home", "WASH"]
    assert meta_of(html)["og:type"] == "website"


def test_it_publishes_corrections_when_articles_have_them() -> None:
    assert "correction" not in article_jsonld(make_article(headline="Corrected"))

    when = timezone.now()
    corrected = SimpleNamespace(
        corrections=[SimpleNamespace(text="An earlier version misnamed the minister.", at=when)]
    )

    assert correction_notes(corrected) == [
        {"@type": "CorrectionComment", "text": "An earlier version misnamed the minister.",
         "datePublished": when.isoformat()}
    ]  # fmt: skip


def test_it_calls_opinion_an_opinion_news_article() -> None:
    assert article_jsonld(make_article(kind=Article.Kind.OPINION))["@type"] == "OpinionNewsArticle"


def test_it_cites_the_standing_wire_items_a_story_is_based_on(client: Client) -> None:
    from newsdesk.newsroom.tests.factories import make_wire_item

    article = make_article(agency_attribution="Agency One, Agency Two")
    standing = make_wire_item(agency="Agency One", guid="urn:one:1", links=["https://one.example/story/1"])
    killed = make_wire_item(agency="Agency Two", guid="urn:two:9")
    killed.withdraw("kill")
    article.wire_items.set([standing, killed])

    data = jsonld_of(client.get(article.get_absolute_url(), headers=BROWSER).content.decode())[0]

    assert data["isBasedOn"] == [
        {
            "@type": "CreativeWork",
            "headline": standing.headline,
            "identifier": "urn:one:1",
            "sourceOrganization": {"@type": "NewsMediaOrganization", "name": "Agency One"},
            "url": "https://one.example/story/1",
        }
    ]
