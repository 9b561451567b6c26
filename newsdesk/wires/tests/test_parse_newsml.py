"""NewsML-G2: IPTC and agency samples, signals and versions, packages, pictures, hostile XML."""

from __future__ import annotations

import datetime as dt
import socket
import time
from pathlib import Path
from typing import Any

import pytest

from newsdesk.wires.items import PubStatus
from newsdesk.wires.parsers import DocumentError, detect_format, item_signals, parse_document
from newsdesk.wires.tests import (
    ESCAPED_PAYLOAD,
    SAMPLES,
    XML_PAYLOAD,
    assert_no_active_content,
    assert_required,
)

G2 = SAMPLES / "iptc" / "newsml-g2"
G2_FILES = sorted(G2.glob("*.xml"))


def sample(name: str) -> Any:
    return parse_document((G2 / name).read_bytes())


def news_item(content_meta: str = "", content_set: str = "", item_meta: str = "", guid: str = "urn:test:1") -> bytes:
    if "<headline" not in content_meta and not content_set:
        content_meta += "<headline>Test headline</headline>"  # an item with nothing to publish is rejected
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{guid}" version="3" standard="NewsML-G2">'
        '<itemMeta><itemClass qcode="ninat:text"/><provider literal="test"/>'
        f'<versionCreated>2024-01-01T12:00:00Z</versionCreated><pubStatus qcode="stat:usable"/>{item_meta}</itemMeta>'
        f"<contentMeta>{content_meta}</contentMeta><contentSet>{content_set}</contentSet></newsItem>"
    ).encode()


def test_it_has_every_newsml_sample() -> None:
    assert len(G2_FILES) == 15


@pytest.mark.parametrize("path", G2_FILES, ids=lambda p: p.name)
def test_it_parses_every_newsml_sample(path: Path) -> None:
    data = path.read_bytes()
    assert detect_format(data) == "newsml"
    result = parse_document(data)
    assert result.items or result.rejections
    for item in result.items:
        assert_required(item, "newsml")
        assert item.version >= 1
        assert item.version_created is not None or item.guid in ("N1", "N2", "N3", "N4")


SAMPLE_FACTS: dict[str, dict[str, Any]] = {
    "iptc_LISTING_1_A_NewsML-G2_News_Item.xml": {
        "guid": "urn:newsml:acmenews.com:20161018:US-FINANCE-FED",
        "version": 11,
        "headline": 'Fed to halt QE to avert "bubble"',
        "embargoed_until": dt.datetime(2018, 10, 23, 12, 0, tzinfo=dt.UTC),
        "version_created": dt.datetime(2018, 10, 21, 21, 25, 32, tzinfo=dt.UTC),
        "first_created": dt.datetime(2016, 10, 18, 18, 12, 21, tzinfo=dt.UTC),
        "located": "Berlin",
        "language": "en-GB",
        "byline": "Meredith Jameson",
        "links": ["http://www.example.com/video/20081222-PNN-1517-407624/index.html"],
    },
    "iptc_LISTING_2_NewsML-G2_Text_Document.xml": {
        "byline": "By Meredith Jameson, Staff Reporter",
        "located": "New York, NY",
        "language": "en-US",
    },
    "dpa_embargoed.xml": {
        "embargoed_until": dt.datetime(2025, 1, 23, 18, 0, tzinfo=dt.UTC),
        "headline": "Steinmeier: Russland zerstört kulturelles Erbe der Ukraine",
        "dateline": "Berlin (dpa) -",
        "urgency": 4,
        "links": ["https://dpaq.de/FFJbkHx"],
    },
    "scoop_empty_embargoed.xml": {"embargoed_until": None, "version": 3, "times_assumed_utc": True},
    "reuters_MTZXEE13ZXCZES_2_update_pt.xml": {
        "headline": "Primeira Liga Results",  # the "UPDATE 2-" slug is furniture
        "editorial_note": "UPDATE 2",
        "language": "en-US",
    },
    "ansa_culture_sig_update.xml": {"located": "Roma", "language": "it", "urgency": None},
    "stt1_sig_update_append.xml": {"times_assumed_utc": True, "dateline": "Helsinki", "urgency": 3},
}


@pytest.mark.parametrize("name", sorted(SAMPLE_FACTS))
def test_it_maps_the_sample_facts(name: str) -> None:
    (item,) = sample(name).items
    for field, expected in SAMPLE_FACTS[name].items():
        assert getattr(item, field) == expected, field


