"""JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/): blogs' and some publishers' feeds in JSON.

Sniffed by its ``version`` URL before ninjs, which would otherwise claim every JSON
document. Item ids are strings in 1.1 but numbers in some 1.0 feeds; both are read.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any

from newsdesk.wires.items import Media, ParsedItem, ParseResult, Subject
from newsdesk.wires.parsers.base import (
    DocumentError,
    ItemError,
    Parser,
    ascii_view,
    check_size,
    collect,
    html_body,
    looks_like_json,
    media_kind,
    safe_url,
    text_to_html,
    time_field,
)

VERSION_PREFIX = "https://jsonfeed.org/version/"


class JsonFeedParser(Parser):
    name = "jsonfeed"
    content_types = ("application/feed+json",)

    def sniff(self, data: bytes, content_type: str = "") -> bool:
        if content_type.split(";", 1)[0].strip().lower() in self.content_types:
            return True
        return looks_like_json(data) and b"jsonfeed.org/version" in ascii_view(data, 4096)

    def parse(self, data: bytes, *, agency: str = "", base_url: str = "", content_type: str = "") -> ParseResult:
        check_size(data)
        try:
            document = json.loads(data.removeprefix(b"\xef\xbb\xbf"))
        except (ValueError, RecursionError) as exc:
            raise DocumentError(f"invalid JSON: {exc}"[:300]) from exc
        if not isinstance(document, dict) or not str(document.get("version", "")).startswith(VERSION_PREFIX):
            raise DocumentError(f"not a JSON Feed: no version starting {VERSION_PREFIX}")
        items = document.get("items")
        if not isinstance(items, list):
            raise DocumentError("not a JSON Feed: items is not a list")
        base = safe_url(base_url, allow_relative=False)
        feed_link = safe_url(document.get("home_page_url"), base, allow_relative=False)
        language = _str(document.get("language"))
        result = ParseResult()
        if not items:
            result.notes.append("the feed has no entries: nothing to ingest")
        for entry in items:
            guid = str(entry.get("id") or entry.get("url") or "") if isinstance(entry, dict) else ""
            build = functools.partial(_item, entry, agency, feed_link or base, language)
            collect(result, build, guid=guid, raw=json.dumps(entry)[:300], base=feed_link or base)
        return result


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _item(entry: Any, agency: str, base: str, language: str) -> ParsedItem:
    if not isinstance(entry, Mapping):
        raise ItemError("a JSON Feed item must be a JSON object")
    raw_id = entry.get("id")
    guid = str(raw_id) if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else ""
    link = safe_url(entry.get("url"), base, allow_relative=False)
    item = ParsedItem(agency=agency, guid=guid or link, headline=_str(entry.get("title")), source_format="jsonfeed")
    if not guid:
        item.warnings.append("the item has no id; its url is its identifier")
    # The item's own page outranks the feed's home page for its relative links.
    item.base_url = link or base
    html = _str(entry.get("content_html"))
    item.body_html = html_body(html) if html else html_body(text_to_html(_str(entry.get("content_text"))))
    item.summary = _str(entry.get("summary"))
    declared = entry.get("authors")
    authors: list[Any] = declared if isinstance(declared, list) else [entry.get("author")]
    item.byline = ", ".join(_str(a.get("name")) for a in authors if isinstance(a, Mapping) and _str(a.get("name")))
    item.first_created = time_field(item, entry.get("date_published"), "date_published")
    item.version_created = time_field(item, entry.get("date_modified"), "date_modified") or item.first_created
    item.language = _str(entry.get("language")) or language
    tags = entry.get("tags")
    item.subjects = [Subject("tag", tag) for tag in tags if isinstance(tag, str)] if isinstance(tags, list) else []
    item.links = [url for url in (link, safe_url(entry.get("external_url"), base)) if url]
    media = [Media(url=url) for url in (_str(entry.get("image")), _str(entry.get("banner_image"))) if url]
    attachments = entry.get("attachments")
    for attachment in attachments if isinstance(attachments, list) else []:
        if not isinstance(attachment, Mapping):
            continue
        mime = _str(attachment.get("mime_type"))
        if mime.split("/", 1)[0] in ("image", "video", "audio") and _str(attachment.get("url")):
            media.append(Media(url=attachment["url"], kind=media_kind(mime), mime_type=mime))
    item.media = media
    return item


__all__ = ["JsonFeedParser"]
