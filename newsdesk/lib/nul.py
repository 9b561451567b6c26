"""Refuse requests carrying NUL bytes: no page, filter or form has a use for one.

A NUL reaching the database is an error on PostgreSQL ("A string literal cannot contain
NUL") and a surprise elsewhere, so every view that passes a filter through would answer
500. One check at the door answers 400 instead, for every view present and future.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.http.multipartparser import MultiPartParserError

logger = logging.getLogger(__name__)

_NUL = "\x00"


def _has_nul(request: HttpRequest) -> bool:
    if _NUL in request.path_info:
        return True
    if any(_NUL in key or any(_NUL in value for value in values) for key, values in request.GET.lists()):
        return True
    # Only plain forms: reading a multipart body here would parse uploads before the view.
    if request.method == "POST" and request.content_type == "application/x-www-form-urlencoded":
        return any(_NUL in key or any(_NUL in value for value in values) for key, values in request.POST.lists())
    return False


class RejectNulMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            refused = _has_nul(request)
        except (MultiPartParserError, UnicodeDecodeError, ValueError):
            refused = True
        if refused:
            logger.info("Refused a request with a NUL byte: %s", request.path_info.replace(_NUL, "\\x00")[:200])
            if request.path_info.startswith("/api/"):
                # API clients read JSON errors, as the OpenAPI document promises.
                return JsonResponse({"detail": "NUL byte in the address or parameters"}, status=400)
            return HttpResponseBadRequest("Bad request: NUL byte in the address or form.", content_type="text/plain")
        return self.get_response(request)
