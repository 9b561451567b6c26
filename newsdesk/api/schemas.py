"""Response shapes of the read API (validated and documented by django-ninja)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse
from ninja import Schema

from newsdesk.newsroom.models import Article, Image
from newsdesk.site.structured_data import absolute
from newsdesk.taxonomy.models import Edition, Sector


class ErrorOut(Schema):
    """Every refusal: what was wrong; for a malformed parameter, also each error and its place."""

    detail: str
    errors: list[dict[str, Any]] | None = None


class SectorOut(Schema):
    slug: str
    name: str
    description: str
    url: str

    @staticmethod
    def resolve_url(obj: Sector) -> str:
        return absolute(obj.get_absolute_url())


class SectorRef(Schema):
    slug: str
    name: str


class EditionOut(Schema):
    slug: str
    name: str
    is_global: bool
    url: str

    @staticmethod
    def resolve_url(obj: Edition) -> str:
        return absolute(obj.get_absolute_url())


class TagOut(Schema):
    slug: str
    name: str
    kind: str


class ImageOut(Schema):
    url: str
    width: int
    height: int
    alt_text: str
    caption: str
    credit: str
    digital_source_type: str | None
    ai_generated: bool
    # The reader-facing disclaimer for an AI-generated picture, "" otherwise.
    ai_label: str

    @staticmethod
    def resolve_ai_generated(obj: Image) -> bool:
        return obj.is_ai_generated

    @staticmethod
    def resolve_ai_label(obj: Image) -> str:
        return obj.disclaimer if obj.is_ai_generated else ""

    @staticmethod
    def resolve_url(obj: Image) -> str:
        return absolute(obj.file.url)

    @staticmethod
    def resolve_digital_source_type(obj: Image) -> str | None:
        # The IPTC term URI, or null when the source is not known.
        return obj.digital_source_type_uri if obj.digital_source_type else None


class ArticleSummaryOut(Schema):
    id: int
    url: str
    kind: str
    headline: str
    standfirst: str
    sector: SectorRef
    place: str
    image: ImageOut | None
    published_at: dt.datetime
    updated_at: dt.datetime

    @staticmethod
    def resolve_url(obj: Article) -> str:
        return absolute(obj.get_absolute_url())

    @staticmethod
    def resolve_place(obj: Article) -> str:
        return obj.place_label


class ArticleOut(ArticleSummaryOut):
    short_url: str
    body: str
    byline: str
    authors: list[str]
    tags: list[TagOut]
    editions: list[str]
    agency_attribution: str
    created_at: dt.datetime

    @staticmethod
    def resolve_short_url(obj: Article) -> str:
        return absolute(reverse("site:article-short", args=[obj.pk]))

    @staticmethod
    def resolve_authors(obj: Article) -> list[str]:
        return [author.name for author in obj.authors.all()]

    @staticmethod
    def resolve_editions(obj: Article) -> list[str]:
        return [edition.slug for edition in obj.editions.all()]


class ArticlePage(Schema):
    items: list[ArticleSummaryOut]
    next_cursor: str | None
