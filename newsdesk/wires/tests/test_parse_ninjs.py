"""IPTC ninjs 1.x, 2.x and 3.x: the IPTC and agency samples, schema validation, hostile JSON."""

from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path
from typing import Any

import pytest

from newsdesk.wires.items import PubStatus
from newsdesk.wires.parsers import DocumentError, detect_format, parse_document
from newsdesk.wires.parsers.ninjs import SCHEMA_DIR, major_version, validator
from newsdesk.wires.tests import (
    HTML_PAYLOAD,
    SAMPLES,
    assert_no_active_content,
    assert_required,
)

NINJS = SAMPLES / "iptc" / "ninjs"
NINJS_FILES = sorted(NINJS.glob("*.json"))


def parse_json(document: Any, **kwargs: Any) -> Any:
    return parse_document(json.dumps(document).encode(), **kwargs)


def test_it_has_every_ninjs_sample() -> None:
    assert len(NINJS_FILES) == 12


@pytest.mark.parametrize("path", NINJS_FILES, ids=lambda p: p.name)
def test_it_parses_every_ninjs_sample(path: Path) -> None:
    data = path.read_bytes()
    assert detect_format(data) == "ninjs"
    result = parse_document(data, agency="test")
    if path.name == "ninjs10_018_embargoed.json":
        # Only a uri and an embargo: nothing a reader could ever see, so not a story.
        assert result.items == []
        assert [r.reason for r in result.rejections] == ["the item has neither headline nor body: nothing to publish"]
        return
    assert result.rejections == []
    (item,) = result.items
    assert_required(item, "ninjs")
    assert item.guid == (json.loads(data).get("uri") or json.loads(data).get("guid"))
    if not path.name.startswith("ninjs10_"):  # the 1.0 validation cases carry only what they test
        assert item.headline
        assert item.version_created is not None


SAMPLE_FACTS: dict[str, dict[str, Any]] = {
    "ninjs10_022_pubstatus_withheld.json": {"pub_status": PubStatus.WITHHELD},
    "ninjs10_023_pubstatus_canceled.json": {"pub_status": PubStatus.CANCELED},
    "superdesk_ninjs_embargoed.json": {
        "embargoed_until": dt.datetime(2022, 6, 29, 2, 30, tzinfo=dt.UTC),
        "version": 11,
        "first_created": dt.datetime(2022, 6, 20, 23, 20, 35, tzinfo=dt.UTC),
        "headline": "Trouble is brewing for the future of beer",
    },
    "ninjs21_ntb_text.json": {"version": 6, "urgency": 5, "language": "nb-NO", "byline": "NTB", "places": ["Telemark"]},
    "ninjs30_dpa_text.json": {
        "version": 2,
        "version_created": dt.datetime(2019, 5, 10, 14, 2, 28, tzinfo=dt.UTC),
        "byline": "Von Christian Hollmann, dpa",
    },
    "ninjs30_tt_text_image.json": {"urgency": 3, "people": ["Jonas Svensson"], "organisations": ["Aurora"]},
    "ninjs31_005_complex_text_article.json": {
        "located": "Grossetto, Italy",
        "places": ["Grossetto", "Tuscany", "Italy"],
    },
    "ninjs14_ExComplex1.json": {"people": ["Francesco Schettino"], "organisations": ["Costa Crociere SpA"]},
}


@pytest.mark.parametrize("name", sorted(SAMPLE_FACTS))
def test_it_maps_the_sample_facts(name: str) -> None:
    (item,) = parse_document((NINJS / name).read_bytes()).items
    for field, expected in SAMPLE_FACTS[name].items():
        assert getattr(item, field) == expected, field


@pytest.mark.parametrize(
    ("name", "major"),
    [
        ("ninjs10_018_embargoed.json", 1),
        ("ninjs14_ExComplex1.json", 1),
        ("superdesk_ninjs_embargoed.json", 1),
        ("ninjs21_ntb_text.json", 2),
        ("ninjs30_ap_image.json", 3),
        ("ninjs31_007_multimedia.json", 3),
    ],
)
def test_it_detects_the_major_version_by_shape(name: str, major: int) -> None:
    assert major_version(json.loads((NINJS / name).read_bytes())) == major


def test_it_prefers_the_html_body_and_keeps_paragraphs() -> None:
    (item,) = parse_document((NINJS / "ninjs31_004_simple_text_article.json").read_bytes()).items
    # The AP dateline is furniture: it moves to its fields, the first sentence stays.
    assert item.body_html.startswith("<p>The trial of the captain")
    assert (item.dateline, item.dateline_date) == ("GROSSETO, Italy", "")
    assert item.body_html.count("<p>") == 4


def test_it_turns_a_plain_text_body_into_paragraphs() -> None:
    (item,) = parse_json({"uri": "urn:t", "bodies": [{"value": "One.\nTwo & <three>."}]}).items
    assert item.body_html == "<p>One.</p><p>Two &amp; &lt;three&gt;.</p>"


