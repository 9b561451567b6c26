"""Curated fronts: the editors' picks first, in their order, then the automatic order fills the rest."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.db.models import Q
from django.utils import timezone

from newsdesk.newsroom.models import Article, FrontPick

HOME = "home"


def sector_zone(slug: str) -> str:
    return f"sector:{slug}"


def edition_zone(slug: str) -> str:
    return f"edition:{slug}"


def picks(zone: str, now: dt.datetime | None = None) -> list[Article]:
    """The live stories picked for ``zone`` and not expired, lead first; one query."""
    now = now or timezone.now()
    chosen = (
        FrontPick.objects.filter(zone=zone)
        .filter(Q(until__isnull=True) | Q(until__gt=now))
        .filter(article__in=Article.objects.live(now))
        .select_related("article", "article__sector", "article__image")
        .order_by("position")
    )
    return [pick.article for pick in chosen]


def curate(zone: str, automatic: Sequence[Article], now: dt.datetime | None = None) -> list[Article]:
    """``automatic`` (newest first) with the zone's picks moved to the front, each story once."""
    chosen = picks(zone, now)
    ids = {article.pk for article in chosen}
    return [*chosen, *(article for article in automatic if article.pk not in ids)]