def test_it_reads_a_kill_as_canceled() -> None:
    (kill,) = sample("reuters_L1N14N0FF_v1542761538_kill_canceled_edStatD.xml").items
    assert kill.pub_status is PubStatus.CANCELED
    assert "kill" in item_signals(kill)
    assert kill.body_html == ""  # the kill's "<p/>" is no body


def test_it_recognises_a_correction_and_orders_versions() -> None:
    (correction,) = sample("reuters_L1N14N0FF_v978556838_correction_edStatC.xml").items
    (kill,) = sample("reuters_L1N14N0FF_v1542761538_kill_canceled_edStatD.xml").items
    assert correction.guid == kill.guid
    assert correction.pub_status is PubStatus.USABLE
    assert item_signals(correction) == {"correction"}
    assert kill.version > correction.version
    assert correction.body_html.startswith("<p>(In Jan. 3 story, corrects last paragraph")


@pytest.mark.parametrize(
    "name",
    [
        "iptc_LISTING_1_A_NewsML-G2_News_Item.xml",
        "ansa_culture_sig_update.xml",
        "stt1_sig_update_append.xml",
        "reuters_MTZXEE13ZXCZES_2_update_pt.xml",
    ],
)
def test_it_recognises_updates_and_their_higher_versions(name: str) -> None:
    (item,) = sample(name).items
    assert "update" in item_signals(item)
    assert item.version > 1


def test_it_rejects_packages_and_the_empty_items_of_a_message() -> None:
    result = sample("iptc_LISTING_24_News_Message_conveying_a_complete_News_Package.xml")
    # The listing's items N1..N4 are skeletons (a guid, no headline, body or media): nothing to publish.
    assert result.items == []
    reasons = {r.guid or "(package)": r.reason for r in result.rejections}
    assert set(reasons) >= {"N1", "N2", "N3", "N4"}
    assert reasons["N1"] == "the item has neither headline nor body: nothing to publish"
    assert "package items are not stories" in reasons.values()


def test_it_rejects_a_standalone_package() -> None:
    result = sample("iptc_LISTING_6_Simple_NewsML-G2_Package.xml")
    assert result.items == []
    assert result.rejections[0].guid == "tag:example.com,2008:UK-NEWS-TOPTEN:UK20081220098658"


def test_it_rejects_a_bare_content_set_fragment() -> None:
    result = sample("iptc_LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml")
    assert result.items == [] and "no guid" in result.rejections[0].reason


def test_it_reads_nitf_conveyed_in_inline_xml() -> None:
    fragment = (G2 / "iptc_LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml").read_text()
    inner = fragment.split("<contentSet>", 1)[1].rsplit("</contentSet>", 1)[0]
    (item,) = parse_document(news_item(content_set=inner)).items
    assert item.headline.startswith("Arizona Diamondbacks (29-23) at Philadelphia Phillies")
    assert item.byline == "Sports Network"
    assert item.summary.startswith("A pair of teams coming off big weekend sweeps")
    assert item.body_html.startswith("<p>(Sports Network) - With the Philadelphia Phillies")


def test_it_maps_a_picture_item_to_media() -> None:
    data = (G2 / "iptc_LISTING_3_Photo_in_NewsML-G2.xml").read_bytes()
    (item,) = parse_document(data, base_url="https://pix.example.com/g2/item.xml").items
    (picture,) = item.media
    # The largest rendition ("./GYI0062134533.jpg"), made absolute; file:// ones are refused.
    assert picture.url == "https://pix.example.com/g2/GYI0062134533.jpg"
    assert (picture.width, picture.height, picture.mime_type, picture.credit) == (
        1500,
        1001,
        "image/jpeg",
        "Getty Images",
    )
    assert picture.caption.startswith("A general view of part of downtown")
    assert "Las Vegas" in item.places
    assert ("medtop", "20000523") in [(s.scheme, s.code) for s in item.subjects]


def test_it_drops_a_relative_picture_url_it_cannot_resolve_and_counts_it() -> None:
    (item,) = sample("iptc_LISTING_3_Photo_in_NewsML-G2.xml").items
    assert item.media == []
    assert item.unresolved_links == 1
    assert any("could not be made absolute" in w for w in item.warnings)


