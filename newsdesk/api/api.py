"""The read API at /api/v1/: JSON for apps and partners, documented at /api/v1/openapi.json.

Read-only by construction (only GET operations exist). Rate limits, CORS and
ETags are shared by every operation and live in ``middleware.ApiMiddleware``.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from typing import Any

from django.db.models import Q
from django.http import HttpRequest
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError

from newsdesk.api.ninjs import to_ninjs
from newsdesk.api.schemas import (
    ArticleOut,
    ArticlePage,
    ArticleSummaryOut,
    EditionOut,
    ErrorOut,
    SectorOut,
    ValidationErrorOut,
)
from newsdesk.metrics.services import trending as trending_articles
from newsdesk.newsroom.models import Article
from newsdesk.taxonomy.models import Edition, Sector

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


class ArticleFilters(Schema):
    sector: str | None = Field(None, description="Sector slug")
    edition: str | None = Field(None, description="Edition slug; the global edition lists everything")
    kind: Article.Kind | None = None
    tag: str | None = Field(None, description="Tag slug")
    since: dt.datetime | None = Field(None, description="Only articles published at or after this time (ISO 8601)")
    cursor: str | None = Field(None, description="next_cursor of the previous page")
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


api = NinjaAPI(
    title="Newsdesk read API",
    version="1",
    description="Live articles, sectors, editions and Trending. Read-only; rate-limited per IP.",
    urls_namespace="api-v1",
    # The interactive docs page loads scripts from a CDN, which our CSP forbids.
    docs_url=None,
    openapi_url="/openapi.json",
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
        if published_at.tzinfo is None or not isinstance(pk, int):
            raise ValueError
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError):
        raise HttpError(400, "Invalid cursor") from None
    return published_at, pk


@api.get(
    "/articles",
    response={200: ArticlePage, 400: ErrorOut, 422: ValidationErrorOut},
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


@api.get(
    "/articles/{int:article_id}",
    response={200: ArticleOut, 404: ErrorOut, 410: ErrorOut, 422: ValidationErrorOut},
    summary="One live article",
)
def get_article(request: HttpRequest, article_id: int) -> Any:
    article = _article(article_id)
    if article.status == Article.Status.WITHDRAWN:
        raise HttpError(410, "This article was withdrawn")
    return article


@api.get(
    "/articles/{int:article_id}.ninjs",
    response={200: dict[str, Any], 404: ErrorOut, 422: ValidationErrorOut},
    summary="One article as IPTC ninjs 2.2 (withdrawn articles: pubstatus canceled)",
)
def get_article_ninjs(request: HttpRequest, article_id: int) -> Any:
    return to_ninjs(_article(article_id))


@api.get("/sectors", response=list[SectorOut], summary="Every sector")
def list_sectors(request: HttpRequest) -> Any:
    return Sector.objects.all()


@api.get("/editions", response=list[EditionOut], summary="Every edition")
def list_editions(request: HttpRequest) -> Any:
    return Edition.objects.all()


@api.get("/trending", response=list[ArticleSummaryOut], summary="Most read live articles of the recent window")
def trending(request: HttpRequest) -> Any:
    return list(trending_articles().select_related("image"))
