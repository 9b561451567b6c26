from __future__ import annotations

import io
import json
from html import escape

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from newsdesk.enrich.clusters import assign_cluster
from newsdesk.enrich.tests.support import SEED_BODY, SEED_HEADLINE, make_wire_item
from newsdesk.wires.models import WireItem

SECOND = (
    "Turkey pitches drones to Japan as Nakatani meets Guler",
    "<p>Turkish Defence Minister Yasar Guler hosted Japan's Gen Nakatani in Ankara, the first visit by a Japanese "
    "defence minister to the NATO member, with Tokyo weighing unmanned aircraft made by Baykar. Nakatani goes on "
    "to Djibouti and Jordan.</p>",
)


def rss(headline: str, body_html: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Wire</title>"
        "<link>http://example.org/</link><description>d</description>"
        f"<item><guid isPermaLink='false'>urn:x:1</guid><title>{escape(headline)}</title>"
        f"<description>{escape(body_html)}</description><category>politics</category>"
        "<pubDate>Sun, 01 Mar 2026 11:00:00 GMT</pubDate></item></channel></rss>"
    ).encode()


def run(*args: str) -> list[dict]:
    out = io.StringIO()
    call_command("enrich", *args, "--no-llm", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.django_db
def test_it_prints_one_json_line_per_item_without_storing(tmp_path):
    path = tmp_path / "wire.xml"
    path.write_bytes(rss(*SECOND))
    [line] = run(str(path))
    assert {"JP", "TR"} <= set(line["countries"])
    assert "TR" in line["place_evidence"] and line["sector_evidence"].startswith("classifier p=")
    assert line["sector_slug"] == "politics"
    assert {"Gen Nakatani", "Yasar Guler"} <= set(line["people"])
    assert "Baykar" in line["organisations"]
    assert line["headline"]["machine_written"] is True
    assert line["cluster"] is None
    assert not WireItem.objects.exists()


@pytest.mark.django_db
def test_it_names_the_stored_cluster_the_item_would_join(tmp_path):
    cluster = assign_cluster(make_wire_item("urn:a:1", SEED_HEADLINE, SEED_BODY))
    path = tmp_path / "wire.xml"
    path.write_bytes(rss(*SECOND))
    [line] = run(str(path))
    assert line["cluster"]["id"] == cluster.pk
    # The evidence: the score against the threshold, the embeddings' cosine, the names in common.
    assert line["cluster"]["score"] >= line["cluster"]["threshold"]
    assert 0 < line["cluster"]["cosine"] <= 1 and "nakatani" in line["cluster"]["shared_names"]


@pytest.mark.django_db
def test_it_fails_clearly_on_a_missing_file(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run(str(tmp_path / "missing.xml"))
