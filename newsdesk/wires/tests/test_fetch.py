"""The safe HTTP client, against a real HTTP server on loopback."""

from __future__ import annotations

import gzip
import ipaddress
import time
import zlib

import pytest

from newsdesk.wires import fetch as fetch_module
from newsdesk.wires.fetch import FetchError, RefusedAddress, fetch
from newsdesk.wires.tests.support import loopback_server


@pytest.fixture
def server():
    with loopback_server() as server:
        yield server


@pytest.fixture
def loopback_is_public(monkeypatch):
    """Pretend 127.0.0.1 is a public address, so a test can follow a public hop to a private one."""
    real = fetch_module.address_refusal

    def refusal(ip):
        return "" if ip == ipaddress.ip_address("127.0.0.1") else real(ip)

    monkeypatch.setattr(fetch_module, "address_refusal", refusal)


def test_it_fetches_from_loopback_when_allowed(server):
    server.serve("/feed", b"<rss/>", Content_Type="application/rss+xml", ETag='"v1"', Last_Modified="Sun, 01 Mar 2026")

    result = fetch(server.url("/feed"), allow_private=True)

    assert (result.status, result.body, result.etag) == (200, b"<rss/>", '"v1"')
    assert result.content_type == "application/rss+xml"
    assert result.last_modified == "Sun, 01 Mar 2026"
    assert result.url == server.url("/feed")
    assert result.permanent_url == ""


def test_it_refuses_loopback_unless_allowed(server):
    server.serve("/feed", b"<rss/>")

    with pytest.raises(RefusedAddress, match="loopback"):
        fetch(server.url("/feed"))
    assert server.requests == []


@pytest.mark.parametrize(
    "url",
    ["http://10.1.2.3/feed", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[::ffff:10.0.0.1]/"],
)
def test_it_refuses_private_and_link_local_addresses(url):
    with pytest.raises(RefusedAddress):
        fetch(url, deadline_s=2)


def test_it_refuses_a_host_when_any_of_its_addresses_is_private(monkeypatch):
    monkeypatch.setattr(fetch_module, "_resolve", lambda host, port, timeout: ["93.184.216.34", "10.0.0.5"])

    with pytest.raises(RefusedAddress, match=r"10\.0\.0\.5"):
        fetch("http://wires.example.com/feed")


def test_it_connects_to_the_address_it_checked(server, monkeypatch, loopback_is_public):
    # A rebinding resolver: public on the check, private on any later lookup.
    answers = iter([["127.0.0.1"]])
    monkeypatch.setattr(fetch_module, "_resolve", lambda host, port, timeout: next(answers, ["10.0.0.1"]))
    server.serve("/feed", b"ok")
    port = server.server.server_address[1]

    result = fetch(f"http://wires.example.com:{port}/feed")

    assert result.body == b"ok"
    assert server.requests[0][1]["Host"] == f"wires.example.com:{port}"


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/feed", "gopher://example.org/", "//x/y"])
def test_it_refuses_schemes_other_than_http(url):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url)


def test_it_refuses_credentials_in_the_url():
    with pytest.raises(FetchError, match="credentials"):
        fetch("http://user:secret@example.org/feed")


def test_it_sends_validators_and_reports_not_modified(server):
    @server.route("/feed")
    def handler(request):
        fresh = request.headers.get("If-None-Match") == '"v1"'
        request.send_response(304 if fresh else 200)
        request.send_header("ETag", '"v1"')
        request.send_header("Content-Length", "0" if fresh else "4")
        request.end_headers()
        if not fresh:
            request.wfile.write(b"body")

    result = fetch(server.url("/feed"), etag='"v1"', last_modified="Sun, 01 Mar 2026", allow_private=True)

    assert result.not_modified
    assert result.body == b""
    assert server.requests[0][1]["If-Modified-Since"] == "Sun, 01 Mar 2026"


