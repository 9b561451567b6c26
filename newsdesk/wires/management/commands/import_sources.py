from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from newsdesk.taxonomy.models import Edition, Sector
from newsdesk.wires.models import SOURCE_CONFIG_FIELDS, Source

FIELDS = frozenset(SOURCE_CONFIG_FIELDS)


class Command(BaseCommand):
    help = (
        "Create or update wire sources from a JSON or TOML file, matched by name. "
        'JSON: {"sources": [{...}]} or a list; TOML: [[sources]] tables. Keys: '
        + ", ".join(sorted(FIELDS))
        + " (sector and edition by slug). All or nothing: one bad entry changes nothing."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", metavar="FILE.json|FILE.toml")

    def handle(self, *args: Any, **options: Any) -> None:
        entries = _read(Path(options["file"]))
        created = updated = 0
        with transaction.atomic():
            for number, entry in enumerate(entries, start=1):
                was_created = _upsert(entry, number)
                created += was_created
                updated += not was_created
        self.stdout.write(f"{created} sources created, {updated} updated.")


def _read(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CommandError(f"cannot read {path}: {exc}") from None
    try:
        data: Any = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise CommandError(f"{path} is not valid {path.suffix.lstrip('.').upper() or 'JSON'}: {exc}") from None
    entries = data.get("sources") if isinstance(data, dict) else data
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CommandError(f"{path} must hold a list of sources (JSON list, or a 'sources' list/[[sources]] tables)")
    return entries


def _upsert(entry: dict[str, Any], number: int) -> bool:
    label = f"source {number} ({entry.get('name', 'no name')!r})"
    unknown = set(entry) - FIELDS
    if unknown:
        raise CommandError(f"{label}: unknown keys {', '.join(sorted(unknown))}; known: {', '.join(sorted(FIELDS))}")
    if not entry.get("name"):
        raise CommandError(f"{label}: every source needs a name")
    values = {k: v for k, v in entry.items() if k not in ("name", "sector", "edition")}
    for key, model in (("sector", Sector), ("edition", Edition)):
        if key in entry:
            slug = entry[key]
            obj = model.objects.filter(slug=slug).first() if slug else None
            if slug and obj is None:
                raise CommandError(f"{label}: no {key} with slug {slug!r}")
            values[key] = obj
    source = Source.objects.filter(name=entry["name"]).first()
    created = source is None
    if source is None:
        source = Source(name=entry["name"])
    for key, value in values.items():
        setattr(source, key, value)
    try:
        source.full_clean()
    except ValidationError as exc:
        problems = "; ".join(f"{field}: {' '.join(errors)}" for field, errors in exc.message_dict.items())
        raise CommandError(f"{label}: {problems}") from None
    # Only the configured fields: a worker may be writing the fetch state right now.
    source.save(update_fields=None if created else list(values))
    return created
