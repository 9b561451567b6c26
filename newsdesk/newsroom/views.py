"""Desk views for staff: the wire inbox and article previews. Readers never reach these."""

from __future__ import annotations

import re
from typing import Any

from django.contrib import admin, messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from newsdesk.newsroom import coverage, services
from newsdesk.newsroom.models import Article
from newsdesk.taxonomy.models import Edition, Sector
from newsdesk.wires.models import WireItem

INBOX_PAGE_SIZE = 50
ID_PATTERN = re.compile(r"[0-9]{1,15}")
STATUS_CHOICES = [("", "Active and killed"), *WireItem.Status.choices, ("embargoed", "Embargoed")]


def _staff_with(request: HttpRequest, permission: str) -> None:
    # login_required sends strangers to log in; a logged-in reader gets 403, not a hint of what is here.
    user = request.user
    if not (user.is_active and user.is_staff and user.has_perm(permission)):
        raise PermissionDenied


has_clusters = coverage.has_clusters


def as_id(value: str) -> int | None:
    """A row id from a form or URL, or None: ASCII digits only ("²".isdigit() is True), and small
    enough for any database's integer (a 30-digit id would overflow SQLite's and answer 500)."""
    return int(value) if ID_PATTERN.fullmatch(value) else None


def as_ids(values: list[str]) -> list[int]:
    return [pk for pk in map(as_id, values) if pk is not None]


def _query_without(params: Any, *names: str) -> str:
    """The filters as a query string minus ``names``: links that change one filter keep all the others."""
    kept = params.copy()
    for name in names:
        kept.pop(name, None)
    return str(kept.urlencode())


def _filtered_items(params: Any) -> Any:
    items = WireItem.objects.inbox().select_related("source", "source__sector", "source__edition")
    enriched = has_clusters()
    if enriched:
        items = items.select_related("cluster_membership__cluster", "placement__sector")
    if agency := params.get("agency", ""):
        items = items.filter(agency=agency)
    # Sector and edition are the item's own (its enrich placement); an item not placed
    # yet falls back to its source's defaults until the worker places it. (One row per
    # item for editions too: a placement lists an edition at most once.)
    for param, placed, source_default in (
        ("sector", "placement__sector__slug", "source__sector__slug"),
        ("edition", "placement__editions__slug", "source__edition__slug"),
    ):
        if slug := params.get(param, ""):
            unplaced = Q(**{source_default: slug})
            if enriched:
                items = items.filter(Q(**{placed: slug}) | (Q(placement__isnull=True) & unplaced))
            else:
                items = items.filter(unplaced)
    status = params.get("status", "")
    if status == "embargoed":
        items = items.filter(embargoed_until__gt=timezone.now())
    elif status in WireItem.Status.values:
        items = items.filter(status=status)
    cluster = as_id(params.get("cluster", ""))
    if cluster is not None and has_clusters():
        items = items.filter(cluster_membership__cluster_id=cluster)
    if query := " ".join(params.get("q", "").split())[:200]:
        items = items.filter(Q(headline__icontains=query) | Q(summary__icontains=query))
    return items


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def inbox(request: HttpRequest) -> HttpResponse:
    """Wire items filtered by agency, sector, edition, status and cluster; tick some and build a draft from them."""
    _staff_with(request, "wires.view_wireitem")
    if request.method == "POST":
        return _create_from_items(request)
    items = _filtered_items(request.GET)
    page = Paginator(items, INBOX_PAGE_SIZE).get_page(request.GET.get("page"))
    _annotate_coverage(page.object_list)
    cluster = as_id(request.GET.get("cluster", ""))
    cluster_articles = coverage.articles_by_cluster([cluster]).get(cluster, []) if cluster is not None else []
    context = {
        **admin.site.each_context(request),
        "title": "Wire inbox",
        "page": page,
        "filters": request.GET,
        "agencies": WireItem.objects.order_by("agency").values_list("agency", flat=True).distinct(),
        "sectors": Sector.objects.all(),
        "editions": Edition.objects.all(),
        "statuses": STATUS_CHOICES,
        "kinds": Article.Kind.choices,
        "can_create": request.user.has_perm(services.ADD_PERMISSION),
        "can_update": request.user.has_perm(services.CHANGE_PERMISSION),
        "has_clusters": has_clusters(),
        "cluster_articles": cluster_articles,
        "query_no_cluster": _query_without(request.GET, "cluster", "page"),
        "query_no_page": _query_without(request.GET, "page"),
    }
    return render(request, "newsroom/inbox.html", context)