def test_it_resolves_picture_urls_and_reads_the_digital_source_type() -> None:
    data = news_item(
        content_meta=(
            '<digitalSourceType uri="http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic"/>'
            "<headline>Generated</headline><creditline>Studio</creditline>"
            '<description role="drol:caption">A caption</description>'
        ),
        content_set='<remoteContent href="pics/a.jpg" contenttype="image/jpeg" width="640" height="480"/>',
    ).replace(b"ninat:text", b"ninat:picture")
    (item,) = parse_document(data, base_url="https://pix.example.com/feed/").items
    (picture,) = item.media
    assert picture.url == "https://pix.example.com/feed/pics/a.jpg"
    assert (picture.digital_source_type, picture.caption, picture.credit) == (
        "compositeSynthetic",
        "A caption",
        "Studio",
    )


def test_it_classifies_subjects_by_concept_type() -> None:
    (item,) = sample("ap_newsmessage.xml").items[1:2]
    assert item.places == ["Maryland", "United States", "North America", "North Carolina"]
    assert ("apsubject", "11494c9888fc10048d50ba0a2b2ca13e", "Earnings reports") in [
        (s.scheme, s.code, s.name) for s in item.subjects
    ]
    assert ("keyword", "DiamondRock Hospitality") in [(s.scheme, s.code) for s in item.subjects]


def test_it_keeps_line_breaks_of_text_placed_straight_in_the_body() -> None:
    (item,) = sample("reuters_MTZXEE13ZXCZES_2_update_pt.xml").items
    assert item.body_html.startswith("<p>Jan 3 (OPTA) - Results and fixtures for the Primeira Liga on Wednesday</p>")
    assert "<p>Mar\u00edtimo (0) 1 Chaves (1) 2</p>" in item.body_html


def test_it_leaves_the_dpa_metadata_header_out_of_the_body() -> None:
    (item,) = sample("dpa_embargoed.xml").items
    assert "Sperrfrist" not in item.body_html and "publicationDate" not in item.body_html
    assert item.body_html.startswith("<p>Eine Ausstellung in Berlin")
    assert "<h2>Gemälde aus Odessa mit Werken aus Berliner Sammlungen im Dialog</h2>" in item.body_html


def test_it_converts_a_dateline_offset_to_utc_across_the_date_line() -> None:
    data = news_item().replace(b"2024-01-01T12:00:00Z", b"2024-01-01T09:30:00+13:45")
    (item,) = parse_document(data).items
    assert item.version_created == dt.datetime(2023, 12, 31, 19, 45, tzinfo=dt.UTC)


def test_it_flags_naive_times() -> None:
    data = news_item().replace(b"2024-01-01T12:00:00Z", b"2024-01-01T12:00:00")
    (item,) = parse_document(data).items
    assert item.times_assumed_utc and item.version_created == dt.datetime(2024, 1, 1, 12, 0, tzinfo=dt.UTC)


def test_it_removes_xss_from_every_field() -> None:
    fields = "".join(
        f"<{name}>{ESCAPED_PAYLOAD}</{name}><{name}>{XML_PAYLOAD}</{name}>" for name in ("by", "dateline", "slugline")
    )
    data = news_item(
        item_meta='<link rel="irel:seeAlso" href="javascript:alert(1)"/><link href="data:text/html,x"/>',
        content_meta=(
            f"<headline>{XML_PAYLOAD}</headline><headline>{ESCAPED_PAYLOAD}</headline>{fields}"
            f'<description role="drol:summary">{ESCAPED_PAYLOAD}</description>'
            f'<located><name>{ESCAPED_PAYLOAD}</name></located><language tag="&lt;script&gt;"/>'
            f'<subject qcode="x:&lt;img src=x onerror=alert(1)&gt;"><name>{XML_PAYLOAD}</name></subject>'
            f'<subject type="cpnat:geoArea"><name>{ESCAPED_PAYLOAD}</name></subject>'
            f"<keyword>{ESCAPED_PAYLOAD}</keyword>"
        ),
        content_set=(
            '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><script>alert(1)</script></head><body><p>{XML_PAYLOAD}</p>{XML_PAYLOAD}</body></html></inlineXML>"
        ),
    )
    (item,) = parse_document(data).items
    assert_no_active_content(item)
    assert item.headline.startswith("Safe words") and item.links == []
    assert "Safe words" in item.body_html


