"""Sitemaps for crawlers: an index, one sitemap per kind, and a Google News sitemap.

Built on ``django.contrib.sitemaps``; our subclasses only choose the items and
put every URL on ``NEWSDESK_SITE_URL`` (not the request's host, which behind a
proxy may be an internal name).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max
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


class SiteUrlSitemap(Sitemap[Any]):
    def get_protocol(self, protocol: str | None = None) -> str:
        return urlsplit(settings.NEWSDESK_SITE_URL).scheme or "https"

    def get_domain(self, site: Any = None) -> str:
        return urlsplit(settings.NEWSDESK_SITE_URL).netloc


class KindSitemap(SiteUrlSitemap):
    """Every live article of one kind, oldest first so earlier pages stay stable."""

    # sitemaps.org: "no more than 50,000 URLs" per sitemap file
    # (https://www.sitemaps.org/protocol.html#index); beyond that Django pages it (?p=2).
    limit = 50_000

    kind = ""

    def articles(self) -> ArticleQuerySet:
        return Article.objects.live().filter(kind=self.kind)

    def items(self) -> ArticleQuerySet:
        return self.articles().select_related("sector", "image").order_by("published_at", "id")

    def lastmod(self, item: Article) -> dt.datetime:
        return item.updated_at

    def get_latest_lastmod(self) -> dt.datetime | None:
        # One aggregate instead of Django's default, which loads every item.
        latest: dt.datetime | None = self.articles().aggregate(latest=Max("updated_at"))["latest"]
        return latest


class NewsSitemap(KindSitemap):
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


# Not "news": that is the section of the news kind.
NEWS_SECTION = "google-news"
# Classes, not instances: Django's view makes one per request, and a sitemap
# keeps per-request state (latest_lastmod) on itself.
SITEMAPS: dict[str, type[Sitemap[Any]]] = {
    "sections": SectionsSitemap,
    **{kind.value: type(f"{kind.name.title()}Sitemap", (KindSitemap,), {"kind": kind.value}) for kind in Article.Kind},
    NEWS_SECTION: NewsSitemap,
}


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    """The sitemap index, listing each section's pages with absolute site URLs."""
    entries: list[dict[str, Any]] = []
    for section, sitemap_class in SITEMAPS.items():
        sitemap = sitemap_class()
        paginator = sitemap.paginator  # a new Paginator (and COUNT query) on every access
        if not paginator.count:
            continue  # an empty <urlset> is invalid; the section returns 404 until it has items
        location = settings.NEWSDESK_SITE_URL + reverse("sitemap-section", args=[section])
        lastmod = sitemap.get_latest_lastmod()
        pages = paginator.num_pages
        for page in range(1, pages + 1):
            entries.append({"location": location if page == 1 else f"{location}?p={page}", "lastmod": lastmod})
    response = TemplateResponse(request, "sitemaps/index.xml", {"sitemaps": entries}, content_type="application/xml")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    return response


@require_safe
def section(request: HttpRequest, section: str) -> HttpResponse:
    if section not in SITEMAPS or not SITEMAPS[section]().paginator.count:
        raise Http404("No such sitemap")
    template = "sitemaps/news.xml" if section == NEWS_SECTION else "sitemaps/urlset.xml"
    # Django's view also accepts Sitemap classes, hence its wider (invariant) dict type.
    sitemaps: dict[str, Sitemap[Any] | type[Sitemap[Any]]] = {**SITEMAPS}
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
