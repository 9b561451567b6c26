"""The read API at /api/v1/: JSON for apps and partners, documented at /api/v1/openapi.json.

Read-only by construction (only GET operations exist). Rate limits, CORS and
ETags are shared by every operation and live in ``middleware.ApiMiddleware``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from typing import Any, Literal

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError, ValidationError
from pydantic import ConfigDict, field_validator

from newsdesk.api.ninjs import to_ninjs
from newsdesk.api.schemas import (
    ArticleOut,
    ArticlePage,
    ArticleSummaryOut,
    EditionOut,
    ErrorOut,
    SectorOut,
)
from newsdesk.metrics.services import trending as trending_articles
from newsdesk.newsroom.models import Article
from newsdesk.taxonomy.models import Edition, Sector

DEFAULT_LIMIT = 20
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_LIMIT = 100


class ArticleFilters(Schema):
    sector: str | None = Field(None, description="Sector slug")
    edition: str | None = Field(None, description="Edition slug; the global edition lists everything")
    kind: Article.Kind | None = None
    tag: str | None = Field(None, description="Tag slug")
    since: dt.datetime | None = Field(None, description="Only articles published at or after this time (ISO 8601)")
    cursor: str | None = Field(None, description="next_cursor of the previous page")
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)

    @field_validator("since", mode="before")
    @classmethod
    def iso_8601_only(cls, value: object) -> object:
        # Pydantic would read "0.5" as a Unix time; the document promises ISO 8601 (format date-time).
        if isinstance(value, str) and not ISO_DATE.match(value):
            raise ValueError("an ISO 8601 time is needed, e.g. 2025-08-19T09:00:00Z")
        return value


NinjsVersion = Literal["2", "2.2", "3", "3.1"]
NINJS_VERSION = "ninjs version: 2.2 (the default; 2 says the same) or 3.x (3 or 3.1: the 3.1 schema, camelCase names)"


class NinjsParams(Schema):
    version: NinjsVersion = Field("2.2", description=NINJS_VERSION)


class ArticleParams(Schema):
    format: Literal["json", "ninjs"] = Field(
        "json",
        description=(
            "json: this API's article. ninjs: the article as IPTC ninjs, as /articles/{article_id}.ninjs answers it; "
            'a withdrawn article then answers 200 with pubstatus (3.x: pubStatus) "canceled" instead of 410.'
        ),
    )
    version: NinjsVersion = Field("2.2", description=f"With format=ninjs only: {NINJS_VERSION}")


class NinjsOut(Schema):
    """An IPTC ninjs object: http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json, or ninjs-schema_3.1.json with
    version=3. Its ``standard`` names the version."""

    model_config = ConfigDict(extra="allow")

    uri: str
    standard: dict[str, str]


api = NinjaAPI(
    title="Newsdesk read API",
    version="1",
    description="Live articles, sectors, editions and Trending. Read-only; rate-limited per IP.",
    urls_namespace="api-v1",
    # The interactive docs page loads scripts from a CDN, which our CSP forbids.
    docs_url=None,
    openapi_url="/openapi.json",
)


@api.exception_handler(ValidationError)
def bad_parameter(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """A malformed parameter is the client's error like any other: 400 with what was wrong, where.

    django-ninja's default is 422 with only a list; one status for every bad input is simpler for clients.
    """
    errors = [{"loc": list(e.get("loc", [])), "msg": str(e.get("msg", ""))} for e in exc.errors]
    places = "; ".join(f"{'.'.join(str(part) for part in e['loc'][1:]) or 'request'}: {e['msg']}" for e in errors)
    return api.create_response(
        request, {"detail": f"Invalid parameter ({places})"[:1000], "errors": errors}, status=400
    )


def encode_cursor(article: Article) -> str:
    """Opaque to clients: where the next page starts in (published_at, id) order."""
    assert article.published_at is not None  # live articles always have one
    raw = json.dumps([article.published_at.isoformat(), article.pk]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[dt.datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        when, pk = json.loads(raw)
        published_at = dt.datetime.fromisoformat(when)
        # bool is an int to Python; ids are positive 64-bit integers in every database we run on.
        if published_at.tzinfo is None or type(pk) is not int or not 0 < pk < 2**63:
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise HttpError(400, "Invalid cursor") from None
    return published_at, pk


@api.get(
    "/articles",
    response={200: ArticlePage, 400: ErrorOut},
    summary="Live articles, newest first",
)
def list_articles(request: HttpRequest, filters: Query[ArticleFilters]) -> dict[str, Any]:
    sector, edition, kind, tag = filters.sector, filters.edition, filters.kind, filters.tag
    since, cursor, limit = filters.since, filters.cursor, filters.limit
    articles = Article.objects.live().for_listing()
    if sector:
        articles = articles.filter(sector__slug=sector)
    if edition and not _is_global(edition):
        # The global edition carries everything, as on the site.
        articles = articles.filter(editions__slug=edition)
    if kind:
        articles = articles.filter(kind=kind)
    if tag:
        articles = articles.filter(tags__slug=tag)
    if since:
        if since.tzinfo is None:
            raise HttpError(400, "since needs a time zone (e.g. 2025-08-19T09:00:00Z)")
        articles = articles.filter(published_at__gte=_utc(since))
    if cursor:
        published_at, pk = decode_cursor(cursor)
        published_at = _utc(published_at)
        articles = articles.filter(Q(published_at__lt=published_at) | Q(published_at=published_at, pk__lt=pk))
    page = list(articles[: limit + 1])
    next_cursor = encode_cursor(page[limit - 1]) if len(page) > limit else None
    return {"items": page[:limit], "next_cursor": next_cursor}


def _utc(value: dt.datetime) -> dt.datetime:
    """In UTC: ISO 8601 allows offsets (-16:08) PostgreSQL refuses, and UTC is what we store."""
    try:
        return value.astimezone(dt.UTC)
    except OverflowError:  # year 1 or 9999 pushed past the calendar by its offset
        raise HttpError(400, "Time out of range") from None


def _is_global(slug: str) -> bool:
    return Edition.objects.filter(slug=slug, is_global=True).exists()


def _article(article_id: int) -> Article:
    article = (
        Article.objects.select_related("sector", "image")
        .prefetch_related("tags", "authors", "editions")
        .filter(pk=article_id)
        .first()
    )
    if article is None or not (article.is_live or article.status == Article.Status.WITHDRAWN):
        raise HttpError(404, "No such article")
    return article


def _ninjs_response(request: HttpRequest, article: Article, version: str) -> HttpResponse:
    # Answered as is: the ninjs object is already JSON, NinjsOut only documents it.
    return api.create_response(request, to_ninjs(article, major=int(version[0])), status=200)


@api.get(
    "/articles/{int:article_id}",
    response={200: ArticleOut | NinjsOut, 400: ErrorOut, 404: ErrorOut, 410: ErrorOut},
    summary="One live article (format=ninjs: as IPTC ninjs)",
)
def get_article(request: HttpRequest, article_id: int, params: Query[ArticleParams]) -> Any:
    """The article in this API's shape, or with format=ninjs as IPTC ninjs (2.2, or 3.x with version=3)."""
    article = _article(article_id)
    if params.format == "ninjs":
        return _ninjs_response(request, article, params.version)
    if article.status == Article.Status.WITHDRAWN:
        raise HttpError(410, "This article was withdrawn")
    return article


@api.get(
    "/articles/{int:article_id}.ninjs",
    response={200: NinjsOut, 400: ErrorOut, 404: ErrorOut},
    summary="One article as IPTC ninjs 2.2, or 3.x with version=3 (withdrawn articles: pubstatus canceled)",
)
def get_article_ninjs(request: HttpRequest, article_id: int, params: Query[NinjsParams]) -> Any:
    """The article as IPTC ninjs: 2.2 by default, 3.x (the 3.1 schema) with version=3."""
    return _ninjs_response(request, _article(article_id), params.version)


@api.get("/sectors", response=list[SectorOut], summary="Every sector")
def list_sectors(request: HttpRequest) -> Any:
    return Sector.objects.all()


@api.get("/editions", response=list[EditionOut], summary="Every edition")
def list_editions(request: HttpRequest) -> Any:
    return Edition.objects.all()


@api.get("/trending", response=list[ArticleSummaryOut], summary="Most read live articles of the recent window")
def trending(request: HttpRequest) -> Any:
    return list(trending_articles().select_related("image"))
