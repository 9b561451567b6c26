from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand

from newsdesk.demo.loader import ensure_demo_editor, load_demo


class Command(BaseCommand):
    help = "Load the demo newsroom (idempotent) and print how to sign in to the desk."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--no-editor", action="store_true", help="Do not create the demo editor account.")

    def handle(self, *args: Any, **options: Any) -> None:
        report = load_demo()
        self.stdout.write(
            f"Demo newsroom: {report.created} stories created, {report.updated} updated, "
            f"{report.withdrawn} withdrawn, {report.scheduled} scheduled, {report.skipped} already loaded."
        )
        if not options["no_editor"]:
            username, password = ensure_demo_editor(settings.VAR_DIR)
            self.stdout.write(
                self.style.SUCCESS(
                    f"\n  Site:  {settings.NEWSDESK_SITE_URL}/\n"
                    f"  Desk:  {settings.NEWSDESK_SITE_URL}/admin/   user: {username}   password: {password}\n"
                    "  (demo account, created on first run only; the password is kept in var/demo-editor-password)\n"
                )
            )
