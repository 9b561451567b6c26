"""What every wire parser shares: the :class:`Parser` base, the errors, and the helpers.

A parser turns one document into a :class:`~newsdesk.wires.items.ParseResult`.
Two kinds of failure are kept apart on purpose:

* :class:`DocumentError` -- the document as a whole cannot be trusted or read
  (not XML, an entity bomb, an internal DTD, truncated, invalid JSON). Nothing
  from it lands.
* :class:`ItemError` -- one item in an otherwise good document is unusable. It
  becomes a :class:`~newsdesk.wires.items.Rejection` and its siblings still land.

Every text a parser hands over passes :func:`finalise`, so "headlines are plain
text" is enforced in one place rather than remembered in six modules.
"""

from __future__ import annotations

import abc
import codecs
import contextvars
import copy
import dataclasses
import datetime as dt
import email.utils
import functools
import hashlib
import html
import re
import tomllib
import zlib
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html

from newsdesk.lib.sanitize import clean_html, plain_text
from newsdesk.wires import furniture
from newsdesk.wires.items import Media, ParsedItem, ParseResult, PubStatus, Rejection, Subject

# A wire document is a feed or a handful of stories; anything larger is a
# mistake or an attack, and refusing it early bounds memory and time.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

# How much of a document format sniffing looks at: enough for any sane prolog.
SNIFF_BYTES = 64 * 1024


class DocumentError(ValueError):
    """The whole document is refused; ``reason`` says why in words an editor can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class UnknownFormat(DocumentError):
    """No registered parser recognises the document."""


class ItemError(ValueError):
    """One item cannot be normalised; the parser turns it into a Rejection."""

    def __init__(self, reason: str, guid: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.guid = guid


class Parser(abc.ABC):
    """One wire format. Subclasses set ``name`` and are registered in ``parsers/__init__``."""

    name: ClassVar[str] = ""

    @abc.abstractmethod
    def sniff(self, data: bytes, content_type: str = "") -> bool:
        """True when ``data`` looks like this format; ``content_type`` only breaks ties."""

    @abc.abstractmethod
    def parse(self, data: bytes, *, agency: str = "", base_url: str = "", content_type: str = "") -> ParseResult:
        """Parse ``data``; raise :class:`DocumentError` when the document as a whole is unusable."""


# --------------------------------------------------------------------------
# Sniffing and the XML prolog
# --------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
# A document starting with '<' in UTF-16/32 without a BOM (XML spec, appendix F).
_NULL_PATTERNS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)


def wide_encoding(data: bytes) -> tuple[str, int]:
    """(codec, BOM length) for a document that is not ASCII-compatible, else ("", 0) or ("utf-8", 3)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    for pattern, name in _NULL_PATTERNS:
        if data.startswith(pattern):
            return name, 0
    return "", 0


def ascii_view(data: bytes, limit: int | None = SNIFF_BYTES) -> bytes:
    """``data`` (or its first ``limit`` bytes) re-encoded so markup can be found with byte patterns."""
    chunk = data if limit is None else data[:limit]
    name, bom = wide_encoding(chunk)
    if name and name != "utf-8":
        width = 4 if "32" in name else 2
        body = chunk[bom:]
        body = body[: len(body) - len(body) % width]
        return body.decode(name, errors="replace").encode("utf-8")
    return chunk[bom:]


@dataclasses.dataclass(frozen=True, slots=True)
class Prolog:
    """What precedes the root element: enough to pick a format and to refuse entity tricks."""

    root: str = ""  # qualified name of the first element, e.g. "ns0:newsMessage"
    doctype: str = ""  # name in <!DOCTYPE name ...>
    declares_entities: bool = False  # the DOCTYPE's internal subset has <!ENTITY ...>

    @property
    def root_local(self) -> str:
        return self.root.rsplit(":", 1)[-1]


_NAME_AFTER = re.compile(rb"[^\s/>\[\"']+")
_DOCTYPE_EVENTS = re.compile(rb"[\"'\[\]>]|<!--|<!ENTITY", re.IGNORECASE)


def _scan_doctype(data: bytes, pos: int) -> tuple[int, str, bool]:
    """Scan a DOCTYPE starting just after ``<!DOCTYPE``; return (end, name, declares_entities)."""
    while pos < len(data) and data[pos : pos + 1].isspace():
        pos += 1
    match = _NAME_AFTER.match(data, pos)
    name = match.group().decode("utf-8", "replace") if match else ""
    entities = False
    depth = 0
    quote = b""
    while True:
        event = _DOCTYPE_EVENTS.search(data, pos)
        if event is None:
            return len(data), name, entities
        token = event.group()
        pos = event.end()
        if quote:
            if token == quote:
                quote = b""
        elif token in (b'"', b"'"):
            quote = token
        elif token == b"[":
            depth += 1
        elif token == b"]":
            depth = max(depth - 1, 0)
        elif token == b">":
            if depth == 0:
                return pos, name, entities
        elif token == b"<!--":
            end = data.find(b"-->", pos)
            pos = len(data) if end < 0 else end + 3
        else:  # <!ENTITY, any case: XML is case-sensitive, lenient parsers are not
            entities = True