def test_it_maps_associations_to_media() -> None:
    (item,) = parse_document((NINJS / "ninjs31_007_multimedia.json").read_bytes()).items
    main, portrait = item.media
    assert main.url.endswith("e3b904edbb3a-big.jpg")  # the largest rendition
    assert (main.width, main.height, main.mime_type, main.kind) == (429, 281, "image/jpg", "picture")
    assert main.caption.startswith("The Costa Concordia cruise ship lies on its side")
    assert main.credit.startswith("Copyright 2013 The News Agency")
    assert portrait.caption.startswith("Francesco Schettino the captain")


def test_it_maps_a_ninjs_1_association_object() -> None:
    (item,) = parse_document((NINJS / "ninjs14_ExComplex1.json").read_bytes()).items
    (picture,) = item.media
    assert picture.url.endswith("-big.jpg") and picture.credit == "Paulo Santalucia"


def test_it_maps_a_picture_item_to_its_own_media() -> None:
    (item,) = parse_document((NINJS / "ninjs30_ap_image.json").read_bytes()).items
    (picture,) = item.media
    assert (picture.width, picture.height, picture.credit) == (3000, 2208, "ASSOCIATED PRESS")
    assert picture.caption.startswith("FILE - In this Monday, Nov. 11, 2019 file photo")


def test_it_reads_the_digital_source_type_of_an_association() -> None:
    document = {
        "uri": "urn:text",
        "headlines": [{"value": "AI picture inside"}],
        "associations": [
            {
                "name": "main",
                "uri": "urn:pic",
                "type": "picture",
                "digitalSourceType": {"uri": "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"},
                "renditions": [{"name": "web", "href": "https://img.example.com/a.jpg", "width": 10, "height": 10}],
            }
        ],
    }
    (item,) = parse_json(document).items
    assert item.media[0].digital_source_type == "trainedAlgorithmicMedia"


def test_it_maps_ninjs_3_embargo_and_subjects() -> None:
    document = {
        "uri": "urn:embargo",
        "versionCreated": "2024-05-01T10:00:00+02:00",
        "embargoedUntil": "2024-05-02T06:00:00+02:00",
        "pubStatus": "usable",
        "headlines": [{"role": "sub", "value": "Sub"}, {"role": "main", "value": "Main"}],
        "subjects": [
            {"name": "economy", "uri": "http://cv.iptc.org/newscodes/mediatopic/04000000"},
            {"name": "local", "literal": "LOC"},
        ],
    }
    (item,) = parse_json(document).items
    assert item.embargoed_until == dt.datetime(2024, 5, 2, 4, 0, tzinfo=dt.UTC)
    assert item.headline == "Main"
    assert [(s.scheme, s.code, s.name) for s in item.subjects] == [
        ("medtop", "04000000", "economy"),
        ("", "LOC", "local"),
    ]


def test_it_rejects_an_item_failing_the_schema_with_the_path() -> None:
    result = parse_json({"uri": "urn:bad", "pubStatus": "published", "versionCreated": "2024-01-01T00:00:00Z"})
    assert result.items == []
    (rejection,) = result.rejections
    assert rejection.guid == "urn:bad"
    assert "ninjs 3.x schema: pubStatus:" in rejection.reason and "published" in rejection.reason


def test_it_rejects_only_the_bad_item_of_a_list() -> None:
    result = parse_json(
        [
            {"uri": "urn:good-1", "headline": "One"},
            {"uri": "urn:bad", "urgency": "very"},
            "not an object",
            {"headline": "no identifier"},
            {"uri": "urn:good-2", "headline": "Two"},
        ]
    )
    assert [item.guid for item in result.items] == ["urn:good-1", "urn:good-2"]
    reasons = [r.reason for r in result.rejections]
    assert len(reasons) == 3
    assert "urgency" in reasons[0]
    assert "JSON object" in reasons[1]
    assert "'uri' is a required property" in reasons[2]


def test_it_tolerates_extension_properties_with_a_warning() -> None:
    (item,) = parse_json({"uri": "urn:ext", "headline": "H", "x-agency-priority": 3}).items
    assert any("x-agency-priority" in warning for warning in item.warnings)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"uri": "urn:x", "headline": ', "invalid JSON"),
        (b"[]", "not a ninjs document"),
        (b'"a string"', "not a ninjs document"),
        (b"[" * 100_000 + b"]" * 100_000, "invalid JSON"),
        (b'{"uri": "urn:x", "urgency": 1' + b"0" * 5000 + b"}", "invalid JSON"),
    ],
)
def test_it_refuses_documents_that_are_not_ninjs(data: bytes, message: str) -> None:
    with pytest.raises(DocumentError, match=message):
        parse_document(data, "ninjs")


def test_it_accepts_a_byte_order_mark() -> None:
    (item,) = parse_document(b"\xef\xbb\xbf" + json.dumps({"uri": "urn:bom", "headline": "BOM"}).encode()).items
    assert item.guid == "urn:bom"


