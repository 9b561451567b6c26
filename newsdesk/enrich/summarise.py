"""Headline clean-up and an extractive standfirst, plus the optional LLM rewrite.

The standfirst is picked, never written: sentences are scored by position
(news puts the point first), by overlap with the headline, and by how
central they are (word overlap with the rest, a one-step TextRank), and the
best one or two that fit in ``MAX_STANDFIRST_WORDS`` are returned in story
order. No model, no download, deterministic.
"""

from __future__ import annotations

import dataclasses
import re

MAX_STANDFIRST_WORDS = 45
# A sub-editor's standfirst: at most two sentences and about 300 characters.
MAX_STANDFIRST_CHARS = 300
MAX_STANDFIRST_SENTENCES = 2

# Wire slugs and agency prefixes that mean something to the agency's clients, not to our readers.
_SLUG = re.compile(
    r"^\s*(?:(?:UPDATE|REFILE|CORRECTED|EXCLUSIVE|WRAPUP|FACTBOX|BREAKINGVIEWS|ANALYSIS|INSIGHT|"
    r"RPT|BRIEF|FOCUS|PREVIEW|TIMELINE|EXPLAINER|URGENT|FLASH|BREAKING)(?:\s+\d+)?\s*[-:|]\s*)+",
    re.IGNORECASE,
)
_AGENCY_PREFIX = re.compile(
    r"^\s*(?:AP|AFP|Reuters|UPI|dpa|ANSA|EFE|Xinhua|PTI|IANS|ANI|Bernama)\s*[-:|\u2013\u2014]\s*", re.IGNORECASE
)
_AGENCY_SUFFIX = re.compile(
    r"\s*[-|\u2013\u2014]\s*(?:Reuters|AP|AFP|Associated Press|Bloomberg|Xinhua|dpa|PTI)\s*$", re.IGNORECASE
)
# Desk markers wrapped around a headline: "*** TRANSLATED ***", "(Corrected)".
_STARS = re.compile(r"\*{2,}[^*]*\*{2,}")
# Datelines and agency lead-ins before the first sentence, in the agencies' styles:
# Reuters "ANKARA, Aug 19 (Reuters) -", AP "LONDON (AP) _", AFP "Paris (AFP) -",
# dpa "Berlin (dpa) -", PA "A man has ... (PA)" has none, the bare "(AP) _".
_LEAD_IN = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.'\u2019 -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?"
    # The date: "Aug 19", or day first in any language's month ("19 août", "14 may", "9 mar").
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z\u00e0-\u00fc]{3,10}\.?))?\s*"
    # A country in parentheses after the town, as French and Spanish agencies write it: "Mati (Philippines)".
    r"(?:\([A-Z][A-Za-z\u00c0-\u00fc .'-]{1,30}\)\s*)?)?"
    # Any agency name in parentheses after the place: "(Reuters)", "(AP)", a smaller agency's own name.
    r"\((?:AP|AFP|Reuters|dpa|PA|UPI|ANSA|EFE|Xinhua|PTI|IANS|ANI|Bernama|CP|STT|[A-Z][\w.&' -]{1,40})\)"
    r"\s*[-_:\u2013\u2014]+\s*"
    r"|^\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?\s*[-\u2013\u2014]+\s+(?=[A-Z])"
)
# Credits and notes at the end of a story, never a standfirst.
_CREDIT = re.compile(
    r"^\s*\(?\s*(?:Reporting|Writing|Additional reporting|Editing|Edited|Compiled|Translated)\s+by\b"
    r"|^\s*\((?:Adds|Updates|Corrects|Recasts|Changes)\b"
    r"|^\s*[-\u2013\u2014]+\s*$|^\s*(?:Associated Press|AP) (?:writers?|reporter)\b",
    re.IGNORECASE,
)
# Credits anywhere in a flattened body: "(Reporting by X in Bengaluru; Editing by Y)", a trailing
# "Reporting by X; editing by Y", "Associated Press writer X in Y contributed to this report."
_CREDITS_IN_TEXT = re.compile(
    # A byline in the first line: "By Niamh Walsh, Albion Press Ireland Correspondent, in Dublin".
    r"^\s*By\s+[A-Z][\w.' -]{1,60},[^\n.]{0,80}?(?:Correspondent|Editor|Reporter|Writer)\b(?:,?\s+in\s+[A-Z][\w-]+)?"
    r"|\(\s*(?:Reporting|Writing|Additional reporting|Editing|Edited|Compiled|Translated)\s+by\b[^)]*\)"
    r"|(?<![\w,])(?:Reporting|Writing|Additional reporting)\s+by\b.*$"
    r"|(?:The\s+)?(?:Associated Press|AP)\s+(?:writers?|reporters?|correspondents?)\b[^.]*?contributed[^.]*\.?",
    re.IGNORECASE | re.DOTALL,
)
_PRONOUN_START = re.compile(r"^[\"'\u201c]?(?:He|She|They|It|This|That|These|Those|His|Her|Their|Its)\b")
_SENTENCE = re.compile("(?<=[.!?])[\"'\u201d\u2019)]?\\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")
# Abbreviations that end in a full stop without ending the sentence.
_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|U\.S|U\.N|Inc|Ltd|Co|vs)\.$"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_STOP_WORDS = (
    "a an the and or of to in on for with by at from as is are was were be been has have had it its this that "
    "these those he she they his her their said says will would could should not but also after over into about "
    "than more most new who which while during"
)
_STOP = frozenset(_STOP_WORDS.split())
# Short words that stay in capitals when an ALL-CAPS headline is recased.
_UPPER_WORDS = "UN US UK EU NATO IMF WHO AU ASEAN G7 G20 OPEC UAE DRC AI COVID GDP CEO"
_KEEP_UPPER = frozenset(_UPPER_WORDS.split())
_SMALL_WORDS = "a an and as at but by for in of on or the to vs via"
_SMALL = frozenset(_SMALL_WORDS.split())


