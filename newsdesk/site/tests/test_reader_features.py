"""What readers of news sites expect: bylines with author pages, breadcrumbs, share links
without third-party script, reading time, relative times, and site-format dates in search."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_author
from newsdesk.taxonomy.models import Sector

pytestmark = pytest.mark.django_db
UTC = dt.UTC


def main_of(html: str) -> str:
    """The page's own content, without the side column (which lists the latest stories)."""
    return html[html.index("<main") : html.index("</main>")]


def test_it_links_named_authors_to_their_pages_which_list_their_stories(client: Client) -> None:
    writer = make_author(name="Devika Raman", bio="Writes on water and cities.")
    mine = make_article(kind=Article.Kind.OPINION, headline="Cities must price water fairly", authors=[writer])
    make_article(headline="Someone else's story")

    article_html = client.get(mine.get_absolute_url()).content.decode()
    author_page = client.get("/author/devika-raman/")
    html = main_of(author_page.content.decode())

    assert '<a href="/author/devika-raman/">Devika Raman</a>' in article_html
    assert author_page.status_code == 200
    assert "Cities must price water fairly" in html and "Someone else&#x27;s story" not in html
    assert "Writes on water and cities." in html
    assert client.get("/author/nobody/").status_code == 404


def test_it_shows_authors_on_opinion_lists(client: Client) -> None:
    writer = make_author(name="Chipo Mwansa")
    make_article(kind=Article.Kind.OPINION, headline="Why grids fail", authors=[writer])

    html = client.get("/opinion/").content.decode()

    assert re.search(r'class="card__author"><a href="/author/chipo-mwansa/">Chipo Mwansa</a>', html)


def test_it_shows_a_visible_breadcrumb_trail_on_articles_and_lists(client: Client) -> None:
    article = make_article(headline="Floods cut water supply", sector=Sector.objects.get(slug="wash"))

    article_html = client.get(article.get_absolute_url()).content.decode()
    list_html = client.get("/sector/wash/").content.decode()

    trail = re.search(r'<nav class="breadcrumbs" aria-label="Breadcrumb">(.*?)</nav>', article_html, re.S)
    assert trail is not None
    assert re.findall(r">([^<>]+)</(?:a|span)>", trail.group(1)) == ["Home", article.sector.name, article.headline]
    assert '<span aria-current="page">' + Sector.objects.get(slug="wash").name in list_html


def test_it_offers_share_links_that_load_nothing_until_clicked(client: Client, settings: object) -> None:
    article = make_article(headline="Port reopens & ships return")

    html = client.get(article.get_absolute_url()).content.decode()
    share = re.search(r'<nav class="share" aria-label="Share this story">(.*?)</nav>', html, re.S)

    assert share is not None
    links = re.findall(r'href="([^"]+)"', share.group(1))
    assert {link.split("/")[2] if "://" in link else link.split(":")[0] for link in links} == {
        "x.com", "www.facebook.com", "www.linkedin.com", "wa.me", "mailto"
    }  # fmt: skip
    page_url = "https%3A%2F%2Fnews.example.org" + article.get_absolute_url().replace("/", "%2F")
    assert all(page_url in link for link in links)
    assert "Port%20reopens%20%26%20ships%20return" in share.group(1)
    assert "<script" not in share.group(1)
    # Every script on the page is our own JSON-LD data, none from another host.
    assert re.findall(r"<script(?! type=\"application/ld\+json\")", html) == []


def test_it_states_the_reading_time(client: Client) -> None:
    article = make_article(body="<p>" + "word " * 700 + "</p>")

    html = client.get(article.get_absolute_url()).content.decode()

    assert '<p class="story__reading">4 min read</p>' in html


@time_machine.travel(dt.datetime(2026, 12, 2, 9, 0, tzinfo=UTC), tick=False)
def test_it_shows_relative_times_on_lists_with_the_exact_time_in_the_markup(client: Client) -> None:
    make_article(headline="Fresh story", published_at=timezone.now() - dt.timedelta(hours=2, minutes=10))

    html = client.get("/news/").content.decode()

    assert '<time datetime="2026-12-02T12:20:00+05:30" title="02-12-2026 12:20 IST">2 h ago</time>' in html


def test_it_reads_and_writes_search_dates_as_dd_mm_yyyy(client: Client) -> None:
    make_article(headline="Drought hits farms", published_at=dt.datetime(2026, 3, 10, 6, tzinfo=UTC))
    make_article(headline="Drought eases", published_at=dt.datetime(2026, 5, 10, 6, tzinfo=UTC))

    html = main_of(client.get("/search/?q=drought&since=01-04-2026").content.decode())

    assert "Drought eases" in html and "Drought hits farms" not in html
    assert 'name="since" type="text"' in html and 'value="01-04-2026"' in html
    assert 'placeholder="dd-mm-yyyy"' in html and 'type="date"' not in html


def test_it_keeps_a_search_snippet_inside_its_own_result(client: Client) -> None:
    make_article(headline="Baykar drones", body="<p>The ministry ordered new drones for border patrols.</p>")

    html = client.get("/search/?q=patrols").content.decode()
    card = re.search(r'<article class="card card--row">(.*?)</article>', html, re.S)

    assert card is not None and "card__snippet" in card.group(1)
