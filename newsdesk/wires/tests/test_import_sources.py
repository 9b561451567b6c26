from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from newsdesk.taxonomy.models import Edition, Sector
from newsdesk.wires.models import Source

pytestmark = pytest.mark.django_db

TOML = """
[[sources]]
name = "Reuters world"
kind = "feed"
location = "https://feeds.example.org/reuters/world.xml"
agency = "Reuters"
poll_interval = 120
trust = "trusted"
sector = "{sector}"
edition = "{edition}"

[[sources]]
name = "NTB drop"
kind = "newsml"
location = "/srv/wires/ntb"
agency = "NTB"
enabled = false
"""


def run(path: Path) -> str:
    out = io.StringIO()
    call_command("import_sources", str(path), stdout=out)
    return out.getvalue()


def test_it_imports_sources_from_toml(tmp_path):
    sector, edition = Sector.objects.first(), Edition.objects.first()
    assert sector is not None
    assert edition is not None
    path = tmp_path / "sources.toml"
    path.write_text(TOML.format(sector=sector.slug, edition=edition.slug))

    assert "2 sources created, 0 updated" in run(path)

    reuters = Source.objects.get(name="Reuters world")
    assert (reuters.kind, reuters.agency, reuters.poll_interval, reuters.trust) == ("feed", "Reuters", 120, "trusted")
    assert (reuters.sector, reuters.edition) == (sector, edition)
    assert Source.objects.get(name="NTB drop").enabled is False


def test_it_updates_sources_by_name_from_json_and_keeps_their_fetch_state(tmp_path):
    source = Source.objects.create(name="AP", kind="feed", location="https://ap.example.org/a", agency="AP", etag="e1")
    path = tmp_path / "sources.json"
    path.write_text(
        json.dumps(
            {"sources": [{"name": "AP", "kind": "feed", "location": "https://ap.example.org/b", "agency": "AP"}]}
        )
    )

    assert "0 sources created, 1 updated" in run(path)

    source.refresh_from_db()
    assert (source.location, source.etag) == ("https://ap.example.org/b", "e1")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"name": "X", "kind": "feed", "location": "/not/a/url", "agency": "X"}, "location"),
        ({"name": "X", "kind": "feed", "location": "https://x.org/", "agency": "X", "colour": "red"}, "unknown keys"),
        ({"name": "X", "kind": "feed", "location": "https://x.org/", "agency": "X", "sector": "nope"}, "no sector"),
        ({"kind": "feed", "location": "https://x.org/", "agency": "X"}, "needs a name"),
    ],
)
def test_it_refuses_a_bad_file_and_changes_nothing(tmp_path, entry, message):
    good = {"name": "Good", "kind": "feed", "location": "https://good.example.org/", "agency": "G"}
    path = tmp_path / "sources.json"
    path.write_text(json.dumps([good, entry]))

    with pytest.raises(CommandError, match=message):
        run(path)
    assert not Source.objects.exists()


def test_it_refuses_a_file_that_does_not_parse(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text("[[sources]\nname=")

    with pytest.raises(CommandError, match="not valid TOML"):
        run(path)