@dataclasses.dataclass(frozen=True, slots=True)
class Proposal:
    """A machine-written suggestion; the desk stores it in revisions with its method."""

    text: str
    method: str
    machine_written: bool = True


def clean_headline(headline: str) -> str:
    text = " ".join(headline.split())
    previous = None
    while previous != text:
        previous = text
        text = _STARS.sub("", text).strip()
        text = _SLUG.sub("", text)
        text = _AGENCY_PREFIX.sub("", text)
        text = _AGENCY_SUFFIX.sub("", text)
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        text = _recase(text)
    return text.strip()


def _recase(text: str) -> str:
    words = text.split(" ")
    out: list[str] = []
    for i, word in enumerate(words):
        bare = re.sub(r"[^\w]", "", word)
        if bare.upper() in _KEEP_UPPER:
            out.append(word.upper())
        elif i > 0 and bare.lower() in _SMALL:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


def sentences(text: str) -> list[str]:
    parts = _SENTENCE.split(" ".join(text.split()))
    merged: list[str] = []
    for part in parts:
        if merged and _ABBREVIATIONS.search(merged[-1]):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return [s.strip() for s in merged if s.strip()]


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP}


def strip_lead_in(text: str) -> str:
    """The text without its dateline or agency lead-in ("ANKARA, Aug 19 (Reuters) -", "(AP) _")."""
    return _LEAD_IN.sub("", text, count=1).lstrip()


def split_furniture(text: str) -> tuple[str, str]:
    """The text without its lead-in and credits, and the dateline's place ("ANKARA", "Paris") if any.

    Places and people in a credit ("Reporting by ... in Bengaluru") belong to the agency's desk,
    not to the story, so every extractor reads the text this returns.
    """
    match = _LEAD_IN.match(text)
    place = ""
    if match:
        head = match.group(0)
        # The town and, when given, its country ("WAJIMA, Japan", "Mati (Philippines)"), without the
        # date or the agency: ``places.resolve`` tries each part, so a town the gazetteer lacks still
        # places the story by its country.
        head = re.split(r"\((?=[^)]*\)\s*[-_:\u2013\u2014]+\s*$)|\s[-\u2013\u2014_]", head, maxsplit=1)[0]
        parts = [p.strip(" )") for p in re.split(r"[,(]", head) if p.strip(" )")]
        place = ", ".join(p for p in parts if not re.search(r"\d", p))
        text = text[match.end() :]
    text = _CREDITS_IN_TEXT.sub(" ", text)
    return " ".join(text.split()), place


def _story_text(body: str) -> str:
    """Body text without lead-in and credit lines, paragraphs kept apart by line breaks."""
    kept = [line for line in body.splitlines() if line.strip() and not _CREDIT.search(line)]
    if kept:
        kept[0] = strip_lead_in(kept[0])
    return "\n".join(kept)


def _usable(sentence: str) -> bool:
    """A standfirst sentence a sub-editor would keep: starts like a sentence, quotes closed."""
    first = sentence.lstrip("\"'\u201c\u2018(")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False  # starts mid-thought ("...he launches", "and then")
    if sentence.startswith(("\u2026", "...")):
        return False
    straight = sentence.count('"')
    opened, closed = sentence.count("\u201c"), sentence.count("\u201d")
    return straight % 2 == 0 and opened == closed and len(sentence.split()) >= 6


def standfirst(headline: str, body: str, max_words: int = MAX_STANDFIRST_WORDS) -> str:
    text = _story_text(body)
    # Sentences never span paragraphs: two paragraphs run together read as one thought.
    every = [s for paragraph in text.splitlines() for s in sentences(paragraph)]
    plain = [s for s in every if not _CREDIT.search(s)]
    # Sentences a sub-editor would keep; if none qualifies, the story's own first ones, cut to fit.
    candidates = ([s for s in plain if _usable(s)] or plain)[:30]
    if not candidates:
        return ""
    head = _words(headline)
    bags = [_words(s) for s in candidates]
    scores: list[float] = []
    for i, bag in enumerate(bags):
        position = 1.0 / (1 + i)
        title = len(bag & head) / (len(head) or 1)
        others = [len(bag & other) / (len(bag | other) or 1) for j, other in enumerate(bags) if j != i]
        centrality = sum(others) / len(others) if others else 0.0
        scores.append(1.0 * position + 1.0 * title + 2.0 * centrality)
    chosen: list[int] = []
    words = 0
    chars = 0
    for i in sorted(range(len(candidates)), key=lambda k: (-scores[k], k)):
        length = len(candidates[i].split())
        if words + length <= max_words and chars + len(candidates[i]) + 1 <= MAX_STANDFIRST_CHARS:
            chosen.append(i)
            words += length
            chars += len(candidates[i]) + 1
        if len(chosen) == MAX_STANDFIRST_SENTENCES:
            break
    if not chosen:  # even the best sentence is too long: cut it at a word boundary
        cut = " ".join(candidates[0].split()[:max_words])
        while len(cut) > MAX_STANDFIRST_CHARS - 1 and " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        return cut.rstrip(",;:") + "\u2026"
    ordered = sorted(chosen)
    # The first sentence read must name its subject, not lean on an earlier one ("He said ...").
    if _PRONOUN_START.match(candidates[ordered[0]]) and 0 not in ordered:
        ordered = [0]
    return " ".join(candidates[i] for i in ordered)
