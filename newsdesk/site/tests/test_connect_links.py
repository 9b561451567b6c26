from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from newsdesk.site.models import ConnectLink

pytestmark = pytest.mark.django_db


def test_it_refuses_a_network_home_page_as_a_connect_link() -> None:
    with pytest.raises(ValidationError, match="own profile"):
        ConnectLink(label="LinkedIn", url="https://www.linkedin.com/").full_clean()
    ConnectLink(label="LinkedIn", url="https://www.linkedin.com/company/example-news/").full_clean()


def test_it_shows_only_the_profiles_this_site_configured(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    client.get("/")  # the navigation is cached; saving a link drops it after commit
    with django_capture_on_commit_callbacks(execute=True):
        ConnectLink.objects.create(label="YouTube", url="https://www.youtube.com/@example-news")

    html = client.get("/").content.decode()

    assert '<a href="https://www.youtube.com/@example-news" rel="me noopener">YouTube</a>' in html
    assert "quora.com" not in html and "LinkedIn" not in html
    assert ">RSS</a>" in html
