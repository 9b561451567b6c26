"""RSS and Atom: the feedparser corpus samples, hostile feeds, encodings and speed."""

from __future__ import annotations

import datetime as dt
import html
import time
from pathlib import Path
from typing import Any

import pytest

from newsdesk.wires.items import PubStatus
from newsdesk.wires.parsers import DocumentError, detect_format, parse_document
from newsdesk.wires.tests import (
    HTML_PAYLOAD,
    SAMPLES,
    assert_no_active_content,
    assert_required,
)

FEEDS = SAMPLES / "feeds"
FEED_FILES = sorted(FEEDS.glob("*.xml"))


def rss(items: str, *, channel_extra: str = "", declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return (
        f'{declaration}<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" '
        f'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<channel><title>Wire</title><link>https://wire.example.com/</link>{channel_extra}{items}</channel></rss>"
    ).encode()


def test_it_has_every_feed_sample() -> None:
    assert len(FEED_FILES) == 17


@pytest.mark.parametrize("path", FEED_FILES, ids=lambda p: p.name)
def test_it_parses_every_feed_sample(path: Path) -> None:
    data = path.read_bytes()
    if path.name == "entities__8217.xml":
        # The file ends in "</rss" with no ">": a truncated download is refused whole.
        with pytest.raises(DocumentError, match="truncated"):
            parse_document(data)
        return
    assert detect_format(data) in ("rss", "atom")
    result = parse_document(data)
    expected = [EMPTY_ITEMS[path.name]] if path.name in EMPTY_ITEMS else []
    assert [r.guid for r in result.rejections] == expected
    assert all(r.reason == "the item has neither headline nor body: nothing to publish" for r in result.rejections)
    for item in result.items:
        assert_required(item, "atom" if detect_format(data) == "atom" else "rss")
        assert item.pub_status is PubStatus.USABLE


CORPUS_EXPECTATIONS: dict[str, dict[str, Any]] = {
    "amp__amp10.xml": {"headline": "&"},
    "atom10__entry_content_base64.xml": {"body_html": "Example <b>Atom</b>"},
    "encoding__demoronize-2.xml": {"body_html": "don\u2019t"},
    "encoding__euc-kr-item.xml": {"body_html": "\ub144"},
    "illformed__chardet__shiftjis.xml": {"headline": "DrecomRSSに記事投稿が反映されない…"},
    "media-rss__media_group.xml": {"headline": "Example Atom", "body_html": "<p>Test Description</p>"},
}  # fmt: skip
# Corpus items that carry only an identifier: nothing to publish, so rejected, named by that identifier.
EMPTY_ITEMS = {
    "rdf__rdf_item_rdf_about.xml": "http://example.org/1",
    "rss__item_guid_not_permalink.xml": "http://guid.example.com/",
}


@pytest.mark.parametrize("name", sorted(CORPUS_EXPECTATIONS))
def test_it_reads_the_corpus_like_feedparsers_own_expectations(name: str) -> None:
    (item,) = parse_document((FEEDS / name).read_bytes()).items
    for field, expected in CORPUS_EXPECTATIONS[name].items():
        assert getattr(item, field) == expected, field


@pytest.mark.parametrize(
    "name",
    [
        "rss__rss_version_091_userland.xml",
        "encoding__utf-16be-bom.xml",
        "atom10__relative_uri.xml",
        "atom__feed_tagline_inline_markup.xml",
        "base__feed_link_xml_base_iri.xml",
        "sanitize__feed_title_script.xml",
        "sanitize__feed_title_unacceptable_uri.xml",
    ],
)
def test_it_returns_no_items_for_feeds_without_entries(name: str) -> None:
    result = parse_document((FEEDS / name).read_bytes())
    assert result.items == [] and result.rejections == []


def test_it_strips_every_script_from_the_crazy_html_sample() -> None:
    (item,) = parse_document((FEEDS / "sanitize__entry_summary_crazy.xml").read_bytes()).items
    assert_no_active_content(item)
    assert "executeMe" not in item.body_html
    assert "I will execute here, too" in item.body_html


def test_it_flags_the_undeclared_shift_jis_detection() -> None:
    (item,) = parse_document((FEEDS / "illformed__chardet__shiftjis.xml").read_bytes()).items
    assert any("shift_jis" in warning for warning in item.warnings)
    assert "\u8272\u3005\u8abf\u3079\u3066" in item.body_html  # 色々調べて


def test_it_decodes_utf16_with_a_bom_and_entries() -> None:
    text = rss("<item><guid>u16</guid><title>\u00c9t\u00e9 \u2013 \u6771\u4eac</title></item>").decode()
    text = text.replace('encoding="utf-8"', 'encoding="utf-16"')
    for data in (b"\xfe\xff" + text.encode("utf-16-be"), b"\xff\xfe" + text.encode("utf-16-le")):
        (item,) = parse_document(data).items
        assert item.headline == "\u00c9t\u00e9 \u2013 \u6771\u4eac"


def test_it_reads_utf8_served_with_a_latin1_header_as_utf8() -> None:
    data = rss("<item><guid>x</guid><title>Caf\u00e9 cr\u00e8me</title></item>")
    (item,) = parse_document(data, content_type="text/xml; charset=ISO-8859-1").items
    assert item.headline == "Caf\u00e9 cr\u00e8me"
    assert any("bytes are UTF-8" in warning for warning in item.warnings)


def test_it_reads_windows_1252_declared_as_utf8() -> None:
    data = rss("<item><guid>x</guid><title>Don\u2019t panic \u2013 caf\u00e9</title></item>").decode().encode("cp1252")
    (item,) = parse_document(data).items
    assert item.headline == "Don\u2019t panic \u2013 caf\u00e9"
    assert any("not UTF-8" in warning for warning in item.warnings)


def test_it_lets_the_http_charset_override_a_wrong_declaration() -> None:
    data = rss(
        "<item><guid>x</guid><title>\u041c\u043e\u0441\u043a\u0432\u0430</title></item>",
        declaration='<?xml version="1.0" encoding="iso-8859-1"?>',
    )
    data = data.decode().encode("koi8-r")
    (item,) = parse_document(data, content_type="application/rss+xml; charset=KOI8-R").items
    assert item.headline == "\u041c\u043e\u0441\u043a\u0432\u0430"


def test_it_maps_a_full_rss_item() -> None:
    data = rss(
        "<item><title>Quake hits &lt;b&gt;coast&lt;/b&gt;</title><link>/news/1</link>"
        '<guid isPermaLink="false">urn:wire:1</guid>'
        "<pubDate>Mon, 31 Dec 2023 23:30:00 -1100</pubDate>"
        "<dc:creator>Ann Writer</dc:creator><category>World</category><category>Asia</category>"
        "<description>Short teaser.</description>"
        "<content:encoded><![CDATA[<p>Full <a href='/more'>story</a>.</p>]]></content:encoded>"
        '<media:content url="/img/1.jpg" medium="image" width="800" height="600" type="image/jpeg">'
        "<media:credit>Photo Desk</media:credit></media:content>"
        '<enclosure url="https://cdn.example.com/clip.mp4" type="video/mp4" length="10"/></item>',
        channel_extra="<language>en-gb</language>",
    )
    (item,) = parse_document(data, agency="wire", base_url="https://wire.example.com/feeds/top.xml").items
    assert item.guid == "urn:wire:1"
    assert item.agency == "wire"
    assert item.headline == "Quake hits coast"
    assert item.summary == "Short teaser."
    assert item.body_html.startswith("<p>Full <a href=")
    assert item.byline == "Ann Writer"
    assert item.language == "en-gb"
    # 23:30 at UTC-11 on New Year's Eve is 10:30 UTC on New Year's Day.
    assert item.first_created == dt.datetime(2024, 1, 1, 10, 30, tzinfo=dt.UTC)
    assert item.version_created == item.first_created
    assert item.times_assumed_utc is False
    assert [(s.scheme, s.code) for s in item.subjects] == [("category", "World"), ("category", "Asia")]
    assert item.links == ["https://wire.example.com/news/1"]
    picture, clip = item.media
    assert picture.url == "https://wire.example.com/img/1.jpg"
    assert (picture.kind, picture.width, picture.height, picture.credit) == ("picture", 800, 600, "Photo Desk")
    assert (clip.url, clip.kind, clip.mime_type) == ("https://cdn.example.com/clip.mp4", "video", "video/mp4")
    assert item.version == 1
    assert item.source_format == "rss"


def test_it_maps_an_atom_entry_with_xml_base_and_update_time() -> None:
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.org/news/">
  <title>Atom wire</title><id>urn:feed</id><updated>2024-01-01T00:00:00Z</updated>
  <entry><id>tag:atom.example.org,2024:1</id><title type="html">Rates &lt;i&gt;up&lt;/i&gt;</title>
    <link rel="alternate" href="story-1.html"/>
    <published>2024-01-01T05:00:00+14:00</published><updated>2024-01-02T09:00:00+01:00</updated>
    <author><name>Bo Reporter</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body <b>text</b></p></div></content>
  </entry>
</feed>"""
    (item,) = parse_document(data).items
    assert item.source_format == "atom"
    assert item.headline == "Rates up"
    assert item.links == ["https://atom.example.org/news/story-1.html"]
    # Kiribati (UTC+14) is a day ahead: 05:00 on 1 January there is 15:00 on 31 December in UTC.
    assert item.first_created == dt.datetime(2023, 12, 31, 15, 0, tzinfo=dt.UTC)
    assert item.version_created == dt.datetime(2024, 1, 2, 8, 0, tzinfo=dt.UTC)
    assert item.byline == "Bo Reporter"
    assert "<b>text</b>" in item.body_html


def test_it_flags_naive_times_as_assumed_utc() -> None:
    data = rss("<item><guid>n</guid><title>T</title><pubDate>Tue, 10 Jun 2025 10:00:00</pubDate></item>")
    (item,) = parse_document(data).items
    assert item.first_created == dt.datetime(2025, 6, 10, 10, 0, tzinfo=dt.UTC)
    assert item.times_assumed_utc is True
    assert any("no time zone" in warning for warning in item.warnings)


def test_it_keeps_good_entries_when_one_is_broken() -> None:
    data = rss(
        "<item><guid>good-1</guid><title>First</title></item>"
        "<item><description></description></item>"  # nothing to identify or publish
        "<item><guid>&lt;script&gt;alert(1)&lt;/script&gt;</guid><title>Bad id</title></item>"
        "<item><guid>good-2</guid><title>Second</title></item>"
    )
    result = parse_document(data)
    assert [item.guid for item in result.items] == ["good-1", "good-2"]
    assert len(result.rejections) == 2
    assert "no id, link, title, date or content" in result.rejections[0].reason
    assert "markup" in result.rejections[1].reason


def test_it_derives_a_stable_guid_when_the_entry_has_no_id_or_link() -> None:
    entry = "<item><title>No id</title><pubDate>Tue, 10 Jun 2025 10:00:00 GMT</pubDate></item>"
    first = parse_document(rss(entry)).items[0]
    again = parse_document(rss(entry)).items[0]
    assert first.guid == again.guid and first.guid.startswith("urn:newsdesk:sha256:")
    assert any("hash" in warning for warning in first.warnings)


def test_it_falls_back_to_the_link_as_guid() -> None:
    (item,) = parse_document(rss("<item><title>T</title><link>https://x.example.com/a</link></item>")).items
    assert item.guid == "https://x.example.com/a"


def test_it_removes_xss_from_every_field() -> None:
    escaped = html.escape(HTML_PAYLOAD)
    data = rss(
        f"<item><guid>xss-1</guid><title>{escaped}</title><link>javascript:alert(1)</link>"
        f"<description>{escaped}</description>"
        f"<content:encoded>{escaped}</content:encoded>"
        f"<dc:creator>{escaped}</dc:creator><category>{escaped}</category>"
        '<media:content url="javascript:alert(1)" medium="image"/>'
        '<media:content url="data:image/png;base64,iVBORw0KGgo=" medium="image"/>'
        '<media:thumbnail url="java&#x0A;script:alert(1)"/>'
        '<enclosure url="vbscript:msgbox(1)" type="image/png" length="1"/>'
        f"<media:credit>{escaped}</media:credit></item>",
        channel_extra=f"<language>{escaped}</language>",
    )
    (item,) = parse_document(data).items
    assert_no_active_content(item)
    # The unclosed <style> in the last vector swallows the rest, as a browser would.
    assert item.headline.startswith("Safe words js link")
    assert item.links == [] and item.media == []
    assert "Safe words" in item.body_html


def test_it_never_lets_escaped_markup_come_back_as_markup() -> None:
    twice = html.escape(html.escape("<img src=x onerror=alert(1)>Hello"))
    thrice = html.escape(twice)
    data = rss(f"<item><guid>e</guid><title>{twice}</title><dc:creator>{thrice}</dc:creator></item>")
    (item,) = parse_document(data).items
    assert_no_active_content(item)
    assert item.headline == "Hello"


def test_it_removes_xss_from_atom_xhtml_content() -> None:
    data = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:x</id>
<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Hi<script>alert(1)</script></div></title>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p onmouseover="alert(1)">t</p>
<a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AAAA"/><iframe src="https://evil.example"/></div></content>
</entry></feed>"""
    (item,) = parse_document(data).items
    assert_no_active_content(item)
    assert "iframe" not in item.body_html and item.headline == "Hi"


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title><item><guid>b</guid><title>&lol9;</title></item></channel></rss>"""


def test_it_refuses_a_billion_laughs_feed_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(DocumentError, match="entities") as caught:
        parse_document(BILLION_LAUGHS)
    assert time.perf_counter() - started < 1.0
    assert "lollol" not in str(caught.value)


@pytest.mark.parametrize("declaration", ['<!ENTITY xxe SYSTEM "{url}">', '<!ENTITY % xxe SYSTEM "{url}"> %xxe;'])
def test_it_refuses_external_entities_without_reading_them(tmp_path: Path, declaration: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-FEED-42")
    doctype = declaration.format(url=secret.as_uri())
    data = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{doctype}]>'
        '<rss version="2.0"><channel><item><guid>x</guid><title>a &xxe; b</title></item></channel></rss>'
    ).encode()
    with pytest.raises(DocumentError) as caught:
        parse_document(data, "rss")
    assert "TOP-SECRET" not in str(caught.value)


def test_it_refuses_entities_hidden_behind_a_utf16_encoding() -> None:
    with pytest.raises(DocumentError, match="entities"):
        parse_document(b"\xff\xfe" + BILLION_LAUGHS.decode().encode("utf-16-le"), "rss")


def test_it_refuses_truncated_xml() -> None:
    data = rss("<item><guid>a</guid><title>Complete</title></item>")[:-30]
    with pytest.raises(DocumentError, match="truncated"):
        parse_document(data)


@pytest.mark.parametrize(
    "data", [b"just some words, no markup", b"<html><body>a page</body></html>", b"\x00\x01\x02garbage"]
)
def test_it_refuses_documents_that_are_not_feeds(data: bytes) -> None:
    with pytest.raises(DocumentError):
        parse_document(data, "rss")


def test_it_reads_a_feed_with_a_bare_ampersand_leniently() -> None:
    data = rss("<item><guid>amp</guid><title>Fish & Chips</title></item>")
    (item,) = parse_document(data).items
    assert item.headline == "Fish & Chips"
    assert any("not well-formed" in warning for warning in item.warnings)


def test_it_never_reads_a_path_given_as_feed_bytes(tmp_path: Path) -> None:
    # feedparser.parse() opens a file when handed its path as a string; ours must not.
    path = tmp_path / "feed.xml"
    path.write_bytes(rss("<item><guid>from-disk</guid></item>"))
    with pytest.raises(DocumentError):
        parse_document(str(path).encode(), "rss")
