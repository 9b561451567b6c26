"""Public pages. Each view fetches its own content in a fixed number of queries;
navigation and side columns come from the cached chrome."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.db.models import DurationField, Exists, F, OuterRef, QuerySet, Value, Window, prefetch_related_objects
from django.db.models.functions import RowNumber
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from newsdesk.enrich.models import ClusterMembership
from newsdesk.newsroom import front
from newsdesk.newsroom.models import Article, ArticleQuerySet, Author
from newsdesk.search import get_backend
from newsdesk.search.base import SEARCH_CANDIDATES, SearchFilters
from newsdesk.site.chrome import navigation, sidebar
from newsdesk.site.models import StaticPage
from newsdesk.site.sitemaps import NEWS_SECTION
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
# The lead and the grid of top stories with pictures on the front page.
FRONT_TOP_STORIES = 7
SECTOR_BLOCK_POOL = 500
# A tag or edition on at most this many stories is listed from its links, not by walking
# the archive (see _newest_first): about where the two cost the same at a million stories.
SMALL_LIST_LINKS = 5000
MAX_SEARCH_LENGTH = 200


# Deepest page a list or search answers: OFFSET walks every row before the page,
# so an unbounded number would let one URL scan the whole archive.
MAX_PAGE = 500


class ListPage:
    """One page of a list, navigated by newer/older links without counting.

    It fetches ``per_page + 1`` rows: the extra row only says whether an older
    page exists, so no request ever runs COUNT(*) over the archive. It offers
    the names the templates use from Django's ``Page``.
    """

    def __init__(self, rows: list[Article], number: int, per_page: int) -> None:
        self.object_list = rows[:per_page]
        self.number = number
        self.per_page = per_page
        self._has_next = len(rows) > per_page and number < MAX_PAGE

    def has_next(self) -> bool:
        return self._has_next

    def has_previous(self) -> bool:
        return self.number > 1

    def has_other_pages(self) -> bool:
        return self.has_next() or self.has_previous()

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1

    def start_index(self) -> int:
        """1-based position of the first item, as ItemList JSON-LD numbers them."""
        return (self.number - 1) * self.per_page + 1 if self.object_list else 0


def page_number(request: HttpRequest) -> int:
    """The ``page`` parameter as 1..MAX_PAGE; anything else is a missing page (404).

    Junk, negatives, zero, huge numbers and NULs are what crawlers and attackers
    send; a clear 404 tells them there is no such page instead of a 500 or a
    silent page 1 that caches under endless URLs.
    """
    raw = request.GET.get("page")
    if raw is None or raw == "":
        return 1
    if not (raw.isascii() and raw.isdigit() and len(raw) <= 4):
        raise Http404("No such page")
    number = int(raw)
    if not 1 <= number <= MAX_PAGE:
        raise Http404("No such page")
    return number


def _page(request: HttpRequest, queryset: ArticleQuerySet, *, authors: bool = True) -> ListPage:
    per_page = settings.NEWSDESK_PAGE_SIZE
    number = page_number(request)
    offset = (number - 1) * per_page
    if authors:  # bylines on the cards, in one query for the page
        queryset = queryset.prefetch_related("authors")
    page = ListPage(list(queryset[offset : offset + per_page + 1]), number, per_page)
    if number > 1 and not page.object_list:
        raise Http404("No such page")
    return page


def _render_list(request: HttpRequest, queryset: ArticleQuerySet, zone: str = "", **context: Any) -> HttpResponse:
    context.setdefault("description", "")
    page = _page(request, queryset)
    if zone and page.number == 1:
        # The editors' picks for this front lead its first page (newsroom.front).
        page.object_list = front.curate(zone, page.object_list)
    return render(request, "site/article_list.html", {"page": page, "sidebar": sidebar(), **context})


def _newest_first(articles: ArticleQuerySet, links: QuerySet[Any], column: str) -> ArticleQuerySet:
    """The live stories among a tag's or edition's ``links``, newest first, read the way that is fast for its size.

    Planners estimate every tag as the average one. A big list is best read by walking
    the archive newest first and probing each story's link (an EXISTS, which SQLite
    too evaluates per row, instead of a join it would start from the links); a small
    one from its links, then sorted, ordering by an expression no index provides to
    rule out the walk, which would probe 200,000 stories for a tag on one in 10,000.
    A bounded count tells which one this is: ``column`` is the link table's indexed
    column, so it is an index-only scan of at most SMALL_LIST_LINKS entries.
    """
    if links.values(column)[: SMALL_LIST_LINKS + 1].count() > SMALL_LIST_LINKS:
        return articles.filter(Exists(links.filter(article_id=OuterRef("pk"))))
    fenced = F("published_at") + Value(dt.timedelta(0), output_field=DurationField())
    return articles.filter(pk__in=links.values("article_id")).order_by(fenced.desc(), "-id")


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    news = Article.objects.live().for_listing().filter(kind=Article.Kind.NEWS)
    page = _page(request, news, authors=False)
    if page.number == 1:
        # The editors' lead and top stories first (newsroom.front); the newest fill the rest.
        page.object_list = front.curate(front.HOME, page.object_list)
    sector_blocks: list[tuple[Sector, list[Article]]] = []
    shown_articles = list(page.object_list)
    if page.number == 1:
        # The lead and the top stories are not repeated in the sector blocks below them.
        shown = {article.pk for article in page.object_list[:FRONT_TOP_STORIES]}
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
            shown_articles.append(article)
        for sector in navigation().sectors:
            if by_sector.get(sector.pk):
                sector_blocks.append((sector, sorted(by_sector[sector.pk], key=lambda a: a.rank)))  # type: ignore[attr-defined]
    # Every byline on the page in one query, however many blocks there are.
    prefetch_related_objects(shown_articles, "authors")
    in_blocks = {a.pk for _, articles in sector_blocks for a in articles}
    # Below the blocks: the rest of the page's news that no block already shows.
    more = [a for a in page.object_list[FRONT_TOP_STORIES:] if a.pk not in in_blocks]
    context = {"page": page, "sector_blocks": sector_blocks, "more": more, "sidebar": sidebar()}
    return render(request, "site/home.html", context)


@require_safe
def sector(request: HttpRequest, slug: str) -> HttpResponse:
    current = next((s for s in navigation().sectors if s.slug == slug), None)
    if current is None:
        raise Http404("No such sector")
    articles = Article.objects.live().for_listing().filter(sector=current)
    return _render_list(
        request,
        articles,
        zone=front.sector_zone(current.slug),
        heading=current.name,
        description=current.description,
        sector=current,
    )


@require_safe
def edition(request: HttpRequest, slug: str) -> HttpResponse:
    current = next((e for e in navigation().editions if e.slug == slug), None)
    if current is None:
        raise Http404("No such edition")
    articles = Article.objects.live().for_listing()
    if not current.is_global:
        links = Article.editions.through.objects.filter(edition=current)
        articles = _newest_first(articles, links, "edition_id")
    return _render_list(
        request, articles, zone=front.edition_zone(current.slug), heading=f"{current.name} edition", edition=current
    )


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
    links = Article.tags.through.objects.filter(tag=current)
    articles = _newest_first(Article.objects.live().for_listing(), links, "tag_id")
    return _render_list(request, articles, heading=current.name, tag=current)


DATE_INPUT_FORMATS = ["%d-%m-%Y", "%Y-%m-%d"]


class SearchForm(forms.Form):
    """The search page's filters. An invalid value is dropped, never an error page."""

    q = forms.CharField(required=False)
    sector = forms.SlugField(required=False)
    edition = forms.SlugField(required=False)
    kind = forms.ChoiceField(required=False, choices=[("", "Any")] + [(key, key) for key in KIND_PAGES])
    # The site writes dates dd-mm-yyyy; ISO is still read for old links.
    since = forms.DateField(required=False, input_formats=DATE_INPUT_FORMATS)
    until = forms.DateField(required=False, input_formats=DATE_INPUT_FORMATS)


