"""Desk pages for story clusters: members side by side with their evidence, split and merge.

Staff only, like the rest of ``/desk/``. Split and merge are the model methods
(``StoryCluster.split_off`` / ``merge_into``), each leaving ``ClusterCorrection`` rows.
"""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from newsdesk.enrich.models import ClusterMembership, StoryCluster
from newsdesk.enrich.summarise import standfirst
from newsdesk.lib.sanitize import plain_text

VIEW_PERMISSION = "wires.view_wireitem"
CHANGE_PERMISSION = "enrich.change_storycluster"
_ID = re.compile(r"[0-9]{1,15}")


def _staff_with(request: HttpRequest, permission: str) -> None:
    user = request.user
    if not (user.is_active and user.is_staff and user.has_perm(permission)):
        raise PermissionDenied


def _as_id(value: str | None) -> int | None:
    # ASCII digits only, small enough for any database's integer: junk is a message, never a 500.
    return int(value) if value and _ID.fullmatch(value) else None


@login_required
@require_safe
def cluster_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _staff_with(request, VIEW_PERMISSION)
    cluster = get_object_or_404(StoryCluster, pk=pk)
    members = list(
        ClusterMembership.objects.filter(cluster=cluster)
        .select_related("wire_item", "wire_item__placement", "wire_item__placement__sector")
        .order_by("happened_at", "id")
    )
    cards = []
    for member in members:
        item = member.wire_item
        placement = getattr(item, "placement", None)
        cards.append(
            {
                "member": member,
                "item": item,
                "lead": standfirst(item.headline, plain_text(item.body_html) or item.summary),
                "placement": placement,
                "shared": member.terms.get("names", []) if isinstance(member.terms, dict) else [],
            }
        )
    context = {
        "cluster": cluster,
        "cards": cards,
        "corrections": cluster.corrections_in.select_related("wire_item", "editor")[:20],
        "can_change": request.user.has_perm(CHANGE_PERMISSION),
        "title": f"Story cluster {cluster.pk}",
    }
    return render(request, "enrich/cluster_detail.html", context)


@login_required
@require_POST
def cluster_split(request: HttpRequest, pk: int) -> HttpResponse:
    _staff_with(request, CHANGE_PERMISSION)
    cluster = get_object_or_404(StoryCluster, pk=pk)
    item_id = _as_id(request.POST.get("item"))
    if item_id is None or not ClusterMembership.objects.filter(cluster=cluster, wire_item_id=item_id).exists():
        messages.error(request, "That item is not in this cluster.")
        return HttpResponseRedirect(reverse("clusters:detail", args=[cluster.pk]))
    if cluster.memberships.count() < 2:
        messages.error(request, "A cluster of one item has nothing to split.")
        return HttpResponseRedirect(reverse("clusters:detail", args=[cluster.pk]))
    new = cluster.split_off(item_id, editor=request.user)
    messages.success(request, f"Item {item_id} now stands alone in cluster {new.pk}; the correction is kept.")
    return HttpResponseRedirect(reverse("clusters:detail", args=[cluster.pk]))


@login_required
@require_POST
def cluster_merge(request: HttpRequest, pk: int) -> HttpResponse:
    _staff_with(request, CHANGE_PERMISSION)
    cluster = get_object_or_404(StoryCluster, pk=pk)
    target_id = _as_id(request.POST.get("into"))
    target = StoryCluster.objects.filter(pk=target_id).first() if target_id is not None else None
    if target is None or target.pk == cluster.pk:
        messages.error(request, "Give the number of another existing cluster to merge into.")
        return HttpResponseRedirect(reverse("clusters:detail", args=[cluster.pk]))
    moved = cluster.merge_into(target, editor=request.user)
    messages.success(request, f"{moved} item(s) moved from cluster {cluster.pk} into this one; the correction is kept.")
    return HttpResponseRedirect(reverse("clusters:detail", args=[target.pk]))
