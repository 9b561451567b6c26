from __future__ import annotations

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from newsdesk.newsroom.models import Article
from newsdesk.site.structured_data import article_jsonld as build_article_jsonld
from newsdesk.site.structured_data import to_script_json

register = template.Library()


@register.simple_tag
def article_jsonld(article: Article) -> SafeString:
    payload = to_script_json(build_article_jsonld(article))
    # The payload is escaped for a <script> context by to_script_json.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308
