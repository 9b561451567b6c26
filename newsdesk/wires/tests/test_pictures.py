"""Pictures in agency bodies are fetched under the wire rules and served from our media, or dropped with a note."""

from __future__ import annotations

import io
import ipaddress
import struct
import zlib

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.test import Client
from PIL import Image as PILImage

from newsdesk.site.middleware import READER_CSP
from newsdesk.wires import fetch as fetch_module
from newsdesk.wires.models import Source, WireItem
from newsdesk.wires.pictures import MAX_PICTURE_PIXELS, PictureError, decode_picture, localise_body_pictures
from newsdesk.wires.storage import store_items
from newsdesk.wires.tests.support import loopback_server, make_item

pytestmark = pytest.mark.django_db


def png(width: int = 40, height: int = 30, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A valid small PNG whose header claims ``width`` x ``height`` pixels (10 gigapixels by default)."""
    data = bytearray(png(1, 1))
    # IHDR starts at byte 8: length(4) type(4) width(4) height(4) ... crc(4) after 13 data bytes.
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


@pytest.fixture
def server():
    with loopback_server() as server:
        yield server


@pytest.fixture
def loopback_is_public(monkeypatch):
    """127.0.0.1 counts as public, so a redirect from it to a private address is what gets refused."""
    real = fetch_module.address_refusal
    monkeypatch.setattr(
        fetch_module, "address_refusal", lambda ip: "" if ip == ipaddress.ip_address("127.0.0.1") else real(ip)
    )


def body_with(*srcs: str) -> str:
    return "<p>Before.</p>" + "".join(
        f'<p><img src="{src}" alt="A picture"> after {n}.</p>' for n, src in enumerate(srcs)
    )


def test_it_stores_a_picture_in_our_media_and_rewrites_the_body(server, loopback_is_public):
    server.serve("/photo.png", png(), Content_Type="image/png")

    report = store_items([make_item("urn:p:1", body_html=body_with(server.url("/photo.png")))])

    body = WireItem.objects.get().body_html
    src = body.split('src="', 1)[1].split('"', 1)[0]
    assert src.startswith(settings.MEDIA_URL + "wire-pictures/") and src.endswith(".webp")
    assert server.url("") not in body and "after 0." in body and 'alt="A picture"' in body
    with default_storage.open(src[len(settings.MEDIA_URL) :]) as fh:
        stored = PILImage.open(fh)
        assert (stored.format, stored.size) == ("WEBP", (40, 30))
    assert report.created == 1 and report.notes == []


def test_it_does_not_fetch_a_stored_picture_again_for_a_new_version(server, loopback_is_public):
    server.serve("/photo.png", png(), Content_Type="image/png")
    body = body_with(server.url("/photo.png"))

    store_items([make_item("urn:p:2", body_html=body)])
    again = store_items([make_item("urn:p:2", body_html=body)])

    assert again.unchanged == 1
    assert len(server.requests) == 1


def test_it_drops_a_decompression_bomb_with_a_note(server, loopback_is_public):
    server.serve("/bomb.png", png_bomb(), Content_Type="image/png")

    report = store_items([make_item("urn:p:3", body_html=body_with(server.url("/bomb.png")))])

    body = WireItem.objects.get().body_html
    assert "<img" not in body and "after 0." in body
    assert report.created == 1
    assert len(report.notes) == 1 and "urn:p:3" in report.notes[0] and "pixels" in report.notes[0]


def test_it_refuses_a_bomb_under_pillows_own_limit_before_decoding_it():
    # 64 megapixels: below Pillow's built-in refusal (179 MP), above ours.
    with pytest.raises(PictureError, match=str(MAX_PICTURE_PIXELS)):
        decode_picture(png_bomb(8_000, 8_000))


def test_it_drops_what_is_not_a_picture(server, loopback_is_public):
    server.serve("/page.png", b"<html><script>alert(1)</script></html>", Content_Type="image/png")

    report = store_items([make_item("urn:p:4", body_html=body_with(server.url("/page.png")))])

    assert "<img" not in WireItem.objects.get().body_html
    assert "not a usable picture" in report.notes[0]


def test_it_drops_a_picture_that_redirects_to_a_private_address(server, loopback_is_public):
    server.serve("/moved.png", b"", status=302, Location="http://10.0.0.1/photo.png")

    report = store_items([make_item("urn:p:5", body_html=body_with(server.url("/moved.png")))])

    assert "<img" not in WireItem.objects.get().body_html
    assert "private address" in report.notes[0]


def test_it_refuses_loopback_for_a_public_source(server):
    server.serve("/photo.png", png(), Content_Type="image/png")
    source = Source.objects.create(name="Feed", kind="feed", location="https://example.org/feed", agency="AG")

    report = store_items([make_item("urn:p:6", body_html=body_with(server.url("/photo.png")))], source=source)

    assert "loopback" in report.notes[0]
    assert server.requests == []


def test_it_fetches_from_a_source_allowed_private_networks(server):
    server.serve("/photo.png", png(), Content_Type="image/png")
    source = Source.objects.create(
        name="Intranet", kind="feed", location="http://127.0.0.1/feed", agency="AG", allow_private_network=True
    )

    report = store_items([make_item("urn:p:7", body_html=body_with(server.url("/photo.png")))], source=source)

    assert report.notes == []
    assert "/media/wire-pictures/" in WireItem.objects.get().body_html


def test_it_drops_relative_pictures_and_keeps_our_own():
    ours = settings.MEDIA_URL + "wire-pictures/" + "a" * 64 + ".webp"

    html, notes = localise_body_pictures(body_with("/admin/logout/", ours) + "<p>&lt;script&gt; stays text</p>")

    assert html.count("<img") == 1 and ours in html
    assert "/admin/logout/" not in html and "not an absolute" in notes[0]
    assert "&lt;script&gt; stays text" in html


def test_it_names_only_our_hosts_in_the_reader_csp(client: Client) -> None:
    image_directive = next(d.strip() for d in READER_CSP.split(";") if d.strip().startswith("img-src"))

    assert image_directive == "img-src 'self'"
    assert client.get("/").headers["Content-Security-Policy"] == READER_CSP


def test_it_fetches_a_failing_picture_once_per_ingest(server, loopback_is_public):
    server.serve("/gone.png", b"", status=404)
    body = body_with(server.url("/gone.png"))

    report = store_items([make_item(f"urn:p:gone:{n}", body_html=body) for n in range(3)])

    assert len(server.requests) == 1
    assert len(report.notes) == 3 and all("HTTP 404" in note for note in report.notes)
