"""The house 404 page in every mode.

With DEBUG on, Django answers a missing page with its technical 404, whose
inline styles the reader CSP (``style-src 'self'``) blocks, so readers and
developers saw an unstyled page. Reader paths get the site's own 404 instead;
the technical page stays for the admin, the desk and the API, and the reason is
still logged by ``django.request``.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from newsdesk.site.views import not_found

# Paths whose 404s are not reader pages (JSON, staff screens).
NOT_READER_PREFIXES = ("/admin/", "/api/", "/desk/", "/beacon/", "/static/", "/media/")


class HouseNotFoundMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            settings.DEBUG
            and response.status_code == 404
            and response.get("Content-Type", "").startswith("text/html")
            and not getattr(response, "house_page", False)
            and not request.path.startswith(NOT_READER_PREFIXES)
        ):
            return not_found(request)
        return response
