"""Signals other apps connect to; the wires app only sends them.

Both are sent after the transaction that changed the item commits, so a
receiver never acts on a change that was rolled back.
"""

from __future__ import annotations

from django.dispatch import Signal

# An agency killed the item (pubStatus canceled). Receivers: ``item`` (WireItem).
# The newsroom takes down every published article built on it.
wire_item_withdrawn = Signal()

# An embargoed item's embargo passed; it may be published now. Receivers: ``item``.
wire_item_released = Signal()
