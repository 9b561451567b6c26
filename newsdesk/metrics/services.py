"""Recording page views and ranking Trending from them."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.utils import timezone

from newsdesk.metrics.models import ArticleViewHour
from newsdesk.newsroom.models import Article, ArticleQuerySet

# Crawlers and link previewers are not readers; counting them would let any
# bot decide what Trending shows.
_BOT_MARKERS = ("bot", "crawl", "spider", "slurp", "preview", "facebookexternalhit", "curl", "wget", "python-")


def is_probably_bot(user_agent: str) -> bool:
    agent = user_agent.lower()
    return not agent or any(marker in agent for marker in _BOT_MARKERS)


def record_view(article_id: int, at: dt.datetime | None = None) -> None:
    hour = (at or timezone.now()).replace(minute=0, second=0, microsecond=0)
    bucket = ArticleViewHour.objects.filter(article_id=article_id, hour=hour)
    if bucket.update(views=F("views") + 1):
        return
    try:
        # The savepoint keeps the caller's transaction usable if another
        # request created the same bucket between our UPDATE and INSERT.
        with transaction.atomic():
            ArticleViewHour.objects.create(article_id=article_id, hour=hour, views=1)
    except IntegrityError:
        bucket.update(views=F("views") + 1)


def trending(limit: int | None = None, hours: int | None = None, now: dt.datetime | None = None) -> ArticleQuerySet:
    """Live articles ranked by views over the recent window, most read first."""
    now = now or timezone.now()
    since = now - dt.timedelta(hours=hours or settings.NEWSDESK_TRENDING_HOURS)
    return (
        Article.objects.live(now)
        .filter(view_hours__hour__gte=since)
        .annotate(recent_views=Sum("view_hours__views"))
        .select_related("sector", "image")  # the image: Trending shows the AI label
        .order_by("-recent_views", "-published_at")[: limit or settings.NEWSDESK_TRENDING_SIZE]
    )
