"""A small HTTP client for fetching agency documents from addresses we do not control.

Every hop of a fetch is checked before we connect: http or https only, and the
host's every resolved address public (unless the source is explicitly allowed
private networks). We then connect to the address we checked, never resolve
the name again, so a DNS answer that changes between check and connect (DNS
rebinding) cannot point us at the admin interface of something on our network.

The body is read from the raw stream with a byte cap on what crosses the wire
and, separately, on what it decompresses to (a 10 KB gzip bomb can expand to
gigabytes); a watchdog closes the socket when the total deadline passes, so a
server dripping one byte a second cannot hold a worker.

Standard library only (http.client, ssl, zlib): nothing here is worth a dependency.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import email.utils
import http.client
import ipaddress
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from django.conf import settings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
READ_SIZE = 64 * 1024


class FetchError(Exception):
    """The fetch failed or was refused; the message says why, for the source's last error."""


class RefusedAddress(FetchError):
    pass


@dataclasses.dataclass(slots=True)
class FetchResult:
    url: str  # where the body came from, after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    # Set when every redirect from the requested URL to ``url`` was permanent
    # (301/308): the address to store instead of the one we asked for.
    permanent_url: str = ""
    retry_after: dt.timedelta | None = None
    bytes_read: int = 0  # on the wire, before decompression

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def address_refusal(ip: IPAddress) -> str:
    """Why ``ip`` must not be fetched from a public source; "" when it may."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_private:
        return "a private address"
    if ip.is_multicast or ip.is_unspecified or ip.is_reserved or not ip.is_global:
        return "not a public address"
    return ""


def _resolve(host: str, port: int, timeout: float) -> list[str]:
    """getaddrinfo with a deadline: the resolver has none of its own."""
    result: list[str] = []
    error: list[BaseException] = []

    def run() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            result.extend(dict.fromkeys(str(info[4][0]) for info in infos))
        except OSError as exc:
            error.append(exc)

    thread = threading.Thread(target=run, daemon=True, name=f"resolve {host}")
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise FetchError(f"resolving {host} took longer than the deadline")
    if error:
        raise FetchError(f"cannot resolve {host}: {error[0]}")
    if not result:
        raise FetchError(f"{host} has no addresses")
    return result


def checked_addresses(host: str, port: int, *, allow_private: bool, timeout: float) -> list[str]:
    """The addresses to connect to; refuses the host if ANY of them is not public.

    Every address is checked, not just the first: a name that answers with one
    public and one private address would otherwise be a coin toss.
    """
    try:
        literal: IPAddress | None = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        literal = None
    addresses = [str(literal)] if literal is not None else _resolve(host, port, timeout)
    if allow_private:
        return addresses
    for address in addresses:
        reason = address_refusal(ipaddress.ip_address(address.split("%", 1)[0]))
        if reason:
            raise RefusedAddress(
                f"refused {host} ({address}): {reason}; allow private networks on the source to fetch it"
            )
    return addresses


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to a checked address while sending the real Host header."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, timeout: float, context: ssl.SSLContext) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self._address = address
        self._tls = context

    def connect(self) -> None:
        raw = socket.create_connection((self._address, self.port), self.timeout)
        # server_hostname: SNI and certificate checks are against the name, not the address.
        self.sock = self._tls.wrap_socket(raw, server_hostname=self.host)


def _retry_after(value: str | None, now: dt.datetime) -> dt.timedelta | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return dt.timedelta(seconds=int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(when - now, dt.timedelta(0))


class _Decoder:
    """Content-Encoding decoder with a cap on the output, fed one network chunk at a time."""

    def __init__(self, encoding: str, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.out = bytearray()
        self.encoding = encoding
        self._z: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)
        elif encoding not in ("", "identity"):
            raise FetchError(f"unsupported Content-Encoding {encoding!r}")
        self._started = False

    def feed(self, data: bytes) -> None:
        if self._z is None:
            self._append(data)
            return
        if self.encoding == "deflate" and not self._started:
            # "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
            self._started = True
            if len(data) < 2 or (data[0] & 0x0F) != 8 or (data[0] * 256 + data[1]) % 31:
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        while data:
            try:
                # max_length bounds each step's output, so a bomb never expands in memory.
                chunk = self._z.decompress(data, self.max_bytes - len(self.out) + 1)
            except zlib.error as exc:
                raise FetchError(f"the {self.encoding} body is corrupt: {exc}") from None
            self._append(chunk)
            data = self._z.unconsumed_tail
            if self._z.eof and self._z.unused_data:
                # A second gzip member follows (concatenated gzip is legal).
                data = self._z.unused_data
                self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def finish(self) -> bytes:
        if self._z is not None:
            self._append(self._z.flush())
        return bytes(self.out)

    def _append(self, chunk: bytes) -> None:
        self.out += chunk
        if len(self.out) > self.max_bytes:
            raise FetchError(f"the body decompresses to more than {self.max_bytes} bytes")


def fetch(
    url: str,
    *,
    etag: str = "",
    last_modified: str = "",
    allow_private: bool = False,
    deadline_s: float | None = None,
    max_bytes: int | None = None,
    max_redirects: int | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> FetchResult:
    """GET ``url`` safely; returns the final response (2xx, 304 or an error status).

    Raises :class:`FetchError` for what is not an HTTP answer: a refused scheme
    or address, too many redirects, a deadline or byte cap passed, a network error.
    """
    deadline_s = deadline_s if deadline_s is not None else settings.NEWSDESK_WIRES_FETCH_DEADLINE_SECONDS
    max_bytes = max_bytes if max_bytes is not None else settings.NEWSDESK_WIRES_FETCH_MAX_BYTES
    max_redirects = max_redirects if max_redirects is not None else settings.NEWSDESK_WIRES_FETCH_MAX_REDIRECTS
    deadline = clock() + deadline_s
    current = url
    permanent_url = ""
    all_permanent = True
    for hop in range(max_redirects + 1):
        result = _fetch_once(
            current,
            etag=etag,
            last_modified=last_modified,
            allow_private=allow_private,
            deadline=deadline,
            max_bytes=max_bytes,
            clock=clock,
        )
        if result.status in REDIRECT_STATUSES and result.url != current:
            all_permanent = all_permanent and result.status in PERMANENT_REDIRECTS
            if all_permanent:
                permanent_url = result.url
            if hop == max_redirects:
                break
            current = result.url
            continue
        result.permanent_url = permanent_url if permanent_url and permanent_url != url else ""
        return result
    raise FetchError(f"more than {max_redirects} redirects, starting at {url}")


def _fetch_once(
    url: str,
    *,
    etag: str,
    last_modified: str,
    allow_private: bool,
    deadline: float,
    max_bytes: int,
    clock: Callable[[], float],
) -> FetchResult:
    """One request. A redirect comes back as a result whose ``url`` is the Location, resolved."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"refused {url[:200]!r}: only http and https URLs are fetched")
    if parts.username or parts.password:
        raise FetchError("refused a URL with credentials in it; agencies' logins belong in settings, not URLs")
    host = parts.hostname
    if not host:
        raise FetchError(f"refused {url[:200]!r}: no host")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise FetchError(f"refused {url[:200]!r}: bad port") from None

    remaining = deadline - clock()
    if remaining <= 0:
        raise FetchError("the fetch deadline passed")
    addresses = checked_addresses(host, port, allow_private=allow_private, timeout=remaining)

    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    headers = {
        "User-Agent": settings.NEWSDESK_WIRES_USER_AGENT,
        "Accept": "*/*",
        "Accept-Encoding": "gzip, deflate",
        "Connection": "close",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified

    last_error: OSError | None = None
    for address in addresses:
        remaining = deadline - clock()
        if remaining <= 0:
            raise FetchError("the fetch deadline passed")
        conn: http.client.HTTPConnection
        if scheme == "https":
            conn = _PinnedHTTPSConnection(host, port, address, remaining, ssl.create_default_context())
        else:
            conn = _PinnedHTTPConnection(host, port, address, remaining)
        # The watchdog is what makes the deadline total: socket timeouts only
        # bound each read, and a slow drip never trips them.
        expired = threading.Event()

        def kill(conn: http.client.HTTPConnection = conn, expired: threading.Event = expired) -> None:
            expired.set()
            sock = conn.sock
            if sock is not None:
                with contextlib.suppress(OSError):  # already closed: nothing left to stop
                    sock.shutdown(socket.SHUT_RDWR)

        watchdog = threading.Timer(remaining, kill)
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.request("GET", target, headers=headers)
            response = conn.getresponse()
            result = _read_response(url, response, max_bytes=max_bytes, deadline=deadline, clock=clock)
            if expired.is_set():
                # The watchdog's shutdown reads as a clean end of stream; the body is cut short.
                raise FetchError(f"the fetch deadline passed while reading {url[:200]}")
            return result
        except ConnectionRefusedError as exc:
            last_error = exc  # try the host's next address
            continue
        except FetchError:
            if expired.is_set():
                raise FetchError(f"the fetch deadline passed while reading {url[:200]}") from None
            raise
        except (OSError, http.client.HTTPException) as exc:
            if expired.is_set() or clock() >= deadline:
                raise FetchError(f"the fetch deadline passed while reading {url[:200]}") from None
            raise FetchError(f"network error fetching {url[:200]}: {type(exc).__name__}: {exc}") from None
        finally:
            watchdog.cancel()
            conn.close()
    raise FetchError(f"cannot connect to {host}: {last_error}")


def _read_response(
    url: str, response: http.client.HTTPResponse, *, max_bytes: int, deadline: float, clock: Callable[[], float]
) -> FetchResult:
    status = response.status
    result = FetchResult(
        url=url,
        status=status,
        content_type=response.getheader("Content-Type", "") or "",
        etag=response.getheader("ETag", "") or "",
        last_modified=response.getheader("Last-Modified", "") or "",
        retry_after=_retry_after(response.getheader("Retry-After"), dt.datetime.now(dt.UTC)),
    )
    if status in REDIRECT_STATUSES:
        location = response.getheader("Location")
        if location:
            result.url = urljoin(url, location.strip())
        return result
    if not 200 <= status < 300:
        return result  # 304 has no body; an error page's body is of no use to us

    length = response.getheader("Content-Length")
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise FetchError(f"the response is {int(length)} bytes; the limit is {max_bytes}")
    encoding = (response.getheader("Content-Encoding", "") or "").strip().lower()
    decoder = _Decoder(encoding, max_bytes)
    wire_bytes = 0
    while True:
        if clock() >= deadline:
            raise FetchError(f"the fetch deadline passed while reading {url[:200]}")
        chunk = response.read1(READ_SIZE)
        if not chunk:
            break
        wire_bytes += len(chunk)
        if wire_bytes > max_bytes:
            raise FetchError(f"the response is more than {max_bytes} bytes")
        decoder.feed(chunk)
    if response.length:  # http.client counts down Content-Length; what is left never arrived
        raise FetchError(f"the response from {url[:200]} ended {response.length} bytes early")
    result.body = decoder.finish()
    result.bytes_read = wire_bytes
    return result
