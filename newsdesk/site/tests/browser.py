"""Constants for the site's browser tests: where screenshots go, how Chromium starts."""

from __future__ import annotations

import os
from pathlib import Path

SCREENSHOTS = Path(os.environ.get("NEWSDESK_SCREENSHOTS", Path(__file__).resolve().parents[3] / "var" / "screenshots"))
# Flags for a sandboxed, offline machine: no background connections to the outside.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]  # fmt: skip
