"""The story page's buttons: Publish, Update, Schedule, Unschedule, Withdraw and Correct.

Each is one POST to one model transition (through services, which check the role);
a second click of the same button finds the work done and says so, it never acts twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article

REASON_MAX = 300


def site_zone() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def parse_site_time(value: str) -> dt.datetime:
    """A ``datetime-local`` value read in the site's zone (what the desk's labels say), as an aware time."""
    try:
        naive = dt.datetime.fromisoformat(value.strip()[:32])
    except ValueError:
        raise ValidationError("Give a date and time, e.g. 2025-08-19 14:30.") from None
    if naive.tzinfo is not None:
        raise ValidationError("Give the time in the site's zone, without an offset.")
    return naive.replace(tzinfo=site_zone())


def parse_seen(value: str) -> dt.datetime | None:
    """The "Updated" time the page showed (ISO, from a hidden field); junk reads as unknown."""
    try:
        seen = dt.datetime.fromisoformat(value.strip()[:40])
    except ValueError:
        return None
    return seen if seen.tzinfo is not None else None


def _back(article: Article) -> HttpResponseRedirect:
    return HttpResponseRedirect(reverse("admin:newsroom_article_change", args=[article.pk]))


def _publish(request: HttpRequest, article: Article) -> str:
    if services.publish_article(article, by=request.user):
        return "Published."
    return "Already published; nothing changed."


def _update(request: HttpRequest, article: Article) -> str:
    if services.update_article(article, by=request.user, seen=parse_seen(request.POST.get("seen", ""))):
        return f"Marked updated at {timezone.localtime(article.updated_at):%d-%m-%Y %H:%M %Z}."
    return "Already marked updated; nothing changed."


def _schedule(request: HttpRequest, article: Article) -> str:
    when = parse_site_time(request.POST.get("when", ""))
    if services.schedule_article(article, when, by=request.user):
        return f"Scheduled for {timezone.localtime(when):%d-%m-%Y %H:%M %Z}."
    return "Already scheduled for that time; nothing changed."


def _unschedule(request: HttpRequest, article: Article) -> str:
    if services.unschedule_article(article, by=request.user):
        return "Unscheduled: back to draft."
    return "Not scheduled; nothing changed."


def _withdraw(request: HttpRequest, article: Article) -> str:
    reason = " ".join(request.POST.get("reason", "").split())
    if not reason:
        raise ValidationError("Say why: readers see the reason on the story's page.")
    if len(reason) > REASON_MAX:
        raise ValidationError(f"Keep the reason under {REASON_MAX} characters.")
    if services.withdraw_article(article, reason, by=request.user):
        return "Withdrawn: the page now answers 410 with the reason."
    return "Already withdrawn; nothing changed."


def _correct(request: HttpRequest, article: Article) -> str:
    seen = parse_seen(request.POST.get("seen", ""))
    if seen is None:
        raise ValidationError("Reload the story and try again.")
    if services.correct_once(article, request.POST.get("text", ""), by=request.user, seen_updated=seen):
        return "Correction published under the story."
    return "The story changed since you opened it (or the correction was already added); nothing added."


ACTIONS: dict[str, Callable[[HttpRequest, Article], str]] = {
    "publish": _publish,
    "update": _update,
    "schedule": _schedule,
    "unschedule": _unschedule,
    "withdraw": _withdraw,
    "correct": _correct,
}


@login_required
@require_POST
def act(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    handler = ACTIONS.get(action)
    if handler is None:
        raise Http404("No such action")
    if not request.user.is_staff:
        raise PermissionDenied
    article = get_object_or_404(Article, pk=pk)
    try:
        messages.success(request, handler(request, article))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return _back(article)


@login_required
@require_http_methods(["GET", "HEAD"])
def confirm_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """The Withdraw button's confirmation: what happens, and the reason readers will read."""
    if not (request.user.is_staff and request.user.has_perm(services.WITHDRAW_PERMISSION)):
        raise PermissionDenied
    article = get_object_or_404(Article.objects.select_related("sector"), pk=pk)
    context = {
        **admin.site.each_context(request),
        "title": f"Withdraw “{article.headline}”?",
        "article": article,
        "reason_max": REASON_MAX,
    }
    return render(request, "newsroom/confirm_withdraw.html", context)
