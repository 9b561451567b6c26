from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from newsdesk.enrich.clusters import cluster_pending
from newsdesk.enrich.tests.support import (
    SECOND_AGENCY_BODY,
    SECOND_AGENCY_HEADLINE,
    SEED_BODY,
    SEED_HEADLINE,
    UNRELATED_BODY,
    UNRELATED_HEADLINE,
    make_wire_item,
)
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article
from newsdesk.wires.models import WireItem

pytestmark = pytest.mark.django_db

Event = tuple[WireItem, WireItem, WireItem]
BROWSER = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/120"}


def built_on(item: WireItem, headline: str) -> Article:
    article = make_article(headline=headline, image=None)
    article.wire_items.add(item)
    return article


def related_section(html: str) -> str:
    match = re.search(r'<section class="related".*?</section>', html, re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(0)).split()) if match else ""


@pytest.fixture
def event() -> Event:
    seed = make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY, agency="Devdiscourse")
    other = make_wire_item("urn:b:1", SECOND_AGENCY_HEADLINE, SECOND_AGENCY_BODY, agency="Reuters")
    unrelated = make_wire_item("urn:c:1", UNRELATED_HEADLINE, UNRELATED_BODY, agency="PAP")
    assert cluster_pending() == 3
    return seed, other, unrelated


def test_it_shows_articles_on_the_same_event_as_related_coverage(client: Client, event: Event) -> None:
    seed, other, unrelated = event
    ours = built_on(seed, "Japan weighs Turkish drones")
    theirs = built_on(other, "Turkey pitches drones to Japan")
    built_on(unrelated, "Poland buys Korean howitzers")  # same sector, another event

    ours_page = related_section(client.get(ours.get_absolute_url(), headers=BROWSER).content.decode())
    theirs_page = related_section(client.get(theirs.get_absolute_url(), headers=BROWSER).content.decode())

    assert ours_page.startswith("Related coverage")
    assert "Turkey pitches drones to Japan" in ours_page
    assert "Poland buys Korean howitzers" not in ours_page and "More in" not in ours_page
    assert "Japan weighs Turkish drones" in theirs_page


def test_it_leaves_out_a_withdrawn_article(client: Client, event: Event) -> None:
    seed, other, _ = event
    ours = built_on(seed, "Japan weighs Turkish drones")
    built_on(seed, "Nakatani lands in Ankara")
    withdrawn = built_on(other, "Turkey pitches drones to Japan")
    withdrawn.withdraw("Agency kill")

    page = related_section(client.get(ours.get_absolute_url(), headers=BROWSER).content.decode())

    assert page.startswith("Related coverage")
    assert "Nakatani lands in Ankara" in page
    assert "Turkey pitches drones to Japan" not in page


def test_it_falls_back_to_the_sector_when_no_other_article_covers_the_event(client: Client, event: Event) -> None:
    seed, _, unrelated = event
    ours = built_on(seed, "Japan weighs Turkish drones")
    built_on(unrelated, "Poland buys Korean howitzers")

    page = related_section(client.get(ours.get_absolute_url(), headers=BROWSER).content.decode())

    assert page.startswith(f"More in {ours.sector.name}")
    assert "Poland buys Korean howitzers" in page


@pytest.mark.parametrize("others", [1, 8])
def test_it_finds_related_coverage_in_a_bounded_number_of_queries(client: Client, event: Event, others: int) -> None:
    seed, other, _ = event
    ours = built_on(seed, "Japan weighs Turkish drones")
    for n in range(others):
        built_on(other, f"Turkey pitches drones to Japan, take {n}")
    client.get(ours.get_absolute_url(), headers=BROWSER)  # warm the cached chrome

    with CaptureQueriesContext(connection) as queries:
        response = client.get(ours.get_absolute_url(), headers=BROWSER)

    assert related_section(response.content.decode()).count("Turkey pitches drones") == min(others, 4)
    # As on a story without clusters (test_article_view), the related query being the coverage one.
    assert len(queries) <= 7, [q["sql"] for q in queries]
