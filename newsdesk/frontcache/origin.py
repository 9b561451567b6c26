"""CSRF protection for reader forms without a per-visitor token.

Decision: the reader forms (newsletter sign-up in every page's footer,
feedback, confirm, preferences) carry no CSRF token, because a token means a
cookie and a per-visitor page, and then no anonymous page could be shared by
the front cache. Instead a POST must come from our own origin, as told by the
browser itself: ``Sec-Fetch-Site`` (sent by every current browser, not
settable by page script) must be ``same-origin`` or ``none`` (typed or
bookmarked); failing that header, ``Origin`` must name this host, the check
Django's CsrfViewMiddleware makes first. A POST with neither header does not
come from a browser page that a cross-site attacker controls (browsers send
Origin on every cross-origin POST), so it is let through to the form's own
validation and rate limits. Staff forms keep Django's token-based CSRF.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from urllib.parse import urlsplit

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt

View = Callable[..., HttpResponse]


def is_same_origin(request: HttpRequest) -> bool:
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None:
        return site in ("same-origin", "none")
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    parts = urlsplit(origin)
    return parts.scheme == request.scheme and parts.netloc == request.get_host()


def same_origin_post(view: View) -> View:
    """Refuse a cross-site POST with a 403 page; GETs pass untouched."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        if request.method == "POST" and not is_same_origin(request):
            return render(request, "frontcache/cross_site.html", status=403)
        return view(request, *args, **kwargs)

    return csrf_exempt(wrapped)
