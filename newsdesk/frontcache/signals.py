"""Purge the front cache by key when a story, or what frames it, changes.

Every state change of an article (publish, update, correction, withdrawal, a
wire kill, an embargo release that publishes, a scheduled publication) ends in
a save of the ``Article`` row or of an ``ArticleTransition`` audit row inside
the change's transaction, so listening here catches all of them with no call
in each workflow. The keys are read inside the transaction (the state about
to be committed) and sent by ``purge_keys`` after it commits.

What must go at once is purged hard: the story's own page and every list that
does or did show it. The side columns and "more in the sector" lists on other
pages are purged softly (served once more while refetched), except when a
story is withdrawn or deleted: then its headline must leave every page now.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from newsdesk.frontcache import keys
from newsdesk.frontcache.purge import purge_keys
from newsdesk.metrics.signals import trending_refreshed
from newsdesk.newsroom.models import Article, ArticleTransition, Correction, FrontPick
from newsdesk.site.models import ConnectLink, StaticPage
from newsdesk.taxonomy.models import Edition, Sector, Tag

# Lists that may show any story, whatever its sector or tags.
EVERY_STORY_LISTS = (keys.HOME, keys.KINDS, keys.LATEST, keys.SITEMAPS, keys.SEARCH)


def article_keys(article: Article) -> tuple[list[str], list[str]]:
    """(hard, soft) keys of the pages that show ``article``, read from the database now."""
    sector_slug = Sector.objects.filter(pk=article.sector_id).values_list("slug", flat=True).first()
    editions = Edition.objects.filter(articles=article.pk).values_list("slug", flat=True)
    # A global edition lists every story, tagged with it or not.
    global_editions = Edition.objects.filter(is_global=True).values_list("slug", flat=True)
    tags = Tag.objects.filter(articles=article.pk).values_list("slug", flat=True)
    hard = [keys.article(article.pk), *EVERY_STORY_LISTS]
    hard += [keys.edition(slug) for slug in {*editions, *global_editions}]
    hard += [keys.tag(slug) for slug in tags]
    soft = [keys.SIDEBAR]
    if sector_slug:
        hard.append(keys.sector(sector_slug))
        soft.append(keys.related(sector_slug))
    return hard, soft


def enabled() -> bool:
    # Without a front cache, no key is worth a query: saves stay as cheap as before.
    return bool(settings.NEWSDESK_FRONTCACHE_URL)


def purge_article(article: Article, *, gone: bool, using: str) -> None:
    hard, soft = article_keys(article)
    purge_keys(*hard, using=using)
    purge_keys(*soft, soft=not gone, using=using)


@receiver(pre_save, sender=Article)
def _article_moving(sender: Any, instance: Article, using: str = "default", **kwargs: Any) -> None:
    if not enabled():
        return
    # A story moved to another sector leaves its old sector's list: purge that one too.
    if instance.pk is None:
        return
    old = Article.objects.filter(pk=instance.pk).values_list("sector__slug", flat=True).first()
    if old is not None and old != getattr(instance.sector, "slug", None):
        purge_keys(keys.sector(old), keys.related(old), using=using)


@receiver(post_save, sender=Article)
def _article_saved(sender: Any, instance: Article, using: str = "default", **kwargs: Any) -> None:
    if not enabled():
        return
    purge_article(instance, gone=instance.status == Article.Status.WITHDRAWN, using=using)


@receiver(pre_delete, sender=Article)
def _article_deleted(sender: Any, instance: Article, using: str = "default", **kwargs: Any) -> None:
    if not enabled():
        return
    # Before the delete: afterwards its editions and tags are gone with it.
    purge_article(instance, gone=True, using=using)


@receiver(post_save, sender=ArticleTransition)
def _article_transition(sender: Any, instance: ArticleTransition, using: str = "default", **kwargs: Any) -> None:
    if not enabled():
        return
    # Transitions change the row with a queryset update (no Article post_save): publish,
    # schedule, withdraw, the scheduled publication and the wire kill all pass here.
    article = Article.objects.filter(pk=instance.article_id).only("pk", "sector_id").first()
    if article is not None:
        was_shown = instance.from_status == Article.Status.PUBLISHED
        purge_article(article, gone=was_shown and instance.to_status != Article.Status.PUBLISHED, using=using)


@receiver([post_save, post_delete], sender=Correction)
def _correction_changed(sender: Any, instance: Correction, using: str = "default", **kwargs: Any) -> None:
    if not enabled():
        return
    # Shown on the article page and in its feed entries; must show at once.
    article = Article.objects.filter(pk=instance.article_id).only("pk", "sector_id").first()
    if article is not None:
        purge_article(article, gone=False, using=using)


@receiver(m2m_changed, sender=Article.tags.through)
@receiver(m2m_changed, sender=Article.editions.through)
def _article_lists_changed(sender: Any, instance: Any, action: str, using: str = "default", **kwargs: Any) -> None:
    if not enabled():
        return
    if action not in ("post_add", "post_remove", "pre_clear"):
        return
    list_model: type[Tag] | type[Edition] = Tag if sender is Article.tags.through else Edition
    list_key = keys.tag if list_model is Tag else keys.edition
    story_field = "tags" if list_model is Tag else "editions"
    if isinstance(instance, Article):
        lists = list_model.objects.filter(articles=instance.pk)
        if action != "pre_clear":
            lists = list_model.objects.filter(pk__in=kwargs.get("pk_set") or ())
        purge_keys(
            keys.article(instance.pk), *(list_key(slug) for slug in lists.values_list("slug", flat=True)), using=using
        )
    else:
        # Changed from the tag's or edition's side: that list and the stories added or removed.
        stories = kwargs.get("pk_set") or ()
        if action == "pre_clear":
            stories = list(Article.objects.filter(**{story_field: instance.pk}).values_list("pk", flat=True))
        purge_keys(list_key(instance.slug), *(keys.article(pk) for pk in stories), using=using)


def front_key(zone: str) -> str | None:
    """The key of the front a pick is on: "home", "sector:<slug>" or "edition:<slug>"."""
    if zone == "home":
        return keys.HOME
    kind, _, slug = zone.partition(":")
    if kind == "sector" and slug:
        return keys.sector(slug)
    if kind == "edition" and slug:
        return keys.edition(slug)
    return None


@receiver(pre_save, sender=FrontPick)
def _front_pick_moving(sender: Any, instance: FrontPick, using: str = "default", **kwargs: Any) -> None:
    if not enabled() or instance.pk is None:
        return
    # A pick moved to another front leaves the old one: purge that one too.
    old = FrontPick.objects.filter(pk=instance.pk).values_list("zone", flat=True).first()
    if old is not None and old != instance.zone and (key := front_key(old)):
        purge_keys(key, using=using)


@receiver([post_save, post_delete], sender=FrontPick)
def _front_pick_changed(sender: Any, instance: FrontPick, using: str = "default", **kwargs: Any) -> None:
    if not enabled():
        return
    # An editor's choice of lead or top story shows on that front at once.
    if key := front_key(instance.zone):
        purge_keys(key, using=using)


@receiver([post_save, post_delete], sender=Tag)
def _tag_changed(sender: Any, instance: Tag, using: str = "default", created: bool = False, **kwargs: Any) -> None:
    if not enabled():
        return
    # A new tag is on no page yet but its (cached 404) list; a renamed one is named on story pages.
    purge_keys(keys.tag(instance.slug), using=using)
    if not created:
        purge_keys(keys.SITE, soft=True, using=using)


@receiver([post_save, post_delete], sender=Sector)
@receiver([post_save, post_delete], sender=Edition)
@receiver([post_save, post_delete], sender=StaticPage)
@receiver([post_save, post_delete], sender=ConnectLink)
def _frame_changed(sender: Any, instance: Any, using: str = "default", **kwargs: Any) -> None:
    if not enabled():
        return
    # Menus and footers are on every page, and these change rarely: purge everything.
    purge_keys(keys.SITE, using=using)


@receiver(trending_refreshed)
def _trending_refreshed(sender: Any, **kwargs: Any) -> None:
    if not enabled():
        return
    # Sent after the view flush commits, and after site.signals dropped the cached side columns
    # (the site app is installed first): pages are served once more while Varnish refetches them.
    purge_keys(keys.TRENDING, soft=True)
