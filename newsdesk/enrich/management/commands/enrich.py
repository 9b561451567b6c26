from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from newsdesk.enrich.clusters import best_match, item_features
from newsdesk.enrich.services import enrich_item, item_time
from newsdesk.lib.sanitize import plain_text
from newsdesk.wires.fetch import FetchError, fetch
from newsdesk.wires.parsers import DocumentError, UnknownFormat, parse_document, registered_formats


class Command(BaseCommand):
    help = (
        "Parse one wire document (a file or an http(s) URL) without storing it and print one JSON line per "
        "item: places, editions, sector with its evidence, people, organisations, proposed headline and "
        "standfirst, and the stored story cluster it would join."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("target", metavar="PATH_OR_URL")
        parser.add_argument("--format", choices=("auto", *registered_formats()), default="auto")
        parser.add_argument("--agency", default="", help="Agency name for items that name none.")
        parser.add_argument("--no-llm", action="store_true", help="Do not ask the LLM endpoint even if configured.")
        parser.add_argument(
            "--allow-private-network", action="store_true", help="Allow fetching from private and loopback addresses."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        data, base_url, content_type = self._read(options["target"], options["allow_private_network"])
        try:
            result = parse_document(
                data, options["format"], agency=options["agency"], base_url=base_url, content_type=content_type
            )
        except (DocumentError, UnknownFormat) as exc:
            raise CommandError(f"{options['target']}: {exc}") from exc
        for rejection in result.rejections:
            self.stderr.write(f"rejected {rejection.guid or '(no guid)'}: {rejection.reason}")
        for item in result.items:
            enrichment = enrich_item(item, use_llm=not options["no_llm"])
            found = item_features(
                item.headline,
                plain_text(item.body_html) or item.summary,
                item_time(item) or timezone.now(),
                item.language,
            )
            match = best_match(found)
            line = {"guid": item.guid, "agency": item.agency, **enrichment.as_dict()}
            # The cluster it would join and why: score, cosine of the embeddings, names in common.
            line["cluster"] = match.evidence() if match is not None else None
            self.stdout.write(json.dumps(line, ensure_ascii=False, default=str))

    def _read(self, target: str, allow_private: bool) -> tuple[bytes, str, str]:
        if urlsplit(target).scheme.lower() in ("http", "https"):
            try:
                response = fetch(target, allow_private=allow_private)
            except FetchError as exc:
                raise CommandError(f"{target}: {exc}") from exc
            if not 200 <= response.status < 300:
                raise CommandError(f"{target}: HTTP {response.status}")
            return response.body, response.url, response.content_type
        path = Path(target)
        if not path.is_file():
            raise CommandError(f"{target}: no such file")
        return path.read_bytes(), "", ""
