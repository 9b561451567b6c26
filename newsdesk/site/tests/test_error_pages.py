"""404 and 410 in the house style in every mode; the 410 names only a story that was once public."""

from __future__ import annotations

import pytest
from django.test import Client

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article

pytestmark = pytest.mark.django_db


def test_it_names_a_withdrawn_story_that_was_public_with_the_reason(client: Client) -> None:
    article = make_article(headline="Dam bursts in the north", status=Article.Status.DRAFT)
    article.publish()
    article.withdraw("The agency killed the story: the dam did not burst.")

    response = client.get(article.get_absolute_url())
    html = response.content.decode()

    assert response.status_code == 410
    assert "“Dam bursts in the north”" in html
    assert "The agency killed the story: the dam did not burst." in html
    assert client.get(f"/a/{article.pk}/").status_code == 410


def test_it_does_not_name_a_story_withdrawn_before_it_was_ever_public(client: Client) -> None:
    draft = make_article(headline="Secret draft headline", status=Article.Status.DRAFT)
    draft.withdraw("Spiked")

    for url in (draft.get_absolute_url(), f"/a/{draft.pk}/"):
        html = client.get(url).content.decode()
        assert "Secret draft headline" not in html and "Spiked" not in html
        assert "This story has been withdrawn" in html


@pytest.mark.parametrize("debug", [False, True])
def test_it_answers_a_missing_page_with_the_house_404_in_every_mode(client: Client, settings: object,
                                                                   debug: bool) -> None:  # fmt: skip
    settings.DEBUG = debug  # type: ignore[attr-defined]

    response = client.get("/no/such/page/")
    html = response.content.decode()

    assert response.status_code == 404
    assert "/static/site/site.css" in html and "<h1>Page not found</h1>" in html
    # Nothing the reader CSP (style-src 'self') would block.
    assert "<style" not in html and " style=" not in html
    assert "style-src 'self'" in response["Content-Security-Policy"]
