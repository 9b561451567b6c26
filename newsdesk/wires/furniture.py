"""Agency furniture: datelines, lead-ins, slugs, credits and notes split from the story.

Agencies wrap every story in text meant for subscribers' desks, not readers:
"ANKARA, Aug 19 (Reuters) -" before the first sentence, "(Reporting by ...;
Editing by ...)" after the last, "UPDATE 2-" or "*** TRANSLATED ***" on the
headline, "(Adds quotes)" notes. Left in, they reach the standfirst, the
people/places extractors and the summaries. This module recognises them and
hands them back as structured fields, leaving clean text.

The word lists and patterns are data (``data/furniture.toml``) so an agency's
new habit is a data change. Every function is pure and works on plain text,
except :func:`split_body_html`, which keeps the body's inline markup.

Entry points (also used by ``newsdesk.enrich``):

* :func:`split_headline` -- headline without slugs, plus the notes found;
* :func:`split_lead` -- one paragraph without its dateline/lead-in, plus the :class:`Dateline`;
* :func:`split_paragraphs` -- paragraphs without furniture, as :class:`Furniture`;
* :func:`clean_text` -- a plain text (paragraphs split on line breaks) without furniture;
* :func:`split_body_html` -- a sanitised HTML body without furniture, as :class:`Furniture`.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

DATA_FILE = Path(__file__).resolve().parent / "data" / "furniture.toml"

# Only the first paragraphs can carry a dateline; looking further would eat a quote
# that happens to start with a city and an agency name in parentheses.
_LEAD_PARAGRAPHS = 2


@dataclasses.dataclass(frozen=True, slots=True)
class Dateline:
    """Where and when the agency filed the story, as it wrote them ("ANKARA", "Aug 19")."""

    place: str = ""
    date_text: str = ""
    agency: str = ""


@dataclasses.dataclass(slots=True)
class Furniture:
    """Clean story text and the furniture taken out of it."""

    paragraphs: list[str] = dataclasses.field(default_factory=list)
    dateline: Dateline | None = None
    credits: list[str] = dataclasses.field(default_factory=list)
    notes: list[str] = dataclasses.field(default_factory=list)
    body_html: str = ""  # only set by split_body_html

    @property
    def editorial_note(self) -> str:
        return " ".join(self.notes)


@dataclasses.dataclass(frozen=True, slots=True)
class _Rules:
    lead: re.Pattern[str]
    headline_prefix: re.Pattern[str]
    note: re.Pattern[str]
    credit: re.Pattern[str]
    trailing_credit: re.Pattern[str]
    headline_note: re.Pattern[str]
    role_credit: re.Pattern[str]
    credit_words: frozenset[str]


def _alternation(words: Sequence[str]) -> str:
    # Longest first, so "PA Media" wins over "PA" and "June" over "Jun".
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.cache
def _rules() -> _Rules:
    data = tomllib.loads(DATA_FILE.read_text(encoding="utf-8"))
    agencies = _alternation(data["agencies"])
    months = _alternation(data["months"])
    separators = _alternation(data["separators"])
    date = rf"(?:(?:{months})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\.?\s+(?:{months})\.?(?:\s+\d{{4}})?)"
    # A place is a few words of letters (NEW YORK/LONDON, St. John's, Rio de Janeiro),
    # never a sentence: no digits, no parentheses, at most 60 characters.
    # Case-sensitive: each word capitalised except the connectors of place names, so a
    # sentence such as "He said (Reuters) was right" is not taken for a dateline.
    connectors = _alternation(data["place_connectors"])
    word = r"[^\W\d_a-z][^\W\d_]*(?:['\u2019.][^\W\d_]*)*"
    place = (
        rf"(?-i:{word}(?:(?:\s+|\s*/\s*|-)(?:(?:{connectors})\s+)*{word}){{0,5}}(?:,\s*{word}(?:\s+{word}){{0,2}})?)"
    )
    lead = re.compile(
        rf"^\s*(?:(?P<place>{place})\s*(?:,\s*(?P<date>{date}))?\s*)?"
        rf"[(\[]\s*(?P<agency>{agencies})\s*[)\]]"
        rf"(?:\s*(?:{separators}))?\s+",
        re.IGNORECASE,
    )
    notes = "|".join(f"(?:{p})" for p in data["notes"])
    roles = _alternation(data["credit_roles"])
    credit_by = rf"(?:{roles})\s+by\b[^()]{{0,300}}"
    credits = "|".join([rf"\(?\s*{credit_by}\)?", *(f"(?:{p})" for p in data["credits"])])
    return _Rules(
        lead=lead,
        headline_prefix=re.compile(rf"^\s*(?:{'|'.join(f'(?:{p})' for p in data['headline_prefixes'])})\s*"),
        note=re.compile(rf"^\s*(?:{notes})\s*$", re.IGNORECASE),
        credit=re.compile(rf"^\s*(?:{credits})\s*$", re.IGNORECASE),
        # "... he said. (Reporting by X; Editing by Y)" at the end of the last paragraph.
        trailing_credit=re.compile(rf"\s*(?P<credit>\(\s*{credit_by}\))\s*$", re.IGNORECASE),
        role_credit=re.compile(rf"^\(?\s*{credit_by}\)?$", re.IGNORECASE),
        credit_words=frozenset(w.lower() for w in data["credit_words"]),
        headline_note=re.compile(r"\s*(?P<note>\*{2,}\s*[A-Z][A-Z ]+\s*\*{2,})\s*"),
    )


def split_headline(text: str) -> tuple[str, list[str]]:
    """The headline without routing slugs ("UPDATE 2-", "REFILE-", "*** TRANSLATED ***"), and the slugs.

    Every other character is kept: a headline is plain text, and "<blink>" in it is a word.
    """
    rules = _rules()
    notes: list[str] = []
    headline = text.strip()
    while True:
        match = rules.headline_prefix.match(headline)
        if not match or match.end() >= len(headline):
            break
        notes.append(_tidy_slug(match.group(0)))
        headline = headline[match.end() :]
    for match in rules.headline_note.finditer(headline):
        notes.append(match.group("note").strip())
    headline = rules.headline_note.sub(" ", headline).strip()
    return headline, notes


def _tidy_slug(slug: str) -> str:
    return slug.strip().rstrip("-:").strip()


def split_lead(text: str) -> tuple[str, Dateline | None]:
    """``text`` without a leading dateline or agency lead-in, and the :class:`Dateline` found (or None)."""
    match = _rules().lead.match(text)
    if not match:
        return text, None
    rest = text[match.end() :]
    if not rest.strip():
        return text, None  # the whole paragraph is the lead-in: not a story paragraph to clean
    dateline = Dateline(
        place=(match.group("place") or "").strip(" ,"),
        date_text=(match.group("date") or "").strip(),
        agency=match.group("agency").strip(),
    )
    return rest.lstrip(), dateline


def _classify(paragraph: str) -> str:
    """ "note", "credit" or "" for one whole paragraph."""
    rules = _rules()
    if rules.note.match(paragraph):
        return "note"
    if rules.credit.match(paragraph):
        text = paragraph.strip()
        if rules.role_credit.match(text) and not text.startswith("("):
            # Unbracketed, "Reporting by ..." is a credit only when only names follow:
            # "Reporting by local media suggested ..." is a sentence of the story.
            lowercase = {w for w in re.findall(r"\b[^\W\d_A-Z]\w*", text.split(" by ", 1)[-1])}
            if not lowercase <= rules.credit_words:
                return ""
        return "credit"
    return ""


def split_paragraphs(paragraphs: Sequence[str]) -> Furniture:
    """Paragraphs of plain text without notes, credits and the dateline, and what was taken out."""
    found = Furniture()
    story: list[str] = []
    for paragraph in paragraphs:
        text = paragraph.strip()
        if not text:
            continue
        kind = _classify(text)
        if kind == "note":
            found.notes.append(text)
            continue
        if kind == "credit":
            if text.strip(_RULE_CHARS):  # a rule line ("___") is dropped, not kept as a credit
                found.credits.append(_credit_text(text))
            continue
        if found.dateline is None and len(story) < _LEAD_PARAGRAPHS:
            text, found.dateline = split_lead(text)
        story.append(text)
    if story:
        match = _rules().trailing_credit.search(story[-1])
        if match and match.start() > 0:
            found.credits.append(_credit_text(match.group("credit")))
            story[-1] = story[-1][: match.start()].rstrip()
    found.paragraphs = story
    return found


def clean_text(text: str) -> str:
    """A plain text without agency furniture; paragraphs are lines, joined back with blank lines."""
    return "\n\n".join(split_paragraphs(text.splitlines()).paragraphs)


_RULE_CHARS = "-_=* \n\u2013\u2014"

_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "li"})


def split_body_html(body_html: str) -> Furniture:
    """A (sanitised) HTML body without furniture; inline markup of the kept paragraphs survives."""
    found = Furniture()
    if not body_html.strip():
        return found
    fragments = lxml_html.fragments_fromstring(body_html)
    kept: list[str] = []
    story_count = 0
    for fragment in fragments:
        if isinstance(fragment, str):
            fragment_text = fragment
            if not fragment_text.strip():
                continue
            element: etree._Element | None = None
        else:
            element = fragment
            fragment_text = element.text_content() if element.tag in _BLOCKS else ""
        if fragment_text:
            kind = _classify(fragment_text)
            if kind == "note":
                found.notes.append(fragment_text.strip())
                continue
            if kind == "credit":
                if fragment_text.strip(_RULE_CHARS):
                    found.credits.append(_credit_text(fragment_text))
                continue
            if found.dateline is None and story_count < _LEAD_PARAGRAPHS:
                rest, dateline = split_lead(fragment_text)
                if dateline is not None:
                    found.dateline = dateline
                    cut = len(fragment_text) - len(rest)
                    if element is None:
                        fragment_text = rest
                    else:
                        _drop_leading_chars(element, cut)
            story_count += 1
        if element is None:
            kept.append(_escape(fragment_text))
        else:
            kept.append(etree.tostring(element, encoding="unicode", method="html", with_tail=False))
            if element.tail and element.tail.strip():
                kept.append(_escape(element.tail))
    if kept:
        last = lxml_html.fragment_fromstring(kept[-1], create_parent="div")
        block = last[0] if len(last) and last[0].tag in _BLOCKS else None
        if block is not None:
            text = block.text_content()
            match = _rules().trailing_credit.search(text)
            if match and match.start() > 0:
                found.credits.append(_credit_text(match.group("credit")))
                _drop_trailing_chars(block, len(text) - match.start())
                kept[-1] = etree.tostring(block, encoding="unicode", method="html", with_tail=False)
    found.body_html = "".join(kept)
    found.paragraphs = [
        lxml_html.fragment_fromstring(k, create_parent="div").text_content().strip() for k in kept if k.strip()
    ]
    return found


def _credit_text(text: str) -> str:
    """A credit without the parentheses around it: "(Reporting by X)" -> "Reporting by X"; "(c) AFP" stays."""
    text = " ".join(text.split())
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        return text[1:-1].strip()
    return text


_INLINE = frozenset({"a", "b", "i", "em", "strong", "span", "u", "small", "abbr"})


def _drop_empty_inline(element: etree._Element) -> None:
    """Remove inline elements the dateline cut left empty ("<b>ANKARA</b>" -> "<b></b>"), keeping their tails."""
    for child in list(element.iter()):
        if child is not element and child.tag in _INLINE and not len(child) and not (child.text or "").strip():
            child.drop_tree()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text_slots(element: etree._Element) -> list[tuple[etree._Element, str]]:
    """The element's text nodes in reading order, as (owner, "text" | "tail")."""
    slots: list[tuple[etree._Element, str]] = [(element, "text")]
    for child in element:
        slots.extend(_text_slots(child))
        slots.append((child, "tail"))
    return slots


def _drop_leading_chars(element: etree._Element, count: int) -> None:
    """Remove the first ``count`` characters of ``element``'s text, wherever they sit in its markup."""
    for owner, attr in _text_slots(element):
        if count <= 0:
            break
        value = getattr(owner, attr) or ""
        taken = min(count, len(value))
        setattr(owner, attr, value[taken:] or None)
        count -= taken
    _drop_empty_inline(element)
    if element.text:
        element.text = element.text.lstrip()
    elif len(element) and element[0].tail is not None and element[0].tag not in _INLINE:
        element[0].tail = element[0].tail.lstrip()


def _drop_trailing_chars(element: etree._Element, count: int) -> None:
    """Remove the last ``count`` characters of ``element``'s text, wherever they sit in its markup."""
    for owner, attr in reversed(_text_slots(element)):
        if count <= 0:
            break
        value = getattr(owner, attr) or ""
        taken = min(count, len(value))
        setattr(owner, attr, value[: len(value) - taken].rstrip() or None)
        count -= taken
