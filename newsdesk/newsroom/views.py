"""Desk views for staff: the wire inbox and article previews. Readers never reach these."""

from __future__ import annotations

from typing import Any

from django.apps import apps as django_apps
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

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article
from newsdesk.taxonomy.models import Edition, Sector
from newsdesk.wires.models import WireItem

INBOX_PAGE_SIZE = 50
STATUS_CHOICES = [("", "Active and killed"), *WireItem.Status.choices, ("embargoed", "Embargoed")]


def _staff_with(request: HttpRequest, permission: str) -> None:
    # login_required sends strangers to log in; a logged-in reader gets 403, not a hint of what is here.
    user = request.user
    if not (user.is_active and user.is_staff and user.has_perm(permission)):
        raise PermissionDenied


def has_clusters() -> bool:
    # Story clusters belong to the optional enrich app.
    return django_apps.is_installed("newsdesk.enrich")


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
    cluster = params.get("cluster", "")
    if cluster.isdigit() and has_clusters():
        items = items.filter(cluster_membership__cluster_id=int(cluster))
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
        "has_clusters": has_clusters(),
    }
    return render(request, "newsroom/inbox.html", context)


def _create_from_items(request: HttpRequest) -> HttpResponse:
    _staff_with(request, services.ADD_PERMISSION)
    ids = [int(pk) for pk in request.POST.getlist("items") if pk.isdigit()]
    by_pk = WireItem.objects.select_related("source").in_bulk(ids)
    items = [by_pk[pk] for pk in ids if pk in by_pk]
    lead_id = request.POST.get("lead", "")
    lead = by_pk.get(int(lead_id)) if lead_id.isdigit() else None
    sector = Sector.objects.filter(slug=request.POST.get("sector", "")).first()
    kind = request.POST.get("kind", Article.Kind.NEWS)
    if kind not in Article.Kind.values:
        kind = Article.Kind.NEWS
    try:
        article = services.create_article_from_items(items, by=request.user, kind=kind, sector=sector, lead=lead)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return HttpResponseRedirect(f"{reverse('desk:inbox')}?{request.GET.urlencode()}")
    messages.success(request, f"Draft created from {len(items)} wire item(s).")
    return HttpResponseRedirect(reverse("admin:newsroom_article_change", args=[article.pk]))


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
        request, "site/article.html", {"article": article, "related": [], "sidebar": sidebar(), "is_preview": True}
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
