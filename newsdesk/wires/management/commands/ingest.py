from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from newsdesk.wires.parsers import registered_formats
from newsdesk.wires.services import ingest_path


class Command(BaseCommand):
    help = (
        "Ingest one wire document (a file or an http(s) URL) or every file of a folder, now, and print "
        "one JSON line of counts. Exits non-zero only when nothing could be read at all."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("target", metavar="PATH_OR_URL")
        parser.add_argument(
            "--format",
            choices=("auto", *registered_formats()),
            default="auto",
            help="Document format (default: sniff it).",
        )
        parser.add_argument("--agency", default="", help="Agency name to store on the items (default: the document's).")
        parser.add_argument(
            "--allow-private-network",
            action="store_true",
            help="Allow fetching from private, loopback and link-local addresses.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        report = ingest_path(
            options["target"],
            fmt=options["format"],
            agency=options["agency"],
            allow_private=options["allow_private_network"],
        )
        self.stdout.write(report.to_json())
        if report.documents == 0:
            for error in report.errors:
                self.stderr.write(error)
            raise CommandError("nothing could be read", returncode=1)
