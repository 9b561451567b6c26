"""A real Chromium (Debian's, through Playwright) for the desk's browser journeys, logged in as a desk user."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission, User
from django.test import Client

from newsdesk.site.tests.browser import launch_chromium


@pytest.fixture(autouse=True)
def _desk_roles_for_transactional_tests(request: pytest.FixtureRequest) -> None:
    # A flush between transactional tests drops the role groups migration 0003 made
    # (post_migrate brings the permissions back, not the groups): put them back.
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")):
        return
    request.getfixturevalue("transactional_db")
    roles = importlib.import_module("newsdesk.newsroom.migrations.0003_desk_roles")
    for name, wanted in roles.GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in wanted:
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    front = importlib.import_module("newsdesk.newsroom.migrations.0005_front_picks")
    for group in Group.objects.filter(name__in=front.FRONT_ROLES):
        group.permissions.add(*Permission.objects.filter(codename__in=front.FRONT_PERMISSIONS))


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch_chromium() as instance:
        yield instance


def desk_page(browser: Any, live_server: Any, user: User, *, width: int = 1280, height: int = 900,
              timezone_id: str | None = None) -> Any:  # fmt: skip
    """A browser tab logged in as ``user`` (its session cookie, made by Django's test client)."""
    client = Client()
    client.force_login(user)
    context = browser.new_context(
        viewport={"width": width, "height": height}, base_url=live_server.url, timezone_id=timezone_id
    )
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])
    page = context.new_page()
    # Two shared cores: the first story made in a run loads the enrich models, which takes a while.
    page.set_default_timeout(120_000)
    return page


def scroll_width(page: Any) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))
