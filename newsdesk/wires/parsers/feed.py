"""RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) through feedparser.

feedparser is called with its own HTML sanitiser and relative-URI resolution
switched off: together they are most of its run time, and every body is
cleaned by ``clean_html`` (nh3) here anyway. Only item links and media URLs
need absolute addresses, and those are resolved here against the entry's base.

The bytes are decoded here (``to_utf8``) before feedparser sees them: its own
fallback reads an undeclared Shift_JIS feed as ISO-8859-2, and it trusts a
server's "charset=ISO-8859-1" over bytes that are plainly UTF-8.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import time
import xml.sax
from typing import Any, ClassVar

import feedparser
from lxml import etree
from lxml import html as lxml_html

from newsdesk.wires.items import Media, ParsedItem, ParseResult, Rejection, Subject
from newsdesk.wires.not_news import page_rejection
from newsdesk.wires.parsers.base import (
    DocumentError,
    ItemError,
    Parser,
    assumed_zone_name,
    check_size,
    collect,
    hashed_guid,
    html_body,
    looks_like_json,
    media_kind,
    parse_time,
    refuse_entity_declarations,
    safe_url,
    sniff_prolog,
    text_to_html,
    to_utf8,
)

# expat's messages for input that stops early: a truncated download. The items
# before the cut are read; the one it cut through is not, though feedparser's
# lenient parser would return it half-read.
_TRUNCATION = ("no element found", "unclosed token", "unclosed cdata section", "partial character")
# Sloppiness rather than damage: a bare "&" or an HTML entity; feedparser reads such feeds well.
_LENIENT = ("not well-formed (invalid token)", "undefined entity")


class FeedParser(Parser):
    """Shared by the "rss" and "atom" registrations: feedparser reads both."""

    roots: ClassVar[frozenset[str]] = frozenset()
    content_types: ClassVar[tuple[str, ...]] = ()

    def sniff(self, data: bytes, content_type: str = "") -> bool:
        if looks_like_json(data):
            return False
        prolog = sniff_prolog(data)
        if prolog.root:
            return self._root_matches(prolog.root_local, data)
        media_type = content_type.split(";", 1)[0].strip().lower()
        return media_type in self.content_types

    def _root_matches(self, root: str, data: bytes) -> bool:
        return root in self.roots

    def parse(self, data: bytes, *, agency: str = "", base_url: str = "", content_type: str = "") -> ParseResult:
        check_size(data)
        decoded = to_utf8(data, content_type)
        refuse_entity_declarations(decoded.data)
        headers = {"content-type": "application/xml; charset=utf-8"}
        base = safe_url(base_url, allow_relative=False)
        if base:
            headers["content-location"] = base
        # Always a stream: given bytes that look like a path or a URL,
        # feedparser would open that file or fetch that URL.
        parsed = feedparser.parse(
            io.BytesIO(decoded.data),
            sanitize_html=False,
            resolve_relative_uris=False,
            response_headers=headers,
        )
        doc_warnings = list(decoded.warnings)
        damage = ""
        if parsed.get("bozo"):
            damage = _damage(parsed.get("bozo_exception"))
            if not damage:
                doc_warnings.extend(_check_bozo(parsed.get("bozo_exception")))
        version = str(parsed.get("version") or "")
        entries = parsed.get("entries") or []
        damaged: list[Any] = []
        if damage:
            # feedparser's lenient reader also returns the item the damage cut through (and any after it,
            # half-read); only items whose end tag came before the damage are trusted.
            complete = _complete_items(decoded.data)
            if not complete:
                raise DocumentError(f"{damage}; no complete item before the damage")
            entries, damaged = entries[:complete], entries[complete:]
        if not version and not entries:
            if _html_root(decoded.data):
                reason = _page_reason(decoded.data)
                raise DocumentError(f"not an RSS or Atom feed: the server sent an HTML page{reason}")
            raise DocumentError("not an RSS or Atom feed: no feed element was found")
        source_format = "atom" if version.startswith("atom") else "rss"
        feed = parsed.get("feed") or {}
        feed_base = _detail_base(feed, "title_detail", "subtitle_detail") or base
        feed_language = str(feed.get("language") or "")
        # The feed's own site link resolves entry bodies that carry no xml:base and no link of their own.
        feed_link = safe_url(_get(feed, "link"), feed_base, allow_relative=False)

        result = ParseResult()
        if damage:
            result.notes.append(
                f"the document is damaged ({damage}): the {len(entries)} complete item(s) before the damage "
                f"were read, {len(damaged)} after it quarantined"
            )
        for entry in damaged:
            guid = str(_get(entry, "id") or _get(entry, "link") or "")
            reason = "the document is damaged before this item ends (truncated or malformed XML); not read"
            result.rejections.append(Rejection(reason, guid[:2048], str(_get(entry, "title") or "")[:300]))
        if not entries and not damage:
            result.notes.append("the feed has no entries: nothing to ingest")
        for entry in entries:
            collect(
                result,
                functools.partial(
                    _entry_item,
                    entry,
                    agency=agency,
                    source_format=source_format,
                    feed_base=feed_base,
                    feed_language=feed_language,
                    doc_warnings=doc_warnings,
                    fallback_bases=(feed_link, base),
                ),
                guid=str(_get(entry, "id") or _get(entry, "link") or ""),
                raw=_get(entry, "title") or _get(entry, "summary") or "",
            )
        return result


class RssParser(FeedParser):
    name = "rss"
    roots = frozenset({"rss", "RDF", "channel"})
    content_types = ("application/rss+xml", "application/rdf+xml")

    def _root_matches(self, root: str, data: bytes) -> bool:
        if root == "RDF":
            # RDF/XML is used for much besides RSS 1.0.
            # RSS 1.0 (purl.org/rss/1.0/) and 0.90 (my.netscape.com/rdf/simple/0.9/).
            head = data[:4096]
            return b"purl.org/rss" in head or b"netscape.com/rss" in head or b"netscape.com/rdf/simple" in head
        return root in self.roots


class AtomParser(FeedParser):
    name = "atom"
    roots = frozenset({"feed"})
    content_types = ("application/atom+xml",)


def _html_root(data: bytes) -> bool:
    prolog = sniff_prolog(data)
    return prolog.doctype.lower() == "html" or prolog.root_local.lower() in ("html", "head", "body")


def _page_reason(data: bytes) -> str:
    """ " (an error page ("Object Moved"), not a story)" for an HTML page served where a feed should be."""
    try:
        page = lxml_html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        return ""
    reason = page_rejection(page)
    return f" ({reason})" if reason else ""


def _damage(exc: object) -> str:
    """What broke a feed's XML, when it is damage (truncation, mismatched tags) rather than sloppiness; else ""."""
    if not isinstance(exc, xml.sax.SAXParseException):
        return ""
    message = str(exc.getMessage())
    if message.lower() in _LENIENT:
        return ""
    kind = "truncated XML" if message.lower() in _TRUNCATION else "malformed XML"
    return f"{kind}: {message} at line {exc.getLineNumber()}"


