"""Damaged feeds: the complete items before the damage land, the document is flagged, the rest quarantined.

Fixtures are what interrupted downloads and broken publishing systems produce: a feed cut off
mid-item (by bytes, inside a tag, inside CDATA), an Atom feed cut mid-entry, and a feed whose
third item has a mismatched tag.
"""

from __future__ import annotations

import io

import feedparser
import pytest

from newsdesk.wires.models import Quarantine, WireItem
from newsdesk.wires.parsers import DocumentError, parse_document
from newsdesk.wires.services import ingest_document


def rss_items(count: int) -> bytes:
    items = "".join(
        f"<item><guid>urn:story:{i}</guid><title>Story {i}</title>"
        f"<description><![CDATA[<p>Body of story {i}, long enough to be cut in the middle.</p>]]></description>"
        f"<pubDate>Tue, 10 Jun 2025 0{i}:00:00 GMT</pubDate></item>"
        for i in range(count)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>https://wire.example.com/</link>{items}</channel></rss>"
    ).encode()


FULL = rss_items(5)
CUT_IN_TAG = FULL[: FULL.index(b"<title>Story 3") + 5]  # "...<item><guid>urn:story:3</guid><titl"
CUT_IN_CDATA = FULL[: FULL.index(b"Body of story 3") + 7]
CUT_IN_TEXT = FULL[: FULL.index(b"<title>Story 3") + 11]  # "<title>Stor"
MISMATCHED = FULL.replace(b"<title>Story 2</title>", b"<title>Story 2</titel>")

ATOM = (
    b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
    b"<id>urn:feed</id><updated>2025-06-10T10:00:00Z</updated>"
    + b"".join(
        f"<entry><id>urn:entry:{i}</id><title>Entry {i}</title><updated>2025-06-10T10:00:00Z</updated>"
        f'<content type="html">&lt;p&gt;Entry {i} body&lt;/p&gt;</content></entry>'.encode()
        for i in range(3)
    )
    + b"</feed>"
)
ATOM_CUT = ATOM[: ATOM.index(b"<title>Entry 2") + 20]


@pytest.mark.parametrize("data", [CUT_IN_TAG, CUT_IN_CDATA, CUT_IN_TEXT], ids=["in-tag", "in-cdata", "in-text"])
def test_it_keeps_the_complete_items_before_a_cut(data: bytes) -> None:
    result = parse_document(data)
    assert [item.guid for item in result.items] == ["urn:story:0", "urn:story:1", "urn:story:2"]
    assert [r.guid for r in result.rejections] == ["urn:story:3"]
    assert result.rejections[0].reason == (
        "the document is damaged before this item ends (truncated or malformed XML); not read"
    )
    (note,) = result.notes
    assert note.startswith("the document is damaged (truncated XML: ")
    assert note.endswith("the 3 complete item(s) before the damage were read, 1 after it quarantined")


def test_it_keeps_what_feedparser_keeps_before_the_cut() -> None:
    theirs = feedparser.parse(io.BytesIO(CUT_IN_TEXT))
    ours = parse_document(CUT_IN_TEXT)
    assert theirs.bozo
    assert [item.headline for item in ours.items] == [e.title for e in theirs.entries[:3]]


def test_it_keeps_the_complete_atom_entries_before_a_cut() -> None:
    result = parse_document(ATOM_CUT)
    assert [item.guid for item in result.items] == ["urn:entry:0", "urn:entry:1"]
    assert len(result.rejections) == 1


def test_it_quarantines_everything_after_a_mismatched_tag() -> None:
    result = parse_document(MISMATCHED)
    assert [item.guid for item in result.items] == ["urn:story:0", "urn:story:1"]
    assert len(result.rejections) == 3
    assert result.notes[0].startswith("the document is damaged (malformed XML: mismatched tag at line 1)")


def test_it_refuses_a_document_cut_before_its_first_item_ends() -> None:
    with pytest.raises(DocumentError, match=r"^truncated XML: .*no complete item before the damage$"):
        parse_document(FULL[: FULL.index(b"</item>")])


def test_it_still_refuses_entity_declarations_in_a_truncated_document() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<rss version="2.0"><channel><item><guid>x</guid><title>&b;</title></item><item><title>cut'
    )
    with pytest.raises(DocumentError, match="entities"):
        parse_document(bomb)


@pytest.mark.django_db
def test_it_stores_the_complete_items_and_flags_the_document() -> None:
    report = ingest_document(CUT_IN_TAG, agency="Wire", origin="/drop/feed.xml")

    assert (report.created, report.rejected) == (3, 1)
    assert report.notes[0].startswith("/drop/feed.xml: the document is damaged (truncated XML: ")
    assert WireItem.objects.filter(agency="Wire").count() == 3
    reasons = set(Quarantine.objects.values_list("reason", flat=True))
    assert len(reasons) == 2 and any(r.startswith("the document is damaged (") for r in reasons)
