"""schema.org JSON-LD for pages: what search engines and apps read about a story."""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings

from newsdesk.newsroom.models import Article

# The same escapes as Django's json_script: the JSON sits inside a <script>
# element, so "</script>" in a headline must not be able to close it.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def to_script_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_SCRIPT_ESCAPES)


def absolute(path: str) -> str:
    return path if path.startswith(("http://", "https://")) else f"{settings.NEWSDESK_SITE_URL}{path}"


def article_jsonld(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle" if article.kind in (Article.Kind.NEWS, Article.Kind.SHOT) else "Article",
        "headline": article.headline[:110],
        "description": article.standfirst,
        "url": absolute(article.get_absolute_url()),
        "mainEntityOfPage": absolute(article.get_absolute_url()),
        "datePublished": (article.published_at or article.created_at).isoformat(),
        "dateCreated": article.created_at.isoformat(),
        "dateModified": article.updated_at.isoformat(),
        "articleSection": article.sector.name,
        "author": [
            {"@type": "Person" if not author.is_desk else "Organization", "name": author.name}
            for author in article.authors.all()
        ]
        or [{"@type": "Organization", "name": settings.NEWSDESK_DESK_BYLINE}],
        "publisher": {"@type": "NewsMediaOrganization", "name": settings.NEWSDESK_SITE_NAME,
                      "url": settings.NEWSDESK_SITE_URL},
        "contentLocation": {"@type": "Place", "name": article.place_label},
        "keywords": [tag.name for tag in article.tags.all()],
    }  # fmt: skip
    if article.kind == Article.Kind.OPINION:
        data["@type"] = "OpinionNewsArticle"
    if article.image:
        image = article.image
        image_data: dict[str, Any] = {
            "@type": "ImageObject",
            "url": absolute(image.file.url),
            "width": image.width,
            "height": image.height,
            "caption": image.caption,
        }
        if image.credit:
            image_data["creditText"] = image.credit
        if image.digital_source_type:
            # IPTC's term URI, which is what schema.org's digitalSourceType expects.
            image_data["digitalSourceType"] = image.digital_source_type_uri
        data["image"] = image_data
    return data
