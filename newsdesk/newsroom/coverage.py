"""Which articles already use a wire item or cover its story cluster: what keeps the desk from
publishing the same story twice.

Clusters belong to the optional enrich app; they are reached only through ORM lookups
(``cluster_membership__cluster``), so this module imports nothing from it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from django.apps import apps as django_apps
from django.db.models import Q

from newsdesk.lib.sanitize import plain_text
from newsdesk.newsroom.models import Article
from newsdesk.wires.models import WireItem

# Sentence ends; good enough to tell an editor which lines of agency copy the story lacks.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"\w+")


def has_clusters() -> bool:
    return django_apps.is_installed("newsdesk.enrich")


def _articles(pks: Iterable[int]) -> dict[int, Article]:
    return (
        Article.objects.select_related("sector")
        .only("pk", "headline", "status", "published_at", "scheduled_for", "slug", "sector__slug")
        .in_bulk(set(pks))
    )


def articles_by_item(item_ids: Iterable[int]) -> dict[int, list[Article]]:
    """Item id -> the articles built on it (any status), newest first."""
    through = Article.wire_items.through
    rows = list(through.objects.filter(wireitem_id__in=list(item_ids)).values_list("wireitem_id", "article_id"))
    articles = _articles(article for _, article in rows)
    found: dict[int, list[Article]] = defaultdict(list)
    for item, article in sorted(rows, key=lambda row: -row[1]):
        found[item].append(articles[article])
    return dict(found)


def articles_by_cluster(cluster_ids: Iterable[int]) -> dict[int, list[Article]]:
    """Cluster id -> the articles built on any of its items, newest first."""
    if not has_clusters():
        return {}
    rows = set(
        WireItem.objects.filter(cluster_membership__cluster_id__in=list(cluster_ids), articles__isnull=False)
        .values_list("cluster_membership__cluster_id", "articles")
        .distinct()
    )
    articles = _articles(article for _, article in rows)
    found: dict[int, list[Article]] = defaultdict(list)
    for cluster, article in sorted(rows, key=lambda row: -row[1]):
        found[cluster].append(articles[article])
    return dict(found)


def live_articles_covering(items: Iterable[WireItem]) -> list[Article]:
    """Live articles built on any of ``items`` or on another item of their clusters."""
    ids = [item.pk for item in items]
    covering = Q(wire_items__in=ids)
    if has_clusters():
        clusters = WireItem.objects.filter(pk__in=ids, cluster_membership__isnull=False).values(
            "cluster_membership__cluster_id"
        )
        covering |= Q(wire_items__cluster_membership__cluster_id__in=clusters)
    pks = Article.objects.live().filter(covering).values("pk")
    return list(Article.objects.filter(pk__in=pks).select_related("sector").order_by("-published_at", "-pk"))


def _key(sentence: str) -> str:
    return " ".join(_WORD.findall(sentence.lower()))


def new_in_item(article: Article, item: WireItem) -> list[str]:
    """The sentences of ``item`` that neither the article nor any of its source items already has."""
    known_text = " ".join(
        [plain_text(article.body), article.standfirst, *(plain_text(body) for body in _source_bodies(article, item))]
    )
    known = _key(known_text)
    fresh: list[str] = []
    for sentence in _SENTENCE_END.split(plain_text(item.body_html) or item.summary):
        key = _key(sentence)
        if key and key not in known and sentence.strip() not in fresh:
            fresh.append(sentence.strip())
    return fresh


def _source_bodies(article: Article, item: WireItem) -> list[str]:
    return list(article.wire_items.exclude(pk=item.pk).values_list("body_html", flat=True))
