"""Sitemaps for crawlers: an index, one sitemap per kind and month, and a Google News sitemap.

Built on ``django.contrib.sitemaps``; our subclasses only choose the items and
put every URL on ``NEWSDESK_SITE_URL`` (not the request's host, which behind a
proxy may be an internal name).

Articles go in the sitemap of their kind and of the month of their
``published_at`` in UTC (``/sitemap-news-2026-11.xml``), so a month's document
changes only while that month's stories are edited and crawlers can skip the
rest by the index's ``lastmod``.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.cache import cache
from django.db.models import Count, Max
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from newsdesk.newsroom.models import Article, ArticleQuerySet

# Google News reads only stories published in the last two days
# (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap).
NEWS_WINDOW = dt.timedelta(hours=48)
# ...and at most 1,000 <news:news> entries per sitemap (same page).
NEWS_LIMIT = 1000
# Google News genres for our kinds; news and shots carry none.
NEWS_GENRES = {Article.Kind.OPINION: "Opinion", Article.Kind.BLOG: "Blog"}
# sitemaps.org: "no more than 50,000 URLs" per sitemap file
# (https://www.sitemaps.org/protocol.html#index); a busier month is paged by Django (?p=2).
URL_LIMIT = 50_000


class SiteUrlSitemap(Sitemap[Any]):
    def get_protocol(self, protocol: str | None = None) -> str:
        return urlsplit(settings.NEWSDESK_SITE_URL).scheme or "https"

    def get_domain(self, site: Any = None) -> str:
        return urlsplit(settings.NEWSDESK_SITE_URL).netloc


def month_bounds(year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants [start, end) of a calendar month; ValueError for no such month."""
    start = dt.datetime(year, month, 1, tzinfo=dt.UTC)
    end = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=dt.UTC)
    return start, end


class MonthSitemap(SiteUrlSitemap):
    """Every live article of one kind published in one UTC month, oldest first so pages stay stable."""

    limit = URL_LIMIT

    def __init__(self, kind: str, year: int, month: int) -> None:
        self.kind = kind
        self.start, self.end = month_bounds(year, month)

    def articles(self) -> ArticleQuerySet:
        # A range, not published_at__month: Django would take the month in the
        # current (local) time zone, the index groups by the UTC month.
        return Article.objects.live().filter(kind=self.kind, published_at__gte=self.start, published_at__lt=self.end)

    def items(self) -> ArticleQuerySet:
        return self.articles().select_related("sector", "image").order_by("published_at", "id")

    def lastmod(self, item: Article) -> dt.datetime:
        return item.updated_at

    def get_latest_lastmod(self) -> dt.datetime | None:
        # One aggregate instead of Django's default, which loads every item.
        latest: dt.datetime | None = self.articles().aggregate(latest=Max("updated_at"))["latest"]
        return latest


class NewsSitemap(SiteUrlSitemap):
    """Everything published in the last 48 hours, whatever its kind."""

    limit = NEWS_LIMIT

    def articles(self) -> ArticleQuerySet:
        now = timezone.now()
        return Article.objects.live(now).filter(published_at__gte=now - NEWS_WINDOW)

    def items(self) -> ArticleQuerySet:
        return (
            self.articles()
            .select_related("sector", "image")
            .prefetch_related("tags")
            .order_by("-published_at", "-id")[:NEWS_LIMIT]
        )

    def lastmod(self, item: Article) -> dt.datetime:
        return item.updated_at


class SectionsSitemap(SiteUrlSitemap):
    """The front page and every section page. Never empty, so the index never is
    (sitemaps.org schemas require at least one entry in each document)."""

    def items(self) -> list[str]:
        from newsdesk.site.chrome import navigation
        from newsdesk.site.views import KIND_PAGES

        nav = navigation()
        return [
            reverse("site:home"),
            *(reverse("site:kind", args=[kind]) for kind in KIND_PAGES),
            *(sector.get_absolute_url() for sector in nav.sectors),
            *(edition.get_absolute_url() for edition in nav.editions),
        ]

    def location(self, item: str) -> str:
        return item


SECTIONS_SECTION = "sections"
# Not "news": that is the section of the news kind.
NEWS_SECTION = "google-news"
KINDS = frozenset(Article.Kind.values)


