"""Kills in every dialect: each withdraws the stored item, and the articles built on it.

Fixtures follow what agencies send: ninjs with pubstatus outside the enum and agency
"signals", NewsML-G2 pubStatus, signals and edNote, NITF management-status and ed-msg,
and advisories worded in capitals ("KILL", "WITHDRAWN", "ELIMINATE") on a new version.
"""

from __future__ import annotations

import json

import pytest

from newsdesk.newsroom import services
from newsdesk.newsroom.models import Article
from newsdesk.wires.items import PubStatus
from newsdesk.wires.models import WireItem
from newsdesk.wires.parsers import parse_document
from newsdesk.wires.services import ingest_document

GUID = "urn:newsml:wire.example.com:20250610:kill-test"


def ninjs(**fields: object) -> bytes:
    return json.dumps({"uri": GUID, "type": "text", "version": "1", **fields}).encode()


def g2(*, version: int, pub_status: str = "stat:usable", item_meta: str = "", headline: str = "Ferry sinks") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="{GUID}" version="{version}" '
        'standard="NewsML-G2" standardversion="2.29">'
        '<itemMeta><itemClass qcode="ninat:text"/><provider literal="Wire"/>'
        f'<versionCreated>2025-06-10T1{version}:00:00Z</versionCreated><pubStatus qcode="{pub_status}"/>'
        f"{item_meta}</itemMeta><contentMeta><headline>{headline}</headline></contentMeta>"
        '<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml">'
        "<body><p>Body text.</p></body></html></inlineXML></contentSet></newsItem>"
    ).encode()


def nitf(*, status: str = "usable", ed_msg: str = "", headline: str = "Ferry sinks", version: int = 1) -> bytes:
    msg = f'<ed-msg info="{ed_msg}"/>' if ed_msg else ""
    return (
        '<?xml version="1.0"?><nitf><head><title>t</title>'
        f'<docdata management-status="{status}"><doc-id id-string="{GUID}"/>{msg}'
        f'<du-key version="{version}"/><date.issue norm="2025061{version}T100000Z"/></docdata></head>'
        f"<body><body.head><hedline><hl1>{headline}</hl1></hedline></body.head>"
        "<body.content><p>Body text.</p></body.content></body></nitf>"
    ).encode()


KILLS = {
    "ninjs-pubstatus-withdrawn": ninjs(version="2", pubstatus="withdrawn", headline="Ferry sinks"),
    "ninjs-pubstatus-killed": ninjs(version="2", pubstatus="KILLED"),
    "ninjs-signal": ninjs(version="2", headline="Ferry sinks", signals=[{"code": "sig:withdrawn"}]),
    "ninjs-ednote": ninjs(version="2", headline="Ferry sinks", ednote="MANDATORY KILL: legal reasons."),
    "g2-pubstatus": g2(version=2, pub_status="stat:canceled"),
    "g2-signal": g2(version=2, item_meta='<signal qcode="sig:kill"/>'),
    "g2-ednote": g2(
        version=2, item_meta="<edNote>Reuters is withdrawing this story. There will be no substitute.</edNote>"
    ),
    "nitf-canceled": nitf(status="canceled", version=2),
    "nitf-killed": nitf(status="killed", version=2),
    "nitf-ed-msg": nitf(ed_msg="ELIMINATE: story withdrawn for legal reasons", version=2),
    "advisory-kill": g2(version=2, headline="KILL - KILL - KILL Ferry sinks"),
    "advisory-withdrawn": nitf(headline="WITHDRAWN-Ferry sinks", version=2),
    "advisory-eliminate": ninjs(version="2", headline="ELIMINATE Ferry sinks"),
}
ORIGINALS = {"ninjs": ninjs(headline="Ferry sinks", body_text="Body text."), "g2": g2(version=1), "nitf": nitf()}


@pytest.mark.parametrize("name", sorted(KILLS))
def test_it_reads_each_dialect_as_a_kill(name: str) -> None:
    (item,) = parse_document(KILLS[name]).items
    assert item.pub_status is PubStatus.CANCELED


@pytest.mark.parametrize(
    "headline", ["Police kill suspect in raid", "Withdrawn from the race, senator backs rival", "KILLED IN CRASH NAMED"]
)
def test_it_does_not_read_news_about_killing_as_a_kill(headline: str) -> None:
    (item,) = parse_document(g2(version=1, headline=headline)).items
    assert item.pub_status is PubStatus.USABLE


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("name", sorted(KILLS))
def test_it_withdraws_the_item_and_its_published_article(name: str) -> None:
    original = ORIGINALS[name.split("-")[0] if not name.startswith("advisory") else _dialect(KILLS[name])]
    ingest_document(original, agency="Wire")
    item = WireItem.objects.get(agency="Wire", guid=GUID)
    article = services.create_article_from_items([item], by=None)
    article.publish()

    report = ingest_document(KILLS[name], agency="Wire")

    assert report.withdrawn == 1
    item.refresh_from_db()
    article.refresh_from_db()
    assert item.status == WireItem.Status.WITHDRAWN
    assert article.status == Article.Status.WITHDRAWN


def _dialect(data: bytes) -> str:
    if data.startswith(b"{"):
        return "ninjs"
    return "nitf" if b"<nitf>" in data else "g2"
