"""Keep the search index in step with articles.

Indexing runs inside the writer's transaction, so the index rolls back with the
article. A failure is logged, not raised: an index problem must never stop a
story from being saved or published; ``newsdesk reindex`` repairs it.
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import DatabaseError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from newsdesk.newsroom.models import Article
from newsdesk.search import get_backend

log = logging.getLogger(__name__)


@receiver(post_save, sender=Article)
def _article_saved(sender: Any, instance: Article, raw: bool = False, **kwargs: Any) -> None:
    if raw:  # fixtures: tags may not be loaded yet; reindex afterwards
        return
    _index(instance)


@receiver(m2m_changed, sender=Article.tags.through)
def _tags_changed(sender: Any, instance: Any, action: str, reverse: bool, **kwargs: Any) -> None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:  # tag.articles.add(...): instance is a Tag
        for article in Article.objects.filter(pk__in=kwargs.get("pk_set") or ()):
            _index(article)
    else:
        _index(instance)


@receiver(post_delete, sender=Article)
def _article_deleted(sender: Any, instance: Article, **kwargs: Any) -> None:
    try:
        with transaction.atomic():
            get_backend().remove(instance.pk)
    except DatabaseError:
        log.exception("search: could not remove article %s from the index", instance.pk)


def _index(article: Article) -> None:
    try:
        # A savepoint: on PostgreSQL a failed statement would otherwise poison
        # the caller's whole transaction.
        with transaction.atomic():
            get_backend().index(article)
    except DatabaseError:
        log.exception("search: could not index article %s", article.pk)
