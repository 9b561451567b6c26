from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.functional import SimpleLazyObject

from newsdesk.site.chrome import navigation


def site_chrome(request: HttpRequest) -> dict[str, Any]:
    return {
        "site_name": settings.NEWSDESK_SITE_NAME,
        "site_tagline": settings.NEWSDESK_SITE_TAGLINE,
        "site_url": settings.NEWSDESK_SITE_URL,
        "today": timezone.localdate(),
        # Lazy: the admin and error pages never touch it, so never query it.
        "nav": SimpleLazyObject(navigation),
    }