def month_section(kind: str, month: dt.date | dt.datetime) -> str:
    return f"{kind}-{month.year:04d}-{month.month:02d}"


def _location(section: str, page: int = 1) -> str:
    location = settings.NEWSDESK_SITE_URL + reverse("sitemap-section", args=[section])
    return location if page == 1 else f"{location}?p={page}"


# Months before the current one are aggregated over the archive once, then cached until
# an article changes (``site.signals``) or the month turns; the current month, small and
# where nearly every change lands, is aggregated on each request over its own index range.
PAST_MONTHS_CACHE_SECONDS = 3600
PAST_MONTHS_KEY = "sitemaps:past-months:v1"


def _month_rows(articles: ArticleQuerySet) -> list[dict[str, Any]]:
    return list(
        articles.annotate(month=TruncMonth("published_at", tzinfo=dt.UTC))
        .values("kind", "month")
        .annotate(count=Count("id"), latest=Max("updated_at"))
        .order_by("kind", "month")
    )


def _past_month_rows(month_start: dt.datetime) -> list[dict[str, Any]]:
    cached: tuple[dt.datetime, list[dict[str, Any]]] | None = cache.get(PAST_MONTHS_KEY)
    if cached is not None and cached[0] == month_start:
        return cached[1]
    rows = _month_rows(Article.objects.live(month_start).filter(published_at__lt=month_start))
    cache.set(PAST_MONTHS_KEY, (month_start, rows), PAST_MONTHS_CACHE_SECONDS)
    return rows


def forget_past_months() -> None:
    cache.delete(PAST_MONTHS_KEY)


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    """The sitemap index: sections, Google News, then each (kind, month) with live articles.

    A fixed number of queries however many months there are, and no aggregate over
    the whole archive on each request: past months come from the cache (see above),
    the current month from one aggregate over its own rows.
    """
    now = timezone.now()
    entries: list[dict[str, Any]] = [{"location": _location(SECTIONS_SECTION), "lastmod": None}]
    news = NewsSitemap().articles().aggregate(count=Count("id"), latest=Max("updated_at"))
    if news["count"]:  # an empty <urlset> is invalid; the section returns 404 until it has items
        entries.append({"location": _location(NEWS_SECTION), "lastmod": news["latest"]})
    month_start = now.astimezone(dt.UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    current = _month_rows(Article.objects.live(now).filter(published_at__gte=month_start))
    months = sorted(_past_month_rows(month_start) + current, key=lambda row: (row["kind"], row["month"]))
    for row in months:
        section = month_section(row["kind"], row["month"])
        for page in range(1, math.ceil(row["count"] / MonthSitemap.limit) + 1):
            entries.append({"location": _location(section, page), "lastmod": row["latest"]})
    response = TemplateResponse(request, "sitemaps/index.xml", {"sitemaps": entries}, content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


def _sitemap_for(section: str) -> SiteUrlSitemap:
    if section == SECTIONS_SECTION:
        return SectionsSitemap()
    if section == NEWS_SECTION:
        return NewsSitemap()
    kind, _, month = section.partition("-")
    year_text, _, month_text = month.partition("-")
    if kind in KINDS and len(year_text) == 4 and len(month_text) == 2:
        try:
            return MonthSitemap(kind, int(year_text), int(month_text))
        except ValueError:  # not digits, or no such month
            pass
    raise Http404("No such sitemap")


@require_safe
def section(request: HttpRequest, section: str) -> HttpResponse:
    sitemap = _sitemap_for(section)
    if not sitemap.paginator.count:
        raise Http404("No such sitemap")
    template = "sitemaps/news.xml" if section == NEWS_SECTION else "sitemaps/urlset.xml"
    # Django's view also accepts Sitemap classes, hence its wider (invariant) dict type.
    sitemaps: dict[str, Sitemap[Any] | type[Sitemap[Any]]] = {section: sitemap}
    response: HttpResponse = sitemap_views.sitemap(
        request, sitemaps=sitemaps, section=section, template_name=template, content_type="application/xml"
    )
    if isinstance(response, TemplateResponse):
        response.context_data = {
            **(response.context_data or {}),
            "publication_name": settings.NEWSDESK_SITE_NAME,
            "publication_language": settings.LANGUAGE_CODE.split("-")[0].lower(),
            "genres": NEWS_GENRES,
        }
    return response