def test_it_removes_xss_from_picture_media() -> None:
    data = news_item(
        content_meta=f"<headline>P</headline><creditline>{ESCAPED_PAYLOAD}</creditline>"
        f'<description role="drol:caption">{XML_PAYLOAD}</description>'
        '<digitalSourceType qcode="x:&lt;script&gt;alert(1)&lt;/script&gt;"/>',
        content_set=(
            '<remoteContent href="javascript:alert(1)" width="9000" height="9000"/>'
            '<remoteContent href="https://img.example.com/ok.jpg" width="10" height="10" contenttype="image/jpeg"/>'
        ),
    ).replace(b"ninat:text", b"ninat:picture")
    (item,) = parse_document(data).items
    assert_no_active_content(item)
    assert [m.url for m in item.media] == ["https://img.example.com/ok.jpg"]


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE newsItem [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
]>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="bomb" version="1">
<contentMeta><headline>&e;</headline></contentMeta></newsItem>"""


def test_it_refuses_a_billion_laughs_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(DocumentError, match="entities") as caught:
        parse_document(BOMB)
    assert time.perf_counter() - started < 1.0
    assert "aaaaaaaaaa" not in str(caught.value)


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "{url}">]>',
        '<!DOCTYPE newsItem [<!ENTITY % xxe SYSTEM "{url}"> %xxe;]>',
        '<!doctype newsItem [<!entity xxe SYSTEM "{url}">]>',
        '<!DOCTYPE newsItem [<!-- ] > --><!ENTITY xxe SYSTEM "{url}">]>',
    ],
)
def test_it_refuses_external_entities_without_reading_them(tmp_path: Path, doctype: str) -> None:
    secret = tmp_path / "passwd"
    secret.write_text("root:SECRET-G2-7:0:0")
    data = (
        '<?xml version="1.0"?>'
        + doctype.format(url=secret.as_uri())
        + '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x" version="1">'
        "<contentMeta><headline>&xxe;</headline></contentMeta></newsItem>"
    ).encode()
    with pytest.raises(DocumentError) as caught:
        parse_document(data, "newsml")
    assert "SECRET" not in str(caught.value)


def test_it_never_fetches_an_external_dtd(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    data = news_item(content_meta="<headline>Safe</headline>").replace(
        b"?>", b'?><!DOCTYPE newsItem SYSTEM "http://dtd.example.com/g2.dtd">', 1
    )
    (item,) = parse_document(data).items
    assert item.headline == "Safe"


@pytest.mark.parametrize(
    "data",
    [
        news_item(content_meta="<headline>Cut</headline>")[:-40],
        b'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"><contentMeta>',
        b"\x00\x01 not xml at all",
    ],
)
def test_it_refuses_truncated_or_broken_xml(data: bytes) -> None:
    with pytest.raises(DocumentError):
        parse_document(data, "newsml")


def test_it_reads_windows_1252_mislabelled_as_utf8() -> None:
    data = news_item(content_meta="<headline>Caf\u00e9 \u2013 don\u2019t</headline>").decode().encode("cp1252")
    (item,) = parse_document(data).items
    assert item.headline == "Caf\u00e9 \u2013 don\u2019t"
    assert any("not UTF-8" in warning for warning in item.warnings)


def test_it_reads_an_undeclared_utf16_document() -> None:
    text = news_item(content_meta="<headline>\u6771\u4eac</headline>").decode().replace("UTF-8", "UTF-16")
    (item,) = parse_document(text.encode("utf-16-le")).items  # no BOM: found from the "<\0?\0" pattern
    assert item.headline == "\u6771\u4eac"


def test_it_rejects_an_item_without_guid_but_keeps_its_siblings() -> None:
    message = (
        b'<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
        b'<newsItem guid="good" version="1"><contentMeta><headline>Good</headline></contentMeta></newsItem>'
        b'<newsItem version="1"><contentMeta><headline>No guid</headline></contentMeta></newsItem>'
        b'<newsItem guid="a&lt;b" version="1"><contentMeta><headline>Markup guid</headline></contentMeta></newsItem>'
        b'<conceptItem guid="c"/></itemSet></newsMessage>'
    )
    result = parse_document(message)
    assert [item.guid for item in result.items] == ["good"]
    assert [r.reason for r in result.rejections] == [
        "the item has no identifier",
        "the item identifier contains markup or control characters",
        "conceptItem is not a story",
    ]
