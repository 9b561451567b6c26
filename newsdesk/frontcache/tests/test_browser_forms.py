"""Reader forms on cookie-free pages, in Chromium with JavaScript on and off; a cross-site POST refused."""

from __future__ import annotations

from typing import Any

import pytest

from newsdesk.audience.models import Feedback, Subscriber
from newsdesk.newsroom.tests.factories import make_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def new_page(browser: Any, javascript: bool) -> tuple[Any, Any]:
    context = browser.new_context(java_script_enabled=javascript)
    return context, context.new_page()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_it_subscribes_from_the_footer_of_a_cookie_free_article_page(
    browser: Any, live_server: Any, javascript: bool
) -> None:
    story = make_article()
    context, page = new_page(browser, javascript)

    page.goto(live_server.url + story.get_absolute_url())
    assert context.cookies() == []
    page.fill("#newsletter-email", "reader@example.org")
    with page.expect_navigation():
        page.click(".newsletter__form button[type=submit]")

    assert page.locator("h1").inner_text() == "Check your inbox"
    assert Subscriber.objects.filter(email="reader@example.org").exists()
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_it_takes_feedback_from_a_cookie_free_page(browser: Any, live_server: Any, javascript: bool) -> None:
    context, page = new_page(browser, javascript)

    page.goto(live_server.url + "/feedback/")
    assert context.cookies() == []
    page.fill("#id_name", "Ana Reader")
    page.fill("#id_email", "ana@example.org")
    page.fill("#id_message", "The river map on the drought story is upside down.")
    with page.expect_navigation():
        page.click("form.form-stack button[type=submit]")

    assert page.locator("h1").inner_text() == "Thank you"
    assert Feedback.objects.filter(email="ana@example.org").exists()
    context.close()


def test_it_refuses_a_newsletter_post_from_another_site(browser: Any, live_server: Any) -> None:
    # localhost and 127.0.0.1 are different sites to the browser: the site is on one, the
    # attacker's page (answered by Playwright) on the other, posting to the site.
    target = live_server.url + "/newsletter/"
    port = live_server.url.rsplit(":", 1)[1]
    other = "127.0.0.1" if "localhost" in live_server.url else "localhost"
    attacker = (
        f'<form id="f" method="post" action="{target}"><input name="email" value="victim@example.org"></form>'
        "<script>document.getElementById('f').submit()</script>"
    )
    context, page = new_page(browser, True)
    context.route(f"http://{other}:{port}/evil", lambda route: route.fulfill(body=attacker, content_type="text/html"))

    with page.expect_response(target) as answer:
        page.goto(f"http://{other}:{port}/evil")

    assert answer.value.status == 403
    assert not Subscriber.objects.filter(email="victim@example.org").exists()
    context.close()
