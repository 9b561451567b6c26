"""The client's address, resolved through the trusted-proxy settings.

Every limit and every stored reader address goes through this one helper.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


def _networks(values: list[str]) -> list[IPNetwork]:
    return [ipaddress.ip_network(v, strict=False) for v in values]


def _parse(value: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(value.strip())
    except ValueError:
        return None


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, unless a proxy header is configured and the request came through it.

    With ``NEWSDESK_TRUSTED_PROXY_HEADER`` (e.g. ``HTTP_X_FORWARDED_FOR``) set, the
    client is the right-most hop that is not one of our proxies: everything to
    its left was written by the client and may be forged. ``NEWSDESK_TRUSTED_PROXIES``
    lists our proxies (addresses or networks); when empty, the peer that connected
    (REMOTE_ADDR) is taken to be the one proxy.
    """
    remote = request.META.get("REMOTE_ADDR", "") or ""
    header: str = getattr(settings, "NEWSDESK_TRUSTED_PROXY_HEADER", "")
    if not header:
        return remote
    trusted = _networks(getattr(settings, "NEWSDESK_TRUSTED_PROXIES", []))
    remote_ip = _parse(remote)
    if trusted and (remote_ip is None or not any(remote_ip in net for net in trusted)):
        # Not through our proxy: the header, if any, is the client's own words.
        return remote
    hops = [h for h in str(request.META.get(header, "")).split(",") if h.strip()]
    for hop in reversed(hops):
        ip = _parse(hop)
        if ip is None:
            # Our proxies write valid addresses; garbage here means we cannot trust the chain.
            return remote
        if not any(ip in net for net in trusted):
            return str(ip)
    return remote
