"""The normalised wire item: what every parser produces, whatever the format.

Parsers (``newsdesk.wires.parsers``) turn a document into :class:`ParsedItem`
objects and nothing else; storage, de-duplication and versioning only ever see
this shape, so a new format is one new parser module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum


class PubStatus(enum.StrEnum):
    USABLE = "usable"
    WITHHELD = "withheld"  # held back by the agency: not to be published yet
    CANCELED = "canceled"  # a kill: the agency withdrew the item


@dataclasses.dataclass(frozen=True, slots=True)
class Media:
    url: str
    kind: str = "picture"  # picture, graphic, video, audio
    caption: str = ""
    credit: str = ""
    alt_text: str = ""
    mime_type: str = ""
    width: int | None = None
    height: int | None = None
    # IPTC Digital Source Type, the last path segment of its URI,
    # e.g. "trainedAlgorithmicMedia" for AI-generated images; "" when unknown.
    digital_source_type: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class Subject:
    """A subject as the agency coded it, e.g. scheme "medtop", code "20000106"."""

    scheme: str
    code: str
    name: str = ""


@dataclasses.dataclass(slots=True)
class ParsedItem:
    agency: str
    guid: str
    headline: str
    version: int = 1
    body_html: str = ""  # always sanitised by the parser through lib.sanitize.clean_html
    summary: str = ""  # plain text
    byline: str = ""
    dateline: str = ""  # e.g. "TOKYO"
    dateline_date: str = ""  # the date as the dateline wrote it, e.g. "Aug 19"
    credits: list[str] = dataclasses.field(default_factory=list)  # "Reporting by ...", "(c) ..."
    editorial_note: str = ""  # notes to subscribers: "UPDATE 2", "(Adds quotes)", "*** TRANSLATED ***"
    located: str = ""  # place the story was filed from, as the agency names it
    first_created: dt.datetime | None = None  # aware, UTC
    version_created: dt.datetime | None = None  # aware, UTC
    times_assumed_utc: bool = False  # a naive time was found and taken as UTC
    language: str = ""
    subjects: list[Subject] = dataclasses.field(default_factory=list)
    places: list[str] = dataclasses.field(default_factory=list)  # names or ISO codes as given
    people: list[str] = dataclasses.field(default_factory=list)
    organisations: list[str] = dataclasses.field(default_factory=list)
    urgency: int | None = None  # 1 (flash) .. 9
    embargoed_until: dt.datetime | None = None  # aware, UTC
    pub_status: PubStatus = PubStatus.USABLE
    links: list[str] = dataclasses.field(default_factory=list)
    media: list[Media] = dataclasses.field(default_factory=list)
    source_format: str = ""  # rss, atom, jsonfeed, ninjs, newsml, nitf, html
    warnings: list[str] = dataclasses.field(default_factory=list)
    # Where relative links in the body and media resolve (xml:base, entry link, feed link,
    # canonical or fetch URL, chosen by the parser); not content, so not hashed or stored.
    base_url: str = ""
    unresolved_links: int = 0  # relative URLs with no base to resolve them: dropped, text kept


@dataclasses.dataclass(frozen=True, slots=True)
class Rejection:
    """An item that could not be normalised; the rest of its document still lands."""

    reason: str
    guid: str = ""
    raw_excerpt: str = ""


@dataclasses.dataclass(slots=True)
class ParseResult:
    items: list[ParsedItem] = dataclasses.field(default_factory=list)
    rejections: list[Rejection] = dataclasses.field(default_factory=list)
    # What the desk should know about the document as a whole ("the feed has no entries").
    notes: list[str] = dataclasses.field(default_factory=list)