def scan_prolog(data: bytes) -> Prolog:
    """Walk declarations, comments and PIs up to the first element of an ASCII-compatible document."""
    pos = 0
    doctype = ""
    entities = False
    size = len(data)
    while True:
        start = data.find(b"<", pos)
        if start < 0 or start + 1 >= size:
            return Prolog("", doctype, entities)
        if data.startswith(b"<?", start):
            end = data.find(b"?>", start + 2)
            pos = size if end < 0 else end + 2
        elif data.startswith(b"<!--", start):
            end = data.find(b"-->", start + 4)
            pos = size if end < 0 else end + 3
        elif data[start : start + 9].upper() == b"<!DOCTYPE":
            pos, name, declared = _scan_doctype(data, start + 9)
            doctype = doctype or name
            entities = entities or declared
        elif data.startswith(b"<![CDATA[", start):
            end = data.find(b"]]>", start)
            pos = size if end < 0 else end + 3
        else:
            first = data[start + 1]
            if chr(first).isalpha() or first in b"_:" or first >= 0x80:
                match = _NAME_AFTER.match(data, start + 1)
                root = match.group().decode("utf-8", "replace") if match else ""
                return Prolog(root, doctype, entities)
            pos = start + 1  # a stray '<' in front matter; lenient parsers skip it too


def sniff_prolog(data: bytes) -> Prolog:
    return scan_prolog(ascii_view(data))


def looks_like_json(data: bytes) -> bool:
    head = ascii_view(data, 1024).lstrip()
    return head[:1] in (b"{", b"[")


def refuse_entity_declarations(data: bytes) -> None:
    """Raise :class:`DocumentError` when a DOCTYPE declares entities (billion laughs, XXE).

    Wire formats never need their own entities, so refusing is cheaper and safer
    than any attempt to expand them "carefully". ``data`` must be ASCII-compatible.
    """
    if scan_prolog(data).declares_entities:
        raise DocumentError(
            "the document's DOCTYPE declares entities; refused without expanding them "
            "(entity expansion and external entities are never allowed)"
        )


# --------------------------------------------------------------------------
# Character encodings
# --------------------------------------------------------------------------

_XML_DECL = re.compile(rb"^\s*<\?xml\b[^>]*?\?>")
_XML_DECL_ENCODING = re.compile(rb"""encoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)\s*["']""")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
# Encodings in which any byte sequence decodes, so "it decoded" proves nothing.
_PERMISSIVE = frozenset({"iso8859-1", "cp1252", "iso8859-15", "latin-1"})


@dataclasses.dataclass(frozen=True, slots=True)
class Decoded:
    data: bytes  # UTF-8; any XML declaration now says utf-8
    encoding: str  # what the source was read as
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


def charset_of(content_type: str) -> str:
    match = _CHARSET_PARAM.search(content_type or "")
    return match.group(1) if match else ""


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str:
    """Guess an undeclared encoding; charset-normalizer is optional so a missing wheel only costs accuracy."""
    try:
        import charset_normalizer  # only undeclared, non-UTF-8 documents pay for the import
    except ImportError:
        return ""
    best = charset_normalizer.from_bytes(data).best()
    guess = _codec(best.encoding) if best is not None else ""
    if guess in _latin_guesses():
        try:
            data.decode("cp1252")
        except UnicodeDecodeError:
            return guess
        return "cp1252"
    return guess


@functools.cache
def _latin_guesses() -> frozenset[str]:
    data = tomllib.loads((Path(__file__).resolve().parent.parent / "data" / "encodings.toml").read_text("utf-8"))
    return frozenset(_codec(name) for name in data["latin_guesses"])


