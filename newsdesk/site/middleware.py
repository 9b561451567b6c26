from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse


def image_sources() -> str:
    """Our hosts only: 'self', and the media host when media is served from another origin.

    Wire pictures are fetched and stored in our media (``wires.pictures``), so
    no page needs a picture from anyone else's host; a reader's browser tells
    no third party what it reads.
    """
    media = urlsplit(settings.MEDIA_URL)
    if media.scheme in ("http", "https") and media.netloc:
        return f"'self' {media.scheme}://{media.netloc}"
    return "'self'"


# Defence in depth behind the sanitiser: even if markup slipped through, the
# browser would run no inline or third-party script on a reader's page.
READER_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src {image_sources()}",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        # The admin ships its own inline scripts; it is for staff, not readers.
        if not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", READER_CSP)
        return response
