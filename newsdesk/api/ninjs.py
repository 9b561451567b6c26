"""IPTC ninjs 2.2 (https://iptc.org/standards/ninjs/) for partners who syndicate our stories."""

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


def to_ninjs(article: Article) -> dict[str, Any]:
    """The article as one ninjs object; a withdrawn one as a bare "canceled" notice."""
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
