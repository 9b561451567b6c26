"""The story page's buttons in Chromium: publish, correct, withdraw with a reason readers then read."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from newsdesk.newsroom.models import Article, Correction
from newsdesk.newsroom.tests.conftest import desk_page
from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_it_publishes_corrects_and_withdraws_from_the_story_page(browser: Any, live_server: Any) -> None:
    draft = make_article(status=Article.Status.DRAFT, published_at=None, headline="Dam break floods three villages")
    page = desk_page(browser, live_server, make_user("Editor"))
    page.goto(reverse("admin:newsroom_article_change", args=[draft.pk]))

    with page.expect_navigation():
        page.get_by_role("button", name="Publish now").click()
    page.get_by_label("Public correction (shown under the story)").fill("The dam is 40 km upstream, not 4 km.")
    with page.expect_navigation():
        page.get_by_role("button", name="Correct", exact=True).click()
    page.get_by_role("link", name="Withdraw…").click()
    page.get_by_label("Reason readers will see").fill("We could not verify the casualty figures.")
    with page.expect_navigation():
        page.get_by_role("button", name="Withdraw this story").click()

    draft.refresh_from_db()
    assert draft.status == Article.Status.WITHDRAWN
    assert Correction.objects.filter(article=draft).count() == 1
    reader = browser.new_context(base_url=live_server.url).new_page()
    response = reader.goto(draft.get_absolute_url())
    assert response is not None and response.status == 410
    assert "We could not verify the casualty figures." in reader.content()
