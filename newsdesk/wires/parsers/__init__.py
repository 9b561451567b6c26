"""Wire document parsers: every agency format in, one :class:`~newsdesk.wires.items.ParsedItem` shape out.

Use :func:`parse_document`; it sniffs the format unless told. A document that
cannot be trusted as a whole raises :class:`DocumentError`; a bad item inside a
good document comes back as a :class:`~newsdesk.wires.items.Rejection`.
"""

from __future__ import annotations

from newsdesk.wires.items import ParseResult
from newsdesk.wires.parsers.base import (
    ASSUMED_ZONE,
    GZIP_MAGIC,
    MAX_DOCUMENT_BYTES,
    DocumentError,
    ItemError,
    Parser,
    UnknownFormat,
    check_size,
    gunzip,
    item_signals,
)
from newsdesk.wires.parsers.feed import AtomParser, RssParser
from newsdesk.wires.parsers.html import HtmlParser
from newsdesk.wires.parsers.jsonfeed import JsonFeedParser
from newsdesk.wires.parsers.newsml import NewsmlParser
from newsdesk.wires.parsers.ninjs import NinjsParser
from newsdesk.wires.parsers.nitf import NitfParser


class DuplicateParser(ValueError):
    """A parser is already registered under that name."""


# Registration order is sniffing order: the cheap, unambiguous checks first,
# the single-page HTML parser (the most permissive) last.
_registry: dict[str, Parser] = {}


def register(parser: Parser) -> Parser:
    """Register ``parser`` under ``parser.name``; a second parser with the same name is refused."""
    name = parser.name
    if not name:
        raise ValueError(f"{type(parser).__name__} has no name")
    if name in _registry:
        raise DuplicateParser(f"a parser named {name!r} is already registered ({type(_registry[name]).__name__})")
    _registry[name] = parser
    return parser


def get_parser(name: str) -> Parser:
    try:
        return _registry[name]
    except KeyError:
        known = ", ".join(_registry)
        raise UnknownFormat(f"no parser for format {name!r}; known formats: {known}") from None


def registered_formats() -> tuple[str, ...]:
    return tuple(_registry)


def detect_format(data: bytes, content_type: str = "") -> str:
    """The registered format ``data`` is in; raises :class:`UnknownFormat` when no parser claims it."""
    for parser in _registry.values():
        if parser.sniff(data, content_type):
            return parser.name
    head = bytes(data[:60]).decode("utf-8", "replace")
    raise UnknownFormat(
        f"unrecognised document format (content type {content_type or 'unknown'!r}, starts {head!r}); "
        f"known formats: {', '.join(_registry)}"
    )


# Bump when a parser change would read a document differently: documents already
# ingested are then parsed again instead of being skipped as seen (see IngestedDocument).
PARSER_VERSION = "2026.12.6"  # JSON Feed; RSS 0.90; dc:date as first created


def parse_document(
    data: bytes,
    fmt: str = "auto",
    *,
    agency: str = "",
    base_url: str = "",
    content_type: str = "",
    max_bytes: int = MAX_DOCUMENT_BYTES,
    assume_zone: str = "",
) -> ParseResult:
    """Parse one wire document into normalised items.

    ``fmt`` is a registered format name or "auto" to sniff it. ``base_url`` (where
    the document came from) resolves relative links; ``content_type`` (the HTTP
    header, with its charset) helps with mislabelled encodings. A gzip-compressed
    document is decompressed first, to at most ``max_bytes`` (the fetch cap).
    ``assume_zone`` (the source's IANA zone) is what times without a zone are taken in; they are flagged.
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"parse_document() needs bytes, not {type(data).__name__}")
    data = bytes(data)
    check_size(data)
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, min(max_bytes, MAX_DOCUMENT_BYTES))
        check_size(data)
    name = detect_format(data, content_type) if fmt == "auto" else fmt
    token = ASSUMED_ZONE.set(assume_zone)
    try:
        return get_parser(name).parse(data, agency=agency, base_url=base_url, content_type=content_type)
    finally:
        ASSUMED_ZONE.reset(token)


register(JsonFeedParser())  # before ninjs, which claims any JSON
register(NinjsParser())
register(RssParser())
register(AtomParser())
register(NewsmlParser())
register(NitfParser())
register(HtmlParser())

__all__ = [
    "PARSER_VERSION",
    "DocumentError",
    "DuplicateParser",
    "ItemError",
    "Parser",
    "UnknownFormat",
    "detect_format",
    "get_parser",
    "item_signals",
    "parse_document",
    "register",
    "registered_formats",
]
