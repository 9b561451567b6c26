"""JSON Feed 1.1 and 1.0, from fixtures written after the specification (jsonfeed.org/version/1.1)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from newsdesk.wires.parsers import DocumentError, detect_format, parse_document
from newsdesk.wires.tests import HTML_PAYLOAD, assert_no_active_content

FEED_11: dict[str, Any] = {
    "version": "https://jsonfeed.org/version/1.1",
    "title": "Harbour Town News",
    "home_page_url": "https://harbour.example.com/",
    "feed_url": "https://harbour.example.com/feed.json",
    "language": "en-GB",
    "items": [
        {
            "id": "https://harbour.example.com/2025/06/ferry",
            "url": "https://harbour.example.com/2025/06/ferry",
            "title": "Ferry service resumes",
            "content_html": '<p>The ferry <a href="/timetable">timetable</a> is back.</p><img src="img/ferry.jpg">',
            "summary": "Crossings resume on Monday.",
            "date_published": "2025-06-10T09:00:00+01:00",
            "date_modified": "2025-06-10T11:30:00+01:00",
            "authors": [{"name": "Ann Writer"}, {"name": "Bo Reporter", "url": "https://harbour.example.com/bo"}],
            "tags": ["transport", "harbour"],
            "image": "https://harbour.example.com/img/ferry-lead.jpg",
            "attachments": [{"url": "https://harbour.example.com/audio/ferry.mp3", "mime_type": "audio/mpeg"}],
        },
        {"id": "2", "content_text": "Short note.\nSecond line.", "date_published": "2025-06-10T12:00:00Z"},
    ],
}
# A 1.0 feed as older blog engines write it: a numeric id, "author" not "authors".
FEED_10: dict[str, Any] = {
    "version": "https://jsonfeed.org/version/1",
    "title": "Old blog",
    "items": [{"id": 1234, "title": "Numeric id", "content_text": "Body", "author": {"name": "Cy"}}],
}


def doc(feed: dict[str, Any]) -> bytes:
    return json.dumps(feed).encode()


def test_it_sniffs_json_feed_before_ninjs() -> None:
    assert detect_format(doc(FEED_11)) == "jsonfeed"
    assert detect_format(b"{}", "application/feed+json") == "jsonfeed"


def test_it_maps_a_json_feed_1_1_item() -> None:
    first, second = parse_document(doc(FEED_11)).items
    assert (first.guid, first.headline, first.summary) == (
        "https://harbour.example.com/2025/06/ferry",
        "Ferry service resumes",
        "Crossings resume on Monday.",
    )
    assert first.body_html == (
        '<p>The ferry <a href="https://harbour.example.com/timetable" rel="nofollow noopener noreferrer">timetable</a>'
        ' is back.</p><img src="https://harbour.example.com/2025/06/img/ferry.jpg">'
    )
    assert first.byline == "Ann Writer, Bo Reporter"
    assert first.first_created == dt.datetime(2025, 6, 10, 8, 0, tzinfo=dt.UTC)
    assert first.version_created == dt.datetime(2025, 6, 10, 10, 30, tzinfo=dt.UTC)
    assert first.language == "en-GB" and first.source_format == "jsonfeed"
    assert [(s.scheme, s.code) for s in first.subjects] == [("tag", "transport"), ("tag", "harbour")]
    assert [(m.url, m.kind) for m in first.media] == [
        ("https://harbour.example.com/img/ferry-lead.jpg", "picture"),
        ("https://harbour.example.com/audio/ferry.mp3", "audio"),
    ]
    assert second.guid == "2" and second.body_html == "<p>Short note.</p><p>Second line.</p>"


def test_it_reads_a_json_feed_1_0_with_a_numeric_id() -> None:
    (item,) = parse_document(doc(FEED_10)).items
    assert (item.guid, item.byline) == ("1234", "Cy")


def test_it_notes_an_empty_json_feed() -> None:
    result = parse_document(doc({**FEED_11, "items": []}))
    assert result.items == [] and result.notes == ["the feed has no entries: nothing to ingest"]


def test_it_rejects_only_the_bad_item() -> None:
    feed = {**FEED_11, "items": ["not an object", {"title": "no id or url"}, FEED_11["items"][1]]}
    result = parse_document(doc(feed))
    assert [item.guid for item in result.items] == ["2"]
    assert [r.reason for r in result.rejections] == [
        "a JSON Feed item must be a JSON object",
        "the item has no identifier",
    ]


@pytest.mark.parametrize("data", [b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}', b"{not json"])
def test_it_refuses_a_broken_json_feed(data: bytes) -> None:
    with pytest.raises(DocumentError):
        parse_document(data, "jsonfeed")


def test_it_removes_active_content() -> None:
    feed = {**FEED_10, "items": [{"id": "x", "title": HTML_PAYLOAD, "content_html": HTML_PAYLOAD}]}
    (item,) = parse_document(doc(feed)).items
    assert_no_active_content(item)


RSS_090 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
  <channel><title>Mozilla Dot Org</title><link>http://www.mozilla.org</link>
    <description>the Mozilla Organization web site</description></channel>
  <item><title>New Status Updates</title><link>http://www.mozilla.org/status/</link></item>
  <item><title>Bugzilla Reorganized</title><link>http://www.mozilla.org/bugs/</link></item>
</rdf:RDF>"""

RSS_10 = b"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://wire.example.com/rss"><title>Wire</title><link>https://wire.example.com/</link>
    <description>d</description><items><rdf:Seq><rdf:li resource="https://wire.example.com/a"/></rdf:Seq></items>
  </channel>
  <item rdf:about="https://wire.example.com/a"><title>RDF story</title><link>https://wire.example.com/a</link>
    <description>Body of the &lt;b&gt;story&lt;/b&gt;.</description><dc:date>2025-06-10T10:00:00+02:00</dc:date>
    <dc:creator>Ann Writer</dc:creator></item>
</rdf:RDF>"""


def test_it_reads_rss_0_90() -> None:
    assert detect_format(RSS_090) == "rss"
    items = parse_document(RSS_090).items
    assert [(i.guid, i.headline) for i in items] == [
        ("http://www.mozilla.org/status/", "New Status Updates"),
        ("http://www.mozilla.org/bugs/", "Bugzilla Reorganized"),
    ]


def test_it_reads_rss_1_0() -> None:
    assert detect_format(RSS_10) == "rss"
    (item,) = parse_document(RSS_10).items
    assert (item.guid, item.headline, item.byline) == ("https://wire.example.com/a", "RDF story", "Ann Writer")
    assert item.body_html == "Body of the <b>story</b>."
    assert item.first_created == dt.datetime(2025, 6, 10, 8, 0, tzinfo=dt.UTC)
