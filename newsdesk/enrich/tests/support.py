"""Shared test data: the seed story, a second agency's version of it, and an unrelated defence story."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsdesk.wires.items import ParsedItem
from newsdesk.wires.models import WireItem

T0 = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)

SEED_HEADLINE = "Japan and Turkey Strengthen Defense Ties with Potential Drone Collaboration"
SEED_BODY = (
    "<p>Japan's defense minister, Gen Nakatani, is set to conduct discussions with his Turkish counterpart, "
    "Yasar Guler, in Turkey on Tuesday, focusing chiefly on defense industry cooperation. A major talking point "
    "is the potential acquisition of Turkish-made drones. This visit underscores Japan's strategic move to "
    "enhance its military capabilities with unmanned systems.</p>"
    "<p>This trip signifies the first official visit by a Japanese defense minister to Turkey, a nation that "
    "belongs to NATO and is focused on expanding ties beyond its traditional European and Middle Eastern "
    "partnerships. Both Japan and Turkey share a strategic alliance with the United States, making this dialogue "
    "crucial for regional stability and technological cooperation.</p>"
    "<p>During his stay, Minister Nakatani will tour various Turkish defense facilities, including high-profile "
    "drone manufacturer Baykar. While exploring potential integration of Turkish drones within Japan's "
    "Self-Defense Forces, the discussions are part of a broader regional tour that includes visits to Djibouti "
    "and Jordan.</p>"
)

SECOND_AGENCY_HEADLINE = "UPDATE 1-Turkey pitches drones to Japan as Nakatani meets Guler in Ankara - Reuters"
SECOND_AGENCY_BODY = (
    "<p>ANKARA, March 1 - Turkish Defence Minister Yasar Guler hosted Japan's Gen Nakatani in Ankara, the first "
    "visit by a Japanese defence minister to the NATO member, with Tokyo weighing a purchase of unmanned aircraft "
    "made by Baykar.</p><p>Officials said the two sides discussed joint maintenance and training. Nakatani "
    "continues to Djibouti, where Japan keeps a base, and to Jordan.</p>"
)

UNRELATED_HEADLINE = "Poland signs deal for Korean howitzers as defence spending climbs"
UNRELATED_BODY = (
    "<p>Poland's defence ministry signed a contract for self-propelled howitzers from Hanwha Aerospace, Defence "
    "Minister Tomasz Wrobel said in Warsaw, as the NATO member raises military spending to 4 percent of GDP.</p>"
    "<p>Deliveries are due to begin next year, and part of the production will move to Polish factories.</p>"
)


def make_parsed(guid: str = "urn:seed:1", **fields: Any) -> ParsedItem:
    defaults: dict[str, Any] = {
        "agency": "Devdiscourse",
        "headline": SEED_HEADLINE,
        "body_html": SEED_BODY,
        "first_created": T0,
        "version_created": T0,
        "source_format": "rss",
    }
    defaults.update(fields)
    return ParsedItem(guid=guid, **defaults)


def make_wire_item(guid: str, headline: str, body_html: str, *, agency: str = "Test Agency", **fields: Any) -> WireItem:
    fields.setdefault("first_created", T0)
    return WireItem.objects.create(
        agency=agency, guid=guid, headline=headline, body_html=body_html, content_hash=guid, **fields
    )
