"""NITF 3.x: the agency samples, management status and embargoes, media, hostile XML."""

from __future__ import annotations

import datetime as dt
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

NITF = SAMPLES / "iptc" / "nitf"
NITF_FILES = sorted(NITF.glob("*.xml"))


def sample(name: str) -> Any:
    (item,) = parse_document((NITF / name).read_bytes()).items
    return item


def nitf(head: str = "", body_head: str = "", body: str = "", docdata: str = "", status: str = "usable") -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><nitf baselang="en-GB"><head><title>Title</title>'
        f'{head}<docdata management-status="{status}"><doc-id id-string="doc-1"/>'
        f'<date.issue norm="20240101T120000Z"/>{docdata}</docdata></head>'
        f"<body><body.head>{body_head}</body.head><body.content>{body}</body.content></body></nitf>"
    ).encode()


def test_it_has_every_nitf_sample() -> None:
    assert len(NITF_FILES) == 7


@pytest.mark.parametrize("path", NITF_FILES, ids=lambda p: p.name)
def test_it_parses_every_nitf_sample(path: Path) -> None:
    data = path.read_bytes()
    assert detect_format(data) == "nitf"
    result = parse_document(data)
    assert result.rejections == []
    (item,) = result.items
    assert_required(item, "nitf")
    assert item.headline and item.body_html and item.version_created is not None


SAMPLE_FACTS: dict[str, dict[str, Any]] = {
    "iptc_nitf-fishing_canceled.xml": {
        "guid": "iptc.321656141.b",
        "pub_status": PubStatus.CANCELED,
        "headline": "Weather and Tide Updates for Norfolk",
        "byline": "By Alan Karben, NITF Network News Online",
        "dateline": "Newport News, VA",
        "located": "Norfolk, VA, US",
        "urgency": 3,
        "version_created": dt.datetime(2002, 2, 25, 19, 30, tzinfo=dt.UTC),
        "summary": "Superb weather in Norfolk today. Tides coming in and out as per usual.",
    },
    "pa3_embargoed.xml": {
        "pub_status": PubStatus.USABLE,
        "embargoed_until": dt.datetime(2016, 9, 8, 23, 1, tzinfo=dt.UTC),
        "byline": "By Benjamin Wright, Press Association",
        "urgency": 4,
    },
    "aap_nitf.xml": {
        "guid": "AAP.115314987.5417374",
        "embargoed_until": None,  # date.release equals date.issue: no embargo
        "version_created": dt.datetime(2013, 10, 20, 8, 27, 51, tzinfo=dt.UTC),
        "dateline": "Sydney",
    },
    "efe_nitf.xml": {
        "guid": "22751909",
        "language": "en-US",
        "summary": "Test Abstract",
        "located": "Tegucigalpa, HND",
    },
    "ntb_nitf.xml": {"version": 48, "times_assumed_utc": True, "language": "nb-NO"},
    "iptc-ninjs-tools_NTB_nitf_sample.xml": {"version": 1, "dateline": "Unnao", "byline": "NTB-AFP-DPA"},
    "ap-nitf.xml": {"byline": "By BERNARD CONDON, AP Business Writer", "dateline": "NEW YORK"},
}


@pytest.mark.parametrize("name", sorted(SAMPLE_FACTS))
def test_it_maps_the_sample_facts(name: str) -> None:
    item = sample(name)
    for field, expected in SAMPLE_FACTS[name].items():
        assert getattr(item, field) == expected, field


def test_it_gives_a_document_without_doc_id_a_stable_guid() -> None:
    first, again = sample("ap-nitf.xml"), sample("ap-nitf.xml")
    assert first.guid == again.guid and first.guid.startswith("urn:newsdesk:sha256:")
    assert any("doc-id" in warning for warning in first.warnings)


def test_it_maps_subjects_and_keywords() -> None:
    item = sample("efe_nitf.xml")
    assert [(s.scheme, s.code, s.name) for s in item.subjects] == [
        ("subj", "11006005", "Executive (government)"),
        ("efe", "F01001000", "GOVERNMENT"),
        ("keyword", "HONDURAS GOVERNMENT", ""),
    ]


def test_it_lifts_media_out_of_the_body() -> None:
    data = (NITF / "iptc_nitf-fishing_canceled.xml").read_bytes()
    (item,) = parse_document(data, base_url="https://wire.example.com/nitf/fishing.xml").items
    (picture,) = item.media
    assert (picture.url, picture.width, picture.height) == ("https://wire.example.com/nitf/high-tide.jpg", 278, 185)
    assert (picture.caption, picture.credit, picture.alt_text) == (
        "The tides, captured on film late yesterday.",
        "Karben",
        "The tides are high.",
    )
    assert "captured on film" not in item.body_html
    assert "<h2>The Tides are High</h2>" in item.body_html and "<li><em>Deer Creek:</em>" in item.body_html


def test_it_resolves_media_against_the_base_url() -> None:
    data = nitf(
        body='<p>x</p><media media-type="image"><media-reference source="p/1.jpg" mime-type="image/jpeg"/></media>'
    )
    (item,) = parse_document(data, base_url="https://wire.example.com/nitf/").items
    assert item.media[0].url == "https://wire.example.com/nitf/p/1.jpg"


def test_it_holds_back_an_embargo_without_release_time() -> None:
    (item,) = parse_document(nitf(body="<p>x</p>", status="embargoed")).items
    assert item.pub_status is PubStatus.WITHHELD and item.embargoed_until is None


