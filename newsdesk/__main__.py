"""The ``newsdesk`` console script: Django's manage.py under the project's name."""

from __future__ import annotations

import os
import sys

from django.core.exceptions import ImproperlyConfigured


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(sys.argv)
    except ImproperlyConfigured as error:
        # A configuration error is the operator's to fix: one line naming the variable
        # (the env helpers and settings word every one that way), not a traceback.
        print(f"newsdesk: configuration error: {error}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
