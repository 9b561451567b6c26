from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from newsdesk.site.models import StaticPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("slug", ["about", "contact", "disclaimer", "terms-of-use", "privacy-policy"])
def test_it_serves_each_default_footer_page(client: Client, slug: str) -> None:
    response = client.get(f"/page/{slug}/")

    assert response.status_code == 200
    assert StaticPage.objects.get(slug=slug).title in response.content.decode()


def test_it_shows_an_edited_page_at_once_and_sanitises_it(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    client.get("/page/about/")  # the footer is now cached
    page = StaticPage.objects.get(slug="about")
    page.title = "About us"
    page.body = "<p>We report.</p><script>alert(1)</script>"
    with django_capture_on_commit_callbacks(execute=True):  # the cached footer is dropped after commit
        page.save()

    html = client.get("/page/about/").content.decode()

    assert ">About us</a>" in html  # footer link rebuilt, not stale
    assert "alert(1)" not in html