def test_it_reads_withheld_and_a_correction() -> None:
    data = nitf(body="<p>x</p>", status="withheld", docdata='<correction info="fixes a name" id-string="doc-0"/>')
    (item,) = parse_document(data).items
    assert item.pub_status is PubStatus.WITHHELD
    assert item_signals(item) == {"correction"}


def test_it_converts_offsets_across_the_date_line() -> None:
    data = nitf(body="<p>x</p>").replace(b"20240101T120000Z", b"20240101T080000+1300")
    (item,) = parse_document(data).items
    assert item.version_created == dt.datetime(2023, 12, 31, 19, 0, tzinfo=dt.UTC)


def test_it_removes_xss_from_every_field() -> None:
    data = nitf(
        head=(
            f'<tobject><tobject.subject tobject.subject.refnum="1" tobject.subject.detail="{ESCAPED_PAYLOAD}"/>'
            "</tobject>"
        ),
        docdata=(
            f'<key-list><keyword key="{ESCAPED_PAYLOAD}"/></key-list><evloc city="{ESCAPED_PAYLOAD}"/>'
            f"<identified-content><person>{XML_PAYLOAD}</person><org>{ESCAPED_PAYLOAD}</org></identified-content>"
        ),
        body_head=(
            f"<hedline><hl1>{XML_PAYLOAD}</hl1></hedline><byline>{ESCAPED_PAYLOAD}<byttl>{XML_PAYLOAD}</byttl></byline>"
            f"<dateline>{XML_PAYLOAD}</dateline><abstract><p>{ESCAPED_PAYLOAD}</p></abstract>"
        ),
        body=(
            f"<p>{XML_PAYLOAD}</p><block>{XML_PAYLOAD}</block>"
            f'<media media-type="image"><media-reference source="javascript:alert(1)"/></media>'
            f'<media media-type="image"><media-reference source="data:image/png;base64,AAAA"/></media>'
            f'<media media-type="image"><media-reference source="https://img.example.com/a.jpg" '
            f'alternate-text="{ESCAPED_PAYLOAD}"/><media-caption>{XML_PAYLOAD}</media-caption>'
            f"<media-producer>{ESCAPED_PAYLOAD}</media-producer></media>"
        ),
    )
    (item,) = parse_document(data).items
    assert_no_active_content(item)
    assert item.headline.startswith("Safe words")
    assert [m.url for m in item.media] == ["https://img.example.com/a.jpg"]


def test_it_allows_a_doctype_that_only_names_the_nitf_dtd() -> None:
    data = nitf(body="<p>x</p>").replace(
        b"?>", b'?><!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.2/specification/dtd/nitf-3-2.dtd">', 1
    )
    (item,) = parse_document(data).items
    assert item.guid == "doc-1"


def test_it_refuses_a_billion_laughs_quickly() -> None:
    entities = (
        '<!ENTITY a "'
        + "a" * 80
        + '">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 30}">' for i in range(6))
    )
    data = nitf(body="<p>&g;</p>").replace(b"?>", f"?><!DOCTYPE nitf [{entities}]>".encode(), 1)
    started = time.perf_counter()
    with pytest.raises(DocumentError, match="entities") as caught:
        parse_document(data)
    assert time.perf_counter() - started < 1.0
    assert "aaaaaaaa" not in str(caught.value)


def test_it_refuses_external_entities_without_reading_them(tmp_path: Path) -> None:
    secret = tmp_path / "passwd"
    secret.write_text("root:SECRET-NITF-9:0:0")
    data = nitf(body="<p>&xxe;</p>").replace(
        b"?>", f'?><!DOCTYPE nitf [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'.encode(), 1
    )
    with pytest.raises(DocumentError) as caught:
        parse_document(data)
    assert "SECRET" not in str(caught.value)


def test_it_refuses_xxe_with_the_system_dtd_of_the_fishing_sample(tmp_path: Path) -> None:
    secret = tmp_path / "etc-passwd"
    secret.write_text("root:SECRET-NITF-10:0:0")
    original = (NITF / "iptc_nitf-fishing_canceled.xml").read_bytes()
    hostile = original.replace(
        b'<!DOCTYPE nitf SYSTEM "../dtd/nitf-3-2.dtd">',
        f'<!DOCTYPE nitf SYSTEM "../dtd/nitf-3-2.dtd" [<!ENTITY t SYSTEM "{secret.as_uri()}">]>'.encode(),
    ).replace(b"<p>Happy fishing everybody!</p>", b"<p>&t;</p>")
    with pytest.raises(DocumentError) as caught:
        parse_document(hostile)
    assert "SECRET" not in str(caught.value)


@pytest.mark.parametrize("cut", [40, 200, 600])
def test_it_refuses_truncated_nitf(cut: int) -> None:
    data = (NITF / "pa3_embargoed.xml").read_bytes()[:-cut]
    with pytest.raises(DocumentError, match="not well-formed"):
        parse_document(data, "nitf")


def test_it_refuses_a_document_that_is_not_nitf() -> None:
    with pytest.raises(DocumentError, match="not NITF"):
        parse_document(b"<rss><channel/></rss>", "nitf")


def test_it_reads_latin1_declared_documents() -> None:
    item = sample("ntb_nitf.xml")  # declared ISO-8859-1, with character references
    assert "Påstand" in item.body_html
    item = sample("pa3_embargoed.xml")
    assert item.headline.startswith("UK BREAK-UP")
