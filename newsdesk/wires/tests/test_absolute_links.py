"""Absolute links: every href and src in a stored body, and every media URL, points at its publisher.

Fixtures are modelled on what real feeds and pages send: root-relative blog links, image paths,
``href="test.html"`` under ``xml:base``, entries without links, pages with only a canonical URL.
"""

from __future__ import annotations

import json
import re

import pytest

from newsdesk.wires.items import ParsedItem
from newsdesk.wires.parsers import parse_document
from newsdesk.wires.parsers.base import absolute_body_links
from newsdesk.wires.storage import store_items

URL_VALUES = re.compile(r'\s(?:href|src)="([^"]*)"')


def urls(item: ParsedItem) -> list[str]:
    return URL_VALUES.findall(item.body_html)


def rss(items: str, *, channel_link: str = "<link>https://blog.example.org/</link>") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Blog</title>'
        f"{channel_link}{items}</channel></rss>"
    ).encode()


BLOG_BODY = (
    "&lt;p&gt;Read &lt;a href=&quot;/blog/2025/06/earlier-post&quot;&gt;the earlier post&lt;/a&gt;."
    "&lt;img src=&quot;/images/post-1.png&quot; alt=&quot;chart&quot;&gt;"
    "&lt;a href=&quot;../about&quot;&gt;About&lt;/a&gt; "
    "&lt;a href=&quot;mailto:desk@example.org&quot;&gt;mail&lt;/a&gt;"
    "&lt;/p&gt;"
)


def test_it_resolves_a_blog_body_against_the_entry_link() -> None:
    data = rss(
        f"<item><title>Post</title><link>https://blog.example.org/blog/2025/07/post</link>"
        f"<guid>urn:post:1</guid><description>{BLOG_BODY}</description></item>"
    )
    (item,) = parse_document(data, base_url="https://feeds.example.net/rss.xml").items
    assert urls(item) == [
        "https://blog.example.org/blog/2025/06/earlier-post",
        "https://blog.example.org/images/post-1.png",
        "https://blog.example.org/blog/2025/about",
        "mailto:desk@example.org",
    ]
    assert item.unresolved_links == 0


def test_it_falls_back_to_the_feed_link_when_the_entry_has_none() -> None:
    data = rss(f"<item><title>Post</title><guid>urn:post:2</guid><description>{BLOG_BODY}</description></item>")
    (item,) = parse_document(data, base_url="https://feeds.example.net/rss.xml").items
    assert urls(item)[:2] == [
        "https://blog.example.org/blog/2025/06/earlier-post",
        "https://blog.example.org/images/post-1.png",
    ]


def test_it_falls_back_to_the_fetch_url_when_the_feed_has_no_link() -> None:
    data = rss(
        f"<item><title>Post</title><guid>urn:post:3</guid><description>{BLOG_BODY}</description></item>",
        channel_link="",
    )
    (item,) = parse_document(data, base_url="https://feeds.example.net/site/rss.xml").items
    assert urls(item)[1] == "https://feeds.example.net/images/post-1.png"


def test_it_drops_links_it_cannot_resolve_keeping_their_text_and_counts_them() -> None:
    data = rss(
        f"<item><title>Post</title><guid>urn:post:4</guid><description>{BLOG_BODY}</description></item>",
        channel_link="",
    )
    (item,) = parse_document(data).items
    assert urls(item) == ["mailto:desk@example.org"]
    assert "the earlier post" in item.body_html and "About" in item.body_html
    assert "<img" not in item.body_html
    assert item.unresolved_links == 3
    assert any("3 relative link(s)" in warning for warning in item.warnings)


ATOM_XML_BASE = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/">
  <title>Test</title><id>urn:feed</id><updated>2025-06-10T10:00:00Z</updated>
  <link href="http://www.example.com/"/>
  <entry xml:base="http://example.org/archives/">
    <title>xml:base test</title><id>urn:entry:1</id><updated>2025-06-10T10:00:00Z</updated>
    <link href="http://mirror.example.net/elsewhere/entry"/>
    <content type="xhtml" xml:base="http://example.org/test/">
      <div xmlns="http://www.w3.org/1999/xhtml"><p><a href="test.html">test</a> <img src="img/a.png"/></p></div>
    </content>
  </entry>
</feed>"""


def test_it_resolves_against_xml_base_before_the_entry_link() -> None:
    (item,) = parse_document(ATOM_XML_BASE, base_url="https://fetched.example.com/atom.xml").items
    assert urls(item) == ["http://example.org/test/test.html", "http://example.org/test/img/a.png"]


def test_it_resolves_an_article_page_against_its_canonical_url() -> None:
    page = b"""<!DOCTYPE html><html lang="en"><head><title>Story</title>
    <link rel="canonical" href="https://news.example.com/world/2025/story.html">
    <meta property="og:image" content="/media/lead.jpg"></head>
    <body><article><h1>Story</h1><p>First paragraph with <a href="related.html">a related story</a>
    and <img src="/media/inline.jpg" alt="inline"> a picture, long enough to be the story body.</p></article>
    </body></html>"""
    (item,) = parse_document(page, base_url="https://cdn.example.net/cache/abc").items
    assert urls(item) == [
        "https://news.example.com/world/2025/related.html",
        "https://news.example.com/media/inline.jpg",
    ]
    assert [m.url for m in item.media] == ["https://news.example.com/media/lead.jpg"]


def test_it_prefers_a_base_element_to_the_canonical_url() -> None:
    page = b"""<html><head><base href="https://static.example.com/site/"><title>T</title>
    <link rel="canonical" href="https://news.example.com/story"></head>
    <body><article><p>Body <a href="more.html">more</a> of the article.</p></article></body></html>"""
    (item,) = parse_document(page).items
    assert urls(item) == ["https://static.example.com/site/more.html"]


def test_it_resolves_ninjs_bodies_and_renditions_against_the_document_address() -> None:
    doc = {
        "uri": "urn:ninjs:1",
        "type": "text",
        "headline": "Relative",
        "body_html": '<p>See <a href="/news/1">this</a> <img src="pics/1.jpg"></p>',
        "associations": {
            "featureimage": {
                "uri": "urn:pic:1",
                "type": "picture",
                "renditions": {"original": {"href": "pics/big.jpg"}},
            }
        },
    }
    (item,) = parse_document(json.dumps(doc).encode(), base_url="https://api.example.com/v1/items/1").items
    assert urls(item) == ["https://api.example.com/news/1", "https://api.example.com/v1/items/pics/1.jpg"]
    assert [m.url for m in item.media] == ["https://api.example.com/v1/items/pics/big.jpg"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '<p><a title="a&gt;b" href="x?a=1&amp;b=2">q</a></p>',
            '<p><a title="a&gt;b" href="https://h.example/d/x?a=1&amp;b=2">q</a></p>',
        ),
        ('<p>href="/text/only" is text</p>', '<p>href="/text/only" is text</p>'),
        ('<p><a href="https://other.example/">abs</a></p>', '<p><a href="https://other.example/">abs</a></p>'),
    ],
)
def test_it_rewrites_only_link_and_image_attributes(body: str, expected: str) -> None:
    assert absolute_body_links(body, "https://h.example/d/page")[0] == expected


@pytest.mark.django_db
def test_it_counts_dropped_links_in_the_ingest_report() -> None:
    data = rss(
        f"<item><title>Post</title><guid>urn:post:5</guid><description>{BLOG_BODY}</description></item>",
        channel_link="",
    )
    report = store_items(parse_document(data).items, agency="blog")
    assert report.unresolved_links == 3
    assert json.loads(report.to_json())["unresolved_links"] == 3
