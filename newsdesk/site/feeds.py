"""RSS 2.0, Atom and JSON Feed for the latest stories and every section.

One ``Feed`` subclass per scope (latest, sector, edition, tag, kind); the format
is only the ``feed_type`` (a feed generator), so every format carries the same
items, GUIDs and metadata.
"""

from __future__ import annotations

import datetime as dt
import json
import mimetypes
from typing import IO, Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed, SyndicationFeed, rfc3339_date
from django.utils.xmlutils import SimplerXMLGenerator

from newsdesk.newsroom.models import Article, ArticleQuerySet
from newsdesk.site.structured_data import absolute
from newsdesk.site.views import KIND_PAGES
from newsdesk.taxonomy.models import Edition, Sector, Tag

FEED_SIZE = 50
MEDIA_NS = "http://search.yahoo.com/mrss/"


def _media_elements(handler: SimplerXMLGenerator, item: dict[str, Any]) -> None:
    """Media RSS ``media:content`` with the image's credit, which enclosures cannot carry."""
    if not item.get("image_url"):
        return
    attributes = {"url": item["image_url"], "medium": "image", "type": item["image_type"],
                  "width": str(item["image_width"]), "height": str(item["image_height"])}  # fmt: skip
    # The stub asks for AttributesImpl; Django's own generators pass plain dicts.
    handler.startElement("media:content", attributes)  # type: ignore[arg-type]
    if item.get("image_credit"):
        handler.addQuickElement("media:credit", item["image_credit"])
    if item.get("image_caption"):
        handler.addQuickElement("media:description", item["image_caption"])
    handler.endElement("media:content")


class MediaRssFeed(Rss201rev2Feed):
    def rss_attributes(self) -> dict[str, str]:
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler: SimplerXMLGenerator, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        _media_elements(handler, item)


class MediaAtomFeed(Atom1Feed):
    def root_attributes(self) -> dict[str, str]:
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler: SimplerXMLGenerator, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        _media_elements(handler, item)


