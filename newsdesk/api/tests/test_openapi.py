"""The OpenAPI document is valid, and the API keeps every promise it makes in it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from newsdesk.api.api import api
from newsdesk.newsroom.tests.factories import make_article, make_image
from newsdesk.taxonomy.models import Tag

pytestmark = pytest.mark.django_db

OPENAPI_PATH = "/api/v1/openapi.json"
# The document is built from the API object itself: collection may not touch the database,
# and a request to /openapi.json would (the rate limiter counts it). The first test proves the
# served document is this one. Calls run in-process against Django's WSGI handler, inside the
# test's transaction.
schema = schemathesis.openapi.from_dict(json.loads(json.dumps(api.get_openapi_schema(path_prefix="/api/v1/"))))
schema.app = WSGIHandler()


def test_it_publishes_a_valid_openapi_document(client: Client) -> None:
    document = client.get(OPENAPI_PATH).json()

    validate(document)
    assert document == schema.raw_schema
    assert {"/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/articles/{article_id}.ninjs",
            "/api/v1/sectors", "/api/v1/editions", "/api/v1/trending"} <= set(document["paths"])  # fmt: skip
    assert all(set(operations) == {"get"} for operations in document["paths"].values())
    one = document["paths"]["/api/v1/articles/{article_id}"]["get"]
    parameters = {parameter["name"]: parameter["schema"] for parameter in one["parameters"]}
    assert parameters["format"]["enum"] == ["json", "ninjs"]
    assert "3" in parameters["version"]["enum"]
    answers = one["responses"]["200"]["content"]["application/json"]["schema"]["anyOf"]
    assert {"$ref": "#/components/schemas/NinjsOut"} in answers


@pytest.fixture
def newsroom(settings: Any) -> Iterator[None]:
    # Schemathesis sends hundreds of calls from one address.
    settings.NEWSDESK_API_RATE_LIMIT = 100_000
    article = make_article(headline="Sampled", image=make_image())
    article.tags.add(Tag.for_name("Water"))
    make_article(headline="Withdrawn").withdraw("legal")
    # As Django's test client does: the end of a request must not close the
    # connection that holds this test's transaction.
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


# Schemathesis sends both valid and invalid calls (its positive and negative modes): an invalid one
# must be refused with a documented 4xx and a JSON detail, never a 500.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          negative_data_rejection]  # fmt: skip


@schema.parametrize()
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
def test_it_answers_as_the_document_says(case: schemathesis.Case, newsroom: None) -> None:
    case.call_and_validate(checks=CHECKS)
