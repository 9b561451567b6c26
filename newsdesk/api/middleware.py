"""What every /api/ response shares: a rate limit, CORS for reads, ETags.

Scoped by path so the reader site and the admin are untouched.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, set_response_etag

from newsdesk.ratelimit import limiter
from newsdesk.ratelimit.client import client_ip

API_PREFIX = "/api/"
READ_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, Accept",
    "Access-Control-Expose-Headers": "ETag, Retry-After",
    "Access-Control-Max-Age": "86400",
}


class ApiMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        retry_after = _over_limit(request)
        if retry_after:
            response: HttpResponse = HttpResponse(
                b'{"detail":"Too many requests"}', status=429, content_type="application/json"
            )
            response["Retry-After"] = str(retry_after)
        elif request.method == "OPTIONS":
            # A CORS preflight: answered here, the API itself only knows GET.
            response = HttpResponse(status=204)
        else:
            response = self.get_response(request)
            if response.status_code == 404 and not response.get("Content-Type", "").startswith("application/json"):
                # A path no operation matches (e.g. /articles/abc): answer in the
                # API's own language, not with the reader site's HTML 404 page.
                response = HttpResponse(b'{"detail":"Not Found"}', status=404, content_type="application/json")
            if request.method in ("GET", "HEAD") and response.status_code == 200 and not response.streaming:
                # A strong ETag of the body: clients and caches revalidate for free.
                set_response_etag(response)
                response = get_conditional_response(request, etag=response.get("ETag"), response=response) or response
        if request.method in READ_METHODS:
            for header, value in CORS_HEADERS.items():
                response[header] = value
        return response


def _over_limit(request: HttpRequest) -> int:
    """Seconds until the client may try again, or 0: a fixed window per client address, shared by every process."""
    return limiter.hit(
        "api",
        client_ip(request),
        limit=settings.NEWSDESK_API_RATE_LIMIT,
        window=settings.NEWSDESK_API_RATE_WINDOW_SECONDS,
    )
