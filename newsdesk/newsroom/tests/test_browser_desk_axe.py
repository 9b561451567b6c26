"""The desk's pages in Chromium under axe-core: no serious or critical violations; fit 1280 and 768 px."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

from newsdesk.lib.testing.services import require
from newsdesk.newsroom.tests.conftest import scroll_width
from newsdesk.newsroom.tests.factories import (
    make_article,
    make_cluster,
    make_image,
    make_source,
    make_user,
    make_wire_item,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Path(__file__).resolve().parents[3] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def serious_violations(page: Any) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", WCAG_TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:4]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def desk_paths() -> list[str]:
    used, second = make_wire_item(source=make_source()), make_wire_item(source=make_source(), agency="Second")
    make_cluster(used, second)
    article = make_article(image=make_image(), body="<p>Officials met.</p>" * 40)
    article.wire_items.set([used])
    # A long revision diff: it must wrap, not widen the page.
    article.revisions.create(number=1, diff="+body: " + "x" * 3000)
    return [
        reverse("desk:inbox"),
        reverse("admin:newsroom_article_change", args=[article.pk]),
        reverse("desk:confirm-withdraw", args=[article.pk]),
        reverse("desk:update-from-item", args=[article.pk, second.pk]),
        reverse("admin:newsroom_frontpick_changelist"),
    ]


@pytest.mark.parametrize("width", [1280, 768])
def test_it_has_no_serious_accessibility_violations_and_fits(browser: Any, live_server: Any, desk_paths: list[str],
                                                            width: int) -> None:  # fmt: skip
    require(AXE.exists(), "axe-core in node_modules (run `npm ci`)")
    user = make_user("Editor")
    found: dict[str, list[str]] = {}
    too_wide: dict[str, int] = {}
    for path in desk_paths:
        # The staff CSP lets no injected script run; only axe's own inspection is let in.
        context = browser.new_context(viewport={"width": width, "height": 900}, base_url=live_server.url,
                                      bypass_csp=True)  # fmt: skip
        page = _logged_in(context, live_server, user)
        page.goto(path)
        if problems := serious_violations(page):
            found[path] = problems
        if (seen := scroll_width(page)) > width:
            too_wide[path] = seen
        context.close()

    assert found == {}
    assert too_wide == {}


def _logged_in(context: Any, live_server: Any, user: Any) -> Any:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    return context.new_page()
