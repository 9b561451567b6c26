from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from referencing import Registry, Resource

from newsdesk.metrics.models import ArticleViewHour
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.provenance import DigitalSourceType
from newsdesk.newsroom.tests.factories import make_article, make_author, make_image
from newsdesk.taxonomy.models import Edition, Sector, Tag

pytestmark = pytest.mark.django_db

# Tests may read the shared schemas; the product never does.
NINJS_DIR = Path(settings.BASE_DIR).parent / "shared" / "samples" / "iptc" / "ninjs" / "schema"


def get(client: Client, path: str, **params: Any) -> Any:
    response = client.get(path, params)
    assert response.status_code == 200, (path, response.content[:300])
    return response.json()


def hours_ago(hours: float) -> dt.datetime:
    return timezone.now() - dt.timedelta(hours=hours)


def test_it_lists_live_articles_newest_first(client: Client) -> None:
    older = make_article(headline="Older", published_at=hours_ago(3))
    newer = make_article(headline="Newer", published_at=hours_ago(1))
    make_article(headline="Withdrawn").withdraw("legal")
    make_article(headline="Embargoed", published_at=timezone.now() + dt.timedelta(hours=1))

    data = get(client, "/api/v1/articles")

    assert [item["id"] for item in data["items"]] == [newer.pk, older.pk]
    assert data["next_cursor"] is None
    assert data["items"][0]["url"] == f"https://news.example.org{newer.get_absolute_url()}"


def test_it_pages_with_an_opaque_cursor(client: Client) -> None:
    same_time = hours_ago(1)
    ids = [make_article(published_at=same_time).pk for _ in range(5)]

    first = get(client, "/api/v1/articles", limit=2)
    second = get(client, "/api/v1/articles", limit=2, cursor=first["next_cursor"])
    third = get(client, "/api/v1/articles", limit=2, cursor=second["next_cursor"])

    seen = [item["id"] for page in (first, second, third) for item in page["items"]]
    assert seen == sorted(ids, reverse=True)
    assert third["next_cursor"] is None
    assert client.get("/api/v1/articles", {"cursor": "not-a-cursor"}).status_code == 400


def test_it_filters_by_sector_edition_kind_tag_and_since(client: Client) -> None:
    health = Sector.objects.get(slug="health")
    pacific = Edition.objects.get(slug="pacific")
    tagged = make_article(headline="Health", sector=health, editions=[pacific], published_at=hours_ago(1))
    tagged.tags.add(Tag.for_name("Malaria"))
    make_article(headline="Opinion", kind=Article.Kind.OPINION, published_at=hours_ago(30))

    def headlines(**params: Any) -> list[str]:
        return [item["headline"] for item in get(client, "/api/v1/articles", **params)["items"]]

    assert headlines(sector="health") == ["Health"]
    assert headlines(edition="pacific") == ["Health"]
    assert headlines(edition="global") == ["Health", "Opinion"]
    assert headlines(kind="opinion") == ["Opinion"]
    assert headlines(tag="malaria") == ["Health"]
    assert headlines(since=hours_ago(2).isoformat()) == ["Health"]
    assert client.get("/api/v1/articles", {"kind": "nope"}).status_code == 400
    # An offset PostgreSQL cannot store, and one that leaves the calendar.
    assert headlines(since="2000-01-01T00:00:00-16:08") == ["Health", "Opinion"]
    assert client.get("/api/v1/articles", {"since": "0001-01-01T00:00:00+01:00"}).status_code == 400


def test_it_returns_one_article_with_its_details(client: Client) -> None:
    article = make_article(headline="Detailed", image=make_image(), agency_attribution="Agency One")
    article.authors.set([make_author(name="Ana Lopes")])
    article.tags.add(Tag.for_name("Dams"))

    data = get(client, f"/api/v1/articles/{article.pk}")

    assert data["headline"] == "Detailed" and data["authors"] == ["Ana Lopes"]
    assert data["tags"] == [{"slug": "dams", "name": "Dams", "kind": "topic"}]
    assert data["image"]["digital_source_type"].endswith("/digitalCapture")
    assert data["short_url"] == f"https://news.example.org/a/{article.pk}/"