def test_it_validates_geojson_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the parser tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    validator.cache_clear()
    document = json.loads((NINJS / "ninjs30_ap_image.json").read_bytes())
    assert list(validator(3).iter_errors(document)) == []
    document["places"][0]["geoJSON"] = {"type": "Point", "coordinates": "nowhere"}
    result = parse_json(document)
    assert result.items == [] and "places/0/geoJSON" in result.rejections[0].reason


def test_it_ships_its_schemas_inside_the_package() -> None:
    assert SCHEMA_DIR.parent.name == "wires"
    names = sorted(p.name for p in SCHEMA_DIR.glob("*.json"))
    assert names == ["GeoJSON-schema.json", "ninjs-schema_1.6.json", "ninjs-schema_2.2.json", "ninjs-schema_3.1.json"]


def test_it_removes_xss_from_every_field() -> None:
    payload = HTML_PAYLOAD
    document = {
        "uri": "urn:xss",
        "versionCreated": "2024-01-01T00:00:00Z",
        "headlines": [{"value": payload}],
        "descriptions": [{"role": "summary", "value": payload}],
        "bodies": [{"contentType": "text/html", "value": payload}],
        "by": payload,
        "located": payload,
        "language": payload,
        "subjects": [{"name": payload, "literal": payload}],
        "places": [{"name": payload}],
        "people": [{"name": payload}],
        "organisations": [{"name": payload}],
        "associations": [
            {
                "name": "a",
                "uri": "urn:a",
                "type": "picture",
                "headlines": [{"value": payload}],
                "descriptions": [{"role": "caption", "value": payload}, {"role": "creditline", "value": payload}],
                "digitalSourceType": {"name": payload},
                "renditions": [
                    {"name": "evil", "href": "javascript:alert(1)", "width": 9000, "height": 9000},
                    {"name": "data", "href": "data:image/png;base64,iVBORw0KGgo=", "width": 8000, "height": 8000},
                    {"name": "web", "href": "https://img.example.com/ok.jpg", "width": 10, "height": 10},
                ],
            },
            {"name": "b", "uri": "urn:b", "type": "picture", "renditions": [{"name": "r", "href": " javascript:x"}]},
        ],
    }
    (item,) = parse_json(document).items
    assert_no_active_content(item)
    assert item.headline.startswith("Safe words")
    assert [m.url for m in item.media] == ["https://img.example.com/ok.jpg"]


def test_it_removes_xss_from_ninjs_1_fields() -> None:
    document = {
        "uri": "urn:xss1",
        "headline": HTML_PAYLOAD,
        "body_html": HTML_PAYLOAD,
        "description_text": HTML_PAYLOAD,
        "byline": HTML_PAYLOAD,
        "subject": [{"code": HTML_PAYLOAD, "name": HTML_PAYLOAD}],
        "associations": {"pic": {"uri": "urn:p", "type": "picture", "renditions": {"a": {"href": "javascript:1"}}}},
    }
    (item,) = parse_json(document).items
    assert_no_active_content(item)
    assert item.media == []


@pytest.mark.parametrize("status", ["withdrawn", "killed", "Withdrawn", "cancelled"])
def test_it_reads_agency_kill_words_outside_the_enum_as_a_kill(status: str) -> None:
    result = parse_json({"uri": "urn:kill:1", "version": "2", "pubstatus": status, "headline": "x"})
    assert not result.rejections
    (item,) = result.items
    assert item.pub_status is PubStatus.CANCELED


ITEM = {"uri": "urn:env:1", "type": "text", "headline": "Enveloped story", "body_html": "<p>Body</p>"}


@pytest.mark.parametrize(
    ("document", "path"),
    [
        ({"api_version": "2", "data": {"items": [{"meta": {"score": 1}, "item": ITEM}]}}, "data.items.item"),
        ({"_meta": {"total": 1}, "_items": [ITEM]}, "_items"),
        ({"took": 3, "hits": {"total": 1, "hits": [{"_id": "x", "_source": ITEM}]}}, "hits.hits._source"),
        ({"status": "ok", "results": [ITEM]}, "results"),
        ({"data": ITEM}, "data"),
    ],
    ids=["ap-media-api", "superdesk", "elasticsearch", "results", "data"],
)
def test_it_reads_ninjs_inside_common_api_envelopes(document: dict[str, Any], path: str) -> None:
    result = parse_document(json.dumps(document).encode())
    assert result.rejections == []
    (item,) = result.items
    assert (item.guid, item.headline) == ("urn:env:1", "Enveloped story")
    assert f"ninjs read from inside an API envelope ({path})" in item.warnings


def test_it_says_an_empty_api_envelope_holds_no_items() -> None:
    with pytest.raises(DocumentError, match=r"^the API response holds no ninjs items \(looked inside data.items\)$"):
        parse_document(json.dumps({"data": {"items": []}}).encode())
