"""Shared test helpers: parsed items built by hand, and a real HTTP server on loopback."""

from __future__ import annotations

import contextlib
import datetime as dt
import http.server
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from newsdesk.wires.items import ParsedItem, PubStatus

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)


def make_item(guid: str = "urn:test:1", **fields: Any) -> ParsedItem:
    defaults: dict[str, Any] = {
        "agency": "Test Agency",
        "headline": f"Headline for {guid}",
        "body_html": f"<p>Body of {guid}</p>",
        "version": 1,
        "version_created": T0,
        "first_created": T0,
        "source_format": "rss",
        "pub_status": PubStatus.USABLE,
    }
    defaults.update(fields)
    return ParsedItem(guid=guid, **defaults)


def rss(*items: tuple[str, str], title: str = "Test feed") -> bytes:
    """A small RSS 2.0 document: (guid, title) pairs."""
    entries = "".join(
        f"<item><guid isPermaLink='false'>{guid}</guid><title>{headline}</title>"
        f"<description>&lt;p&gt;{headline} body&lt;/p&gt;</description>"
        "<pubDate>Sun, 01 Mar 2026 09:00:00 GMT</pubDate></item>"
        for guid, headline in items
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>{title}</title>"
        f"<link>http://example.org/</link><description>d</description>{entries}</channel></rss>"
    ).encode()


Handler = Callable[[http.server.BaseHTTPRequestHandler], None]


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 whose routes tests set: path -> handler."""

    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        routes, requests = self.routes, self.requests

        class RequestHandler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                requests.append((self.path, dict(self.headers)))
                handler = routes.get(self.path.split("?", 1)[0])
                if handler is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                # The client hangs up on purpose in some tests (deadline, byte cap).
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    handler(self)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), RequestHandler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.routes[path] = handler
            return handler

        return register

    def serve(self, path: str, body: bytes, status: int = 200, **headers: str) -> None:
        """A fixed response; header names use underscores for dashes (Content_Type=...)."""

        def handler(request: http.server.BaseHTTPRequestHandler) -> None:
            request.send_response(status)
            for name, value in headers.items():
                request.send_header(name.replace("_", "-"), value)
            request.send_header("Content-Length", str(len(body)))
            request.end_headers()
            request.wfile.write(body)

        self.routes[path] = handler


@contextmanager
def loopback_server() -> Iterator[LoopbackServer]:
    server = LoopbackServer()
    server.thread.start()
    try:
        yield server
    finally:
        server.server.shutdown()
        server.server.server_close()