def test_it_hides_unpublished_and_marks_withdrawn_articles(client: Client) -> None:
    draft = make_article(status=Article.Status.DRAFT, published_at=None)
    withdrawn = make_article()
    withdrawn.withdraw("legal")

    assert client.get(f"/api/v1/articles/{draft.pk}").status_code == 404
    assert client.get(f"/api/v1/articles/{draft.pk}.ninjs").status_code == 404
    assert client.get(f"/api/v1/articles/{withdrawn.pk}").status_code == 410
    assert get(client, f"/api/v1/articles/{withdrawn.pk}.ninjs")["pubstatus"] == "canceled"
    assert client.get("/api/v1/articles/999999").status_code == 404


def ninjs_validator(schema_file: str = "ninjs-schema_2.2.json") -> jsonschema.protocols.Validator:
    schema = json.loads((NINJS_DIR / schema_file).read_text())
    geojson = json.loads((NINJS_DIR / "GeoJSON-schema.json").read_text())
    registry: Registry = Registry().with_resource(geojson.get("$id", "GeoJSON"), Resource.from_contents(geojson))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, registry=registry, format_checker=cls.FORMAT_CHECKER)


def test_it_offers_each_article_as_valid_ninjs(client: Client) -> None:
    article = make_article(
        headline="Syndicated",
        agency_attribution="Agency One; Agency Two",
        image=make_image(digital_source_type=DigitalSourceType.TRAINED_ALGORITHMIC, credit="Studio"),
    )
    article.tags.add(Tag.for_name("Ana Lopes", Tag.Kind.PERSON), Tag.for_name("NATO", Tag.Kind.ORGANISATION))
    withdrawn = make_article()
    withdrawn.withdraw("legal")
    validator = ninjs_validator()

    data = get(client, f"/api/v1/articles/{article.pk}.ninjs")

    errors = [error.message for error in validator.iter_errors(data)]
    assert not errors
    assert not list(validator.iter_errors(get(client, f"/api/v1/articles/{withdrawn.pk}.ninjs")))
    assert data["uri"] == f"https://news.example.org/a/{article.pk}/"
    assert data["headlines"] == [{"role": "main", "value": "Syndicated"}]
    assert data["people"][0]["name"] == "Ana Lopes" and data["organisations"][0]["name"] == "NATO"
    assert [s["name"] for s in data["infosources"]] == ["Agency One", "Agency Two"]
    picture = data["associations"][0]
    assert picture["by"] == "Studio"
    assert picture["digitalsourcetype"]["uri"].endswith("/trainedAlgorithmicMedia")


def syndicated_article() -> Article:
    article = make_article(
        headline="Syndicated",
        standfirst="A plan to share river data.",
        agency_attribution="Agency One; Agency Two",
        image=make_image(digital_source_type=DigitalSourceType.TRAINED_ALGORITHMIC, credit="Studio"),
    )
    article.tags.add(Tag.for_name("Ana Lopes", Tag.Kind.PERSON), Tag.for_name("Kabul", Tag.Kind.PLACE))
    return article


def test_it_offers_ninjs_through_the_format_parameter_too(client: Client) -> None:
    article = syndicated_article()
    withdrawn = make_article()
    withdrawn.withdraw("legal")

    by_format = client.get(f"/api/v1/articles/{article.pk}", {"format": "ninjs"})
    by_suffix = client.get(f"/api/v1/articles/{article.pk}.ninjs")
    explicit_json = get(client, f"/api/v1/articles/{article.pk}", format="json")

    assert by_format.status_code == 200 and by_format["Content-Type"].startswith("application/json")
    assert by_format.json() == by_suffix.json()
    assert not list(ninjs_validator().iter_errors(by_format.json()))
    assert explicit_json["headline"] == "Syndicated" and "uri" not in explicit_json
    assert get(client, f"/api/v1/articles/{withdrawn.pk}", format="ninjs")["pubstatus"] == "canceled"
    assert client.get(f"/api/v1/articles/{withdrawn.pk}", {"format": "json"}).status_code == 410
    assert client.get(f"/api/v1/articles/{article.pk}", {"format": "xml"}).status_code == 400
    assert client.get("/api/v1/articles/999999", {"format": "ninjs"}).status_code == 404


