"""A loopback HTTP server that records the PURGE requests it gets, as a front cache would receive them."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Purges:
    url: str
    received: list[tuple[str, bool]] = field(default_factory=list)  # (keys, soft)

    def hard(self) -> set[str]:
        return {k for keys, soft in self.received if not soft for k in keys.split()}

    def soft(self) -> set[str]:
        return {k for keys, soft in self.received if soft for k in keys.split()}


@contextmanager
def purge_recorder() -> Iterator[Purges]:
    purges = Purges(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_PURGE(self) -> None:
            purges.received.append((self.headers.get("xkey", ""), self.headers.get("xkey-soft") == "1"))
            self.send_response(200)
            self.send_header("xkey-purged", "1")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    purges.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield purges
    finally:
        server.shutdown()
        server.server_close()
