"""AI provenance wherever the picture goes: cards, Trending, feeds and the API."""

from __future__ import annotations

import pytest

from newsdesk.metrics.services import record_view
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.provenance import READER_DISCLAIMERS, DigitalSourceType
from newsdesk.newsroom.tests.factories import make_article, make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def illustrated() -> Article:
    image = make_image(digital_source_type=DigitalSourceType.TRAINED_ALGORITHMIC, caption="A drawn river delta")
    article = make_article(headline="Delta towns prepare for the monsoon", image=image)
    record_view(article.pk)
    return article


def test_it_labels_home_cards_and_trending(client, illustrated):
    page = client.get("/").content.decode()

    assert page.count('class="ai-label"') >= 2  # the card and the Trending entry
    assert "AI-generated image" in page and "AI image" in page


def test_it_does_not_label_a_photograph(client):
    make_article(image=make_image(digital_source_type=DigitalSourceType.DIGITAL_CAPTURE))

    assert 'class="ai-label"' not in client.get("/").content.decode()


def test_it_says_so_in_the_feeds_media_description(client, illustrated):
    feed = client.get("/feeds/latest.rss").content.decode()

    disclaimer = READER_DISCLAIMERS[DigitalSourceType.TRAINED_ALGORITHMIC]
    assert f"<media:description>A drawn river delta {disclaimer}</media:description>" in feed


def test_it_flags_the_image_in_the_api(client, illustrated):
    data = client.get(f"/api/v1/articles/{illustrated.pk}").json()

    assert data["image"]["ai_generated"] is True
    assert data["image"]["ai_label"] == READER_DISCLAIMERS[DigitalSourceType.TRAINED_ALGORITHMIC]
