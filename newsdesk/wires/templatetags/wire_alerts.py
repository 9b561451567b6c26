"""``{% desk_alerts %}``: open desk alerts, for the top of the desk inbox."""

from __future__ import annotations

from typing import Any

from django import template

from newsdesk.wires.alerts import open_alerts

register = template.Library()


@register.inclusion_tag("wires/includes/desk_alerts.html")
def desk_alerts() -> dict[str, Any]:
    return {"alerts": open_alerts()}
