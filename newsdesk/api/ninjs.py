"""IPTC ninjs (https://iptc.org/standards/ninjs/) for partners who syndicate our stories.

2.2 by default; 3.x (the 3.1 schema) on request. 3.x is 2.2 with camelCase
property names, so one builder serves both and renames at the end.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
from typing import Any

from django.conf import settings
from django.urls import reverse

from newsdesk.newsroom.models import Article
from newsdesk.site.structured_data import absolute
from newsdesk.taxonomy.models import Tag

NINJS_STANDARD = {
    "name": "ninjs",
    "version": "2.2",
    "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json",
}
NINJS_3_STANDARD = {
    "name": "ninjs",
    "version": "3.1",
    "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json",
}
# The 2.2 names we emit that ninjs 3.x spells differently (every other one is unchanged).
NINJS_3_NAMES = {
    "firstcreated": "firstCreated",
    "versioncreated": "versionCreated",
    "pubstatus": "pubStatus",
    "representationtype": "representationType",
    "copyrightholder": "copyrightHolder",
    "altids": "altIds",
    "infosources": "infoSources",
    "contenttype": "contentType",
    "digitalsourcetype": "digitalSourceType",
}
# Our tag kinds -> the ninjs array that holds that kind of concept.
TAG_ARRAYS: dict[str, str] = {
    Tag.Kind.PERSON: "people",
    Tag.Kind.ORGANISATION: "organisations",
    Tag.Kind.PLACE: "places",
    Tag.Kind.TOPIC: "subjects",
}


def _when(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def article_uri(article: Article) -> str:
    # The short URL never changes with the headline or sector: a stable GUID.
    return absolute(reverse("site:article-short", args=[article.pk]))


def to_ninjs(article: Article, major: int = 2) -> dict[str, Any]:
    """The article as one ninjs object (2.2, or 3.1 for ``major=3``); a withdrawn one as a bare "canceled" notice."""
    data = _ninjs_2(article)
    if major == 3:
        data = _renamed(data)
        data["standard"] = NINJS_3_STANDARD
    return data


def _renamed(value: Any) -> Any:
    """``value`` with every 2.2 property name that 3.x changed renamed, at any depth."""
    if isinstance(value, dict):
        return {NINJS_3_NAMES.get(key, key): _renamed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_renamed(item) for item in value]
    return value


def _ninjs_2(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {
        "uri": article_uri(article),
        "standard": NINJS_STANDARD,
        "type": "text",
        # A version that moves with every substantive edit ("Updated").
        "version": str(int(article.updated_at.timestamp())),
        "firstcreated": _when(article.created_at),
        "versioncreated": _when(article.updated_at),
    }
    if article.status == Article.Status.WITHDRAWN:
        # Partners who took the story must take it down: tell them, say nothing else.
        data["pubstatus"] = "canceled"
        return data
    data.update(
        {
            "pubstatus": "usable",
            "representationtype": "full",
            "language": settings.LANGUAGE_CODE,
            "copyrightholder": settings.NEWSDESK_SITE_NAME,
            "headlines": [{"role": "main", "value": article.headline}],
            "bodies": [{"role": "main", "contenttype": "text/html", "value": article.body}],
            "by": article.byline,
            "located": article.place_label,
            "genres": [{"name": article.get_kind_display(), "literal": article.kind}],
            "altids": [{"role": "url", "value": absolute(article.get_absolute_url())}],
        }
    )
    if article.standfirst:
        data["descriptions"] = [{"role": "summary", "contenttype": "text/plain", "value": article.standfirst}]
    concepts: dict[str, list[dict[str, str]]] = {
        "subjects": [
            {"name": article.sector.name, "rel": "sector", "literal": article.sector.slug,
             "uri": absolute(article.sector.get_absolute_url())}
        ]
    }  # fmt: skip
    for tag in article.tags.all():
        concepts.setdefault(TAG_ARRAYS.get(tag.kind, "subjects"), []).append(
            {"name": tag.name, "literal": tag.slug, "uri": absolute(tag.get_absolute_url())}
        )
    data.update(concepts)
    agencies = [name.strip() for name in article.agency_attribution.replace(";", ",").split(",") if name.strip()]
    if agencies:
        data["infosources"] = [{"name": name, "role": "source"} for name in agencies]
    if article.image and article.image.file:
        image = article.image
        picture: dict[str, Any] = {
            "name": "featureimage",
            "uri": absolute(image.file.url),
            "type": "picture",
            "renditions": [
                {
                    "name": "original",
                    "href": absolute(image.file.url),
                    "contenttype": mimetypes.guess_type(image.file.name)[0] or "application/octet-stream",
                    "width": image.width,
                    "height": image.height,
                }
            ],
        }
        if image.caption:
            picture["descriptions"] = [{"role": "caption", "value": image.caption}]
        if image.alt_text:
            picture.setdefault("descriptions", []).append({"role": "alt", "value": image.alt_text})
        if image.credit:
            picture["by"] = image.credit
        if image.digital_source_type:
            # AI provenance travels with the picture, as IPTC intends.
            picture["digitalsourcetype"] = {
                "uri": image.digital_source_type_uri,
                "literal": image.digital_source_type,
                "name": image.get_digital_source_type_display(),
            }
        data["associations"] = [picture]
    return data