def to_utf8(data: bytes, content_type: str = "", *, markup: str = "xml") -> Decoded:
    """Read ``data`` with the right encoding and return it as UTF-8.

    Order: a BOM; the HTTP charset; the XML declaration (or HTML ``<meta charset>``);
    UTF-8; detection. A declared single-byte Latin charset on bytes that are
    valid multi-byte UTF-8 is a mislabel (servers default to ISO-8859-1), so
    UTF-8 wins there: such bytes are almost never meant as Latin-1.
    """
    wide, bom = wide_encoding(data)
    if wide:
        body = data[bom:]
        try:
            text = body.decode(wide)
            notes: tuple[str, ...] = ()
        except UnicodeDecodeError:
            text = body.decode(wide, errors="replace")
            notes = (f"bytes are not valid {wide}; undecodable characters replaced",)
        return Decoded(_with_utf8_declaration(text.encode("utf-8"), markup), wide, notes)

    head = data[:2048]
    declared: list[tuple[str, str]] = []
    if charset := charset_of(content_type):
        declared.append(("HTTP charset", charset))
    if markup == "xml":
        decl = _XML_DECL.match(head)
        if decl and (enc := _XML_DECL_ENCODING.search(decl.group())):
            declared.append(("XML declaration", enc.group(1).decode("ascii")))
    else:
        if meta := _META_CHARSET.search(head):
            declared.append(("<meta charset>", meta.group(1).decode("ascii")))

    warnings: list[str] = []
    for source, label in declared:
        codec = _codec(label)
        if not codec:
            warnings.append(f"{source} names an unknown encoding {label!r}")
            continue
        if codec == "utf-8":
            if _is_utf8(data):
                return Decoded(_with_utf8_declaration(data, markup), "utf-8", tuple(warnings))
            warnings.append(f"{source} says {label} but the bytes are not UTF-8")
            continue
        if codec in _PERMISSIVE and not data.isascii() and _is_utf8(data):
            warnings.append(f"{source} says {label} but the bytes are UTF-8; read as UTF-8")
            return Decoded(_with_utf8_declaration(data, markup), "utf-8", tuple(warnings))
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            warnings.append(f"{source} says {label} but the bytes are not {label}")
            continue
        return Decoded(_with_utf8_declaration(text.encode("utf-8"), markup), codec, tuple(warnings))

    if _is_utf8(data):
        return Decoded(_with_utf8_declaration(data, markup), "utf-8", tuple(warnings))
    guess = _detect(data)
    if guess:
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            guess = ""
        else:
            warnings.append(f"encoding detected as {guess}" if declared else f"encoding not declared; detected {guess}")
            return Decoded(_with_utf8_declaration(text.encode("utf-8"), markup), guess, tuple(warnings))
    warnings.append("encoding unknown; read as windows-1252 with replacement characters")
    text = data.decode("cp1252", errors="replace")
    return Decoded(_with_utf8_declaration(text.encode("utf-8"), markup), "cp1252", tuple(warnings))


def _with_utf8_declaration(data: bytes, markup: str) -> bytes:
    if markup != "xml":
        return data
    decl = _XML_DECL.match(data[:2048])
    if not decl:
        return data
    enc = _XML_DECL_ENCODING.search(decl.group())
    if enc is None or _codec(enc.group(1).decode("ascii", "replace")) == "utf-8":
        return data
    return b'<?xml version="1.0" encoding="utf-8"?>' + data[decl.end() :]


# --------------------------------------------------------------------------
# Safe XML
# --------------------------------------------------------------------------


def _xml_parser() -> etree.XMLParser:
    # A new parser per document: lxml parsers are not thread-safe, and these
    # options are the whole defence, so they are spelled out here only.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        # collect_ids=False is deliberately absent: with it, lxml 6 / libxml2 2.14
        # tries to load the external DTD a DOCTYPE names (refused offline, but
        # then every NITF that cites its DTD by URL would fail).
    )


GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """A gzip-compressed document (a ``.xml.gz`` in a drop folder) decompressed, never past ``limit`` bytes.

    The cap is checked while decompressing, so a small bomb never expands in memory;
    concatenated members (legal gzip) are read one after the other.
    """
    out = bytearray()
    rest = data
    try:
        while rest[:2] == GZIP_MAGIC:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            out += inflater.decompress(rest, limit - len(out) + 1)
            if len(out) > limit or inflater.unconsumed_tail:
                raise DocumentError(f"the gzip-compressed document decompresses to more than {limit} bytes")
            if not inflater.eof:
                raise DocumentError("the gzip-compressed document is truncated")
            rest = inflater.unused_data.lstrip(b"\x00")
    except zlib.error as exc:
        raise DocumentError(f"the gzip-compressed document is damaged: {exc}") from exc
    return bytes(out)


def check_size(data: bytes) -> None:
    if not data or not data.strip():
        raise DocumentError("the document is empty")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"the document is {len(data)} bytes; the limit is {MAX_DOCUMENT_BYTES}")


def parse_xml(data: bytes, content_type: str = "") -> tuple[Any, tuple[str, ...]]:
    """Parse untrusted XML into an lxml root element; (root, encoding warnings).

    Refuses entity declarations before the parser sees them, and checks the
    parsed internal DTD again in case the prolog scan was fooled.
    """
    check_size(data)
    decoded = to_utf8(data, content_type)
    refuse_entity_declarations(decoded.data)
    try:
        root = etree.fromstring(decoded.data, _xml_parser())
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise DocumentError(f"not well-formed XML: {exc}") from exc
    if root is None:
        raise DocumentError("not XML: no root element")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise DocumentError("the document's DTD declares entities; refused")
    return root, decoded.warnings


def localname(node: Any) -> str:
    tag = node.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(node: Any, *names: str) -> list[Any]:
    """Direct child elements with one of ``names`` as local name, in any namespace."""
    if node is None:
        return []
    wanted = set(names)
    return [child for child in node if localname(child) in wanted]


def child(node: Any, *names: str) -> Any:
    found = children(node, *names)
    return found[0] if found else None


def descendants(node: Any, *names: str) -> list[Any]:
    if node is None:
        return []
    wanted = set(names)
    return [el for el in node.iter() if localname(el) in wanted]