@pytest.mark.parametrize(
    ("encoding", "compress"),
    [
        ("gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda data: zlib.compress(data)[2:-4]),  # raw deflate, as some servers send it
    ],
)
def test_it_decompresses_the_body(server, encoding, compress):
    body = b"<rss>" + b"news " * 10_000 + b"</rss>"
    server.serve("/feed", compress(body), Content_Encoding=encoding)

    result = fetch(server.url("/feed"), allow_private=True)

    assert result.body == body
    assert result.bytes_read < len(body)


def test_it_stops_a_slow_drip_at_the_deadline(server):
    @server.route("/slow")
    def handler(request):
        request.send_response(200)
        request.send_header("Content-Length", "1000")
        request.end_headers()
        for _ in range(1000):
            request.wfile.write(b"x")
            request.wfile.flush()
            time.sleep(0.1)

    started = time.monotonic()
    with pytest.raises(FetchError, match="deadline"):
        fetch(server.url("/slow"), allow_private=True, deadline_s=1)

    assert time.monotonic() - started < 3


def test_it_stops_dripping_headers_at_the_deadline(server):
    @server.route("/slow-headers")
    def handler(request):
        request.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for n in range(1000):
            request.wfile.write(f"X-Drip-{n}: y\r\n".encode())
            request.wfile.flush()
            time.sleep(0.1)

    started = time.monotonic()
    with pytest.raises(FetchError, match="deadline"):
        fetch(server.url("/slow-headers"), allow_private=True, deadline_s=1)

    assert time.monotonic() - started < 3


def test_it_caps_the_bytes_of_a_huge_response(server):
    @server.route("/huge")
    def handler(request):
        # No Content-Length: the cap must hold while streaming, not just on the header.
        request.send_response(200)
        request.send_header("Connection", "close")
        request.end_headers()
        for _ in range(200):
            request.wfile.write(b"x" * 65536)

    with pytest.raises(FetchError, match="more than 1048576 bytes"):
        fetch(server.url("/huge"), allow_private=True, max_bytes=1024 * 1024)


def test_it_refuses_a_declared_length_over_the_cap(server):
    server.serve("/big", b"x" * 200_000)

    with pytest.raises(FetchError, match="the limit is 100000"):
        fetch(server.url("/big"), allow_private=True, max_bytes=100_000)


def test_it_caps_a_gzip_bomb(server):
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100_000
    server.serve("/bomb", bomb, Content_Encoding="gzip")

    with pytest.raises(FetchError, match="decompresses to more than"):
        fetch(server.url("/bomb"), allow_private=True, max_bytes=1024 * 1024)


def test_it_follows_redirects_and_reports_a_permanent_move(server):
    server.serve("/old", b"", status=301, Location="/new")
    server.serve("/new", b"<rss/>")

    result = fetch(server.url("/old"), allow_private=True)

    assert result.body == b"<rss/>"
    assert result.url == server.url("/new")
    assert result.permanent_url == server.url("/new")


def test_it_keeps_the_url_after_a_temporary_redirect(server):
    server.serve("/moved", b"", status=301, Location="/temp")
    server.serve("/temp", b"", status=302, Location="/final")
    server.serve("/final", b"<rss/>")

    result = fetch(server.url("/moved"), allow_private=True)

    assert result.url == server.url("/final")
    assert result.permanent_url == server.url("/temp")


def test_it_caps_redirects(server):
    for n in range(10):
        server.serve(f"/r{n}", b"", status=302, Location=f"/r{n + 1}")

    with pytest.raises(FetchError, match="more than 3 redirects"):
        fetch(server.url("/r0"), allow_private=True, max_redirects=3)
    assert len(server.requests) == 4


@pytest.mark.parametrize(
    "target", ["http://127.0.0.2:9/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/admin"]
)
def test_it_refuses_a_redirect_to_a_private_address(server, loopback_is_public, target):
    server.serve("/feed", b"", status=302, Location=target)

    with pytest.raises(RefusedAddress):
        fetch(server.url("/feed"))
    assert len(server.requests) == 1


def test_it_refuses_a_redirect_to_another_scheme(server):
    server.serve("/feed", b"", status=301, Location="file:///etc/passwd")

    with pytest.raises(FetchError, match="only http and https"):
        fetch(server.url("/feed"), allow_private=True)


@pytest.mark.parametrize(("value", "seconds"), [("120", 120), ("Wed, 21 Oct 2099 07:28:00 GMT", None)])
def test_it_reads_retry_after(server, value, seconds):
    server.serve("/busy", b"", status=503, Retry_After=value)

    result = fetch(server.url("/busy"), allow_private=True)

    assert result.status == 503
    assert result.retry_after is not None
    if seconds is not None:
        assert result.retry_after.total_seconds() == seconds
    else:
        assert result.retry_after.days > 365


def test_it_reports_a_refused_connection():
    with pytest.raises(FetchError, match="cannot connect"):
        fetch("http://127.0.0.1:9/", allow_private=True, deadline_s=2)
