from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.urls import reverse_lazy

from newsdesk.newsroom.models import Article

FEED_SIZE = 50


class LatestArticlesFeed(Feed[Article, None]):
    link = reverse_lazy("site:home")

    def title(self) -> str:
        return f"{settings.NEWSDESK_SITE_NAME}: latest"

    def description(self) -> str:
        return settings.NEWSDESK_SITE_TAGLINE

    def items(self) -> QuerySet[Article]:
        return Article.objects.live().for_listing()[:FEED_SIZE]

    def item_title(self, item: Article) -> str:
        return item.headline

    def item_description(self, item: Article) -> str:
        return item.standfirst

    def item_pubdate(self, item: Article) -> dt.datetime | None:
        return item.published_at

    def item_updateddate(self, item: Article) -> dt.datetime:
        return item.updated_at

    def item_categories(self, item: Article) -> list[str]:
        return [item.sector.name]