def text_of(node: Any, *, skip: Iterable[str] = ()) -> str:
    """All text under ``node`` with white space folded; elements named in ``skip`` are left out."""
    if node is None:
        return ""
    # Script and style text is code, never copy, wherever an agency nests it.
    skipped = {"script", "style", *skip}
    parts: list[str] = []

    def walk(el: Any) -> None:
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        for sub in el:
            if localname(sub) not in skipped:
                walk(sub)
            if sub.tail:
                parts.append(sub.tail)

    walk(node)
    return fold(_join_pieces(parts))


def _join_pieces(parts: list[str]) -> str:
    """Join text split by markup; "By<person>Ann</person>" reads "By Ann", "News</city>, VA" stays "News, VA"."""
    out: list[str] = []
    for part in parts:
        if out and out[-1][-1:].isalnum() and part[:1].isalnum():
            out.append(" ")
        out.append(part)
    return "".join(out)


def attr(node: Any, name: str) -> str:
    if node is None:
        return ""
    return str(node.get(name, "") or "").strip()


def _strip_to_html_tree(node: Any, rename: Mapping[str, str], drop: frozenset[str]) -> Any:
    clone = copy.deepcopy(node)
    doomed: list[Any] = []
    for el in clone.iter():
        if el is not clone and (not isinstance(el.tag, str) or localname(el) in drop):
            doomed.append(el)
            continue
        if not isinstance(el.tag, str):
            continue
        name = localname(el)
        el.tag = rename.get(name, name)
        for key in list(el.attrib):
            if key.startswith("{") or (key.lower() in _URL_ATTRIBUTES and not _body_url_ok(el.attrib[key])):
                del el.attrib[key]
    for el in doomed:
        _remove_keep_tail(el)
    etree.cleanup_namespaces(clone)
    return clone


# Attributes holding a URL. A bad one is removed before serialising: lxml's
# HTML writer percent-escapes "jav\tascript:" into a harmless-looking string
# that the sanitiser could no longer recognise for what it was.
_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "cite", "poster", "background", "srcset"})
_BODY_SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"^([^:/?#]*):")


def _body_url_ok(value: str) -> bool:
    compact = _URL_CONTROL.sub("", value or "").strip()
    match = _SCHEME.match(compact)
    return match is None or match.group(1).lower() in _BODY_SCHEMES


def _remove_keep_tail(el: Any) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail or ""
    if tail:
        previous = el.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def inner_xml_as_html(node: Any, *, rename: Mapping[str, str] | None = None, drop: Iterable[str] = ()) -> str:
    """The content of an XML element (XHTML, NITF ...) serialised as HTML, namespaces stripped.

    Not sanitised: the caller passes the result through ``clean_html``.
    """
    if node is None:
        return ""
    clone = _strip_to_html_tree(node, rename or {}, frozenset(drop))
    parts = [html.escape(clone.text or "", quote=False)]
    parts.extend(etree.tostring(sub, method="html", encoding="unicode", with_tail=True) for sub in clone)
    return "".join(parts)


# --------------------------------------------------------------------------
# Text, HTML and URLs
# --------------------------------------------------------------------------

_WS = re.compile(r"\s+")


def fold(value: str) -> str:
    return _WS.sub(" ", value).strip()


_BLOCK_END = re.compile(
    r"</(?:p|div|h[1-6]|li|dd|dt|td|th|tr|blockquote|figcaption|caption|pre|section|article|header|footer|"
    r"address|aside|ul|ol|dl|table)\s*>|<br\s*/?>|<hr\s*/?>",
    re.IGNORECASE,
)
_TAG_LIKE = re.compile(r"(?:<|&(?:amp;)*(?:lt|#0*60|#x0*3c);)[A-Za-z!/?]", re.IGNORECASE)


def _plain_text(text: str) -> str:
    # plain_text leaves a no-break space as the literal text "&nbsp;" (reported).
    return _WS.sub(" ", plain_text(text).replace("&nbsp;", " ")).strip()


