"""The demo stories as the agencies would send them: real wire documents in four formats.

Each fictional agency speaks one standard, as real ones do, so the demo newsroom
is fed through the same parsers, storage and desk as production:

- Meridian Press Agency: IPTC NewsML-G2 (one newsItem per file; the embargo rides in itemMeta)
- Equator Newswire: IPTC ninjs 3.x
- Silverline Press: IPTC ninjs 1.x (its kill is a `pubstatus: canceled` version)
- Coral Coast Wire: NITF 3.6 (its update is a higher `du-key` version)
- Northgate News Service: an RSS 2.0 feed

In-house pieces (opinion, blog, interview) have no agency and are written by the desk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr

from newsdesk.demo.stories import STORIES, DemoStory

AGENCY_FORMATS: dict[str, str] = {
    "Meridian Press Agency": "newsml",
    "Equator Newswire": "ninjs",
    "Silverline Press": "ninjs",
    "Coral Coast Wire": "nitf",
    "Northgate News Service": "rss",
}
AGENCY_DOMAINS: dict[str, str] = {
    "Meridian Press Agency": "meridian.example",
    "Equator Newswire": "equator.example",
    "Silverline Press": "silverline.example",
    "Coral Coast Wire": "coralcoast.example",
    "Northgate News Service": "northgate.example",
}
# IPTC Media Topics (top level) for the sectors that have an unambiguous one;
# the others are left to the enricher's classifier, as with real copy.
SECTOR_MEDIA_TOPICS: dict[str, tuple[str, str]] = {
    "art-culture": ("01000000", "arts, culture, entertainment and media"),
    "law-governance": ("02000000", "crime, law and justice"),
    "economy-business": ("04000000", "economy, business and finance"),
    "education": ("05000000", "education"),
    "science-environment": ("06000000", "environment"),
    "health": ("07000000", "health"),
    "politics": ("11000000", "politics"),
    "social-gender": ("14000000", "society"),
    "sports": ("15000000", "sport"),
}


@dataclasses.dataclass(frozen=True)
class WireDocument:
    name: str
    fmt: str
    agency: str
    data: bytes
    story_keys: tuple[str, ...]


def guid_for(story: DemoStory) -> str:
    """The agency's GUID for a story; an update or kill carries its target's GUID."""
    key = story.updates_key or story.key
    return f"urn:newsml:{AGENCY_DOMAINS[story.agency]}:{key}"


def _times(story: DemoStory, now: dt.datetime, by_key: dict[str, DemoStory]) -> tuple[dt.datetime, dt.datetime]:
    original = by_key.get(story.updates_key, story)
    first = now - dt.timedelta(hours=original.hours_ago)
    version = now - dt.timedelta(hours=story.hours_ago) if story.updates_key else first
    if story.updated_hours_after and not story.updates_key:
        version = first + dt.timedelta(hours=story.updated_hours_after)
    return first, max(first, version)


def _version(story: DemoStory) -> int:
    return 2 if story.updates_key else 1


def _iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _html(story: DemoStory) -> str:
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in story.body)


def _place_names(story: DemoStory) -> list[str]:
    import pycountry

    names = []
    for code in story.countries:
        country = pycountry.countries.get(alpha_2=code)
        if country is not None:
            names.append(getattr(country, "common_name", None) or country.name)
    return names


def newsml_item(story: DemoStory, now: dt.datetime, by_key: dict[str, DemoStory]) -> bytes:
    first, version = _times(story, now, by_key)
    status = "stat:canceled" if story.wire_role == "kill" else "stat:usable"
    embargo = ""
    if story.wire_role == "embargo" and story.embargo_hours_from_now > 0:
        embargo = f"<embargoed>{_iso(now + dt.timedelta(hours=story.embargo_hours_from_now))}</embargoed>"
    subject = ""
    if story.sector in SECTOR_MEDIA_TOPICS:
        code, name = SECTOR_MEDIA_TOPICS[story.sector]
        subject = f'<subject type="cpnat:abstract" qcode="medtop:{code}"><name>{escape(name)}</name></subject>'
    places = "".join(
        f'<subject type="cpnat:geoArea" literal={quoteattr(name)}><name>{escape(name)}</name></subject>'
        for name in _place_names(story)
    )
    located = _place_names(story)[0] if story.countries else ""
    document = f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid={quoteattr(guid_for(story))} version="{_version(story)}"
  standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
  <catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider literal={quoteattr(story.agency)}/>
    <versionCreated>{_iso(version)}</versionCreated>
    <firstCreated>{_iso(first)}</firstCreated>
    {embargo}
    <pubStatus qcode="{status}"/>
  </itemMeta>
  <contentMeta>
    <urgency>{3 if story.kind == "news" else 5}</urgency>
    {f"<located><name>{escape(located)}</name></located>" if located else ""}
    <creator literal={quoteattr(story.agency)}/>
    {subject}{places}
    <headline>{escape(story.headline)}</headline>
    <description role="drol:summary">{escape(story.standfirst)}</description>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>{escape(story.headline)}</title></head>
      <body>{_html(story)}</body></html>
    </inlineXML>
  </contentSet>
</newsItem>
"""
    return document.encode("utf-8")


def ninjs3_item(story: DemoStory, now: dt.datetime, by_key: dict[str, DemoStory]) -> bytes:
    first, version = _times(story, now, by_key)
    item: dict[str, object] = {
        "uri": guid_for(story),
        "type": "text",
        "version": str(_version(story)),
        "firstCreated": _iso(first),
        "versionCreated": _iso(version),
        "pubStatus": "canceled" if story.wire_role == "kill" else "usable",
        "language": "en",
        "by": story.agency,
        "headlines": [{"role": "main", "value": story.headline}],
        "descriptions": [{"role": "summary", "contentType": "text/plain", "value": story.standfirst}],
        "bodies": [{"role": "main", "contentType": "text/html", "value": _html(story)}],
        "places": [{"name": name, "rel": "mentions"} for name in _place_names(story)],
    }
    if story.sector in SECTOR_MEDIA_TOPICS:
        code, name = SECTOR_MEDIA_TOPICS[story.sector]
        item["subjects"] = [{"name": name, "uri": f"http://cv.iptc.org/newscodes/mediatopic/{code}"}]
    return json.dumps(item, ensure_ascii=False, indent=1).encode("utf-8")