def test_it_offers_ninjs_3_on_request(client: Client) -> None:
    article = syndicated_article()
    withdrawn = make_article()
    withdrawn.withdraw("legal")
    validator = ninjs_validator("ninjs-schema_3.1.json")

    data = get(client, f"/api/v1/articles/{article.pk}", format="ninjs", version="3")
    same = get(client, f"/api/v1/articles/{article.pk}.ninjs", version="3.1")
    canceled = get(client, f"/api/v1/articles/{withdrawn.pk}.ninjs", version="3")

    assert [error.message for error in validator.iter_errors(data)] == []
    assert [error.message for error in validator.iter_errors(canceled)] == []
    assert data == same
    assert data["standard"]["version"] == "3.1" and data["standard"]["schema"].endswith("ninjs-schema_3.1.json")
    assert data["pubStatus"] == "usable" and canceled["pubStatus"] == "canceled"
    assert {"firstCreated", "versionCreated", "altIds", "infoSources", "copyrightHolder"} <= data.keys()
    assert data["bodies"][0]["contentType"] == "text/html"
    assert data["places"][0]["name"] == "Kabul"
    picture = data["associations"][0]
    assert picture["renditions"][0]["contentType"] == "image/jpeg"
    assert picture["digitalSourceType"]["uri"].endswith("/trainedAlgorithmicMedia")
    # The 3.x document is not 2.2, and 2.2 stays the default.
    assert list(ninjs_validator().iter_errors(data))
    assert get(client, f"/api/v1/articles/{article.pk}.ninjs")["standard"]["version"] == "2.2"
    assert get(client, f"/api/v1/articles/{article.pk}.ninjs", version="2")["standard"]["version"] == "2.2"
    assert client.get(f"/api/v1/articles/{article.pk}.ninjs", {"version": "4"}).status_code == 400


def test_it_lists_sectors_editions_and_trending(client: Client) -> None:
    popular = make_article(headline="Popular")
    ArticleViewHour.objects.create(
        article=popular, hour=timezone.now().replace(minute=0, second=0, microsecond=0), views=9
    )

    sectors = get(client, "/api/v1/sectors")
    editions = get(client, "/api/v1/editions")
    trending = get(client, "/api/v1/trending")

    assert {"slug": "health", "name": "Health"}.items() <= next(s for s in sectors if s["slug"] == "health").items()
    assert any(e["is_global"] for e in editions)
    assert [item["headline"] for item in trending] == ["Popular"]


def test_it_answers_304_when_the_etag_still_matches(client: Client) -> None:
    make_article()

    first = client.get("/api/v1/articles")
    again = client.get("/api/v1/articles", headers={"If-None-Match": first["ETag"]})

    assert first["ETag"]
    assert again.status_code == 304 and again.content == b""


def test_it_allows_cross_origin_reads_only(client: Client) -> None:
    read = client.get("/api/v1/sectors", headers={"Origin": "https://partner.example"})
    preflight = client.options(
        "/api/v1/sectors", headers={"Origin": "https://partner.example", "Access-Control-Request-Method": "GET"}
    )
    write = client.post("/api/v1/sectors", {}, headers={"Origin": "https://partner.example"})

    assert read["Access-Control-Allow-Origin"] == "*"
    assert preflight.status_code == 204 and "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert write.status_code == 405 and "Access-Control-Allow-Origin" not in write
    assert "Access-Control-Allow-Origin" not in client.get("/")


def test_it_rate_limits_each_client(client: Client, settings: Any) -> None:
    settings.NEWSDESK_API_RATE_LIMIT = 3

    statuses = [client.get("/api/v1/sectors").status_code for _ in range(4)]
    other = Client(REMOTE_ADDR="10.0.0.9").get("/api/v1/sectors")

    assert statuses == [200, 200, 200, 429]
    limited = client.get("/api/v1/sectors")
    assert 1 <= int(limited["Retry-After"]) <= settings.NEWSDESK_API_RATE_WINDOW_SECONDS
    assert other.status_code == 200
    assert client.get("/").status_code == 200  # the site is not rate-limited