def plain(value: object) -> str:
    """``plain_text`` until nothing tag-like is left, with a fast path for text without markup.

    ``plain_text`` unescapes once, so "&lt;img onerror=...&gt;" would come back
    as a live tag; a wire can escape twice on purpose. Repeating to a fixed
    point means no plain-text field ever holds markup, whoever renders it.
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "<" not in text and "&" not in text:
        return _WS.sub(" ", text.replace("\x00", "")).strip()
    # plain_text drops tags without a space: "<p>one</p><p>two</p>" would read "onetwo".
    text = _plain_text(_BLOCK_END.sub(r"\g<0> ", text))
    for _ in range(4):
        if not _TAG_LIKE.search(text):
            return text
        text = _plain_text(text)
    # Escaped five times over: an attack, not a headline.
    return _TAG_LIKE.sub(lambda m: "\u2039" + m.group()[-1], text)


def text_to_html(text: str) -> str:
    """Plain body text as paragraphs: one ``<p>`` per non-blank line."""
    lines = (fold(line) for line in (text or "").splitlines())
    return "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines if line)


_FULL_DOCUMENT = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)


def html_body(value: str) -> str:
    """Sanitised HTML from an HTML string that may be a whole document (``<html><head>...``)."""
    if not value:
        return ""
    if _FULL_DOCUMENT.search(value):
        try:
            doc = lxml_html.document_fromstring(value)
        except (etree.ParserError, ValueError):
            return clean_html(value)
        body = doc.find("body")
        if body is not None:
            # h1 is the page's headline, not allowed in a body: keep it as a heading.
            value = inner_xml_as_html(body, rename={"h1": "h2"})
    return clean_html(value)


_URL_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_SAFE_SCHEMES = frozenset({"http", "https"})


def safe_url(raw: object, base: str = "", *, allow_relative: bool = True) -> str:
    """An http(s) URL, or a relative reference, or "" for anything else (javascript:, data:, file: ...).

    Browsers ignore tabs and newlines inside URLs ("java\\tscript:"), so they are
    removed before the scheme is judged, never after.
    """
    if raw is None:
        return ""
    url = _URL_CONTROL.sub("", str(raw)).strip().replace(" ", "%20")
    if not url:
        return ""
    if base and safe_url(base, allow_relative=False):
        url = urljoin(base, url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    if scheme in _SAFE_SCHEMES:
        return url if parts.netloc else ""
    if not scheme and allow_relative and not url.startswith("\\"):
        return url
    return ""


# A body with any URL that is not absolute http(s) or mailto; most bodies have none and skip the rewrite.
_RELATIVE_URL_ATTR = re.compile(r"""\s(?:href|src)="(?!(?:https?|mailto):)""", re.IGNORECASE)
# Tags as the sanitiser (html5ever's serialiser) writes them: every attribute value in double
# quotes with '"' escaped, and '<' escaped in text, so this matches exactly the <a> and <img> tags.
_LINK_TAG = re.compile(r'<(a|img)((?:\s+[^\s="<>/]+(?:="[^"]*")?)*)\s*/?>')
_URL_ATTR = re.compile(r'\s(href|src)="([^"]*)"')


def absolute_body_links(body: str, base: str) -> tuple[str, int]:
    """(body with every href/src absolute against ``base``, count of relative URLs that could not be resolved).

    Relative links in stored copy would point at our own host once published.
    Without a base, a link loses its href (its text stays) and an image is removed.
    ``body`` must be ``clean_html`` output; only URL values change (each from
    ``safe_url``, so http or https, re-escaped) and <img> tags go, so it is not
    cleaned a second time.
    """
    if not body or not _RELATIVE_URL_ATTR.search(body):
        return body, 0
    base = safe_url(base, allow_relative=False)
    dropped = 0

    def tag(match: re.Match[str]) -> str:
        nonlocal dropped
        attrs = match.group(2)
        found = _URL_ATTR.search(attrs)
        if found is None:
            return match.group()
        raw = html.unescape(found.group(2))
        if _SCHEME.match(_URL_CONTROL.sub("", raw).strip()):
            return match.group()  # absolute: the sanitiser allowed only http, https and mailto
        url = safe_url(raw, base, allow_relative=False) if base else ""
        if url:
            value = html.escape(url, quote=True)
            return f'<{match.group(1)}{attrs[: found.start()]} {found.group(1)}="{value}"{attrs[found.end() :]}>'
        dropped += 1
        if match.group(1) == "img":
            return ""
        return f"<a{attrs[: found.start()]}{attrs[found.end() :]}>"

    return _LINK_TAG.sub(tag, body), dropped


def _absolute_links(item: ParsedItem) -> None:
    """Resolve the item's body, media and links against its base; drop what cannot be resolved, counted."""
    base = safe_url(item.base_url, allow_relative=False)
    if not base:
        base = next((link for link in (safe_url(x, allow_relative=False) for x in item.links) if link), "")
    item.body_html, dropped = absolute_body_links(item.body_html, base)
    media: list[Media] = []
    for entry in item.media:
        url = safe_url(entry.url, base, allow_relative=False)
        if url:
            media.append(entry if url == entry.url else dataclasses.replace(entry, url=url))
        elif safe_url(entry.url):
            dropped += 1  # relative with nothing to resolve it against
        else:
            media.append(entry)  # unsafe: finalise drops it with its own warning
    item.media = media
    links: list[str] = []
    for link in item.links:
        url = safe_url(link, base, allow_relative=False)
        if url:
            links.append(url)
        elif safe_url(link):
            dropped += 1
    item.links = links
    if dropped:
        item.unresolved_links += dropped
        item.warnings.append(
            f"{dropped} relative link(s) could not be made absolute (no base address); dropped, link text kept"
        )


# --------------------------------------------------------------------------
# Times
# --------------------------------------------------------------------------

_TRAILING_UTC = re.compile(r"\s*(?:GMT|UTC|UT)$", re.IGNORECASE)


# The zone a source's zoneless times are taken in (its admin setting); set by parse_document.
ASSUMED_ZONE: contextvars.ContextVar[str] = contextvars.ContextVar("assumed_zone", default="")


