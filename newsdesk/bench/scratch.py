"""A throw-away Django environment for benchmarks: its own SQLite file, migrated."""

from __future__ import annotations

import os
import tempfile


def setup_scratch_django(prefix: str) -> str:
    """Point Django at a fresh database under a temp dir, set it up and migrate. Returns the dir."""
    workdir = tempfile.mkdtemp(prefix=f"newsdesk-bench-{prefix}-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/bench.sqlite3")
    os.environ["NEWSDESK_VAR_DIR"] = workdir
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
    os.environ["DEBUG"] = "false"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["DJANGO_SETTINGS_MODULE"] = "newsdesk.settings"
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0, interactive=False)
    # Production storage (hashed names) needs the manifest, as a real deployment has.
    call_command("collectstatic", verbosity=0, interactive=False)
    return workdir
