from __future__ import annotations

from typing import Any

from django import template
from django.core.paginator import Page
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from newsdesk.newsroom.models import Article
from newsdesk.site.structured_data import absolute as absolute_url
from newsdesk.site.structured_data import article_jsonld as build_article_jsonld
from newsdesk.site.structured_data import breadcrumb_jsonld, item_list_jsonld, to_script_json

register = template.Library()


def _script(data: dict[str, Any]) -> SafeString:
    # The payload is escaped for a <script> context by to_script_json.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(to_script_json(data)))  # noqa: S308


@register.simple_tag
def article_jsonld(article: Article) -> SafeString:
    crumbs = [
        ("Home", reverse("site:home")),
        (article.sector.name, article.sector.get_absolute_url()),
        (article.headline, article.get_absolute_url()),
    ]
    return _script(build_article_jsonld(article)) + _script(breadcrumb_jsonld(crumbs))


@register.simple_tag
def list_jsonld(page: Page[Article], heading: str, path: str) -> SafeString:
    crumbs = [("Home", reverse("site:home")), (heading, path)]
    items = item_list_jsonld(page.object_list, start=page.start_index() or 1)
    return _script(items) + _script(breadcrumb_jsonld(crumbs))


@register.filter
def absolute(path: str) -> str:
    """``/media/x.jpg`` -> ``https://site/media/x.jpg``: previews and feeds need full URLs."""
    return absolute_url(path)


@register.simple_tag
def news_genre(article: Article, genres: dict[str, str]) -> str:
    """The Google News genre of an article's kind, or "" (news sitemaps)."""
    return genres.get(article.kind, "")
