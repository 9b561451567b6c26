"""Run by test_flush_kill in a subprocess: a flush that stops at a hook and waits to be killed.

argv: <redis key prefix> <before_apply|after_apply> <file to write when paused>
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import django


def main() -> None:
    django.setup()
    from newsdesk.metrics import beacon, flush

    prefix, stage, paused = sys.argv[1:4]
    beacon.PREFIX = prefix

    def pause(key: str) -> None:
        Path(paused).write_text(key)
        time.sleep(600)  # the test kills us with SIGKILL here

    setattr(flush, stage, pause)
    flush.flush_views()


if __name__ == "__main__":
    main()
