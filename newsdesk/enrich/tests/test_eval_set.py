"""Checks on the held-out evaluation set (data/eval/): schema, labels and the split rule.

The set is the ground truth every enrichment figure is reported on, so a malformed row or an
event leaking across the split would silently change the figures.
"""

import hashlib
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pycountry
import pytest

from newsdesk.taxonomy.regions import DEFAULT_SECTORS

EVAL_DIR = Path(__file__).resolve().parent.parent / "data" / "eval"
FIELDS = {
    "id",
    "event",
    "agency",
    "published",
    "headline",
    "body",
    "language",
    "countries",
    "place",
    "sector",
    "people",
    "organisations",
}
LANGUAGES = {"en", "fr", "es", "fi", "de"}


def split_side(event: str) -> str:
    # The rule stated in data/eval/README.md: even first byte of sha256 -> tuning.
    return "tuning" if hashlib.sha256(event.encode("utf-8")).digest()[0] % 2 == 0 else "heldout"


def country_names() -> dict[str, str]:
    # Short English names as an editor writes them ("Tanzania" for "Tanzania, United Republic of").
    names: dict[str, str] = {"Vietnam": "VN", "Democratic Republic of the Congo": "CD", "Turkey": "TR"}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                names[value] = country.alpha_2
                names[value.split(",")[0]] = country.alpha_2
    return names


def load(name: str) -> list[dict[str, Any]]:
    with (EVAL_DIR / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def sides() -> dict[str, list[dict[str, Any]]]:
    return {"tuning": load("tuning"), "heldout": load("heldout")}


def test_it_has_every_field_with_the_right_type(sides: dict[str, list[dict[str, Any]]]) -> None:
    for rows in sides.values():
        for row in rows:
            assert set(row) == FIELDS, row.get("id")
            for key in ("id", "event", "agency", "published", "headline", "body", "language", "place", "sector"):
                assert isinstance(row[key], str) and row[key].strip(), (row["id"], key)
            for key in ("countries", "people", "organisations"):
                assert isinstance(row[key], list), (row["id"], key)
                assert all(isinstance(value, str) and value.strip() for value in row[key]), (row["id"], key)
                assert len(set(row[key])) == len(row[key]), (row["id"], key)
            assert datetime.fromisoformat(row["published"]).tzinfo is not None, row["id"]
            assert row["language"] in LANGUAGES, row["id"]
            assert 35 <= len(row["body"].split()) <= 450, (row["id"], len(row["body"].split()))


def test_it_uses_only_real_sector_slugs_and_country_codes(sides: dict[str, list[dict[str, Any]]]) -> None:
    slugs = {slug for slug, _name in DEFAULT_SECTORS}
    for rows in sides.values():
        for row in rows:
            assert row["sector"] in slugs, (row["id"], row["sector"])
            for code in row["countries"]:
                assert re.fullmatch(r"[A-Z]{2}", code) and pycountry.countries.get(alpha_2=code), (row["id"], code)
            if row["place"] != "Global":
                assert country_names().get(row["place"]) in row["countries"], (row["id"], row["place"])


def test_it_is_big_enough(sides: dict[str, list[dict[str, Any]]]) -> None:
    rows = sides["tuning"] + sides["heldout"]
    assert len(rows) >= 160
    assert len({row["event"] for row in rows}) >= 45
    assert len(sides["tuning"]) >= 70
    assert len(sides["heldout"]) >= 70


def test_it_keeps_ids_unique(sides: dict[str, list[dict[str, Any]]]) -> None:
    ids = [row["id"] for rows in sides.values() for row in rows]
    assert len(ids) == len(set(ids))


def test_it_never_puts_an_event_on_both_sides(sides: dict[str, list[dict[str, Any]]]) -> None:
    tuning = {row["event"] for row in sides["tuning"]}
    heldout = {row["event"] for row in sides["heldout"]}
    assert not tuning & heldout


def test_it_reproduces_the_split_from_the_stated_rule(sides: dict[str, list[dict[str, Any]]]) -> None:
    for side, rows in sides.items():
        for row in rows:
            assert split_side(row["event"]) == side, (row["id"], row["event"])
