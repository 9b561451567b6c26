"""IPTC NewsML-G2: ``newsItem``, or a ``newsMessage`` carrying several items.

Text items give a story; picture/graphic/video items give a story whose media
is the remote content. Packages only point at other items, so they are
recorded as rejections rather than guessed at. Elements are matched by local
name: agencies use the G2 namespace as default, as ``ns0:`` or, now and then,
forget it.
"""

from __future__ import annotations

import functools
from typing import Any

from newsdesk.wires.items import Media, ParsedItem, ParseResult, PubStatus, Rejection, Subject
from newsdesk.wires.parsers.base import (
    DocumentError,
    Parser,
    add_signal,
    attr,
    child,
    children,
    collect,
    descendants,
    digital_source_type,
    excerpt,
    html_body,
    inner_xml_as_html,
    last_segment,
    localname,
    looks_like_json,
    media_kind,
    parse_xml,
    pub_status,
    safe_url,
    sniff_prolog,
    subject_from_qcode,
    subject_from_uri,
    text_of,
    text_to_html,
    time_field,
    urgency,
    version_number,
)
from newsdesk.wires.parsers.nitf import nitf_content

G2_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_ROOTS = frozenset(
    {"newsItem", "newsMessage", "packageItem", "knowledgeItem", "conceptItem", "conceptSet", "planningItem",
     "catalogItem", "contentSet"}
)  # fmt: skip
_MEDIA_CLASSES = frozenset({"picture", "graphic", "video", "audio", "animation"})
_SUMMARY_ROLES = frozenset({"summary", "teaser", "abstract", "lead", "synopsis"})
_CAPTION_ROLES = frozenset({"caption", "alttext"})
_PLACE_TYPES = frozenset({"geoarea", "poi"})
# An XHTML body's <header> holds the agency's metadata (dpa: date, subjects,
# embargo note, the headline again), not copy.
_XHTML_DROP = ("head", "header", "nav")


class NewsmlParser(Parser):
    name = "newsml"
    content_types = (
        "application/vnd.iptc.g2.newsitem+xml",
        "application/vnd.iptc.g2.newsmessage+xml",
        "application/vnd.iptc.g2.packageitem+xml",
    )

    def sniff(self, data: bytes, content_type: str = "") -> bool:
        if looks_like_json(data):
            return False
        prolog = sniff_prolog(data)
        if prolog.root:
            return prolog.root_local in _ROOTS
        return content_type.split(";", 1)[0].strip().lower() in self.content_types

    def parse(self, data: bytes, *, agency: str = "", base_url: str = "", content_type: str = "") -> ParseResult:
        root, warnings = parse_xml(data, content_type)
        root_name = localname(root)
        if root_name == "newsMessage":
            elements = [el for item_set in children(root, "itemSet") for el in item_set if localname(el)]
        elif root_name in _ROOTS:
            elements = [root]
        else:
            raise DocumentError(f"not NewsML-G2: the root element is <{root_name}>")
        base = safe_url(base_url, allow_relative=False)
        result = ParseResult()
        for element in elements:
            kind = localname(element)
            guid = attr(element, "guid")
            if kind == "newsItem":
                collect(
                    result,
                    functools.partial(_news_item, element, agency, base, list(warnings)),
                    guid=guid,
                    raw=guid or kind,
                    base=base,
                )
            elif kind == "packageItem":
                result.rejections.append(Rejection("package items are not stories", guid, excerpt(guid)))
            elif kind == "contentSet":
                result.rejections.append(Rejection("a contentSet outside a newsItem has no guid: not a story"))
            else:
                result.rejections.append(Rejection(f"{kind} is not a story", guid, excerpt(guid)))
        return result


def _qcode(el: Any) -> str:
    return attr(el, "qcode") or attr(el, "uri") or attr(el, "literal")


def _code(value: str) -> str:
    """The code of a QCode or URI, lower-cased: "ninat:picture" -> "picture"."""
    return last_segment(value).lower()


def _name(el: Any) -> str:
    names = children(el, "name")
    return text_of(names[0]) if names else ""


def _rank(el: Any) -> int:
    try:
        return int(attr(el, "rank") or 1_000_000)
    except ValueError:
        return 1_000_000


