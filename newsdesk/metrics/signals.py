"""Signals of the metrics app."""

from __future__ import annotations

from django.dispatch import Signal

# Sent by the view flush after new counts reached the hourly buckets, so the
# front cache can purge what shows Trending (the side columns).
trending_refreshed = Signal()