def _search_filters(data: dict[str, Any]) -> SearchFilters:
    nav = navigation()
    current_sector = next((s for s in nav.sectors if s.slug == data.get("sector")), None)
    current_edition = next((e for e in nav.editions if e.slug == data.get("edition")), None)
    return SearchFilters(
        sector_id=current_sector.pk if current_sector else None,
        edition_id=current_edition.pk if current_edition and not current_edition.is_global else None,
        kinds=tuple(KIND_PAGES[data["kind"]][0]) if data.get("kind") else (),
        published_from=data.get("since"),
        published_to=data.get("until"),
    )


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET)
    form.is_valid()  # cleaned_data keeps every field that was valid
    data = form.cleaned_data
    query = " ".join(str(data.get("q") or "").split())[:MAX_SEARCH_LENGTH]
    filters = _search_filters(data)
    page = ListPage([], 1, settings.NEWSDESK_PAGE_SIZE)
    total = 0
    suggestion = ""
    number = page_number(request)
    if query:
        per_page = settings.NEWSDESK_PAGE_SIZE
        results = get_backend().search(query, filters, offset=(number - 1) * per_page, limit=per_page + 1)
        prefetch_related_objects(results.articles, "authors")
        page = ListPage(results.articles, number, per_page)
        total = results.total
        suggestion = results.suggestion
    if number > 1 and not page.object_list:
        # A page past the last result: say so, never 500 on navigation maths.
        raise Http404("No such page")
    params = {key: value for key, value in request.GET.items() if key != "page" and value}
    return render(
        request,
        "site/article_list.html",
        {
            "page": page,
            "total": total,
            "total_capped": total >= SEARCH_CANDIDATES,
            "sidebar": sidebar(),
            "heading": "Search",
            "description": "",
            "query": query,
            "is_search": True,
            "suggestion": suggestion,
            "filters": data,
            "filter_query": urlencode(params),
            "kind_choices": [(key, label) for key, (_, label) in KIND_PAGES.items()],
        },
    )