def _complete_items(data: bytes) -> int:
    """How many items or entries end before the XML breaks; read with the same no-DTD, no-entity rules."""
    count = 0
    events = etree.iterparse(
        io.BytesIO(data),
        events=("end",),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        for _, element in events:
            if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1] in ("item", "entry"):
                count += 1
    except etree.XMLSyntaxError:
        pass
    return count


def _check_bozo(exc: object) -> list[str]:
    """Warnings for a feed feedparser had to read leniently (a bare "&", an HTML entity)."""
    if isinstance(exc, xml.sax.SAXParseException):
        message = str(exc.getMessage())
        return [f"the feed is not well-formed XML ({message}, line {exc.getLineNumber()}); read leniently"]
    if isinstance(exc, feedparser.CharacterEncodingOverride):
        return []  # to_utf8 already recorded what it decided and why
    if exc is None:
        return []
    return [f"feed parser: {type(exc).__name__}: {exc}"[:300]]


# FeedParserDict.__getitem__ maps legacy aliases on every lookup and warns for
# some of them; plain dict.get is several times faster and has no surprises.
_get = dict.get


def _detail_base(obj: Any, *keys: str) -> str:
    for key in keys:
        detail = _get(obj, key)
        if detail:
            base = safe_url(_get(detail, "base"), allow_relative=False)
            if base:
                return base
    return ""


def _entry_time(item: ParsedItem, entry: Any, key: str) -> dt.datetime | None:
    raw = _get(entry, key)
    value, assumed = parse_time(raw)
    if value is None:
        parsed = _get(entry, f"{key}_parsed")
        if isinstance(parsed, time.struct_time):
            # feedparser's date handlers read formats ours do not; it returns UTC.
            return dt.datetime(*parsed[:6], tzinfo=dt.UTC)
        if raw:
            item.warnings.append(f"{key}: unreadable time {str(raw)[:80]!r} ignored")
        return None
    if assumed:
        item.times_assumed_utc = True
        item.warnings.append(f"{key}: {str(raw)[:80]!r} has no time zone; taken as {assumed_zone_name()}")
    return value


def _html_of(detail: Any) -> str:
    value = str(_get(detail, "value") or "")
    if not value.strip():
        return ""
    if _get(detail, "type") == "text/plain":
        return text_to_html(value)
    return value