class JsonFeed(SyndicationFeed):
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) from the same items as RSS and Atom."""

    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile: IO[str], encoding: str) -> None:
        feed = self.feed
        data: dict[str, Any] = {
            "version": "https://jsonfeed.org/version/1.1",
            "title": feed["title"],
            "home_page_url": feed["link"],
            "feed_url": feed["feed_url"],
            "description": feed["description"],
            "language": feed["language"],
            "items": [self._item(item) for item in self.items],
        }
        outfile.write(json.dumps({k: v for k, v in data.items() if v is not None}, ensure_ascii=False))

    @staticmethod
    def _item(item: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": item["unique_id"],
            "url": item["link"],
            "title": item["title"],
            "summary": item["description"],
            "content_text": item["description"],
            "date_published": rfc3339_date(item["pubdate"]),
            "date_modified": rfc3339_date(item["updateddate"]),
            "authors": [{"name": item["author_name"]}],
            "tags": list(item["categories"] or []),
        }
        if item.get("image_url"):
            out["image"] = item["image_url"]
            out["attachments"] = [
                {"url": enclosure.url, "mime_type": enclosure.mime_type, "size_in_bytes": int(enclosure.length)}
                for enclosure in item["enclosures"]
            ]
            # Extensions start with "_" (JSON Feed 1.1, "Extensions").
            out["_newsdesk"] = {"image_credit": item["image_credit"], "image_caption": item["image_caption"]}
        return out


FORMATS: dict[str, type[SyndicationFeed]] = {"rss": MediaRssFeed, "atom": MediaAtomFeed, "json": JsonFeed}


class LatestArticlesFeed(Feed[Article, Any]):
    """The latest live stories. Subclasses narrow ``get_object`` and ``articles``."""

    scope = "latest"
    feed_type: type[SyndicationFeed] = MediaRssFeed

    def __init__(self, fmt: str = "rss") -> None:
        self.fmt = fmt
        self.feed_type = FORMATS[fmt]

    # --- the feed -----------------------------------------------------------
    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        return None

    def name(self, obj: Any) -> str:
        return "latest"

    def title(self, obj: Any) -> str:
        return f"{settings.NEWSDESK_SITE_NAME}: {self.name(obj)}"

    def description(self, obj: Any) -> str:
        return settings.NEWSDESK_SITE_TAGLINE

    def subtitle(self, obj: Any) -> str:  # Atom's name for the description
        return self.description(obj)

    def link(self, obj: Any) -> str:
        return absolute(reverse("site:home"))

    def feed_url(self, obj: Any) -> str:
        args = [self.scope, self.fmt] if obj is None else [self.scope, self.slug(obj), self.fmt]
        return absolute(reverse("site:feed", args=args))

    def slug(self, obj: Any) -> str:
        return str(obj.slug)

    def articles(self, obj: Any) -> ArticleQuerySet:
        return Article.objects.live()

    def items(self, obj: Any) -> list[Article]:
        return list(self.articles(obj).for_listing().prefetch_related("tags", "authors")[:FEED_SIZE])

    # --- each story ---------------------------------------------------------
    def item_title(self, item: Article) -> str:
        return item.headline

    def item_description(self, item: Article) -> str:
        return item.standfirst

    def item_link(self, item: Article) -> str:
        return absolute(item.get_absolute_url())

    def item_guid(self, item: Article) -> str:
        # The short URL: the slug and sector may change, the id never does,
        # so readers do not see an edited story as a new one.
        return absolute(reverse("site:article-short", args=[item.pk]))

    def item_guid_is_permalink(self, item: Article) -> bool:
        return True

    def item_author_name(self, item: Article) -> str:
        return item.byline

    def item_pubdate(self, item: Article) -> dt.datetime | None:
        return item.published_at

    def item_updateddate(self, item: Article) -> dt.datetime:
        return item.updated_at

    def item_categories(self, item: Article) -> list[str]:
        return [item.sector.name, item.get_kind_display(), *(tag.name for tag in item.tags.all())]

    def item_enclosures(self, item: Article) -> list[Enclosure]:
        if not item.image or not item.image.file:
            return []
        image = item.image
        try:
            size = image.file.size
        except OSError:  # a missing file must not take the whole feed down
            size = 0
        return [Enclosure(absolute(image.file.url), str(size), _mime_type(image.file.name))]

    def item_extra_kwargs(self, item: Article) -> dict[str, Any]:
        if not item.image or not item.image.file:
            return {}
        image = item.image
        return {
            "image_url": absolute(image.file.url),
            "image_type": _mime_type(image.file.name),
            "image_width": image.width,
            "image_height": image.height,
            "image_credit": image.credit,
            # An AI-generated picture says so wherever it goes (media:description, JSON Feed).
            "image_caption": " ".join(filter(None, [image.caption, image.disclaimer])),
        }


class SectorFeed(LatestArticlesFeed):
    scope = "sector"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Sector:
        return get_object_or_404(Sector, slug=kwargs["slug"])

    def name(self, obj: Sector) -> str:
        return obj.name

    def description(self, obj: Sector) -> str:
        return obj.description or f"Latest {obj.name} stories"

    def link(self, obj: Sector) -> str:
        return absolute(obj.get_absolute_url())

    def articles(self, obj: Sector) -> ArticleQuerySet:
        return Article.objects.live().filter(sector=obj)


class EditionFeed(LatestArticlesFeed):
    scope = "edition"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Edition:
        return get_object_or_404(Edition, slug=kwargs["slug"])

    def name(self, obj: Edition) -> str:
        return f"{obj.name} edition"

    def link(self, obj: Edition) -> str:
        return absolute(obj.get_absolute_url())

    def articles(self, obj: Edition) -> ArticleQuerySet:
        live = Article.objects.live()
        return live if obj.is_global else live.filter(editions=obj)


class TagFeed(LatestArticlesFeed):
    scope = "tag"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Tag:
        return get_object_or_404(Tag, slug=kwargs["slug"])

    def name(self, obj: Tag) -> str:
        return obj.name

    def link(self, obj: Tag) -> str:
        return absolute(obj.get_absolute_url())

    def articles(self, obj: Tag) -> ArticleQuerySet:
        return Article.objects.live().filter(tags=obj)


class KindFeed(LatestArticlesFeed):
    """One per kind page (news, shots, opinion, blog, interview, views); the object is the URL segment."""

    scope = "kind"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> str:
        if kwargs["slug"] not in KIND_PAGES:
            raise Http404("No such section")
        return str(kwargs["slug"])

    def slug(self, obj: str) -> str:
        return obj

    def name(self, obj: str) -> str:
        return KIND_PAGES[obj][1]

    def link(self, obj: str) -> str:
        return absolute(reverse("site:kind", args=[obj]))

    def articles(self, obj: str) -> ArticleQuerySet:
        return Article.objects.live().filter(kind__in=KIND_PAGES[obj][0])


SCOPES: dict[str, type[LatestArticlesFeed]] = {
    feed.scope: feed for feed in (LatestArticlesFeed, SectorFeed, EditionFeed, TagFeed, KindFeed)
}


def feed(request: HttpRequest, scope: str, fmt: str, slug: str | None = None) -> HttpResponse:
    """Every feed URL: the scope picks the Feed class, the extension its format."""
    if scope not in SCOPES or fmt not in FORMATS:
        raise Http404("No such feed")
    view = SCOPES[scope](fmt)
    response: HttpResponse = view(request, slug=slug) if slug is not None else view(request)
    return response


def _mime_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
