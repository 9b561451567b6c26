"""Desk times in Chromium: the site's zone and format, no "hours behind server time" note."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse

from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.conftest import desk_page
from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_it_labels_desk_times_with_the_site_zone_instead_of_a_server_time_warning(
    browser: Any, live_server: Any
) -> None:
    draft = make_article(status=Article.Status.DRAFT, published_at=None,
                         created_at=dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC))  # fmt: skip
    # A browser 5.5 hours away from the site's zone (Asia/Kolkata), as in the report.
    page = desk_page(browser, live_server, make_user("Editor"), timezone_id="UTC")
    page.goto(reverse("admin:newsroom_article_change", args=[draft.pk]))
    page.wait_for_load_state("load")

    assert "02-03-2026 14:30 IST" in page.locator("body").inner_text()
    # A page with Django's date-time inputs (a front pick's expiry).
    page.goto(reverse("admin:newsroom_frontpick_add"))
    page.wait_for_load_state("load")
    text = page.locator("body").inner_text()
    assert "server time" not in text
    assert "Time in IST (Asia/Kolkata)" in text