def assumed_zone_name() -> str:
    return ASSUMED_ZONE.get() or "UTC"


def _assume_zone(value: dt.datetime) -> dt.datetime:
    name = ASSUMED_ZONE.get()
    try:
        zone: dt.tzinfo = zoneinfo.ZoneInfo(name) if name else dt.UTC
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        zone = dt.UTC
    return value.replace(tzinfo=zone).astimezone(dt.UTC)


def parse_time(raw: object) -> tuple[dt.datetime | None, bool]:
    """(aware UTC datetime, assumed_utc) from ISO 8601 (extended or basic) or RFC 822; (None, False) if unreadable.

    Also reads what agencies write besides the standards: named zones ("CEST", "IST"), day and
    month names in other languages ("Di, 10 Jun 2025", "10 de junio de 2025"), ``data/dates.toml``.
    """
    if raw is None:
        return None, False
    text = fold(str(raw))
    if not text:
        return None, False
    value = _read_time(text)
    if (value is None or value.tzinfo is None) and any(c.isalpha() for c in text.replace("T", "").replace("Z", "")):
        normalised = _normalise_date(text)
        if normalised != text:
            value = _read_time(normalised) or value
    if value is None:
        return None, False
    if value.tzinfo is None or value.utcoffset() is None:
        try:
            return _assume_zone(value), True
        except OverflowError:
            return None, False
    try:
        return value.astimezone(dt.UTC), False
    except OverflowError:
        return None, False


def _read_time(text: str) -> dt.datetime | None:
    iso = _TRAILING_UTC.sub("+00:00", text) if any(c.isdigit() for c in text[:4]) else text
    if iso.endswith("z"):
        iso = iso[:-1] + "Z"
    try:
        return dt.datetime.fromisoformat(iso)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


@functools.cache
def _date_words() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    data = tomllib.loads((Path(__file__).resolve().parent.parent / "data" / "dates.toml").read_text("utf-8"))
    return data["zones"], data["months"], frozenset(data["ignored"]["words"])


_ZONE_OFFSET = re.compile(r"^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d")


def _normalise_date(text: str) -> str:
    """``text`` with named zones as offsets, foreign month names in English, day names and fillers dropped."""
    zones, months, ignored = _date_words()
    out: list[str] = []
    seen_number = False
    for piece in text.replace(",", " , ").split():
        bare = piece.strip(".()").lower()
        upper = piece.strip(".()")
        if (offset := _ZONE_OFFSET.match(upper)) is not None:
            sign, hours, minutes = offset.groups()
            out.append(f"{sign}{int(hours):02d}{minutes or '00'}")
        elif upper.isalpha() and upper.isupper() and upper in zones and seen_number:
            out.append(zones[upper])
        elif bare in months and (seen_number or bare not in ignored):
            out.append(months[bare])
        elif bare in ignored or (not seen_number and piece.isalpha() and bare not in months):
            continue  # a day name before the date, or "de" between its parts
        elif piece != ",":
            seen_number = seen_number or any(c.isdigit() for c in piece)
            out.append(piece)
    result = " ".join(out)
    if _ISO_DATE.match(result):
        result = re.sub(r"\s+([+-]\d{4})$", r"\1", result)  # "2025-06-10T10:00 +0200" reads as ISO
    return result


def time_field(item: ParsedItem, raw: object, label: str) -> dt.datetime | None:
    """Parse ``raw`` for ``item``: record a warning for unreadable and for naive times."""
    if raw is None or not str(raw).strip():
        return None
    value, assumed = parse_time(raw)
    if value is None:
        item.warnings.append(f"{label}: unreadable time {fold(str(raw))[:80]!r} ignored")
        return None
    if assumed:
        item.times_assumed_utc = True
        item.warnings.append(f"{label}: {fold(str(raw))[:80]!r} has no time zone; taken as {assumed_zone_name()}")
    return value


# --------------------------------------------------------------------------
# IPTC vocabularies
# --------------------------------------------------------------------------


def last_segment(value: str) -> str:
    """ "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia" -> "trainedAlgorithmicMedia"."""
    value = (value or "").strip().rstrip("/")
    return re.split(r"[/:#]", value)[-1] if value else ""


def digital_source_type(value: str) -> str:
    return plain(last_segment(value))


@functools.cache
def _kill_words() -> frozenset[str]:
    data = tomllib.loads((Path(__file__).resolve().parent.parent / "data" / "kills.toml").read_text("utf-8"))
    return frozenset(word.lower() for word in data["pubstatus_kill_words"])


@functools.cache
def _kill_advisories() -> tuple[re.Pattern[str], tuple[str, ...]]:
    data = tomllib.loads((Path(__file__).resolve().parent.parent / "data" / "kills.toml").read_text("utf-8"))
    pattern = re.compile("|".join(f"(?:{p})" for p in data["advisory_patterns"]))
    return pattern, tuple(phrase.lower() for phrase in data["note_phrases"])


