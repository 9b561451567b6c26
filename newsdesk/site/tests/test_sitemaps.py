from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from lxml import etree

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_image
from newsdesk.taxonomy.models import Tag

pytestmark = pytest.mark.django_db

# Tests may read the shared schemas; the product never does.
XSD_DIR = Path(settings.BASE_DIR).parent / "shared" / "samples" / "xsd"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
    "image": "http://www.google.com/schemas/sitemap-image/1.1",
}


class _LocalSchemas(etree.Resolver):
    """Serve every schema import from XSD_DIR, never from the network."""

    def resolve(self, url: str | None, pubid: str | None, context: object) -> object:
        return self.resolve_filename(str(XSD_DIR / Path(url or "").name), context)


def schema_for(root: str) -> etree.XMLSchema:
    core = "siteindex.xsd" if root == "sitemapindex" else "sitemap.xsd"
    wrapper = f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="{core}"/>
      <xs:import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="sitemap-news.xsd"/>
      <xs:import namespace="http://www.google.com/schemas/sitemap-image/1.1" schemaLocation="sitemap-image.xsd"/>
      <xs:import namespace="http://www.google.com/schemas/sitemap-video/1.1" schemaLocation="sitemap-video.xsd"/>
      <xs:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="xhtml-strict.xsd"/>
    </xs:schema>"""
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalSchemas())
    return etree.XMLSchema(etree.fromstring(wrapper.encode(), parser, base_url=f"{XSD_DIR}/"))


def valid_document(client: Client, path: str) -> etree._Element:
    response = client.get(path)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/xml")
    document = etree.fromstring(response.content)
    schema = schema_for(etree.QName(document).localname)
    assert schema.validate(document), (path, str(schema.error_log))
    return document


def test_it_lists_every_section_in_a_valid_index(client: Client) -> None:
    make_article(headline="Any story")

    index = valid_document(client, "/sitemap.xml")

    locations = index.xpath("//sm:loc/text()", namespaces=NS)
    assert "https://news.example.org/sitemap-google-news.xml" in locations
    assert "https://news.example.org/sitemap-news.xml" in locations
    assert "https://news.example.org/sitemap-opinion.xml" not in locations  # nothing in it yet


def test_it_lists_live_articles_of_a_kind_with_their_images(client: Client) -> None:
    article = make_article(headline="Pictured", image=make_image())
    make_article(headline="Opinion", kind=Article.Kind.OPINION)
    make_article(headline="Withdrawn").withdraw("legal")

    urlset = valid_document(client, "/sitemap-google-news.xml")
    news = valid_document(client, f"/sitemap-{Article.Kind.NEWS}.xml")

    locations = news.xpath("//sm:loc/text()", namespaces=NS)
    assert locations == [f"https://news.example.org{article.get_absolute_url()}"]
    assert news.xpath("//image:image/image:loc/text()", namespaces=NS)[0].startswith("https://news.example.org/media/")
    assert len(urlset.xpath("//sm:url", namespaces=NS)) == 2


def test_it_puts_only_the_last_48_hours_in_the_news_sitemap(client: Client) -> None:
    fresh = make_article(headline="Fresh & new", published_at=timezone.now() - dt.timedelta(hours=3))
    fresh.tags.add(Tag.for_name("Water"), Tag.for_name("Rivers"))
    make_article(headline="Opinion piece", kind=Article.Kind.OPINION)
    make_article(headline="Stale", published_at=timezone.now() - dt.timedelta(hours=49))

    document = valid_document(client, "/sitemap-google-news.xml")

    titles = document.xpath("//news:title/text()", namespaces=NS)
    assert sorted(titles) == ["Fresh & new", "Opinion piece"]
    assert document.xpath("//news:publication/news:name/text()", namespaces=NS) == ["Newsdesk", "Newsdesk"]
    assert document.xpath("//news:language/text()", namespaces=NS)[0] == "en"
    assert "Rivers, Water" in document.xpath("//news:keywords/text()", namespaces=NS)
    assert document.xpath("//news:genres/text()", namespaces=NS) == ["Opinion"]


def test_it_keeps_an_empty_newsroom_valid(client: Client) -> None:
    index = valid_document(client, "/sitemap.xml")

    assert index.xpath("//sm:loc/text()", namespaces=NS) == ["https://news.example.org/sitemap-sections.xml"]
    valid_document(client, "/sitemap-sections.xml")
    assert client.get("/sitemap-google-news.xml").status_code == 404
    assert client.get("/sitemap-nope.xml").status_code == 404


def test_it_points_robots_to_the_sitemaps(client: Client) -> None:
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: https://news.example.org/sitemap.xml" in body
    assert "Sitemap: https://news.example.org/sitemap-google-news.xml" in body
