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
