"""``newsdesk worker``: the Huey consumer with the project's settings (``settings.HUEY``).

The same options as djhuey's ``run_huey`` (``--workers``, ``--worker-type`` …),
which this is; one command name to remember in deployment docs and `make run`.
"""

from __future__ import annotations

import logging
from typing import Any

from huey.contrib.djhuey.management.commands.run_huey import Command as RunHuey


class Command(RunHuey):
    help = "Run the background worker: wire polling, embargo release and other queued tasks."

    def handle(self, *args: Any, **options: Any) -> None:
        # run_huey gives the "huey" logger its own handler unless it has one; ours
        # go through the project's LOGGING (root), so every line is printed once.
        huey_logger = logging.getLogger("huey")
        if not huey_logger.handlers:
            huey_logger.addHandler(logging.NullHandler())
        super().handle(*args, **options)