def ninjs1_item(story: DemoStory, now: dt.datetime, by_key: dict[str, DemoStory]) -> bytes:
    first, version = _times(story, now, by_key)
    item: dict[str, object] = {
        "uri": guid_for(story),
        "type": "text",
        "version": str(_version(story)),
        "firstcreated": _iso(first),
        "versioncreated": _iso(version),
        "pubstatus": "canceled" if story.wire_role == "kill" else "usable",
        "language": "en",
        "byline": story.agency,
        "headline": story.headline,
        "description_text": story.standfirst,
        "body_html": _html(story),
        "place": [{"name": name} for name in _place_names(story)],
    }
    if story.sector in SECTOR_MEDIA_TOPICS:
        code, name = SECTOR_MEDIA_TOPICS[story.sector]
        item["subject"] = [{"code": code, "name": name, "scheme": "http://cv.iptc.org/newscodes/mediatopic/"}]
    return json.dumps(item, ensure_ascii=False, indent=1).encode("utf-8")


def nitf_item(story: DemoStory, now: dt.datetime, by_key: dict[str, DemoStory]) -> bytes:
    first, version = _times(story, now, by_key)
    status = "canceled" if story.wire_role == "kill" else "usable"
    subject = ""
    if story.sector in SECTOR_MEDIA_TOPICS:
        code, name = SECTOR_MEDIA_TOPICS[story.sector]
        subject = (
            f'<tobject tobject.type="news"><tobject.subject tobject.subject.refnum="{code}" '
            f"tobject.subject.matter={quoteattr(name)}/></tobject>"
        )
    places = _place_names(story)
    document = f"""<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN">
  <head>
    <title>{escape(story.headline)}</title>
    {subject}
    <docdata management-status="{status}">
      <doc-id id-string={quoteattr(guid_for(story))}/>
      <urgency ed-urg="{3 if story.kind == "news" else 5}"/>
      <date.issue norm="{first.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"/>
      <du-key version="{_version(story)}" key={quoteattr(story.updates_key or story.key)}/>
      <doc.copyright holder={quoteattr(story.agency)}/>
    </docdata>
    <pubdata type="web" date.publication="{version.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}"/>
  </head>
  <body>
    <body.head>
      <hedline><hl1>{escape(story.headline)}</hl1></hedline>
      <byline>{escape(story.agency)}</byline>
      {f"<dateline><location><country>{escape(places[0])}</country></location></dateline>" if places else ""}
      <abstract><p>{escape(story.standfirst)}</p></abstract>
    </body.head>
    <body.content>{_html(story)}</body.content>
  </body>
</nitf>
"""
    return document.encode("utf-8")


def rss_feed(stories: list[DemoStory], now: dt.datetime, by_key: dict[str, DemoStory]) -> bytes:
    agency = stories[0].agency
    domain = AGENCY_DOMAINS[agency]
    items = []
    for story in stories:
        first, _ = _times(story, now, by_key)
        categories = "".join(f"<category>{escape(name)}</category>" for name in _place_names(story))
        items.append(
            f"""  <item>
    <title>{escape(story.headline)}</title>
    <link>https://{domain}/story/{story.key}</link>
    <guid isPermaLink="false">{escape(guid_for(story))}</guid>
    <pubDate>{format_datetime(first.astimezone(dt.UTC), usegmt=True)}</pubDate>
    <dc:creator>{escape(agency)}</dc:creator>
    <description>{escape(story.standfirst)}</description>
    <content:encoded><![CDATA[{_html(story)}]]></content:encoded>
    {categories}
  </item>"""
        )
    body = "\n".join(items)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>{escape(agency)}</title>
  <link>https://{domain}/</link>
  <description>{escape(agency)} wire (Newsdesk demo: fictional agency)</description>
  <lastBuildDate>{format_datetime(now.astimezone(dt.UTC), usegmt=True)}</lastBuildDate>
{body}
</channel>
</rss>
""".encode()


def build_documents(now: dt.datetime, stories: tuple[DemoStory, ...] = STORIES) -> list[WireDocument]:
    """Every agency story as a wire document, originals before the updates and kills that follow them."""
    by_key = {story.key: story for story in stories}
    documents: list[WireDocument] = []
    feed: list[DemoStory] = []
    ordered = sorted((s for s in stories if s.agency), key=lambda s: (bool(s.updates_key), -s.hours_ago))
    for story in ordered:
        fmt = AGENCY_FORMATS[story.agency]
        if fmt == "rss":
            feed.append(story)
            continue
        if fmt == "newsml":
            data, suffix = newsml_item(story, now, by_key), "xml"
        elif fmt == "nitf":
            data, suffix = nitf_item(story, now, by_key), "xml"
        elif story.agency == "Silverline Press":
            data, suffix = ninjs1_item(story, now, by_key), "json"
        else:
            data, suffix = ninjs3_item(story, now, by_key), "json"
        documents.append(WireDocument(f"{fmt}/{story.key}.{suffix}", fmt, story.agency, data, (story.key,)))
    if feed:
        keys = tuple(story.key for story in feed)
        documents.append(WireDocument("rss/northgate.xml", "rss", feed[0].agency, rss_feed(feed, now, by_key), keys))
    return documents
