"""The story editor in Chromium: rich text under the staff CSP, counts, image picker, preview banner."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from newsdesk.newsroom.tests.conftest import desk_page, scroll_width
from newsdesk.newsroom.tests.factories import make_article, make_image, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_it_edits_the_body_as_rich_text_and_saves_it_sanitised(browser: Any, live_server: Any) -> None:
    article = make_article(body="<p>Officials met on Tuesday.</p>")
    make_image(caption="Flooded street in Sylhet")
    page = desk_page(browser, live_server, make_user("Editor"))
    errors: list[str] = []
    page.on(
        "console",
        lambda message: errors.append(f"{message.text} @ {message.location}") if message.type == "error" else None,
    )
    page.goto(reverse("admin:newsroom_article_change", args=[article.pk]))

    body = page.locator(".field-body [contenteditable=true]")
    body.click()
    page.keyboard.press("End")
    page.keyboard.press("Control+b")
    page.keyboard.type(" Two people died.")
    assert "characters (advised at most 110)" in page.locator(".field-headline").inner_text()
    page.locator(".field-image .select2-selection").click()
    page.keyboard.type("Sylhet")
    page.get_by_role("option", name="Flooded street in Sylhet").click()
    # Read the row only once the save has answered: the click alone returns before the POST is done.
    with page.expect_navigation():
        page.locator("input[name=_continue]").click()

    article.refresh_from_db()
    assert article.body == "<p>Officials met on Tuesday.<strong> Two people died.</strong></p>"
    assert article.image is not None and article.image.caption == "Flooded street in Sylhet"
    assert not [e for e in errors if "Content Security Policy" in e]
    assert scroll_width(page) <= 1280


def test_it_shows_the_preview_banner(browser: Any, live_server: Any) -> None:
    article = make_article(status="draft", published_at=None)
    page = desk_page(browser, live_server, make_user("Editor"), width=375)
    page.goto(reverse("desk:preview", args=[article.pk]))

    assert page.get_by_role("status").inner_text().startswith("Preview — not published.")
    assert page.get_by_role("status").is_visible()
