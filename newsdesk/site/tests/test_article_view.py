from __future__ import annotations

import datetime as dt
import json
import re

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from newsdesk.metrics.models import ArticleViewHour
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.provenance import DigitalSourceType
from newsdesk.newsroom.tests.factories import make_article, make_author, make_image
from newsdesk.taxonomy.models import Sector, Tag

pytestmark = pytest.mark.django_db

BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/120"}
UTC = dt.UTC


def seed_like_article(**overrides: object) -> Article:
    fields: dict[str, object] = {
        "headline": "Japan and Turkey Strengthen Defense Ties with Potential Drone Collaboration",
        "standfirst": "Japan's defense minister visits Turkey to explore defense industry cooperation.",
        "body": "<p>The minister will tour Turkish defense facilities.</p>",
        "sector": Sector.objects.get(slug="politics"),
        "place_label": "Japan",
        "from_agencies": True,
        "agency_attribution": "Test Agency",
        "image": make_image(digital_source_type=DigitalSourceType.TRAINED_ALGORITHMIC),
        # 08:59 UTC is 14:29 in India: the seed's own timestamp.
        "created_at": dt.datetime(2025, 8, 19, 8, 59, tzinfo=UTC),
        "updated_at": dt.datetime(2025, 8, 19, 8, 59, tzinfo=UTC),
        "published_at": dt.datetime(2025, 8, 19, 8, 59, tzinfo=UTC),
    }
    fields.update(overrides)
    return make_article(**fields)


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@time_machine.travel(dt.datetime(2025, 8, 19, 10, 0, tzinfo=UTC), tick=False)
def test_it_renders_every_region_of_the_seed_page(client: Client) -> None:
    article = seed_like_article()
    make_article(kind=Article.Kind.OPINION, headline="Rising Migration Poses Challenges for Services")
    make_article(kind=Article.Kind.SHOT, headline="Port reopens after storm", body="<p>Short.</p>")
    trending_story = make_article(headline="Scorching Heat Fuels Wildfire Crisis", place_label="Portugal")
    ArticleViewHour.objects.create(article=trending_story, hour=dt.datetime(2025, 8, 19, 9, tzinfo=UTC), views=9)

    response = client.get(article.get_absolute_url(), headers=BROWSER)

    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(html)
    assert '<time datetime="2025-08-19">Tuesday, 19 August 2025</time>' in html  # today, in words, in the site zone
    assert ">date " not in html
    assert '<details class="menu">' in html  # the left menu, no JavaScript needed
    assert re.search(r"<h1 class=\"story__headline\">Japan and Turkey Strengthen", html)
    assert "Japan's defense minister visits Turkey" in text
    assert "Newsdesk News Desk | Updated: 19-08-2025 14:29 IST | Created: 19-08-2025 14:29 IST" in text
    assert "created with generative AI" in text  # the disclaimer under an AI image
    assert "(With inputs from agencies.)" in text
    assert "Trending" in text and "Scorching Heat Fuels Wildfire Crisis" in text and "Portugal" in text
    assert "Opinion / Blog / Interview" in text and "Rising Migration Poses Challenges" in text
    assert "Shots" in text and "Port reopens after storm" in text
    assert "Latest News" in text
    assert "Connect us on" in text and ">RSS<" in html
    assert "Give Feedback" in text
    assert "Subscribe to our Newsletter" in text
    for region in ("Sectors", "Editions", "Other links"):
        assert f">{region}</summary>" in html
    for page in ("About", "Disclaimer", "Terms of use", "Privacy Policy"):
        assert f">{page}</a>" in html


def test_it_shows_times_in_the_site_zone_across_a_date_line(client: Client) -> None:
    # 20:00 UTC on the 18th is already 01:30 on the 19th in India.
    created = dt.datetime(2025, 8, 18, 20, 0, tzinfo=UTC)
    article = seed_like_article(created_at=created, published_at=created, updated_at=created + dt.timedelta(hours=5))

    text = text_of(client.get(article.get_absolute_url(), headers=BROWSER).content.decode())

    assert "Updated: 19-08-2025 06:30 IST | Created: 19-08-2025 01:30 IST" in text


def test_it_uses_named_authors_instead_of_the_desk(client: Client) -> None:
    article = seed_like_article(kind=Article.Kind.OPINION, authors=[make_author(name="Asha Verma")])

    text = text_of(client.get(article.get_absolute_url(), headers=BROWSER).content.decode())

    assert "Asha Verma | Updated:" in text


