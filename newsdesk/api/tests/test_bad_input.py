"""Hostile input to the API is the client's error: 400 or 404 with a JSON detail, never a 500."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from django.test import Client

from newsdesk.newsroom.tests.factories import make_article

pytestmark = pytest.mark.django_db


def cursor(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


WHEN = "2025-08-19T09:00:00+00:00"
BAD = [
    ("/api/v1/articles", {"cursor": "not-a-cursor"}, 400),
    ("/api/v1/articles", {"cursor": "%FF%FE"}, 400),
    ("/api/v1/articles", {"cursor": "A" * 10_000}, 400),
    ("/api/v1/articles", {"cursor": cursor([WHEN])}, 400),
    ("/api/v1/articles", {"cursor": cursor({"when": WHEN})}, 400),
    ("/api/v1/articles", {"cursor": cursor([1, 2])}, 400),
    ("/api/v1/articles", {"cursor": cursor(["2025-08-19T09:00:00", 1])}, 400),  # no time zone
    ("/api/v1/articles", {"cursor": cursor([WHEN, True])}, 400),
    ("/api/v1/articles", {"cursor": cursor([WHEN, 10**30])}, 400),  # past any database's integer
    ("/api/v1/articles", {"cursor": cursor([WHEN, -5])}, 400),
    ("/api/v1/articles", {"cursor": cursor(["9999-12-31T23:59:59-14:00", 1])}, 400),
    ("/api/v1/articles", {"limit": "100000000000000000000000"}, 400),
    ("/api/v1/articles", {"limit": "0"}, 400),
    ("/api/v1/articles", {"limit": "ten"}, 400),
    ("/api/v1/articles", {"since": "99999-01-01"}, 400),
    ("/api/v1/articles", {"since": "2025-13-01T00:00:00Z"}, 400),
    ("/api/v1/articles", {"since": "9999-12-31T23:59:59-14:00"}, 400),
    ("/api/v1/articles", {"since": "2025-08-19T09:00:00"}, 400),
    ("/api/v1/articles", {"since": "0.5"}, 400),  # not read as a Unix time
    ("/api/v1/articles", {"kind": "nope"}, 400),
    ("/api/v1/articles", {"sector": "\x00"}, 400),
    ("/api/v1/articles", {"tag": "water\x00"}, 400),
    ("/api/v1/articles/99999999999999999999999", {}, 404),
    ("/api/v1/articles/99999999999999999999999.ninjs", {}, 404),
    ("/api/v1/articles/-1", {}, 404),
    ("/api/v1/articles/abc", {}, 404),
    ("/api/v1/articles/{pk}", {"format": "xml"}, 400),
    ("/api/v1/articles/{pk}", {"format": "ninjs", "version": "9"}, 400),
    ("/api/v1/articles/{pk}.ninjs", {"version": "4"}, 400),
]


@pytest.mark.parametrize(("path", "query", "status"), BAD)
def test_it_refuses_bad_input_with_a_json_detail(
    client: Client, settings: Any, path: str, query: dict, status: int
) -> None:
    article = make_article()

    response = client.get(path.format(pk=article.pk), query)

    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["detail"]


def test_it_names_the_bad_parameter(client: Client) -> None:
    detail = client.get("/api/v1/articles", {"limit": "ten"}).json()

    assert "limit" in detail["detail"]
    assert detail["errors"][0]["loc"] == ["query", "limit"]


def test_it_still_pages_with_a_good_cursor(client: Client) -> None:
    make_article(headline="Older")
    make_article(headline="Newer")

    first = client.get("/api/v1/articles", {"limit": 1}).json()
    second = client.get("/api/v1/articles", {"limit": 1, "cursor": first["next_cursor"]}).json()

    assert [a["headline"] for a in first["items"] + second["items"]] == ["Newer", "Older"]
