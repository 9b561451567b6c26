"""Drop cached page chrome the moment what it shows changes.

A withdrawn story must leave Trending and Latest at once, not when a cache
expires; a renamed sector must show in the menu on the next request.
"""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from newsdesk.newsroom.models import Article, ArticleTransition
from newsdesk.site.chrome import forget_navigation, forget_sidebar
from newsdesk.site.models import ConnectLink, StaticPage
from newsdesk.taxonomy.models import Edition, Sector


@receiver([post_save, post_delete], sender=Article)
@receiver(post_save, sender=ArticleTransition)
def _article_changed(sender: Any, **kwargs: Any) -> None:
    forget_sidebar()


@receiver([post_save, post_delete], sender=Sector)
@receiver([post_save, post_delete], sender=Edition)
@receiver([post_save, post_delete], sender=StaticPage)
@receiver([post_save, post_delete], sender=ConnectLink)
def _navigation_changed(sender: Any, **kwargs: Any) -> None:
    forget_navigation()