def test_it_puts_image_provenance_in_machine_readable_metadata(client: Client) -> None:
    article = seed_like_article()

    html = client.get(article.get_absolute_url(), headers=BROWSER).content.decode()

    payload = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert payload is not None
    data = json.loads(payload.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("Japan and Turkey")
    assert data["image"]["digitalSourceType"] == (
        "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
    )
    assert data["dateCreated"] == "2025-08-19T08:59:00+00:00"


def test_it_shows_no_disclaimer_under_a_photograph(client: Client) -> None:
    article = seed_like_article(image=make_image(digital_source_type=DigitalSourceType.DIGITAL_CAPTURE))

    html = client.get(article.get_absolute_url(), headers=BROWSER).content.decode()

    assert "ai-disclaimer" not in html
    assert 'srcset="/media/' in html  # phones fetch a small rendition


def test_it_redirects_an_old_slug_to_the_current_url(client: Client) -> None:
    article = seed_like_article()
    old_url = article.get_absolute_url()
    article.headline, article.slug = "Japan and Turkey sign drone deal", "japan-and-turkey-sign-drone-deal"
    article.save()

    response = client.get(old_url, headers=BROWSER)

    assert response.status_code == 301
    assert response["Location"] == f"/article/politics/{article.pk}-japan-and-turkey-sign-drone-deal/"


def test_it_redirects_when_the_sector_changed(client: Client) -> None:
    article = seed_like_article()

    response = client.get(f"/article/health/{article.pk}-{article.slug}/", headers=BROWSER)

    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_it_answers_410_for_a_withdrawn_story(client: Client) -> None:
    article = seed_like_article()
    article.withdraw("Agency kill")

    response = client.get(article.get_absolute_url(), headers=BROWSER)

    assert response.status_code == 410
    assert "This story has been withdrawn" in response.content.decode()
    assert "Japan and Turkey Strengthen" not in response.content.decode()


@pytest.mark.parametrize("status", [Article.Status.DRAFT, Article.Status.SCHEDULED])
def test_it_hides_unpublished_stories(client: Client, status: str) -> None:
    article = seed_like_article(status=status, published_at=None)

    assert client.get(article.get_absolute_url(), headers=BROWSER).status_code == 404


def test_it_hides_a_story_whose_publication_time_is_in_the_future(client: Client) -> None:
    article = seed_like_article(published_at=dt.datetime(2999, 1, 1, tzinfo=UTC))

    assert client.get(article.get_absolute_url(), headers=BROWSER).status_code == 404


def test_it_leaves_counting_the_view_to_the_beacon(client: Client) -> None:
    # Views are counted by the beacon image (metrics/tests/test_beacon.py), which works
    # behind the front cache; the page itself writes nothing.
    article = seed_like_article()

    html = client.get(article.get_absolute_url(), headers=BROWSER).content.decode()

    assert f'<img class="view-beacon" src="/beacon/view/{article.pk}.gif" width="1" height="1" alt=""' in html
    assert not ArticleViewHour.objects.filter(article=article).exists()


def test_it_never_renders_a_script_from_the_body(client: Client) -> None:
    article = seed_like_article(
        headline="Hostile <script>alert(1)</script> headline",
        body=(
            '<p onclick="x()">Text</p><script>alert(2)</script>'
            '<img src="javascript:alert(3)"><a href="data:text/html,x">l</a>'
        ),
    )

    html = client.get(article.get_absolute_url(), headers=BROWSER).content.decode()
    body = html.split('<div class="story__body">', 1)[1].split("</div>", 1)[0]

    assert "<script" not in body and "onclick" not in body and "javascript:" not in body and "data:" not in body
    assert "alert(1)" not in html.split("<head>", 1)[1].split("</head>", 1)[0].replace("\\u003C", "")
    assert "Content-Security-Policy" in client.get(article.get_absolute_url(), headers=BROWSER).headers


def test_it_links_tags(client: Client) -> None:
    article = seed_like_article()
    article.tags.add(Tag.for_name("NATO", Tag.Kind.ORGANISATION))

    html = client.get(article.get_absolute_url(), headers=BROWSER).content.decode()

    assert '<a class="tag" href="/tag/nato/">NATO</a>' in html


@pytest.mark.parametrize("others", [3, 30])
def test_it_renders_in_a_bounded_number_of_queries(client: Client, others: int) -> None:
    article = seed_like_article()
    article.tags.add(Tag.for_name("NATO"), Tag.for_name("Baykar"))
    for _ in range(others):
        make_article(kind=Article.Kind.NEWS, image=None)
    client.get(article.get_absolute_url(), headers=BROWSER)  # warm the cached chrome

    with CaptureQueriesContext(connection) as queries:
        assert client.get(article.get_absolute_url(), headers=BROWSER).status_code == 200

    # article, authors, tags, corrections, wire items (isBasedOn), related, view counter (update) and the savepoint
    # queries of a first view in a new hour: the same whatever the archive size.
    assert len(queries) <= 7, [q["sql"] for q in queries]
