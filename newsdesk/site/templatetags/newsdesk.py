from __future__ import annotations

import datetime as dt
import math
from typing import Any

from django import template
from django.core.paginator import Page
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from newsdesk.lib.sanitize import word_count
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


@register.filter
def iso(value: dt.datetime | dt.date | None) -> str:
    """A ``datetime`` attribute value: ISO 8601 in the site's zone, to the second.

    Django's ``date:'c'`` keeps microseconds, and HTML allows at most three
    fraction digits in a valid date string (the Nu checker rejects six).
    """
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


# Silent reading speed of adults reading non-fiction on a screen (Brysbaert 2019: ~238 wpm).
WORDS_PER_MINUTE = 230


@register.filter
def reading_minutes(html: str) -> int:
    """Whole minutes to read an article body, at least one."""
    return max(1, math.ceil(word_count(html or "") / WORDS_PER_MINUTE))


@register.filter
def ago(value: dt.datetime | None) -> str:
    """A list's relative time ("5 min ago", "3 h ago"); older than a day, the site's date.

    Pages are cached for minutes, so the wording stays coarse; the exact time is in
    the ``datetime`` attribute and the title.
    """
    if value is None:
        return ""
    seconds = (timezone.now() - value).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 86400:
        return f"{int(seconds // 3600)} h ago"
    if seconds < 2 * 86400:
        return "1 day ago"
    return timezone.localtime(value).strftime("%d-%m-%Y")
