"""A single article page: JSON-LD and OpenGraph first, the page for the body, hostile pages."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsdesk.wires.parsers import DocumentError, detect_format, parse_document
from newsdesk.wires.tests import (
    HTML_PAYLOAD,
    assert_no_active_content,
    assert_required,
)


def page(head: str = "", body: str = "", lang: str = "en-GB") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Site | Story</title>{head}</head>'
        f"<body>{body}</body></html>"
    ).encode()


def json_ld(data: object) -> str:
    # "</" must not appear inside a script element; this is how publishers escape it.
    return '<script type="application/ld+json">' + json.dumps(data).replace("</", "<\\/") + "</script>"


ARTICLE = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebSite", "name": "Site"},
        {
            "@type": ["NewsArticle"],
            "headline": "Dam opens after ten years",
            "description": "The long-delayed dam opened on Monday.",
            "author": [{"@type": "Person", "name": "Ann Writer"}, {"@type": "Person", "name": "Bo Reporter"}],
            "datePublished": "2024-03-04T09:00:00+05:30",
            "dateModified": "2024-03-04T12:00:00+05:30",
            "image": {
                "@type": "ImageObject",
                "url": "/img/dam.jpg",
                "width": 1600,
                "height": 900,
                "caption": "The dam",
            },
            "keywords": "energy, water",
            "articleSection": "World",
            "mainEntityOfPage": {"@id": "https://news.example.com/world/dam"},
        },
    ],
}


def test_it_sniffs_html_pages() -> None:
    assert detect_format(page()) == "html"
    assert detect_format(b"  <!-- x --><html><body>Hi</body></html>") == "html"
    assert detect_format(b"<!doctype html><p>Hi") == "html"


def test_it_maps_json_ld_opengraph_and_the_article_body() -> None:
    data = page(
        head=(
            '<link rel="canonical" href="https://news.example.com/world/dam">'
            '<meta property="og:title" content="OG title"><meta property="og:image" content="/img/og.jpg">'
            '<meta property="og:image:width" content="1200"><meta property="og:image:alt" content="Dam at dawn">'
            '<meta property="article:tag" content="Infrastructure">' + json_ld(ARTICLE)
        ),
        body=(
            "<nav><p>Home | World</p></nav><article><header><h1>Dam opens after ten years</h1></header>"
            "<p>The dam opened on Monday after a decade of work.</p><h2>Costs</h2><p>It cost more than planned.</p>"
            "<aside><p>Read more</p></aside><footer><p>Share this</p></footer></article>"
        ),
    )
    (item,) = parse_document(data, agency="partner", base_url="https://news.example.com/feeds/x").items
    assert_required(item, "html")
    assert item.guid == "https://news.example.com/world/dam"
    assert item.headline == "Dam opens after ten years"
    assert item.summary == "The long-delayed dam opened on Monday."
    assert item.byline == "Ann Writer, Bo Reporter"
    assert item.first_created == dt.datetime(2024, 3, 4, 3, 30, tzinfo=dt.UTC)
    assert item.version_created == dt.datetime(2024, 3, 4, 6, 30, tzinfo=dt.UTC)
    assert item.language == "en-GB"
    assert (
        item.body_html
        == "<p>The dam opened on Monday after a decade of work.</p><h2>Costs</h2><p>It cost more than planned.</p>"
    )
    og, ld = item.media
    assert (og.url, og.width, og.alt_text) == ("https://news.example.com/img/og.jpg", 1200, "Dam at dawn")
    assert (ld.url, ld.width, ld.height, ld.caption) == ("https://news.example.com/img/dam.jpg", 1600, 900, "The dam")
    assert [(s.scheme, s.code) for s in item.subjects] == [
        ("section", "World"),
        ("keyword", "Infrastructure"),
        ("keyword", "energy"),
        ("keyword", "water"),
    ]


def test_it_falls_back_to_opengraph_and_the_page() -> None:
    data = page(
        head=(
            '<meta property="og:url" content="https://news.example.com/a">'
            '<meta property="og:title" content="From OG"><meta name="description" content="Meta description">'
            '<meta name="author" content="Cy Author">'
            '<meta property="article:published_time" content="2024-05-01T10:00:00Z">'
        ),
        body="<div><p>First paragraph.</p><p>Second paragraph.</p></div>",
    )
    (item,) = parse_document(data).items
    assert (item.guid, item.headline, item.summary, item.byline) == (
        "https://news.example.com/a",
        "From OG",
        "Meta description",
        "Cy Author",
    )
    assert item.version_created == item.first_created == dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC)
    assert item.body_html == "<p>First paragraph.</p><p>Second paragraph.</p>"


def test_it_uses_the_fetch_address_when_the_page_names_no_canonical_url() -> None:
    (item,) = parse_document(page(body="<h1>Only a heading</h1>"), base_url="https://x.example.com/p").items
    assert item.guid == "https://x.example.com/p" and item.headline == "Only a heading"
    assert any("canonical" in warning for warning in item.warnings)


def test_it_rejects_a_page_it_cannot_identify() -> None:
    result = parse_document(page(body="<p>Anonymous</p>"))
    assert result.items == [] and "canonical URL" in result.rejections[0].reason


def test_it_flags_a_naive_publication_time() -> None:
    head = (
        '<link rel="canonical" href="https://x.example.com/n">'
        '<meta property="article:published_time" content="2024-05-01T10:00">'
    )
    (item,) = parse_document(page(head=head, body="<p>The story.</p>")).items
    assert item.times_assumed_utc and item.first_created == dt.datetime(2024, 5, 1, 10, 0, tzinfo=dt.UTC)


def test_it_reads_the_page_charset() -> None:
    data = page(head='<link rel="canonical" href="https://x.example.com/c">', body="<p>Caf\u00e9 cr\u00e8me</p>")
    data = data.replace(b'charset="utf-8"', b'charset="iso-8859-1"').decode().encode("latin-1")
    (item,) = parse_document(data).items
    assert item.body_html == "<p>Caf\u00e9 cr\u00e8me</p>"


def test_it_removes_xss_from_every_field() -> None:
    hostile = {
        "@type": "NewsArticle",
        "headline": HTML_PAYLOAD,
        "description": HTML_PAYLOAD,
        "author": {"name": HTML_PAYLOAD},
        "image": [{"url": "javascript:alert(1)"}, {"url": "data:image/png;base64,AAAA", "caption": HTML_PAYLOAD}],
        "keywords": [HTML_PAYLOAD],
        "url": "javascript:alert(1)",
    }
    data = page(
        lang='"><script>alert(1)</script>',
        head=(
            '<base href="javascript:alert(1)//"><link rel="canonical" href="javascript:alert(1)">'
            '<meta property="og:url" content="https://x.example.com/xss">'
            '<meta property="og:image" content="javascript:alert(1)">'
            f'<meta property="article:section" content="{HTML_PAYLOAD.replace(chr(34), "&quot;")}">' + json_ld(hostile)
        ),
        body=f"<article><p>{HTML_PAYLOAD}</p><p>More text.</p></article><script>alert(1)</script>",
    )
    (item,) = parse_document(data).items
    assert_no_active_content(item)
    assert item.guid == "https://x.example.com/xss" and item.media == []
    assert "Safe words" in item.body_html


def test_it_refuses_an_empty_document() -> None:
    with pytest.raises(DocumentError):
        parse_document(b"   ", "html")


def test_it_does_not_expand_entities_declared_in_a_page() -> None:
    bomb = (
        b'<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<html><head><link rel="canonical" href="https://x.example.com/b"></head><body><p>&b;</p></body></html>'
    )
    result = parse_document(bomb, "html")
    assert all("aaaaaaaaaa" not in item.body_html for item in result.items)


def test_it_rejects_a_page_with_no_article_text_as_an_empty_body() -> None:
    page = b"""<!DOCTYPE html><html lang="en"><head><title>Gallery: the week in pictures</title>
    <link rel="canonical" href="https://news.example.com/gallery/week">
    <meta property="og:title" content="Gallery: the week in pictures"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div class="slides"></div>
    <footer>Copyright Example News</footer></body></html>"""
    result = parse_document(page)
    assert result.items == []
    (rejection,) = result.rejections
    assert (rejection.guid, rejection.reason) == (
        "https://news.example.com/gallery/week",
        "empty body: no article text was found on the page",
    )


def test_it_takes_the_story_from_among_the_page_furniture() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i} of the story says what the council decided about the harbour on Tuesday, "
        f"and what residents said about it afterwards at the meeting.</p>"
        for i in range(6)
    )
    page = (
        '<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved | Example News</title>'
        '<link rel="canonical" href="https://news.example.com/harbour"></head><body>'
        '<header><nav><a href="/">Home</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>'
        '<div class="wrap"><div class="col-main"><h1>Harbour plan approved</h1>'
        f"<div class='story-text'>{paragraphs}</div></div>"
        '<div class="col-side"><h3>Most read</h3><ul><li><a href="/a">Storm closes bridge</a></li>'
        '<li><a href="/b">School wins award</a></li></ul></div></div>'
        "<footer><p>Copyright Example News. All rights reserved. Terms. Privacy. Cookies.</p></footer></body></html>"
    ).encode()
    (item,) = parse_document(page).items
    assert item.body_html.count("<p>") == 6
    assert "Most read" not in item.body_html and "Copyright" not in item.body_html
