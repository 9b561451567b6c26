"""Drop cached page chrome the moment what it shows changes.

A withdrawn story must leave Trending and Latest at once, not when a cache
expires; a renamed sector must show in the menu on the next request.

The cache is dropped after the writer's transaction commits, never inside it:
dropped inside, a concurrent reader (who still sees the old rows) could rebuild
and re-cache the old state for the cache's whole lifetime. ``on_commit`` runs
the callback at once when no transaction is open, and never if it rolls back.
"""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from newsdesk.metrics.signals import trending_refreshed
from newsdesk.newsroom.models import Article, ArticleTransition
from newsdesk.site.chrome import forget_navigation, forget_sidebar
from newsdesk.site.models import ConnectLink, StaticPage
from newsdesk.site.sitemaps import forget_past_months
from newsdesk.taxonomy.models import Edition, Sector


@receiver([post_save, post_delete], sender=Article)
@receiver(post_save, sender=ArticleTransition)
def _article_changed(sender: Any, using: str = "default", **kwargs: Any) -> None:
    transaction.on_commit(forget_sidebar, using=using)
    transaction.on_commit(forget_past_months, using=using)


@receiver([post_save, post_delete], sender=Sector)
@receiver([post_save, post_delete], sender=Edition)
@receiver([post_save, post_delete], sender=StaticPage)
@receiver([post_save, post_delete], sender=ConnectLink)
def _navigation_changed(sender: Any, using: str = "default", **kwargs: Any) -> None:
    transaction.on_commit(forget_navigation, using=using)


@receiver(trending_refreshed)
def _trending_refreshed(sender: Any, **kwargs: Any) -> None:
    # Sent after the view flush committed: the next page rebuilds Trending from the new counts.
    forget_sidebar()
