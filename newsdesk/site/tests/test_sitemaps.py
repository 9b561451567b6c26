from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_image
from newsdesk.site import sitemaps
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


SITE = "https://news.example.org"


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


def when(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def index_entries(client: Client) -> dict[str, dt.datetime | None]:
    """Each sitemap the index lists -> its lastmod."""
    index = valid_document(client, "/sitemap.xml")
    return {
        entry.findtext("sm:loc", namespaces=NS): when(entry.findtext("sm:lastmod", namespaces=NS))
        for entry in index.iterfind("sm:sitemap", namespaces=NS)
    }


def month_path(article: Article) -> str:
    assert article.published_at is not None
    return f"/sitemap-{article.kind}-{article.published_at.astimezone(dt.UTC):%Y-%m}.xml"


def test_it_lists_every_section_in_a_valid_index(client: Client) -> None:
    article = make_article(headline="Any story")

    locations = index_entries(client)

    assert f"{SITE}/sitemap-sections.xml" in locations
    assert f"{SITE}/sitemap-google-news.xml" in locations
    assert f"{SITE}{month_path(article)}" in locations
    assert not any("sitemap-opinion-" in location for location in locations)  # nothing in it yet


def test_it_lists_one_sitemap_per_kind_and_utc_month(client: Client) -> None:
    # 23:30 UTC on 31 January is already February in Kolkata: the UTC month counts.
    late_january = make_article(published_at=utc(2026, 1, 31, 23, 30), updated_at=utc(2026, 3, 2, 8, 0))
    early_january = make_article(published_at=utc(2026, 1, 2, 9, 0), updated_at=utc(2026, 1, 2, 9, 0))
    march = make_article(published_at=utc(2026, 3, 1, 0, 0), updated_at=utc(2026, 3, 1, 0, 0))
    opinion = make_article(kind=Article.Kind.OPINION, published_at=utc(2026, 1, 5), updated_at=utc(2026, 1, 6))

    entries = index_entries(client)
    january = valid_document(client, "/sitemap-news-2026-01.xml")

    months = {location: lastmod for location, lastmod in entries.items() if "-2026-" in location}
    assert months == {
        f"{SITE}/sitemap-news-2026-01.xml": utc(2026, 3, 2, 8, 0),  # the newest updated_at of the month
        f"{SITE}/sitemap-news-2026-03.xml": utc(2026, 3, 1, 0, 0),
        f"{SITE}/sitemap-opinion-2026-01.xml": utc(2026, 1, 6),
    }
    assert january.xpath("//sm:loc/text()", namespaces=NS) == [
        f"{SITE}{early_january.get_absolute_url()}",
        f"{SITE}{late_january.get_absolute_url()}",
    ]
    lastmods = [when(text) for text in january.xpath("//sm:lastmod/text()", namespaces=NS)]
    assert lastmods == [utc(2026, 1, 2, 9, 0), utc(2026, 3, 2, 8, 0)]
    assert valid_document(client, month_path(march)).xpath("//sm:loc/text()", namespaces=NS) == [
        f"{SITE}{march.get_absolute_url()}"
    ]
    assert valid_document(client, month_path(opinion)).xpath("count(//sm:url)", namespaces=NS) == 1


def test_it_leaves_empty_months_out_and_answers_404_for_them(client: Client) -> None:
    make_article(published_at=utc(2026, 1, 10))
    make_article(published_at=utc(2026, 3, 10))
    make_article(published_at=utc(2026, 2, 10)).withdraw("legal")  # February's only story
    make_article(status=Article.Status.DRAFT, published_at=None)
    make_article(published_at=timezone.now() + dt.timedelta(days=40))  # scheduled, not yet live

    entries = index_entries(client)

    assert f"{SITE}/sitemap-news-2026-01.xml" in entries and f"{SITE}/sitemap-news-2026-03.xml" in entries
    assert not any("-2026-02" in location for location in entries)
    assert len([location for location in entries if "sitemap-news-" in location]) == 2
    for path in ("/sitemap-news-2026-02.xml", "/sitemap-opinion-2026-01.xml", "/sitemap-news-2026-13.xml",
                 "/sitemap-news-26-01.xml", "/sitemap-nope-2026-01.xml", "/sitemap-news-2026-1x.xml"):  # fmt: skip
        assert client.get(path).status_code == 404, path


def test_it_never_lists_a_withdrawn_article(client: Client) -> None:
    kept = make_article(headline="Kept", published_at=utc(2026, 4, 1, 12))
    withdrawn = make_article(headline="Withdrawn", published_at=utc(2026, 4, 2, 12))
    withdrawn.withdraw("legal")
    fresh_withdrawn = make_article(headline="Fresh but withdrawn")
    fresh_withdrawn.withdraw("legal")

    april = valid_document(client, "/sitemap-news-2026-04.xml")
    news = client.get("/sitemap-google-news.xml")
    every_url = "".join(client.get(location.removeprefix(SITE)).content.decode() for location in index_entries(client))

    assert april.xpath("//sm:loc/text()", namespaces=NS) == [f"{SITE}{kept.get_absolute_url()}"]
    assert news.status_code == 404  # nothing live in the last 48 hours
    assert withdrawn.get_absolute_url() not in every_url
    assert fresh_withdrawn.get_absolute_url() not in every_url


def test_it_splits_a_month_past_the_url_limit(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sitemaps.MonthSitemap, "limit", 2)
    articles = [make_article(published_at=utc(2026, 5, day)) for day in (1, 2, 3, 4, 5)]

    entries = index_entries(client)
    pages = [valid_document(client, f"/sitemap-news-2026-05.xml?p={page}") for page in (1, 2, 3)]

    may = [location for location in entries if "-2026-05" in location]
    assert may == [f"{SITE}/sitemap-news-2026-05.xml", f"{SITE}/sitemap-news-2026-05.xml?p=2",
                   f"{SITE}/sitemap-news-2026-05.xml?p=3"]  # fmt: skip
    listed = [location for page in pages for location in page.xpath("//sm:loc/text()", namespaces=NS)]
    assert listed == [f"{SITE}{article.get_absolute_url()}" for article in articles]
    assert client.get("/sitemap-news-2026-05.xml?p=4").status_code == 404


def test_it_builds_the_index_and_each_month_in_a_fixed_number_of_queries(
    client: Client, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    def queries(path: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(path).status_code == 200, path
        return len(captured)

    make_article(published_at=utc(2025, 12, 1))
    make_article()
    one_month = queries("/sitemap.xml")
    one_article = queries("/sitemap-news-2025-12.xml")
    with django_capture_on_commit_callbacks(execute=True):  # as after a real commit: cached months dropped
        for month in range(1, 13):
            for kind in (Article.Kind.NEWS, Article.Kind.OPINION, Article.Kind.BLOG):
                make_article(kind=kind, published_at=utc(2025, month, 15))
        make_article(published_at=utc(2025, 1, 2), image=make_image())
        make_article(published_at=utc(2025, 1, 3), image=make_image())

    assert queries("/sitemap.xml") == one_month <= 3  # one aggregate for every past month, one for this one
    assert len(index_entries(client)) == 2 + 12 * 3 + 1  # sections, Google News, the months
    assert queries("/sitemap.xml") == one_month - 1  # past months from the cache until an article changes
    assert queries("/sitemap-news-2025-01.xml") == one_article


def test_it_lists_live_articles_of_a_kind_with_their_images(client: Client) -> None:
    article = make_article(headline="Pictured", image=make_image())
    make_article(headline="Opinion", kind=Article.Kind.OPINION)
    make_article(headline="Withdrawn", published_at=article.published_at).withdraw("legal")

    urlset = valid_document(client, "/sitemap-google-news.xml")
    news = valid_document(client, month_path(article))

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
