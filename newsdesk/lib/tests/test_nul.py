"""No input makes a public or staff view answer 500: NUL bytes and hostile query strings."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.newsroom.tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db

PUBLIC_PAGES = ["/", "/search/", "/news/", "/sector/wash/", "/feeds/", "/api/v1/articles", "/sitemap.xml"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/articles?sector=%00",
        "/api/v1/articles?tag=%00",
        "/api/v1/articles?edition=%00",
        "/api/v1/articles?cursor=%00",
        "/search/?q=water%00",
        "/sector/wash/?page=%00",
        "/desk/inbox/?sector=%00",
        "/desk/inbox/?q=%00",
        "/admin/newsroom/article/?status__exact=%00",
        "/admin/newsroom/article/?q=%00",
        "/admin/wires/wireitem/?agency=%00",
        "/news%00/",
    ],
)
def test_it_refuses_a_nul_byte_anywhere_with_400(client: Client, url: str) -> None:
    client.force_login(make_user("Desk admin", is_superuser=True))

    assert client.get(url).status_code == 400


def test_it_refuses_a_nul_byte_in_a_posted_form(client: Client) -> None:
    response = client.post("/newsletter/", {"email": "a\x00@example.org"})

    assert response.status_code == 400


def test_it_lets_ordinary_filters_through(client: Client) -> None:
    make_article()

    assert client.get("/api/v1/articles?sector=wash").status_code == 200


# Query strings as a hostile client writes them: any keys, any values, any encoding.
query_strings = st.lists(
    st.tuples(
        st.sampled_from(["q", "page", "sector", "edition", "tag", "cursor", "format", "status", "agency", "limit"])
        | st.text(max_size=8),
        st.text(max_size=20) | st.integers().map(str),
    ),
    max_size=4,
).map(lambda pairs: "&".join(f"{k}={v}" for k, v in pairs))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=query_strings, page=st.sampled_from(PUBLIC_PAGES))
def test_it_never_answers_500_to_any_query_string_on_public_pages(
    client: Client, settings_fixture: Any, query: str, page: str
) -> None:
    response = client.get(f"{page}?{query}")

    assert response.status_code < 500, (page, query)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=query_strings)
def test_it_never_answers_500_to_any_query_string_on_the_desk_inbox(client: Client, editor: Any, query: str) -> None:
    client.force_login(editor)

    response = client.get(f"/desk/inbox/?{query}")

    assert response.status_code < 500, query


@pytest.fixture
def editor() -> Any:
    return make_user("Editor")


@pytest.fixture
def settings_fixture(settings: Any) -> Any:
    settings.NEWSDESK_API_RATE_LIMIT = 100_000  # one client asks many times
    return settings
