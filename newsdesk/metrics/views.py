"""The view beacon: a 1x1 GIF requested by the article page, answered without the database."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from newsdesk.metrics.beacon import client_tag, count_view
from newsdesk.metrics.services import is_probably_bot
from newsdesk.ratelimit.client import client_ip

# The smallest transparent GIF (43 bytes).
PIXEL = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")
MAX_ARTICLE_ID = 2**63 - 1


@require_safe
def view_beacon(request: HttpRequest, article_id: int) -> HttpResponse:
    agent = request.headers.get("User-Agent", "")
    # HEAD is a link checker's probe, not a reader's view.
    if request.method == "GET" and 0 < article_id <= MAX_ARTICLE_ID and not is_probably_bot(agent):
        count_view(article_id, client_tag(client_ip(request), agent))
    response = HttpResponse(PIXEL, content_type="image/gif")
    # Never cached, by the front cache or the browser: each view must reach us.
    response["Cache-Control"] = "no-store, private"
    return response
