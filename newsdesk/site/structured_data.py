"""schema.org JSON-LD for pages: what search engines and apps read about a story."""

from __future__ import annotations

import json
from collections.abc import Iterable
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
        "dateline": article.place_label,
        "inLanguage": settings.LANGUAGE_CODE,
        "isAccessibleForFree": True,
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
    sources = based_on(article)
    if sources:
        data["isBasedOn"] = sources
    corrections = correction_notes(article)
    if corrections:
        data["correction"] = corrections
    return data


def based_on(article: Article) -> list[dict[str, Any]]:
    """The agency copy a story was built from, as schema.org ``isBasedOn``.

    One ``CreativeWork`` per wire item still standing (a withdrawn item is not
    cited), with the agency's public web link when it sent one; never a feed
    or internal URL. Articles without wire items name the attributed agencies.
    """
    # The wire gate: a withdrawn item is not cited, and an item under a newer embargo is
    # cited at the last version readers may see, never the embargoed one.
    items = [seen for wire in article.wire_items.all() if (seen := wire.public_version()) is not None]
    if items:
        works = []
        for item in items:
            work: dict[str, Any] = {
                "@type": "CreativeWork",
                "headline": item.headline,
                "identifier": item.guid,
                "sourceOrganization": {"@type": "NewsMediaOrganization", "name": item.agency},
            }
            public = next((link for link in item.links if str(link).startswith(("https://", "http://"))), "")
            if public:
                work["url"] = public
            works.append(work)
        return works
    names = [name.strip() for name in article.agency_attribution.replace(";", ",").split(",") if name.strip()]
    return [
        {"@type": "CreativeWork", "sourceOrganization": {"@type": "NewsMediaOrganization", "name": name}}
        for name in names
    ]


def correction_notes(article: Any) -> list[dict[str, Any]]:
    """Published corrections as schema.org ``CorrectionComment``.

    Reads ``article.corrections`` (the newsroom's related manager, or any
    iterable of objects with ``text`` and ``at``/``published_at``/``created_at``);
    an article without it simply has no corrections.
    """
    corrections = getattr(article, "corrections", None)
    if corrections is None:
        return []
    items = corrections.all() if hasattr(corrections, "all") else corrections
    notes: list[dict[str, Any]] = []
    for item in items:
        text = str(getattr(item, "text", "") or "")
        if not text:
            continue
        note: dict[str, Any] = {"@type": "CorrectionComment", "text": text}
        when = getattr(item, "at", None) or getattr(item, "published_at", None) or getattr(item, "created_at", None)
        if when is not None:
            note["datePublished"] = when.isoformat()
        notes.append(note)
    return notes


def breadcrumb_jsonld(crumbs: list[tuple[str, str]]) -> dict[str, Any]:
    """``BreadcrumbList`` from (name, path) pairs, outermost first."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": absolute(path)}
            for n, (name, path) in enumerate(crumbs, start=1)
        ],
    }


def item_list_jsonld(articles: Iterable[Article], start: int = 1) -> dict[str, Any]:
    """``ItemList`` of a list page's articles, positions counted across pages."""
    return {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "url": absolute(article.get_absolute_url()), "name": article.headline}
            for n, article in enumerate(articles, start=start)
        ],
    }
