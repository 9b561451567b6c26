"""Undeclared and mislabelled encodings read at least as well as feedparser reads the same bytes."""

from __future__ import annotations

import feedparser
import pytest

from newsdesk.wires.parsers import parse_document

# (label, title text, encoding used to make the bytes, declared encoding or None)
CASES = [
    ("undeclared latin-1 portuguese", "Pesquisa: simulações de 2º turno", "latin-1", None),
    ("undeclared cp1252 quotes", "“Não” disse o ministro \u2013 às 10h", "cp1252", None),
    ("utf-8 without declaration", "Ação no Irã: 東京 и Москва", "utf-8", None),
    ("utf-8 with bom", "Ação no Irã: 東京", "utf-8-sig", None),
    ("declared shift_jis", "東京で地震、被害なし", "shift_jis", "Shift_JIS"),
    ("declared gb18030", "北京发布新政策", "gb18030", "GB18030"),
    ("declared koi8-r", "Москва: новости дня", "koi8-r", "KOI8-R"),
    ("mislabelled utf-8 as latin-1", "Ação no Irã", "utf-8", "ISO-8859-1"),
    ("undeclared shift_jis", "東京で地震、被害なし。気象庁によると、震源の深さは約十キロ。", "shift_jis", None),
    ("undeclared gb18030", "北京发布新政策\uff0c市场反应积极。", "gb18030", None),
    ("undeclared koi8-r", "Москва: новости дня. Правительство объявило новые меры.", "koi8-r", None),
    ("cp1252 declared as latin-1", "“Não” disse \u2013 às", "cp1252", "ISO-8859-1"),
    ("utf-16 with bom", "Москва 東京 Ação", "utf-16", None),
]


# The same bytes with the charset in the HTTP header only, as servers send it.
HTTP_CASES = [
    ("http charset koi8-r", "Москва: новости дня", "koi8-r", "application/rss+xml; charset=KOI8-R"),
    ("http latin-1 on cp1252 bytes", "“Não” disse", "cp1252", "text/xml; charset=ISO-8859-1"),
    ("http latin-1 on utf-8 bytes", "Ação no Irã: 東京", "utf-8", "text/xml; charset=ISO-8859-1"),
]

PAGES = [
    ("page shift_jis meta", "東京で地震、被害なし。気象庁によると震源の深さは約十キロ", "shift_jis", "Shift_JIS"),
    ("page undeclared gb18030", "北京发布新政策\uff0c市场反应积极\uff0c专家表示欢迎", "gb18030", None),
    ("page koi8-r meta", "Москва: новости дня и события недели", "koi8-r", "koi8-r"),
    ("page utf-8 bom", "Ação no Irã 東京", "utf-8-sig", None),
    ("page undeclared latin-1", "Pesquisa: simulações de 2º turno", "latin-1", None),
]


def _rss(title: str, encoding: str, declared: str | None) -> bytes:
    prolog = f'<?xml version="1.0" encoding="{declared}"?>' if declared else ""
    text = (
        f'{prolog}<rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>'
        f"<item><guid>urn:enc:1</guid><title>{title}</title><description>Corpo.</description></item>"
        "</channel></rss>"
    )
    return text.encode(encoding)


@pytest.mark.parametrize(("label", "title", "encoding", "declared"), CASES, ids=[c[0] for c in CASES])
def test_it_decodes_at_least_as_well_as_feedparser(label: str, title: str, encoding: str, declared: str | None) -> None:
    data = _rss(title, encoding, declared)
    (item,) = parse_document(data).items
    ours_right = item.headline == title
    theirs = feedparser.parse(data).entries[0].title
    assert ours_right or theirs != title, f"{label}: feedparser read {theirs!r}, we read {item.headline!r}"
    assert ours_right, f"{label}: read {item.headline!r}"


@pytest.mark.parametrize(("label", "title", "encoding", "content_type"), HTTP_CASES, ids=[c[0] for c in HTTP_CASES])
def test_it_decodes_with_the_http_charset_at_least_as_well_as_feedparser(
    label: str, title: str, encoding: str, content_type: str
) -> None:
    data = _rss(title, encoding, None)
    (item,) = parse_document(data, content_type=content_type).items
    theirs = feedparser.parse(data, response_headers={"content-type": content_type}).entries[0].title
    assert item.headline == title or theirs != title, f"{label}: feedparser read {theirs!r}, we read {item.headline!r}"
    assert item.headline == title, f"{label}: read {item.headline!r}"


@pytest.mark.parametrize(("label", "title", "encoding", "meta"), PAGES, ids=[c[0] for c in PAGES])
def test_it_decodes_article_pages(label: str, title: str, encoding: str, meta: str | None) -> None:
    charset = f'<meta charset="{meta}">' if meta else ""
    page = (
        f"<!DOCTYPE html><html><head>{charset}<title>{title}</title>"
        '<link rel="canonical" href="https://p.example/a"></head>'
        f"<body><article><h1>{title}</h1><p>{title} {title} {title}</p><p>{title}</p></article></body></html>"
    ).encode(encoding)
    (item,) = parse_document(page).items
    assert item.headline == title, f"{label}: read {item.headline!r}"
    assert title in item.body_html
