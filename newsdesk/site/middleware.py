from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

# Defence in depth behind the sanitiser: even if markup slipped through, the
# browser would run no inline or third-party script on a reader's page.
READER_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' https: data:",
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