@require_safe
def article(request: HttpRequest, sector: str, pk: int, slug: str) -> HttpResponse:
    # Whether any source item is in a story cluster comes with the article row, so a
    # story with none (most desk copy) costs no query looking for related coverage.
    in_clusters = Exists(ClusterMembership.objects.filter(wire_item__articles=OuterRef("pk")))
    current = get_object_or_404(
        Article.objects.select_related("sector", "image")
        .prefetch_related("authors", "tags", "corrections", "wire_items")
        .annotate(in_clusters=in_clusters),
        pk=pk,
    )
    if current.status == Article.Status.WITHDRAWN:
        return gone(request, current)
    if not current.is_live:
        raise Http404("No such article")
    if sector != current.sector.slug or slug != current.slug:
        # Old slugs and sectors stay valid links: send readers and crawlers to the current URL.
        return redirect(current.get_absolute_url(), permanent=True)
    related: list[Article] = []
    if current.in_clusters:  # type: ignore[attr-defined]
        # Other stories built on items of the same events (other agencies' versions): one query.
        clusters = ClusterMembership.objects.filter(wire_item__articles=current.pk).values("cluster_id")
        same_events = Article.objects.filter(wire_items__cluster_membership__cluster__in=clusters).values("pk")
        related = list(
            Article.objects.live()
            .for_listing()
            .prefetch_related("authors")
            .filter(pk__in=same_events)
            .exclude(pk=current.pk)[:4]
        )
    related_coverage = bool(related)
    if not related:
        related = list(
            Article.objects.live()
            .for_listing()
            .prefetch_related("authors")
            .filter(sector=current.sector_id)
            .exclude(pk=current.pk)[:4]
        )
    context = {"article": current, "related": related, "related_coverage": related_coverage, "sidebar": sidebar()}
    return render(request, "site/article.html", context)


@require_safe
def article_by_id(request: HttpRequest, pk: int) -> HttpResponse:
    """Short links (/a/123/) that survive any headline change.

    Only live stories redirect: ids are sequential, so redirecting a draft, scheduled or
    embargoed story would hand its headline slug to anyone walking /a/1, /a/2, ... A
    withdrawn story answers 410 like its article page; anything else like a missing id.
    """
    current = Article.objects.live().select_related("sector").filter(pk=pk).first()
    if current is None:
        withdrawn = Article.objects.filter(pk=pk, status=Article.Status.WITHDRAWN).first()
        if withdrawn is not None:
            return gone(request, withdrawn)
        raise Http404("No such article")
    return redirect(current.get_absolute_url(), permanent=True)


def gone(request: HttpRequest, withdrawn: Article) -> HttpResponse:
    """410 for a withdrawn story. Its headline and the reason are shown only if it was once public:
    a draft withdrawn before publication must not leak its headline through its URL."""
    was_public = withdrawn.transitions.filter(to_status=Article.Status.PUBLISHED).exists()
    context = {"article": withdrawn if was_public else None, "sidebar": sidebar()}
    return render(request, "site/gone.html", context, status=410)


@require_safe
def author(request: HttpRequest, slug: str) -> HttpResponse:
    current = get_object_or_404(Author, slug=slug)
    articles = Article.objects.live().for_listing().filter(authors=current)
    return _render_list(request, articles, heading=current.name, description=current.bio, author=current)


@require_safe
def static_page(request: HttpRequest, slug: str) -> HttpResponse:
    page = get_object_or_404(StaticPage, slug=slug)
    return render(request, "site/static_page.html", {"static_page": page})


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    response = render(request, "site/not_found.html", status=404)
    response.house_page = True  # type: ignore[attr-defined]  # read by site.errors under DEBUG
    return response


@require_safe
def feeds_index(request: HttpRequest) -> HttpResponse:
    """Every feed we publish, for readers who want to pick one."""
    nav = navigation()
    sections: list[tuple[str, str, list[tuple[str, str]]]] = [
        ("Latest", "latest", [("latest", "Everything")]),
        ("Sections", "kind", [(key, label) for key, (_, label) in KIND_PAGES.items()]),
        ("Sectors", "sector", [(s.slug, s.name) for s in nav.sectors]),
        ("Editions", "edition", [(e.slug, f"{e.name} edition") for e in nav.editions]),
    ]
    return render(request, "site/feeds.html", {"sections": sections, "sidebar": sidebar()})


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    # Absolute sitemap URLs, as robots.txt requires (https://www.sitemaps.org/protocol.html#submit_robots).
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        "",
        f"Sitemap: {settings.NEWSDESK_SITE_URL}{reverse('sitemap-index')}",
        f"Sitemap: {settings.NEWSDESK_SITE_URL}{reverse('sitemap-section', args=[NEWS_SECTION])}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