def _int(value: object) -> int | None:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def _entry_item(
    entry: Any,
    *,
    agency: str,
    source_format: str,
    feed_base: str,
    feed_language: str,
    doc_warnings: list[str],
    fallback_bases: tuple[str, str] = ("", ""),
) -> ParsedItem:
    contents = _get(entry, "content") or []
    base = _detail_base(entry, "summary_detail", "title_detail") or feed_base
    if contents and (content_base := safe_url(_get(contents[0], "base"), allow_relative=False)):
        base = content_base
    link = safe_url(_get(entry, "link"), base)
    feed_link, doc_base = fallback_bases
    # feedparser reports the document's address as the base when there is no xml:base;
    # only a declared xml:base outranks the entry's own link (then the feed's link, then the address).
    declared_base = base if base and base != doc_base else ""
    body_base = declared_base or safe_url(link, allow_relative=False) or feed_link or doc_base
    title = str(_get(entry, "title") or "")
    published_raw = str(_get(entry, "published") or _get(entry, "updated") or "")
    warnings = list(doc_warnings)

    guid = str(_get(entry, "id") or "").strip() or link
    if not guid:
        material = [title.strip(), published_raw.strip()]
        if not any(material):
            # Only the text is left to tell this entry apart; an edit will make
            # it look new, which beats dropping the story.
            text = str((_get(contents[0], "value") if contents else "") or _get(entry, "summary") or "").strip()
            if not text:
                raise ItemError("the entry has no id, link, title, date or content to identify it")
            material.append(text)
        guid = hashed_guid(*material)
        warnings.append("the entry has no id or link; its identifier is a hash of its title and date")

    item = ParsedItem(
        agency=agency, guid=guid, headline=title, source_format=source_format, warnings=warnings, base_url=body_base
    )

    body = ""
    for content in contents:
        html = _html_of(content)
        if html:
            body = html
            if "html" in str(_get(content, "type") or ""):
                break
    summary_detail = _get(entry, "summary_detail") or {"value": _get(entry, "summary"), "type": "text/html"}
    if body:
        item.summary = str(_get(entry, "summary") or "")
    else:
        body = _html_of(summary_detail)
    item.body_html = html_body(body)

    authors = [str(_get(a, "name") or "") for a in _get(entry, "authors") or [] if _get(a, "name")]
    item.byline = ", ".join(authors) or str(_get(entry, "author") or "")
    item.first_created = _entry_time(item, entry, "published")
    item.version_created = _entry_time(item, entry, "updated") or item.first_created
    # RSS 1.0 and 0.9x feeds carry one date (dc:date), which feedparser files as "updated".
    item.first_created = item.first_created or item.version_created
    title_detail = _get(entry, "title_detail") or {}
    item.language = str(_get(title_detail, "language") or feed_language or "")

    item.subjects = [
        Subject("category", str(_get(tag, "term") or ""), str(_get(tag, "label") or ""))
        for tag in _get(entry, "tags") or []
        if _get(tag, "term")
    ]
    links = [link] if link else []
    enclosures = []
    for extra in _get(entry, "links") or []:
        rel = _get(extra, "rel")
        if rel == "alternate":
            links.append(safe_url(_get(extra, "href"), base))
        elif rel == "enclosure":
            enclosures.append(extra)
    item.links = links
    item.media = _media(entry, base, enclosures)
    return item


def _media(entry: Any, base: str, enclosures: list[Any]) -> list[Media]:
    credits = _get(entry, "media_credit") or []
    credit = "; ".join(str(_get(c, "content") or "") for c in credits if _get(c, "content"))
    found: list[Media] = []
    for content in _get(entry, "media_content") or []:
        url = safe_url(_get(content, "url"), base)
        if url:
            mime = str(_get(content, "type") or "")
            found.append(
                Media(
                    url=url,
                    kind=media_kind(str(_get(content, "medium") or ""), mime),
                    credit=credit,
                    mime_type=mime,
                    width=_int(_get(content, "width")),
                    height=_int(_get(content, "height")),
                )
            )
    if not found:
        # Thumbnails are previews of media:content; alone they are the picture.
        for thumb in _get(entry, "media_thumbnail") or []:
            url = safe_url(_get(thumb, "url"), base)
            if url:
                width, height = _int(_get(thumb, "width")), _int(_get(thumb, "height"))
                found.append(Media(url=url, credit=credit, width=width, height=height))
    for enclosure in enclosures:
        url = safe_url(_get(enclosure, "href"), base)
        mime = str(_get(enclosure, "type") or "")
        if url and (not mime or mime.split("/", 1)[0] in ("image", "video", "audio")):
            found.append(Media(url=url, kind=media_kind(mime), credit=credit, mime_type=mime))
    return found


__all__ = ["AtomParser", "FeedParser", "RssParser"]