def kill_advisory(headline: str, note: str = "") -> str:
    """The kill or withdrawal advisory ("KILL", "WITHDRAWN", "ELIMINATE" ...) in an item's words, or "".

    In a headline only at its start ("Police kill suspect" is news); in an editor's note, anywhere
    (notes are furniture, and several are joined into one).
    """
    pattern, phrases = _kill_advisories()
    head = (headline or "").strip().lstrip("*#=- ")
    if pattern.match(head):
        return head[:80]
    note = (note or "").strip()
    found = next((m for m in (pattern.match(note, i) for i in _word_starts(note)) if m), None)
    if found is not None or any(phrase in note.lower() for phrase in phrases):
        return note[:80]
    return ""


def _word_starts(text: str) -> Iterable[int]:
    return (m.start() for m in re.finditer(r"(?<![\w])\w", text))


def pub_status(value: str) -> PubStatus | None:
    code = last_segment(value).lower()
    if code in _kill_words():
        code = "canceled"
    try:
        return PubStatus(code)
    except ValueError:
        return None


def urgency(value: object) -> int | None:
    """IPTC urgency 1 (flash) .. 9; anything else is dropped."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if 1 <= number <= 9 else None


def version_number(value: object, item: ParsedItem) -> int:
    if value is None or str(value).strip() == "":
        return 1
    try:
        number = int(str(value).strip())
    except ValueError:
        item.warnings.append(f"version {str(value)[:40]!r} is not a number; using 1")
        return 1
    if number < 0:
        item.warnings.append(f"version {number} is negative; using 1")
        return 1
    return number


def media_kind(*hints: str) -> str:
    """picture, graphic, video or audio from a MIME type, an IPTC item class or a ninjs type."""
    for hint in hints:
        value = (hint or "").strip().lower()
        if not value:
            continue
        is_mime = "/" in value and not value.startswith(("http:", "https:"))
        token = value.split("/", 1)[0] if is_mime else last_segment(value)
        if token in ("video", "audio", "graphic"):
            return token
        if token in ("graphics", "infographic"):
            return "graphic"
        if token in ("image", "picture", "photo"):
            return "picture"
    return "picture"


# Stable scheme names for the well-known IPTC vocabularies, whatever spelling the agency used.
_SCHEME_ALIASES: dict[str, str] = {
    "http://cv.iptc.org/newscodes/mediatopic/": "medtop",
    "https://cv.iptc.org/newscodes/mediatopic/": "medtop",
    "http://cv.iptc.org/newscodes/subjectcode/": "subj",
    "https://cv.iptc.org/newscodes/subjectcode/": "subj",
}


def subject_from_uri(uri: str, name: str = "") -> Subject | None:
    uri = (uri or "").strip()
    if not uri:
        return None
    for prefix, alias in _SCHEME_ALIASES.items():
        if uri.startswith(prefix):
            return Subject(alias, uri[len(prefix) :].strip("/"), name)
    scheme, _, code = uri.rstrip("/").rpartition("/")
    return Subject(scheme, code, name) if code else None


def subject_from_qcode(qcode: str, name: str = "") -> Subject | None:
    scheme, sep, code = (qcode or "").strip().partition(":")
    if not sep:
        return Subject("", scheme, name) if scheme else None
    return Subject(scheme, code, name) if code else None


# --------------------------------------------------------------------------
# Editorial signals
# --------------------------------------------------------------------------

# ParsedItem has no field for "this is a correction / an update"; until it has,
# parsers record the signal as a warning with this prefix so storage and the
# desk can see it (see item_signals).
SIGNAL_PREFIX = "signal:"


def add_signal(item: ParsedItem, signal: str) -> None:
    note = SIGNAL_PREFIX + signal
    if note not in item.warnings:
        item.warnings.append(note)


def item_signals(item: ParsedItem) -> frozenset[str]:
    """Signals such as "correction", "update", "kill" that a parser recognised on ``item``."""
    return frozenset(w[len(SIGNAL_PREFIX) :] for w in item.warnings if w.startswith(SIGNAL_PREFIX))


# --------------------------------------------------------------------------
# Identity and the final pass
# --------------------------------------------------------------------------

_GUID_FORBIDDEN = re.compile(r"[<>\"\x00-\x1f\x7f]")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$")


def hashed_guid(*parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return f"urn:newsdesk:sha256:{digest[:40]}"


def check_guid(raw: object) -> str:
    """A GUID is an opaque identifier; one carrying markup or control characters is refused, never repaired."""
    guid = str(raw or "").strip()
    if not guid:
        raise ItemError("the item has no identifier")
    if len(guid) > 2048:
        raise ItemError("the item identifier is longer than 2048 characters", guid[:80])
    if _GUID_FORBIDDEN.search(guid):
        raise ItemError("the item identifier contains markup or control characters")
    return guid


def _unique(values: Iterable[Any]) -> list[Any]:
    seen: set[Any] = set()
    out: list[Any] = []
    for value in values:
        if value and value not in seen:
            seen.add(value)
            out.append(value)
    return out


def _clean_media(media: Media) -> Media | None:
    if not safe_url(media.url):
        return None
    return dataclasses.replace(
        media,
        kind=plain(media.kind) or "picture",
        caption=plain(media.caption),
        credit=plain(media.credit),
        alt_text=plain(media.alt_text),
        mime_type=plain(media.mime_type).lower(),
        width=media.width if media.width and media.width > 0 else None,
        height=media.height if media.height and media.height > 0 else None,
        digital_source_type=plain(media.digital_source_type),
    )


def finalise(item: ParsedItem) -> ParsedItem:
    """Enforce the contract on a built item: plain text where text is promised, safe URLs, no duplicates."""
    item.guid = check_guid(item.guid)
    item.headline = plain(item.headline)
    item.summary = plain(item.summary)
    item.byline = plain(item.byline)
    item.dateline = plain(item.dateline)
    _split_furniture(item)
    if item.pub_status is not PubStatus.CANCELED and (advisory := kill_advisory(item.headline, item.editorial_note)):
        # Agencies also kill in words, on a new version of the same item; left usable, the story stays live.
        item.pub_status = PubStatus.CANCELED
        add_signal(item, "kill")
        item.warnings.append(f"kill advisory {advisory!r}: read as a kill")
    item.located = plain(item.located)
    language = plain(item.language)
    if language and not _LANGUAGE.match(language):
        item.warnings.append(f"language {language[:20]!r} is not a language tag; dropped")
        language = ""
    item.language = language
    item.places = _unique(plain(p) for p in item.places)
    item.people = _unique(plain(p) for p in item.people)
    item.organisations = _unique(plain(o) for o in item.organisations)
    item.subjects = _unique(
        Subject(plain(s.scheme), plain(s.code), plain(s.name)) for s in item.subjects if plain(s.code) or plain(s.name)
    )
    _absolute_links(item)
    item.links = _unique(safe_url(link) for link in item.links)
    cleaned: list[Media] = []
    seen_urls: set[str] = set()
    for media in item.media:
        clean = _clean_media(media)
        if clean is None:
            item.warnings.append("a media reference with an unsafe or empty URL was dropped")
        elif clean.url not in seen_urls:
            seen_urls.add(clean.url)
            cleaned.append(clean)
    item.media = cleaned
    if item.body_html and len(item.body_html) < 200 and "<img" not in item.body_html and not plain(item.body_html):
        item.body_html = ""  # only empty paragraphs, e.g. a kill's "<p></p>"
    if item.pub_status is PubStatus.USABLE and not (item.headline or item.body_html or item.summary or item.media):
        # Nothing a reader could see; a kill or a held item may be empty, a story may not.
        raise ItemError("the item has neither headline nor body: nothing to publish", item.guid)
    # Warnings quote agency data (a bad date, an unknown key) and are shown on the desk.
    item.warnings = _unique(plain(w) for w in item.warnings)
    return item


def _split_furniture(item: ParsedItem) -> None:
    """Move agency furniture (slugs, dateline, lead-in, credits, notes) out of the story into its fields."""
    notes: list[str] = [item.editorial_note] if item.editorial_note else []
    item.headline, headline_notes = furniture.split_headline(item.headline)
    notes.extend(headline_notes)
    summary = furniture.split_paragraphs([item.summary]) if item.summary else furniture.Furniture()
    item.summary = " ".join(summary.paragraphs)
    body = furniture.split_body_html(item.body_html)
    if item.body_html:
        item.body_html = body.body_html
    dateline = body.dateline or summary.dateline
    if dateline is not None:
        if not item.dateline:
            item.dateline = dateline.place
        if not item.dateline_date:
            item.dateline_date = dateline.date_text
    notes.extend(summary.notes + body.notes)
    item.credits = _unique(plain(c) for c in [*item.credits, *summary.credits, *body.credits])
    item.editorial_note = " ".join(_unique(plain(n) for n in notes))
    item.dateline_date = plain(item.dateline_date)


def excerpt(raw: object, limit: int = 300) -> str:
    text = raw if isinstance(raw, str) else repr(raw)
    return text[:limit]


def collect(
    result: ParseResult, build: Callable[[], ParsedItem], *, guid: str = "", raw: object = "", base: str = ""
) -> None:
    """Run ``build`` for one item: a good item lands in ``result.items``, an ItemError becomes a Rejection.

    ``base`` (the document's address) resolves relative links when the parser set no better base on the item.
    """
    try:
        built = build()
        built.base_url = built.base_url or base
        item = finalise(built)
    except ItemError as exc:
        reason = plain(exc.reason) or "the item was rejected"
        result.rejections.append(Rejection(reason=reason, guid=exc.guid or guid, raw_excerpt=excerpt(raw)))
        return
    except DocumentError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
        # Agency data takes shapes nobody documented; one odd item must not
        # sink the feed. The reason names the exception so the bug is findable.
        reason = plain(f"could not normalise the item ({type(exc).__name__}: {exc})")[:500]
        result.rejections.append(Rejection(reason=reason, guid=guid, raw_excerpt=excerpt(raw)))
        return
    result.items.append(item)
