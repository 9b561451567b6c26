from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_hypothesis
from hypothesis import strategies as st

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_image
from newsdesk.taxonomy.models import Edition, Sector, Tag

pytestmark = pytest.mark.django_db


def hours_ago(hours: float) -> dt.datetime:
    return timezone.now() - dt.timedelta(hours=hours)


def test_it_lists_a_sector_newest_first_and_nothing_else(client: Client) -> None:
    health = Sector.objects.get(slug="health")
    older = make_article(sector=health, headline="Older health story", published_at=hours_ago(5))
    newer = make_article(sector=health, headline="Newer health story", published_at=hours_ago(1))
    make_article(sector=Sector.objects.get(slug="sports"), headline="A sports story")

    html = client.get("/sector/health/").content.decode()

    assert html.index(newer.headline) < html.index(older.headline)
    assert "A sports story" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_it_lists_a_regional_edition_and_everything_in_global(client: Client) -> None:
    pacific = Edition.objects.get(slug="pacific")
    make_article(headline="Fiji story", editions=[pacific])
    make_article(headline="Kenya story", editions=[Edition.objects.get(slug="east-africa")])

    pacific_main = client.get("/edition/pacific/").content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    global_main = client.get("/edition/global/").content.decode().split("<main", 1)[1].split("</main>", 1)[0]

    assert "Fiji story" in pacific_main and "Kenya story" not in pacific_main
    assert "Fiji story" in global_main and "Kenya story" in global_main


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/opinion/", "opinion"),
        ("/blog/", "blog"),
        ("/interview/", "interview"),
        ("/shots/", "shot"),
        ("/news/", "news"),
    ],
)
def test_it_lists_each_kind(client: Client, path: str, kind: str) -> None:
    for other in Article.Kind.values:
        make_article(kind=other, headline=f"A {other} piece")

    main = client.get(path).content.decode().split("<main", 1)[1].split("</main>", 1)[0]

    assert f"A {kind} piece" in main
    assert sum(f"A {other} piece" in main for other in Article.Kind.values) == 1


def test_it_lists_a_tag(client: Client) -> None:
    nato = Tag.for_name("NATO", Tag.Kind.ORGANISATION)
    tagged = make_article(headline="Alliance meets")
    tagged.tags.add(nato)
    make_article(headline="Untagged story")

    main = client.get("/tag/nato/").content.decode().split("<main", 1)[1].split("</main>", 1)[0]

    assert "Alliance meets" in main and "Untagged story" not in main


def test_it_paginates_and_survives_bad_page_numbers(client: Client, settings: object) -> None:
    for n in range(25):
        make_article(headline=f"Story {n:02d}", published_at=hours_ago(n + 1))

    first = client.get("/news/").content.decode()
    second = client.get("/news/?page=2").content.decode()

    assert "Story 00" in first and "Story 24" not in first
    assert "Story 24" in second and 'rel="prev"' in second
    assert 'rel="next"' in first and 'rel="next"' not in second


@pytest.mark.parametrize("path", ["/", "/news/", "/sector/wash/", "/edition/global/"])
def test_it_answers_a_page_past_the_end_with_404(client: Client, settings: object, path: str) -> None:
    settings.NEWSDESK_PAGE_SIZE = 5  # type: ignore[attr-defined]
    for n in range(10):
        make_article(headline=f"Story {n:02d}", published_at=hours_ago(n + 1))

    last = client.get(path, {"page": "2"})

    assert last.status_code == 200 and 'rel="next"' not in last.content.decode()
    assert client.get(path, {"page": "3"}).status_code == 404
    assert client.get(path, {"page": "4"}).status_code == 404


@pytest.mark.parametrize("page", ["abc", "-1", "0", "99999", "1e3", "2.5", "\x00", "%00", " 2", "\u0661", "9" * 400])
def test_it_answers_junk_page_numbers_with_404(client: Client, page: str) -> None:
    make_article(headline="Only story")

    for path in ["/", "/news/", "/sector/wash/", "/edition/global/", "/search/?q=story"]:
        # A NUL may be refused earlier, as a bad request; either way no page and no 500.
        assert client.get(path, {"page": page}).status_code in (400, 404), (path, page)


