"""Helpers shared by the wire parser tests.

They live here because the parser tests need no Django and no conftest of
their own; each test module imports what it uses, including the fixture below.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from newsdesk.wires.items import ParsedItem

# parents[4]: tests -> wires -> newsdesk -> main -> the folder holding main/ and shared/.
SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples"

# What must never reach storage from a wire: script, event handlers, script URLs,
# embedded documents. "alert(" catches a payload that lost its wrapper but kept its code.
ACTIVE_CONTENT = re.compile(
    r"<\s*/?\s*(?:script|iframe|svg|style|form|object|embed|math|noscript|input|base|meta|link)\b"
    r"|\bon[a-z]+\s*=|javascript:|vbscript:|\bdata:|alert\(",
    re.IGNORECASE,
)

# HTML as agencies' HTML fields carry it (RSS description, ninjs body_html ...).
HTML_VECTORS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">js link</a>',
    '<a href=" JaVaScRiPt:alert(1)">mixed case link</a>',
    '<a href="jav&#x09;ascript:alert(1)">tab link</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
    '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
    '<iframe src="javascript:alert(1)"></iframe>',
    "<svg onload=alert(1)><circle r=1></circle></svg>",
    '<style>body{background:url("javascript:alert(1)")}</style>',
    '<form action="javascript:alert(1)"><input type=submit value=go></form>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>',
    '<p onclick="alert(1)" style="x:expression(alert(1))">handler</p>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript>',
    '<blockquote cite="javascript:alert(1)">quoted</blockquote><q cite="data:text/html,x">q</q>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
)
HTML_PAYLOAD = "Safe words " + " ".join(HTML_VECTORS) + " end"

# The same attacks, well-formed, for XML formats (NewsML-G2 XHTML, NITF body.content).
XML_VECTORS = (
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)"/>',
    '<a href="javascript:alert(1)">js link</a>',
    '<a href="&#10;javascript:alert(1)">newline link</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
    '<iframe src="javascript:alert(1)"/>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<form action="javascript:alert(1)"><input type="submit"/></form>',
    '<object data="data:text/html,x"/>',
    '<p onclick="alert(1)">handler</p>',
    '<blockquote cite="javascript:alert(1)">quoted</blockquote>',
)
XML_PAYLOAD = "Safe words " + " ".join(XML_VECTORS) + " end"
# Markup escaped as text inside an XML text field: still HTML once unescaped.
ESCAPED_PAYLOAD = "Safe words &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; end"


def item_strings(value: object, path: str = "item") -> Iterator[tuple[str, str]]:
    """Every string inside a ParsedItem (or Media, Subject, list ...), with where it sits."""
    if isinstance(value, str):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from item_strings(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, list | tuple):
        for index, element in enumerate(value):
            yield from item_strings(element, f"{path}[{index}]")


def assert_no_active_content(item: ParsedItem) -> None:
    for path, text in item_strings(item):
        if path == "item.guid":
            # An identifier is opaque and never rendered as HTML, but it must not carry markup.
            assert not re.search(r"[<>\"]", text), f"{path}: {text!r}"
            continue
        match = ACTIVE_CONTENT.search(text)
        assert match is None, f"{path} keeps {match.group()!r}: {text[:300]!r}"


def assert_times_utc(item: ParsedItem) -> None:
    for name in ("first_created", "version_created", "embargoed_until"):
        value = getattr(item, name)
        if value is not None:
            assert isinstance(value, dt.datetime)
            assert value.tzinfo is not None and value.utcoffset() == dt.timedelta(0), f"{name} is not UTC: {value!r}"


def assert_required(item: ParsedItem, source_format: str) -> None:
    assert item.guid and item.guid == item.guid.strip()
    assert item.source_format == source_format
    assert item.version >= 0
    assert_times_utc(item)
    assert_no_active_content(item)


__all__ = [
    "ESCAPED_PAYLOAD",
    "HTML_PAYLOAD",
    "HTML_VECTORS",
    "SAMPLES",
    "XML_PAYLOAD",
    "XML_VECTORS",
    "assert_no_active_content",
    "assert_required",
    "assert_times_utc",
    "item_strings",
]
