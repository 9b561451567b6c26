"""What the newsroom does when the wires announce a change to an item.

The wires app sends these after its transaction commits, so a takedown never
follows a kill that was rolled back.
"""

from __future__ import annotations

import logging
from typing import Any

from newsdesk.newsroom import services
from newsdesk.wires.models import WireItem

logger = logging.getLogger(__name__)


def on_wire_item_withdrawn(sender: Any, item: WireItem, **kwargs: Any) -> None:
    """An agency kill takes down every published or scheduled story built on the item: 410 at once."""
    count = services.withdraw_articles_built_on(item)
    if count:
        logger.warning("agency kill of wire item %s withdrew %d article(s)", item.pk, count)


def on_wire_item_released(sender: Any, item: WireItem, **kwargs: Any) -> None:
    """An embargo lifted: the item may now qualify for its source's automatic desk policy."""
    try:
        services.apply_policies(item)
    except Exception:
        # The periodic apply_desk_policies task retries it; the release itself must not fail.
        logger.exception("desk policy on released wire item %s failed", item.pk)
