"""An editor's day in Chromium, start to end: inbox → cluster → create → rich edit → preview → publish →
chosen lead → correction → withdraw with reason → schedule and automatic publish → update from a
second agency's item with no duplicate created."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from newsdesk.newsroom import front, services
from newsdesk.newsroom.models import Article, FrontPick
from newsdesk.newsroom.tests.conftest import desk_page
from newsdesk.newsroom.tests.factories import make_cluster, make_source, make_user, make_wire_item

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_editor_runs_a_story_from_wire_to_withdrawal_and_the_next_without_duplicates(
    browser: Any, live_server: Any
) -> None:
    first = make_wire_item(source=make_source(), headline="Dam breaks above Sylhet",
                           body_html="<p>A dam broke on Monday.</p>")  # fmt: skip
    second = make_wire_item(source=make_source(), agency="Second Agency", headline="Sylhet dam collapse",
                            body_html="<p>A dam broke on Monday. Two people died.</p>")  # fmt: skip
    make_cluster(first, second)
    page = desk_page(browser, live_server, make_user("Editor"))

    # Inbox → cluster → create.
    page.goto(reverse("desk:inbox"))
    page.locator("#result_list a[href*='cluster=']").first.click()
    page.get_by_label("Use Dam breaks above Sylhet").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Create article from these items").click()
    article = Article.objects.get()
    # Edit in the rich editor, save.
    page.locator(".field-body [contenteditable=true]").click()
    page.keyboard.press("End")
    page.keyboard.type(" Rescue teams arrived.")
    with page.expect_navigation():
        page.locator("input[name=_continue]").click()
    article.refresh_from_db()
    assert "Rescue teams arrived." in article.body
    # Preview, then publish from the story page.
    page.goto(reverse("desk:preview", args=[article.pk]))
    assert page.get_by_role("status").inner_text().startswith("Preview — not published.")
    page.goto(reverse("admin:newsroom_article_change", args=[article.pk]))
    with page.expect_navigation():
        page.get_by_role("button", name="Publish now").click()
    # Chosen as the home page's lead: shown at once.
    FrontPick.objects.create(zone=front.HOME, position=0, article=article)
    reader = browser.new_context(base_url=live_server.url).new_page()
    reader.goto("/")
    assert article.headline in reader.locator(".card--lead").inner_text()
    # Correction, then withdrawal with a reason readers see.
    page.get_by_label("Public correction (shown under the story)").fill("The dam is 40 km upstream.")
    with page.expect_navigation():
        page.get_by_role("button", name="Correct", exact=True).click()
    page.get_by_role("link", name="Withdraw…").click()
    page.get_by_label("Reason readers will see").fill("We could not confirm the dam's location.")
    with page.expect_navigation():
        page.get_by_role("button", name="Withdraw this story").click()
    gone = reader.goto(article.get_absolute_url())
    assert gone is not None and gone.status == 410
    assert "We could not confirm the dam's location." in reader.content()

    # The next story: scheduled in one step, published by the worker on time.
    third = make_wire_item(source=make_source(), headline="Flood relief reaches Sunamganj")
    page.goto(reverse("desk:inbox"))
    page.get_by_label(f"Use {third.headline}").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Create article from these items").click()
    story = Article.objects.exclude(pk=article.pk).get()
    runs = timezone.localtime() + dt.timedelta(hours=2)
    page.get_by_label("Time (", exact=False).fill(runs.strftime("%Y-%m-%dT%H:%M"))
    with page.expect_navigation():
        page.get_by_role("button", name="Schedule").click()
    story.refresh_from_db()
    assert story.status == Article.Status.SCHEDULED
    with time_machine.travel(runs + dt.timedelta(minutes=1)):
        assert services.publish_due() == 1
    story.refresh_from_db()
    assert story.status == Article.Status.PUBLISHED
    assert story.created_at == story.published_at  # readers' "Created" is the first publication

    # A second agency's item on a live story: update it, no duplicate.
    story.wire_items.add(first)
    page.goto(reverse("desk:inbox") + f"?cluster={first.cluster_membership.cluster_id}")
    page.get_by_role("link", name="Update the story from this item").first.click()
    assert "Two people died." in page.locator("#fresh-sentences").inner_text()
    with page.expect_navigation():
        page.get_by_role("button", name="Add as a source of this story").click()
    assert Article.objects.count() == 2
    assert second in story.wire_items.all()
