"""The enrichment the desk asks for: one call per item, nothing stored.

``enrich_item(ParsedItem)`` for an item straight from a parser, and
``enrich_wire_item(WireItem)`` for a stored one. Every machine-made text
(headline, standfirst) comes as a :class:`~newsdesk.enrich.summarise.Proposal`
marked ``machine_written`` with its method, so the desk can store it as a
revision that says who wrote it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from newsdesk.enrich import entities, language, llm, places, sectors, summarise
from newsdesk.enrich.summarise import Proposal
from newsdesk.lib.sanitize import plain_text
from newsdesk.wires.items import ParsedItem, Subject
from newsdesk.wires.models import WireItem

# The classifier reads the headline and the lead; the tail of a story is background.
CLASSIFIER_WORDS = 120


@dataclasses.dataclass(slots=True)
class Enrichment:
    countries: list[str]  # ISO alpha-2, most prominent first
    place_label: str  # a country's name, or "Global"
    place_evidence: str  # "dateline ANKARA -> TR; body TR x3, JP x1"
    editions: list[str]  # edition slugs
    sector_slug: str
    sector_evidence: str  # "medtop:11000000 (politics)" or "classifier p=0.62"
    sector_method: str  # "subject" or "classifier"
    people: list[str]
    organisations: list[str]
    headline: Proposal
    standfirst: Proposal
    llm_headline: Proposal | None = None
    llm_standfirst: Proposal | None = None

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


_PARAGRAPH_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote)\s*>|<br\s*/?>", re.IGNORECASE)


def _paragraphs(body_html: str | None) -> str:
    """The body's paragraphs as plain text, one a line: the standfirst never runs two together."""
    if not body_html:
        return ""
    return "\n".join(text for part in _PARAGRAPH_END.split(body_html) if (text := plain_text(part)))


def enrich_item(item: ParsedItem, *, use_llm: bool = True) -> Enrichment:
    body, lead_place = summarise.split_furniture(plain_text(item.body_html) or item.summary)
    headline = item.headline
    # The tagger and the classifier are English models: on other languages
    # they produce confident nonsense, so only the agency's own tags are kept.
    english = language.is_english(item.language, f"{headline}. {body}")
    if english:
        found, headline_person_spans = entities.extract_story(headline, body)
    else:
        found, headline_person_spans = entities.Entities(people=[], organisations=[], person_spans=[]), []
    place, sector = _place_and_sector(
        item,
        body,
        lead_place=lead_place,
        english=english,
        # Places inside a person's name are not places ("Chad Smith", "Michael Jordan").
        exclude_headline=headline_person_spans,
        exclude_body=found.person_spans if body.strip() else (),
    )
    # The agency's own people and organisations come first: they are its editorial decision.
    people = _merge(item.people, found.people)
    # The sending agency is the source, not a subject of the story.
    agency = item.agency.casefold()
    organisations = _merge(item.organisations, [o for o in found.organisations if o.casefold() != agency])
    enrichment = Enrichment(
        countries=place.countries,
        place_label=place.place_label,
        place_evidence=place.evidence,
        editions=place.editions,
        sector_slug=sector.slug,
        sector_evidence=sector.evidence,
        sector_method=sector.method,
        people=people,
        organisations=organisations,
        headline=Proposal(summarise.clean_headline(headline), "clean-headline"),
        standfirst=Proposal(summarise.standfirst(headline, _paragraphs(item.body_html) or body), "extractive"),
    )
    if use_llm:
        proposed = llm.propose(headline, body)
        if proposed is not None:
            enrichment.llm_headline, enrichment.llm_standfirst = proposed
    return enrichment


def place_item(item: ParsedItem) -> tuple[places.PlaceResult, sectors.SectorGuess]:
    """Places, editions and sector only: the cheap part of ``enrich_item`` (no entity tagging, no LLM).

    Without the tagger, a place inside a person's name ("Chad Smith") is not
    excluded; the desk's full enrichment still does that.
    """
    body, lead_place = summarise.split_furniture(plain_text(item.body_html) or item.summary)
    english = language.is_english(item.language, f"{item.headline}. {body}")
    return _place_and_sector(item, body, lead_place=lead_place, english=english)


def _place_and_sector(
    item: ParsedItem,
    body: str,
    *,
    lead_place: str = "",
    english: bool = True,
    exclude_headline: Sequence[places.Span] = (),
    exclude_body: Sequence[places.Span] = (),
) -> tuple[places.PlaceResult, sectors.SectorGuess]:
    headline = item.headline
    # The gazetteer is English: on other languages only the agency's places and the dateline count
    # (Finnish "Jos" means "if", not the Nigerian city).
    place = places.find_places(
        headline=headline if english else "",
        body=body if english else "",
        agency_places=item.places,
        dateline=item.dateline or lead_place,
        located=item.located,
        exclude_headline=exclude_headline,
        exclude_body=exclude_body,
    )
    lead = " ".join(body.split()[:CLASSIFIER_WORDS])
    sector = sectors.guess_sector(item.subjects, f"{headline}. {lead}")
    if not english and sector.method == "classifier":
        note = f"text not English ({item.language or 'detected'})"
        sector = dataclasses.replace(sector, evidence=f"{sector.evidence}, {note}")
    return place, sector


def enrich_wire_item(wire_item: WireItem, *, use_llm: bool = True) -> Enrichment:
    return enrich_item(parsed_view(wire_item), use_llm=use_llm)


def parsed_view(wire_item: WireItem) -> ParsedItem:
    """A ParsedItem with the stored item's fields (subjects are stored as dicts or [scheme, code, name])."""
    return ParsedItem(
        agency=wire_item.agency,
        guid=wire_item.guid,
        headline=wire_item.headline,
        version=int(wire_item.version),
        body_html=wire_item.body_html,
        summary=wire_item.summary,
        byline=wire_item.byline,
        dateline=wire_item.dateline,
        located=wire_item.located,
        first_created=wire_item.first_created,
        version_created=wire_item.version_created,
        language=wire_item.language,
        subjects=[s for s in (_subject(raw) for raw in wire_item.subjects or []) if s is not None],
        places=[str(p) for p in wire_item.places or []],
        people=[str(p) for p in wire_item.people or []],
        organisations=[str(o) for o in wire_item.organisations or []],
        source_format=wire_item.source_format,
    )


def _subject(raw: Any) -> Subject | None:
    if isinstance(raw, dict):
        return Subject(str(raw.get("scheme", "")), str(raw.get("code", "")), str(raw.get("name", "")))
    if isinstance(raw, list | tuple) and raw:
        padded = [*map(str, raw), "", ""]
        return Subject(padded[0], padded[1], padded[2])
    return None


def _merge(first: list[str], second: list[str]) -> list[str]:
    seen = {name.casefold() for name in first}
    merged = list(first)
    for name in second:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            merged.append(name)
    return merged


def item_time(item: ParsedItem) -> dt.datetime | None:
    return item.first_created or item.version_created
