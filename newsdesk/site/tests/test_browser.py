"""The public pages in a real browser (Debian's Chromium through Playwright), at phone and desktop widths."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.provenance import DigitalSourceType
from newsdesk.newsroom.tests.factories import make_article, make_image
from newsdesk.site.tests.browser import SCREENSHOTS
from newsdesk.taxonomy.models import Sector

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def story() -> Article:
    for n in range(8):
        make_article(headline=f"Regional ministers agree on a shared plan for river data, part {n}",
                       published_at=timezone.now() - dt.timedelta(hours=n + 1))  # fmt: skip
    make_article(kind=Article.Kind.OPINION, headline="Why small states need better climate finance")
    make_article(kind=Article.Kind.SHOT, headline="Port reopens after storm", body="<p>Brief.</p>")
    return make_article(
        headline="Japan and Turkey Strengthen Defense Ties with Potential Drone Collaboration",
        standfirst="Japan's defense minister visits Turkey to explore defense industry cooperation.",
        body="<p>" + "The minister will tour Turkish defense facilities and meet industry leaders. " * 12 + "</p>",
        sector=Sector.objects.get(slug="politics"),
        place_label="Japan",
        from_agencies=True,
        image=make_image(digital_source_type=DigitalSourceType.TRAINED_ALGORITHMIC),
    )


def open_page(browser: Any, url: str, width: int, *, javascript: bool = True) -> Any:
    context = browser.new_context(viewport={"width": width, "height": 900}, java_script_enabled=javascript)
    page = context.new_page()
    response = page.goto(url)
    assert response is not None and response.status == 200
    return page


@pytest.mark.parametrize("path", ["/", "article"])
def test_it_fits_a_375_px_phone_without_sideways_scrolling(browser: Any, live_server: Any, story: Article,
                                                           path: str) -> None:  # fmt: skip
    url = live_server.url + (story.get_absolute_url() if path == "article" else path)
    page = open_page(browser, url, 375)

    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"phone-{path.strip('/') or 'home'}.png"), full_page=True)

    assert overflow <= 0
    assert page.locator("h1").first.is_visible()


def test_it_opens_the_menu_without_javascript(browser: Any, live_server: Any, story: Article) -> None:
    page = open_page(browser, live_server.url + story.get_absolute_url(), 375, javascript=False)
    menu_link = page.locator(".menu__panel").get_by_role("link", name="Health")

    assert not menu_link.is_visible()
    page.locator(".menu__button").click()
    assert menu_link.is_visible()


def test_it_puts_the_side_column_beside_the_story_on_a_desktop(browser: Any, live_server: Any, story: Article) -> None:
    page = open_page(browser, live_server.url + story.get_absolute_url(), 1280)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "desktop-article.png"), full_page=True)

    main = page.locator("main").bounding_box()
    aside = page.locator("aside.page__aside").bounding_box()
    disclaimer = page.locator(".ai-disclaimer")

    assert aside["x"] > main["x"] + main["width"] - 1
    assert aside["y"] < main["y"] + 50
    assert disclaimer.is_visible()
    assert "generative AI" in disclaimer.inner_text()


def test_it_shows_keyboard_focus_starting_with_the_skip_link(browser: Any, live_server: Any, story: Article) -> None:
    page = open_page(browser, live_server.url + "/", 1280)

    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")

    assert focused == "skip-link"
    assert outline != "none"
    assert page.locator(".skip-link").is_visible()


def test_it_loads_nothing_from_another_host(browser: Any, live_server: Any, story: Article) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(live_server.url + story.get_absolute_url())

    assert requested
    assert all(url.startswith(live_server.url) for url in requested), requested


def test_it_reaches_trending_opinion_and_shots_within_two_phone_screens(browser: Any, live_server: Any,
                                                                        story: Article) -> None:  # fmt: skip
    from newsdesk.metrics.models import ArticleViewHour

    for n in range(12):
        make_article(headline=f"Top story {n} with a picture", image=make_image(),
                     published_at=timezone.now() - dt.timedelta(minutes=10 + n))  # fmt: skip
    hour = timezone.now().replace(minute=0, second=0, microsecond=0)
    ArticleViewHour.objects.create(article=story, hour=hour, views=40)
    page = open_page(browser, live_server.url + "/", 375)
    screen = page.viewport_size["height"]

    rails = {"trending": "#rail-trending", "views": "#rail-views", "shots": "#rail-shots"}
    tops = {name: page.locator(selector).bounding_box()["y"] for name, selector in rails.items()}

    assert all(y < 2 * screen for y in tops.values()), tops
    assert page.locator(".card--lead img").is_visible()


def test_it_shows_that_the_sector_bar_scrolls_on_a_phone_and_wraps_on_a_desktop(browser: Any, live_server: Any,
                                                                                story: Article) -> None:  # fmt: skip
    bar = ".sectors-bar ul"
    phone = open_page(browser, live_server.url + "/", 375)
    desktop = open_page(browser, live_server.url + "/", 1280)

    assert phone.evaluate(f"(el => el.scrollWidth > el.clientWidth)(document.querySelector('{bar}'))")
    assert phone.evaluate(f"getComputedStyle(document.querySelector('{bar}')).maskImage") != "none"
    assert desktop.evaluate(f"(el => el.scrollWidth <= el.clientWidth)(document.querySelector('{bar}'))")
    last = Sector.objects.order_by("position").last()
    assert last is not None
    assert desktop.locator(".sectors-bar").get_by_role("link", name=last.name, exact=True).is_visible()


def test_it_follows_a_dark_system_colour_scheme(browser: Any, live_server: Any, story: Article) -> None:
    background = "getComputedStyle(document.body).backgroundColor"
    pages = {}
    for scheme in ("light", "dark"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        pages[scheme] = context.new_page()
        pages[scheme].goto(live_server.url + story.get_absolute_url())

    assert pages["light"].evaluate(background) == "rgb(255, 255, 255)"
    assert pages["dark"].evaluate(background) == "rgb(18, 19, 23)"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    pages["dark"].screenshot(path=str(SCREENSHOTS / "article-1280-dark.png"), full_page=True)


def test_it_prints_the_story_without_navigation_side_column_or_share_links(browser: Any, live_server: Any,
                                                                           story: Article) -> None:  # fmt: skip
    page = open_page(browser, live_server.url + story.get_absolute_url(), 1280)
    page.emulate_media(media="print")

    assert page.locator(".story__headline").is_visible()
    assert page.locator(".story__byline").is_visible()
    for hidden in (".share", ".page__aside", ".site-footer", ".sectors-bar", ".masthead__bar .search"):
        assert not page.locator(hidden).first.is_visible(), hidden