def _headline(content_meta: Any) -> str:
    headlines = [h for h in children(content_meta, "headline") if text_of(h)]
    main = [h for h in headlines if _code(attr(h, "role")) in ("", "main", "headline")]
    chosen = sorted(main or headlines, key=_rank)
    return text_of(chosen[0]) if chosen else ""


def _descriptions(content_meta: Any, roles: frozenset[str], *, roleless: bool) -> str:
    for description in children(content_meta, "description"):
        role = _code(attr(description, "role"))
        if (role in roles or (roleless and not role)) and text_of(description):
            return text_of(description)
    return ""


def _news_item(el: Any, agency: str, base: str, warnings: list[str]) -> ParsedItem:
    item_meta = child(el, "itemMeta")
    content_meta = child(el, "contentMeta")
    item = ParsedItem(agency=agency, guid=attr(el, "guid"), headline="", source_format="newsml", warnings=warnings)
    item.version = version_number(attr(el, "version") or None, item)
    item_class = _code(_qcode(child(item_meta, "itemClass")))

    status_el = child(item_meta, "pubStatus")
    if status_el is not None:
        status = pub_status(_qcode(status_el))
        if status is None:
            item.warnings.append(f"unknown pubStatus {_qcode(status_el)[:40]!r}; treated as usable")
        item.pub_status = status or PubStatus.USABLE
    item.embargoed_until = time_field(item, text_of(child(item_meta, "embargoed")), "embargoed")
    item.first_created = time_field(item, text_of(child(item_meta, "firstCreated")), "firstCreated")
    item.version_created = time_field(item, text_of(child(item_meta, "versionCreated")), "versionCreated")
    _signals(item, item_meta)
    item.links = [safe_url(attr(link, "href"), base) for link in children(item_meta, "link") if attr(link, "href")]

    item.headline = _headline(content_meta)
    item.summary = _descriptions(content_meta, _SUMMARY_ROLES, roleless=item_class not in _MEDIA_CLASSES)
    item.byline = text_of(child(content_meta, "by"))
    item.dateline = text_of(child(content_meta, "dateline"))
    located = child(content_meta, "located")
    if located is None:  # ANSA puts it in itemMeta
        located = child(item_meta, "located")
    item.located = _name(located) or attr(located, "literal")
    language = child(content_meta, "language")
    item.language = attr(language, "tag") or attr(el, XML_LANG)
    item.urgency = urgency(text_of(child(content_meta, "urgency")) or None)
    _classify(item, content_meta)

    content_set = child(el, "contentSet")
    if item_class in _MEDIA_CLASSES:
        picture = _remote_media(el, content_meta, content_set, base, item_class)
        if picture is not None:
            item.media.append(picture)
        else:
            item.warnings.append(f"{item_class} item without usable remote content")
    _content(item, content_set, base)

    if not item.headline:
        slugline = text_of(child(content_meta, "slugline"))
        if slugline:
            item.headline = slugline
            item.warnings.append("no headline; the slugline is used")
    if not item.byline:
        item.byline = ", ".join(_name(c) for c in children(content_meta, "creator") if _name(c))
    return item


def _signals(item: ParsedItem, item_meta: Any) -> None:
    for signal in children(item_meta, "signal"):
        qcode = _qcode(signal)
        scheme, _, code = qcode.partition(":")
        scheme, code = scheme.lower(), code.lower()
        if scheme == "edstat":  # Reuters: C(orrection), U(pdate), D(elete = kill)
            if code == "c":
                add_signal(item, "correction")
            elif code == "u":
                add_signal(item, "update")
            elif code == "d":
                add_signal(item, "kill")
                item.pub_status = PubStatus.CANCELED
        elif _code(qcode) in ("correction", "update"):
            add_signal(item, _code(qcode))
        elif pub_status(qcode) is PubStatus.CANCELED:  # sig:kill, sig:withdrawn: agencies' own signal codes
            add_signal(item, "kill")
            item.pub_status = PubStatus.CANCELED
    notes: list[str] = []
    for note in children(item_meta, "edNote"):
        if _code(attr(note, "role")) == "correction":
            add_signal(item, "correction")
        if text := text_of(note):
            notes.append(text)
    if notes:
        # Notes to subscribers ("KILL: ... withdrawn", "Corrects spelling"), kept apart from the story.
        item.editorial_note = " ".join([item.editorial_note, *notes]).strip()


