"""IPTC NITF 3.x (News Industry Text Format), standalone or inside NewsML-G2 ``inlineXML``.

Real NITF is DTD-era and namespace-less, NewsML-G2 embeds the namespaced 3.6
flavour; elements are therefore matched by local name. The DTD a document
names is never loaded.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from newsdesk.lib.sanitize import clean_html
from newsdesk.wires.items import Media, ParsedItem, ParseResult, PubStatus, Subject
from newsdesk.wires.parsers.base import (
    DocumentError,
    ItemError,
    Parser,
    add_signal,
    attr,
    child,
    children,
    collect,
    descendants,
    fold,
    hashed_guid,
    inner_xml_as_html,
    localname,
    looks_like_json,
    media_kind,
    parse_xml,
    pub_status,
    safe_url,
    sniff_prolog,
    text_of,
    time_field,
    urgency,
    version_number,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# NITF body elements as HTML: crossheads sit below the page's h1, blocks become
# divs (which the sanitiser unwraps), media is lifted out as Media.
_BODY_RENAME = {"hl1": "h2", "hl2": "h2", "block": "div", "bq": "blockquote", "credit": "small"}
_BODY_DROP = ("media", "body.end", "tagline")


@dataclasses.dataclass(slots=True)
class NitfContent:
    """What a NITF ``<nitf>`` element says about the story itself (not its management)."""

    headline: str = ""
    byline: str = ""
    dateline: str = ""
    summary: str = ""
    body_html: str = ""
    media: list[Media] = dataclasses.field(default_factory=list)


def nitf_content(nitf: Any, base: str = "") -> NitfContent:
    head = child(nitf, "head")
    body = child(nitf, "body")
    body_head = child(body, "body.head")
    content = NitfContent()
    hedline = child(body_head, "hedline")
    content.headline = text_of(child(hedline, "hl1")) or text_of(child(head, "title"))
    content.byline = "; ".join(b for b in (_byline(el) for el in children(body_head, "byline")) if b)
    content.dateline = text_of(child(body_head, "dateline"), skip=("story.date",))
    abstract = child(body_head, "abstract")
    content.summary = text_of(abstract)
    body_content = child(body, "body.content")
    if body_content is not None:
        content.body_html = clean_html(inner_xml_as_html(body_content, rename=_BODY_RENAME, drop=_BODY_DROP))
        content.media = [m for m in (_media(el, base) for el in descendants(body_content, "media")) if m]
    return content


def _byline(el: Any) -> str:
    """ "By Meredith Jameson, Staff Reporter": the person part, then any <byttl> titles."""
    main = text_of(el, skip=("byttl",)).rstrip(" ,;")
    titles = [text_of(t) for t in children(el, "byttl")]
    return ", ".join(part for part in [main, *titles] if part)


def _int(value: str) -> int | None:
    try:
        number = int(value.strip())
    except ValueError:
        return None
    return number if number > 0 else None


def _media(el: Any, base: str) -> Media | None:
    references = [r for r in children(el, "media-reference") if attr(r, "source") or attr(r, "data-location")]
    if not references:
        return None
    best = max(references, key=lambda r: (_int(attr(r, "width")) or 0) * (_int(attr(r, "height")) or 0))
    url = safe_url(attr(best, "source") or attr(best, "data-location"), base)
    if not url:
        return None
    mime = attr(best, "mime-type")
    return Media(
        url=url,
        kind=media_kind(attr(el, "media-type"), mime),
        caption=text_of(child(el, "media-caption")),
        credit=text_of(child(el, "media-producer")),
        alt_text=attr(best, "alternate-text"),
        mime_type=mime,
        width=_int(attr(best, "width")),
        height=_int(attr(best, "height")),
    )


class NitfParser(Parser):
    name = "nitf"
    content_types = ("application/nitf+xml",)

    def sniff(self, data: bytes, content_type: str = "") -> bool:
        if looks_like_json(data):
            return False
        prolog = sniff_prolog(data)
        if prolog.root:
            return prolog.root_local == "nitf"
        return content_type.split(";", 1)[0].strip().lower() in self.content_types

    def parse(self, data: bytes, *, agency: str = "", base_url: str = "", content_type: str = "") -> ParseResult:
        root, warnings = parse_xml(data, content_type)
        if localname(root) != "nitf":
            raise DocumentError(f"not NITF: the root element is <{localname(root)}>")
        base = safe_url(base_url, allow_relative=False)
        result = ParseResult()
        doc_id = attr(descendant(root, "doc-id"), "id-string")
        collect(result, lambda: nitf_item(root, agency, base, list(warnings)), guid=doc_id, raw=doc_id, base=base)
        return result


def descendant(el: Any, name: str) -> Any:
    found = descendants(el, name)
    return found[0] if found else None


def nitf_item(root: Any, agency: str, base: str, warnings: list[str]) -> ParsedItem:
    head = child(root, "head")
    docdata = child(head, "docdata")
    content = nitf_content(root, base)
    item = ParsedItem(agency=agency, guid="", headline=content.headline, source_format="nitf", warnings=warnings)
    item.byline = content.byline
    item.dateline = content.dateline
    item.summary = content.summary
    item.body_html = content.body_html
    item.media = content.media

    item.version_created = time_field(item, attr(child(docdata, "date.issue"), "norm"), "date.issue") or time_field(
        item, attr(child(head, "pubdata"), "date.publication"), "date.publication"
    )
    release = time_field(item, attr(child(docdata, "date.release"), "norm"), "date.release")

    guid = attr(child(docdata, "doc-id"), "id-string")
    if not guid:
        issue = attr(child(docdata, "date.issue"), "norm")
        if not (item.headline or issue):
            raise ItemError("the NITF document has no doc-id, headline or issue date to identify it")
        guid = hashed_guid(item.headline, issue)
        item.warnings.append("no doc-id id-string; the identifier is a hash of the headline and issue date")
    item.guid = guid
    item.version = version_number(attr(child(docdata, "du-key"), "version") or None, item)

    status = attr(docdata, "management-status").lower()
    if status == "embargoed":
        if release is not None:
            item.embargoed_until = release
        else:
            item.pub_status = PubStatus.WITHHELD
            item.warnings.append("management-status is embargoed but there is no date.release; held back")
    elif status == "withheld":
        item.pub_status = PubStatus.WITHHELD
    elif status and pub_status(status) is PubStatus.CANCELED:  # "canceled" and agencies' "killed", "withdrawn"
        item.pub_status = PubStatus.CANCELED
    elif status not in ("", "usable"):
        item.warnings.append(f"unknown management-status {status[:30]!r}; treated as usable")
    if (
        item.embargoed_until is None
        and release is not None
        and (item.version_created is None or release > item.version_created)
    ):
        item.embargoed_until = release  # released later than issued: an embargo, whatever the status says
    if child(docdata, "correction") is not None:
        add_signal(item, "correction")
    # <ed-msg info="..."/>: the agency's note to editors ("KILL: ... withdrawn"), never copy.
    messages = [attr(el, "info") or text_of(el) for el in children(docdata, "ed-msg")]
    if messages := [m for m in messages if m]:
        item.editorial_note = " ".join([item.editorial_note, *messages]).strip()

    item.urgency = urgency(attr(child(docdata, "urgency"), "ed-urg") or None)
    item.language = attr(root, "baselang") or attr(root, XML_LANG)
    evlocs = children(docdata, "evloc")
    if evlocs:
        first = evlocs[0]
        parts = (attr(first, k) for k in ("city", "state-prov", "county-dist", "iso-cc"))
        item.located = ", ".join(dict.fromkeys(p for p in parts if p))
    item.subjects = _subjects(head, docdata)
    identified = child(docdata, "identified-content")
    item.places = [
        *(text_of(el) for el in children(identified, "location", "country", "region", "city", "state") if text_of(el)),
        *(attr(ev, "city") for ev in evlocs if attr(ev, "city")),
    ]
    item.people = [text_of(el) for el in children(identified, "person")]
    item.organisations = [text_of(el) for el in children(identified, "org")]
    return item


def _subjects(head: Any, docdata: Any) -> list[Subject]:
    subjects: list[Subject] = []
    for tobject in children(head, "tobject"):
        for subject in children(tobject, "tobject.subject"):
            code = attr(subject, "tobject.subject.refnum")
            name = (
                attr(subject, "tobject.subject.detail")
                or attr(subject, "tobject.subject.matter")
                or attr(subject, "tobject.subject.type")
            )
            ipr = attr(subject, "tobject.subject.ipr")
            # IPTC Subject Codes are 8 digits; agencies' own codes keep their ipr as scheme.
            scheme = "subj" if (not ipr or ipr.upper() == "IPTC") and code.isdigit() else fold(ipr).lower()
            if code or name:
                subjects.append(Subject(scheme, code, name))
    for key_list in children(docdata, "key-list"):
        subjects.extend(Subject("keyword", attr(kw, "key")) for kw in children(key_list, "keyword") if attr(kw, "key"))
    return subjects


__all__ = ["NitfContent", "NitfParser", "nitf_content", "nitf_item"]
