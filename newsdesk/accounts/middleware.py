"""A Content-Security-Policy for the staff pages the reader policy leaves alone.

Django 5.2's admin ships its scripts as files (its constants travel in
``data-`` attributes and JSON script blocks, which a CSP does not block), so
the staff policy can be as strict as the readers': no inline script at all.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

ADMIN_PREFIX = "/admin/"
STAFF_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        # Our own media and the admin's inline SVG icons; no other host.
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class StaffContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIX):
            response.headers.setdefault("Content-Security-Policy", STAFF_CSP)
        return response