@given(page=st.text(max_size=30))
@settings_hypothesis(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_it_never_answers_a_page_number_with_500(client: Client, page: str) -> None:
    assert client.get("/news/", {"page": page}).status_code in (200, 400, 404)
    assert client.get("/search/", {"q": "water", "page": page}).status_code in (200, 400, 404)


def test_it_leaves_withdrawn_and_unpublished_stories_off_every_list(client: Client) -> None:
    withdrawn = make_article(headline="Withdrawn story")
    withdrawn.withdraw("kill")
    make_article(headline="Draft story", status=Article.Status.DRAFT, published_at=None)
    make_article(headline="Future story", published_at=timezone.now() + dt.timedelta(hours=3))
    make_article(headline="Live story")

    for path in ["/", "/news/", "/sector/wash/", "/edition/global/", "/search/?q=story", "/feeds/latest.rss"]:
        html = client.get(path).content.decode()
        assert "Live story" in html, path
        for hidden in ("Withdrawn story", "Draft story", "Future story"):
            assert hidden not in html, (path, hidden)


def test_it_shows_a_lead_story_with_its_image_on_the_home_page(client: Client) -> None:
    make_article(headline="Lead story", image=make_image(), published_at=hours_ago(0.5))
    make_article(headline="Second story", published_at=hours_ago(1))

    html = client.get("/").content.decode()

    assert 'class="card card--lead card--has-image"' in html
    assert html.index("Lead story") < html.index("Second story")
    assert 'fetchpriority="high"' in html


def test_it_groups_more_stories_by_sector_on_the_home_page(client: Client, settings: object) -> None:
    settings.NEWSDESK_PAGE_SIZE = 5  # type: ignore[attr-defined]
    for n in range(5):
        make_article(headline=f"Top {n}", published_at=hours_ago(n))
    make_article(headline="Older energy story", sector=Sector.objects.get(slug="energy-extractives"),
                   published_at=hours_ago(30))  # fmt: skip

    html = client.get("/").content.decode()

    assert 'id="sector-energy-extractives"' in html
    assert html.index('id="sector-energy-extractives"') < html.index("Older energy story")


def test_it_searches_headline_and_body_and_escapes_the_query(client: Client) -> None:
    make_article(headline="Drone makers meet", body="<p>Baykar showed a drone.</p>")
    make_article(headline="Unrelated")

    by_body = client.get("/search/?q=baykar").content.decode()
    hostile = client.get("/search/", {"q": '<script>alert(1)</script> " OR 1=1 --' + "x" * 10_000})

    main = by_body.split("<main", 1)[1].split("</main>", 1)[0]
    assert "Drone makers meet" in main and "Unrelated" not in main
    assert hostile.status_code == 200
    assert "<script>alert(1)</script>" not in hostile.content.decode()


@pytest.mark.parametrize("path", ["/", "/sector/wash/", "/edition/global/", "/news/", "/tag/water/"])
def test_it_renders_lists_in_the_same_number_of_queries_whatever_the_archive(client: Client, path: str) -> None:
    water = Tag.for_name("Water")
    image = make_image()

    def count() -> int:
        client.get(path)  # warm the cached chrome
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200
        return len(queries)

    for _ in range(3):
        make_article(image=image).tags.add(water)
    small = count()
    for _ in range(40):
        make_article(image=image).tags.add(water)
    large = count()

    assert small == large
    assert large <= 4


def test_it_answers_404_for_unknown_sections(client: Client) -> None:
    assert client.get("/sector/nope/").status_code == 404
    assert client.get("/edition/nope/").status_code == 404
    assert client.get("/nope/").status_code == 404
    assert "Page not found" in client.get("/tag/nope/").content.decode()
