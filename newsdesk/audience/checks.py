from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.apps import AppConfig
from django.conf import settings
from django.core.checks import CheckMessage, Warning, register


@register()
def check_unsubscribe_links(
    *, app_configs: Sequence[AppConfig] | None = None, databases: Sequence[str] | None = None, **kwargs: Any
) -> Sequence[CheckMessage]:
    # RFC 8058 one-click unsubscribe needs an HTTPS List-Unsubscribe URL; mail
    # providers ignore (or distrust) a digest whose link is plain HTTP.
    if settings.DEBUG or settings.NEWSDESK_SITE_URL.startswith("https://"):
        return []
    return [
        Warning(
            f"NEWSDESK_SITE_URL={settings.NEWSDESK_SITE_URL!r} is not HTTPS, so newsletter digests "
            "carry a one-click unsubscribe link mail providers will not use.",
            hint="Set NEWSDESK_SITE_URL to the site's https:// address.",
            id="audience.W001",
        )
    ]