def _annotate_coverage(items: Any) -> None:
    """Give each item ``used_by`` (articles built on it) and ``cluster_used_by`` (on its cluster), in two queries."""
    items = list(items)
    by_item = coverage.articles_by_item(item.pk for item in items)
    clusters: dict[int, int] = {}
    if has_clusters():
        for item in items:
            membership = getattr(item, "cluster_membership", None)
            if membership is not None:
                clusters[item.pk] = membership.cluster_id
    by_cluster = coverage.articles_by_cluster(set(clusters.values()))
    for item in items:
        item.used_by = by_item.get(item.pk, [])
        item.cluster_used_by = [
            article for article in by_cluster.get(clusters.get(item.pk, 0), []) if article not in item.used_by
        ]


def _create_from_items(request: HttpRequest) -> HttpResponse:
    _staff_with(request, services.ADD_PERMISSION)
    ids = as_ids(request.POST.getlist("items"))
    by_pk = WireItem.objects.select_related("source").in_bulk(ids)
    items = [by_pk[pk] for pk in ids if pk in by_pk]
    lead_id = request.POST.get("lead", "")
    lead = by_pk.get(as_id(lead_id) or 0)
    sector = Sector.objects.filter(slug=request.POST.get("sector", "")).first()
    kind = request.POST.get("kind", Article.Kind.NEWS)
    if kind not in Article.Kind.values:
        kind = Article.Kind.NEWS
    confirmed = set(as_ids(request.POST.getlist("confirm_duplicate_of")))
    try:
        article = services.create_article_from_items(
            items, by=request.user, kind=kind, sector=sector, lead=lead, confirmed_duplicate_of=confirmed
        )
    except services.DuplicateStory as exc:
        # Not an error page: the editor sees which story exists and chooses (update it, or confirm).
        for existing in exc.existing:
            used = set(existing.wire_items.values_list("pk", flat=True))
            existing.new_items = [item for item in items if item.pk not in used]  # type: ignore[attr-defined]
        context = {
            **admin.site.each_context(request),
            "title": "This story is already published",
            "existing": exc.existing,
            "items": items,
            "lead": lead,
            "kind": kind,
            "sector": sector,
            "filters": request.GET,
        }
        return render(request, "newsroom/confirm_duplicate.html", context, status=409)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return HttpResponseRedirect(f"{reverse('desk:inbox')}?{request.GET.urlencode()}")
    messages.success(request, f"Draft created from {len(items)} wire item(s).")
    return HttpResponseRedirect(reverse("admin:newsroom_article_change", args=[article.pk]))


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def update_from_item(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    """Another agency's copy of a covered story: what it adds, and one button to make it a source."""
    _staff_with(request, services.CHANGE_PERMISSION)
    article = get_object_or_404(Article.objects.select_related("sector"), pk=pk)
    item = get_object_or_404(WireItem, pk=item_pk)
    if request.method == "POST":
        try:
            fresh = services.update_article_from_item(article, item, by=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return HttpResponseRedirect(reverse("desk:update-from-item", args=[pk, item_pk]))
        news = f" New in it: {' / '.join(fresh[:3])}" if fresh else " It adds nothing the story lacks."
        messages.success(request, f"{item.agency}'s item is now a source of this story.{news}"[:1000])
        return HttpResponseRedirect(reverse("admin:newsroom_article_change", args=[article.pk]))
    context = {
        **admin.site.each_context(request),
        "title": f"Update “{article.headline}”",
        "article": article,
        "item": item,
        "fresh": coverage.new_in_item(article, item),
        "already_source": article.wire_items.filter(pk=item.pk).exists(),
    }
    return render(request, "newsroom/update_from_item.html", context)


@login_required
@require_safe
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The article as readers will see it, whatever its status; staff only, never cached or indexed."""
    _staff_with(request, "newsroom.view_article")
    article = get_object_or_404(
        Article.objects.select_related("sector", "image").prefetch_related("authors", "tags"), pk=pk
    )
    # The site owns the page template and its side columns; imported here so the
    # newsroom app does not depend on the site app at import time.
    from newsdesk.site.chrome import sidebar

    response = render(
        request, "newsroom/preview.html", {"article": article, "related": [], "sidebar": sidebar(), "is_preview": True}
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
