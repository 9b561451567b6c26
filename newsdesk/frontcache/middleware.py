"""Cache-Control on every response: public pages for shared caches, the rest never stored.

One policy in one place instead of a decorator on each view. An anonymous GET
of a public page may be kept by the browser for a short time and by the front
cache (Varnish, a CDN) for longer, because the front cache is purged when a
story changes while a browser is not. Anything that belongs to one person
(a logged-in staff member, the desk, previews, the admin) or that sets a
cookie is ``private, no-store``: a shared cache must never hand it to someone
else. ETag and 304s come from Django's ConditionalGetMiddleware, which runs
after this one on the way out.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from newsdesk.frontcache.keys import keys_for_request
from newsdesk.frontcache.purge import add_surrogate_keys

# Never stored by anyone: staff surfaces, and the view-counting beacon (each
# request must reach the application to be counted).
PRIVATE_PREFIXES = ("/admin/", "/desk/", "/beacon/", "/accounts/")
# The read API keeps its own headers (rate limits are per client).
UNTOUCHED_PREFIXES = ("/api/",)
# Worth keeping in a shared cache: a found page, a permanent redirect, a
# missing or withdrawn story (so a kill or a crawler's 404 storm is absorbed).
CACHEABLE_STATUSES = frozenset({200, 301, 404, 410})


def is_personal(request: HttpRequest) -> bool:
    """True when the response may depend on who is asking.

    Decided from the session cookie, not ``request.user``: touching the user
    loads the session and makes Django add ``Vary: Cookie`` to every page.
    """
    return settings.SESSION_COOKIE_NAME in request.COOKIES or request.path.startswith(PRIVATE_PREFIXES)


class CacheControlMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if request.path.startswith(UNTOUCHED_PREFIXES) or response.has_header("Cache-Control"):
            return response
        shareable = (
            request.method in ("GET", "HEAD")
            and response.status_code in CACHEABLE_STATUSES
            and not response.cookies
            and not is_personal(request)
        )
        if shareable:
            patch_cache_control(
                response,
                public=True,
                max_age=settings.NEWSDESK_PAGE_MAX_AGE_SECONDS,
                s_maxage=settings.NEWSDESK_PAGE_SHARED_MAX_AGE_SECONDS,
            )
            # What the page shows, so the front cache can drop it when any of it changes (purge.py).
            add_surrogate_keys(response, *keys_for_request(request, response))
        else:
            patch_cache_control(response, private=True, no_store=True)
        return response
