"""The wire inbox in Chromium: linked from the admin, filters kept, sticky actions, phone and tablet widths."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.conftest import desk_page, scroll_width
from newsdesk.newsroom.tests.factories import make_article, make_cluster, make_source, make_user, make_wire_item

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def inbox_items() -> list[Any]:
    source = make_source()
    # Newest last: the inbox lists newest first, so the clustered ones are at the top of page 1.
    items = [make_wire_item(source=source, headline=f"Floods cut water supply to district number {n}, says agency")
             for n in range(60)][::-1]  # fmt: skip
    make_cluster(*items[:3])
    article = make_article(headline="River floods three districts")
    article.wire_items.set([items[0]])
    return items


@pytest.mark.parametrize("width", [375, 768, 1280])
def test_it_fits_the_screen_without_sideways_scrolling(browser: Any, live_server: Any, inbox_items: Any,
                                                       width: int) -> None:  # fmt: skip
    page = desk_page(browser, live_server, make_user("Editor"), width=width)
    page.goto("/desk/inbox/")

    assert scroll_width(page) <= width


def test_it_is_reached_from_the_admin_and_keeps_the_sector_filter_when_a_cluster_is_picked(
    browser: Any, live_server: Any, inbox_items: Any
) -> None:
    page = desk_page(browser, live_server, make_user("Editor"))
    page.goto("/admin/")
    page.get_by_role("navigation", name="Desk").get_by_role("link", name="Wire inbox").click()
    page.select_option("#inbox-filters select[name=sector]", "wash")
    page.get_by_role("button", name="Filter").click()
    page.locator("#result_list a[href*='cluster=']").first.click()

    assert "sector=wash" in page.url and "cluster=" in page.url
    assert page.locator("#inbox-filters select[name=sector]").input_value() == "wash"
    assert page.get_by_text("Already covered by").is_visible()
    assert page.get_by_role("link", name="Update the story from this item").first.is_visible()


def test_it_keeps_the_selection_actions_in_view_at_the_top_of_a_long_list(
    browser: Any, live_server: Any, inbox_items: Any
) -> None:
    page = desk_page(browser, live_server, make_user("Editor"), height=700)
    page.goto("/desk/inbox/")
    button = page.get_by_role("button", name="Create article from these items")

    box = button.bounding_box()
    assert box is not None and box["y"] + box["height"] <= 700


def test_it_names_the_live_story_before_making_a_second_one(browser: Any, live_server: Any, inbox_items: Any) -> None:
    page = desk_page(browser, live_server, make_user("Editor"))
    page.goto("/desk/inbox/")
    page.get_by_label(f"Use {inbox_items[0].headline}").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Create article from these items").click()

    assert page.get_by_role("alert").inner_text().count("River floods three districts") == 1
    assert Article.objects.count() == 1
    with page.expect_navigation():
        page.get_by_role("button", name="Create a second article anyway").click()
    assert Article.objects.count() == 2
