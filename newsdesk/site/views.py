"""Public pages. Each view fetches its own content in a fixed number of queries;
navigation and side columns come from the cached chrome."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe

from newsdesk.metrics.services import is_probably_bot, record_view
from newsdesk.newsroom.models import Article, ArticleQuerySet
from newsdesk.site.chrome import navigation, sidebar
from newsdesk.site.models import StaticPage
from newsdesk.taxonomy.models import Sector, Tag

# URL segment -> the kinds it lists, and its heading.
KIND_PAGES: dict[str, tuple[list[str], str]] = {
    "news": ([Article.Kind.NEWS], "Latest News"),
    "shots": ([Article.Kind.SHOT], "Shots"),
    "opinion": ([Article.Kind.OPINION], "Opinion"),
    "blog": ([Article.Kind.BLOG], "Blog"),
    "interview": ([Article.Kind.INTERVIEW], "Interviews"),
    "views": ([Article.Kind.OPINION, Article.Kind.BLOG, Article.Kind.INTERVIEW], "Opinion / Blog / Interview"),
}
SECTOR_BLOCK_SIZE = 3
SECTOR_BLOCK_POOL = 500
MAX_SEARCH_LENGTH = 200


def _page(request: HttpRequest, queryset: ArticleQuerySet) -> Page[Article]:
    paginator = Paginator(queryset, settings.NEWSDESK_PAGE_SIZE)
    # get_page() turns "abc", "-1" or "99999" into a valid page instead of an error.
    return paginator.get_page(request.GET.get("page"))


def _render_list(request: HttpRequest, queryset: ArticleQuerySet, **context: Any) -> HttpResponse:
    context.setdefault("description", "")
    return render(
        request, "site/article_list.html", {"page": _page(request, queryset), "sidebar": sidebar(), **context}
    )


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    news = Article.objects.live().for_listing().filter(kind=Article.Kind.NEWS)
    page = _page(request, news)
    sector_blocks: list[tuple[Sector, list[Article]]] = []
    if page.number == 1:
        shown = {article.pk for article in page.object_list}
        # Rank only the most recent stories: a window over the whole archive
        # costs ~90 ms at 10,000 articles; a sector with nothing this recent
        # has no block on the front page anyway.
        recent = news.values("pk")[:SECTOR_BLOCK_POOL]
        ranked = (
            Article.objects.filter(pk__in=recent)
            .exclude(pk__in=shown)
            .annotate(rank=Window(RowNumber(), partition_by=F("sector_id"), order_by=F("published_at").desc()))
            .filter(rank__lte=SECTOR_BLOCK_SIZE)
            .select_related("sector", "image")
        )
        by_sector: defaultdict[int, list[Article]] = defaultdict(list)
        for article in ranked:
            by_sector[article.sector_id].append(article)
        for sector in navigation().sectors:
            if by_sector.get(sector.pk):
                sector_blocks.append((sector, sorted(by_sector[sector.pk], key=lambda a: a.rank)))  # type: ignore[attr-defined]
    return render(request, "site/home.html", {"page": page, "sector_blocks": sector_blocks, "sidebar": sidebar()})


@require_safe
def sector(request: HttpRequest, slug: str) -> HttpResponse:
    current = next((s for s in navigation().sectors if s.slug == slug), None)
    if current is None:
        raise Http404("No such sector")
    articles = Article.objects.live().for_listing().filter(sector=current)
    return _render_list(request, articles, heading=current.name, description=current.description, sector=current)


@require_safe
def edition(request: HttpRequest, slug: str) -> HttpResponse:
    current = next((e for e in navigation().editions if e.slug == slug), None)
    if current is None:
        raise Http404("No such edition")
    articles = Article.objects.live().for_listing()
    if not current.is_global:
        articles = articles.filter(editions=current)
    return _render_list(request, articles, heading=f"{current.name} edition", edition=current)


@require_safe
def kind(request: HttpRequest, kind: str) -> HttpResponse:
    if kind not in KIND_PAGES:
        raise Http404("No such section")
    kinds, heading = KIND_PAGES[kind]
    articles = Article.objects.live().for_listing().filter(kind__in=kinds)
    return _render_list(request, articles, heading=heading, kind=kind)


@require_safe
def tag(request: HttpRequest, slug: str) -> HttpResponse:
    current = get_object_or_404(Tag, slug=slug)
    articles = Article.objects.live().for_listing().filter(tags=current)
    return _render_list(request, articles, heading=current.name, tag=current)


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    query = " ".join(request.GET.get("q", "").split())[:MAX_SEARCH_LENGTH]
    articles = Article.objects.none()
    if query:
        articles = (
            Article.objects.live()
            .for_listing()
            .filter(Q(headline__icontains=query) | Q(standfirst__icontains=query) | Q(body__icontains=query))
        )
    return _render_list(request, articles, heading="Search", query=query, is_search=True)


@require_safe
def article(request: HttpRequest, sector: str, pk: int, slug: str) -> HttpResponse:
    current = get_object_or_404(
        Article.objects.select_related("sector", "image").prefetch_related("authors", "tags"), pk=pk
    )
    if current.status == Article.Status.WITHDRAWN:
        return render(request, "site/gone.html", {"article": current, "sidebar": sidebar()}, status=410)
    if not current.is_live:
        raise Http404("No such article")
    if sector != current.sector.slug or slug != current.slug:
        # Old slugs and sectors stay valid links: send readers and crawlers to the current URL.
        return redirect(current.get_absolute_url(), permanent=True)
    if request.method == "GET" and not is_probably_bot(request.headers.get("User-Agent", "")):
        record_view(current.pk)
    related = Article.objects.live().for_listing().filter(sector=current.sector_id).exclude(pk=current.pk)[:4]
    return render(request, "site/article.html", {"article": current, "related": related, "sidebar": sidebar()})


def article_by_id(request: HttpRequest, pk: int) -> HttpResponsePermanentRedirect:
    """Short links (/a/123/) that survive any headline change."""
    current = get_object_or_404(Article.objects.select_related("sector"), pk=pk)
    return redirect(current.get_absolute_url(), permanent=True)


@require_safe
def static_page(request: HttpRequest, slug: str) -> HttpResponse:
    page = get_object_or_404(StaticPage, slug=slug)
    return render(request, "site/static_page.html", {"static_page": page})


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "site/not_found.html", status=404)
