"""A Content-Security-Policy for the staff pages the reader policy leaves alone.

Django 5.2's admin ships its scripts as files (its constants travel in
``data-`` attributes and JSON script blocks, which a CSP does not block), so
the staff policy can be as strict as the readers': no inline script at all.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from newsdesk.ratelimit import limiter
from newsdesk.ratelimit.client import client_ip

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


LOGIN_PATH = "/admin/login/"
LOGIN_WINDOW_SECONDS = 15 * 60


class LoginThrottleMiddleware:
    """Throttle staff login attempts per client address and per account name.

    Every POST to the admin login counts, in the shared limiter (Redis or the
    database), so guessing is slow from one address and an account is locked
    for the rest of the window whatever the number of addresses used.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and request.path == LOGIN_PATH:
            retry_after = _login_retry_after(request)
            if retry_after:
                response = HttpResponse(
                    "Too many login attempts. Try again later.", status=429, content_type="text/plain; charset=utf-8"
                )
                response["Retry-After"] = str(retry_after)
                return response
        return self.get_response(request)


def _login_retry_after(request: HttpRequest) -> int:
    per_ip = limiter.hit(
        "login-ip",
        client_ip(request),
        limit=settings.NEWSDESK_LOGIN_LIMIT_PER_IP,
        window=LOGIN_WINDOW_SECONDS,
    )
    username = str(request.POST.get("username", "")).strip().casefold()[:150]
    per_account = (
        limiter.hit(
            "login-account", username, limit=settings.NEWSDESK_LOGIN_LIMIT_PER_ACCOUNT, window=LOGIN_WINDOW_SECONDS
        )
        if username
        else 0
    )
    return max(per_ip, per_account)