def _classify(item: ParsedItem, content_meta: Any) -> None:
    """Subjects go to places, people, organisations or subjects by their IPTC concept type."""
    for subject in children(content_meta, "subject"):
        concept = _code(attr(subject, "type"))
        name = _name(subject)
        if concept in _PLACE_TYPES:
            item.places.append(name or attr(subject, "literal") or attr(subject, "qcode"))
        elif concept == "person":
            item.people.append(name or attr(subject, "literal"))
        elif concept == "organisation":
            item.organisations.append(name or attr(subject, "literal"))
        elif attr(subject, "qcode"):
            found = subject_from_qcode(attr(subject, "qcode"), name)
            if found:
                item.subjects.append(found)
        elif attr(subject, "uri"):
            found = subject_from_uri(attr(subject, "uri"), name)
            if found:
                item.subjects.append(found)
        elif attr(subject, "literal") or name:
            item.subjects.append(Subject("", attr(subject, "literal"), name))
    for keyword in children(content_meta, "keyword"):
        if text_of(keyword):
            item.subjects.append(Subject("keyword", text_of(keyword)))


def _content(item: ParsedItem, content_set: Any, base: str) -> None:
    for inline in children(content_set, "inlineXML", "inlineData"):
        nitfs = descendants(inline, "nitf")
        if nitfs:
            nitf = nitf_content(nitfs[0], base)
            item.body_html = nitf.body_html
            item.headline = item.headline or nitf.headline
            item.byline = item.byline or nitf.byline
            item.summary = item.summary or nitf.summary
            item.dateline = item.dateline or nitf.dateline
            item.media.extend(nitf.media)
        elif localname(inline) == "inlineData":
            text = "".join(inline.itertext())
            content_type = attr(inline, "contenttype").lower()
            item.body_html = html_body(text) if "html" in content_type else html_body(text_to_html(text))
        else:
            bodies = descendants(inline, "body")
            body = bodies[0] if bodies else inline
            if len(body) == 0:
                # Text straight in <body> (Reuters tables): its line breaks are the layout.
                item.body_html = html_body(text_to_html(body.text or ""))
            else:
                xhtml = inner_xml_as_html(body, rename={"h1": "h2"}, drop=_XHTML_DROP)
                item.body_html = html_body(xhtml)
        if item.body_html:
            return


def _int(value: str) -> int | None:
    try:
        number = int(value.strip())
    except ValueError:
        return None
    return number if number > 0 else None


def _remote_media(el: Any, content_meta: Any, content_set: Any, base: str, item_class: str) -> Media | None:
    """A picture (graphic, video ...) item as one Media: its largest rendition with a safe URL."""
    candidates = []
    for remote in children(content_set, "remoteContent"):
        url = safe_url(attr(remote, "href") or attr(remote, "residref"), base)
        if url:
            width, height = _int(attr(remote, "width")), _int(attr(remote, "height"))
            candidates.append(((width or 0) * (height or 0), url, remote, width, height))
    if not candidates:
        return None
    _, url, remote, width, height = max(candidates, key=lambda c: c[0])
    source = child(content_meta, "digitalSourceType")
    caption = (
        _descriptions(content_meta, _CAPTION_ROLES, roleless=True)
        or _descriptions(content_meta, _SUMMARY_ROLES, roleless=False)
        or _headline(content_meta)
    )
    credit = text_of(child(content_meta, "creditline")) or ", ".join(
        _name(c) for c in children(content_meta, "creator") if _name(c)
    )
    mime = attr(remote, "contenttype")
    return Media(
        url=url,
        kind=media_kind(item_class, mime),
        caption=caption,
        credit=credit,
        mime_type=mime,
        width=width,
        height=height,
        digital_source_type=digital_source_type(attr(source, "uri") or attr(source, "qcode")),
    )


__all__ = ["G2_NAMESPACE", "NewsmlParser"]
