"""IPTC ninjs (News in JSON) 1.x, 2.x and 3.x.

Each item is validated against the schema of its major version, shipped in
``newsdesk/wires/schemas``. Properties the schema does not know are agency
extensions (Superdesk, AP, TT ... all add some): they are ignored with a
warning. Any other schema error rejects the item, naming the first error's
path. The mapping reads both spellings (``versioncreated``/``versionCreated``)
because real documents mix them.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, NoReturn

from jsonschema import Draft7Validator, Draft202012Validator
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource

from newsdesk.wires.items import Media, ParsedItem, ParseResult, PubStatus, Subject
from newsdesk.wires.parsers.base import (
    DocumentError,
    ItemError,
    Parser,
    add_signal,
    check_size,
    collect,
    digital_source_type,
    html_body,
    looks_like_json,
    media_kind,
    pub_status,
    safe_url,
    subject_from_uri,
    text_to_html,
    time_field,
    urgency,
    version_number,
)

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
SCHEMA_FILES = {1: "ninjs-schema_1.6.json", 2: "ninjs-schema_2.2.json", 3: "ninjs-schema_3.1.json"}
GEOJSON_URI = "https://geojson.org/schema/GeoJSON.json"

# Schema errors that only say "this property is not in the standard".
_EXTENSION_ERRORS = frozenset({"additionalProperties", "unevaluatedProperties"})
_V3_KEYS = frozenset(
    {
        "versionCreated", "firstCreated", "pubStatus", "embargoedUntil", "copyrightNotice", "copyrightHolder",
        "usageTerms", "edNote", "altIds", "contentCreated", "infoSources", "representationType",
        "digitalSourceType", "trustIndicators", "rightsInfo", "eventDetails", "plannedCoverage",
    }
)  # fmt: skip
_V2_KEYS = frozenset(
    {"headlines", "bodies", "descriptions", "subjects", "people", "places", "organisations", "genres", "events", "by"}
)
_SCHEMA_VERSION = re.compile(r"ninjs-schema_(\d)")
_HTML_ROLES = frozenset({"html", "html5", "richtext", "xhtml", "body_html", "body_xhtml"})
_MEDIA_TYPES = frozenset({"picture", "graphic", "video", "audio"})
# ninjs 3 news objects that announce or plan coverage: the desk's diary, not copy.
_DIARY_TYPES = frozenset({"event", "planning"})
_SUMMARY_ROLES = frozenset({"", "summary", "teaser", "abstract", "text", "description", "lead"})


def _no_network(uri: str) -> NoReturn:
    # A schema must never be fetched: wires are parsed offline and a remote
    # schema would let whoever serves it decide what validates.
    raise NoSuchResource(ref=uri)  # type: ignore[call-arg]  # attrs field, invisible to mypy


@functools.cache
def _registry() -> Registry:
    geojson = json.loads((SCHEMA_DIR / "GeoJSON-schema.json").read_text("utf-8"))
    registry: Registry = Registry(retrieve=_no_network)  # type: ignore[call-arg]  # attrs alias of _retrieve
    return registry.with_resource(GEOJSON_URI, Resource.from_contents(geojson))


@functools.cache
def validator(major: int) -> Draft7Validator | Draft202012Validator:
    """The compiled validator for ninjs ``major`` (1, 2 or 3); built once per process."""
    schema = json.loads((SCHEMA_DIR / SCHEMA_FILES[major]).read_text("utf-8"))
    cls = Draft7Validator if major == 1 else Draft202012Validator
    return cls(schema, registry=_registry())


def major_version(doc: Mapping[str, Any]) -> int:
    """1, 2 or 3, from the declared standard or schema if any, else from the document's shape."""
    standard = doc.get("standard") or doc.get("$standard")
    if isinstance(standard, Mapping):
        declared = str(standard.get("version") or "")[:1]
        if declared in ("1", "2", "3"):
            return int(declared)
    schema = doc.get("$schema")
    if isinstance(schema, str) and (match := _SCHEMA_VERSION.search(schema)) and match.group(1) in "123":
        return int(match.group(1))
    keys = doc.keys()
    if not _V3_KEYS.isdisjoint(keys):
        return 3
    if not _V2_KEYS.isdisjoint(keys) or isinstance(doc.get("associations"), list):
        return 2
    return 1


class NinjsParser(Parser):
    name = "ninjs"
    content_types = ("application/json", "application/ninjs+json", "text/json")

    def sniff(self, data: bytes, content_type: str = "") -> bool:
        if looks_like_json(data):
            return True
        media_type = content_type.split(";", 1)[0].strip().lower()
        return media_type in self.content_types or media_type.endswith("+json")

    def parse(self, data: bytes, *, agency: str = "", base_url: str = "", content_type: str = "") -> ParseResult:
        check_size(data)
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            document = json.loads(data)
        except (ValueError, RecursionError) as exc:  # JSONDecodeError, bad encoding, absurd numbers or nesting
            raise DocumentError(f"invalid JSON: {exc}"[:300]) from exc
        docs, envelope = _unwrap(document)
        if not docs and envelope:
            raise DocumentError(f"the API response holds no ninjs items (looked inside {envelope})")
        if not docs:
            raise DocumentError("not a ninjs document: expected a JSON object or a list of objects")

        base = safe_url(base_url, allow_relative=False)
        result = ParseResult()
        for doc in docs:
            guid = str(doc.get("uri") or doc.get("guid") or "") if isinstance(doc, dict) else ""
            build = functools.partial(_item, doc, agency, base)
            collect(result, build, guid=guid, raw=json.dumps(doc)[:300], base=base)
        if envelope:
            for item in result.items:
                item.warnings.append(f"ninjs read from inside an API envelope ({envelope})")
        return result


# Keys under which agencies' APIs wrap ninjs items: AP Media API {"data": {"items": [{"item": ...}]}},
# Superdesk {"_items": [...]}, Elasticsearch {"hits": {"hits": [{"_source": ...}]}}, and plain lists.
_ENVELOPE_KEYS = ("data", "items", "_items", "results", "hits", "docs", "documents", "item", "_source", "content")
_ITEM_KEYS = frozenset({"uri", "guid", "headline", "headlines", "body_html", "bodies", "type", "versioncreated"})
_MAX_ENVELOPE_DEPTH = 4


def _unwrap(document: Any, depth: int = 0) -> tuple[list[Any], str]:
    """(ninjs items, the envelope's path such as "data.items.item", "" for none) from a document."""
    if depth > _MAX_ENVELOPE_DEPTH:
        return [document], ""
    if isinstance(document, list):
        items: list[Any] = []
        via = ""
        for element in document:
            found, inner = _unwrap(element, depth + 1)
            items.extend(found)
            via = via or inner
        return items, via
    if isinstance(document, dict):
        if not _ITEM_KEYS.intersection(document):
            for key in _ENVELOPE_KEYS:
                if isinstance(document.get(key), dict | list):
                    found, inner = _unwrap(document[key], depth + 1)
                    return found, f"{key}.{inner}" if inner else key
        return [document], ""
    # Inside a list, anything else is a bad item the caller rejects by name; alone, not ninjs at all.
    return ([document] if depth else []), ""


def _kill_as_canceled(doc: dict[str, Any], warnings: list[str]) -> dict[str, Any]:
    """Agencies send kills as pubstatus "withdrawn" or "killed", outside the ninjs enum; read them as "canceled".

    Left to the schema, such a kill would be rejected as invalid and the killed story would stay live.
    """
    for key in ("pubstatus", "pubStatus"):
        value = doc.get(key)
        if isinstance(value, str) and value.strip() != "canceled" and pub_status(value) is PubStatus.CANCELED:
            warnings.append(f"pubstatus {value[:20]!r} read as canceled (a kill)")
            return {**doc, key: "canceled"}
    return doc


def _item(doc: Any, agency: str, base: str) -> ParsedItem:
    if not isinstance(doc, dict):
        raise ItemError("a ninjs item must be a JSON object")
    warnings: list[str] = []
    doc, dialect = _superdesk_uris(doc)
    if dialect:
        warnings.append("ninjs uri missing; guid used instead (Superdesk dialect)")
    doc = _kill_as_canceled(doc, warnings)
    kind = doc.get("type")
    if kind in _DIARY_TYPES or (kind is None and ("eventDetails" in doc or "plannedCoverage" in doc)):
        label = kind if isinstance(kind, str) else ("event" if "eventDetails" in doc else "planning")
        raise ItemError(
            f"a ninjs {label} item (a diary or coverage-planning entry), not a story", str(doc.get("uri") or "")
        )
    major = major_version(doc)
    errors = list(validator(major).iter_errors(doc))
    hard = [e for e in errors if e.validator not in _EXTENSION_ERRORS]
    guid = str(doc.get("uri") or "")
    if hard:
        error = best_match(hard)
        path = "/".join(str(p) for p in error.absolute_path) or "(root)"
        raise ItemError(f"ninjs {major}.x schema: {path}: {error.message}"[:500], guid)
    if errors:
        ignored = "; ".join(e.message for e in errors)[:300]
        warnings.append(f"properties outside the ninjs {major}.x schema ignored: {ignored}")

    item = ParsedItem(agency=agency, guid=guid, headline="", source_format="ninjs", warnings=warnings)
    item.version = version_number(_first(doc, "version"), item)
    item.pub_status = pub_status(str(_first(doc, "pubStatus", "pubstatus") or "")) or PubStatus.USABLE
    item.embargoed_until = time_field(item, _first(doc, "embargoedUntil", "embargoed"), "embargoed")
    item.first_created = time_field(item, _first(doc, "firstCreated", "firstcreated"), "firstcreated")
    item.version_created = time_field(item, _first(doc, "versionCreated", "versioncreated"), "versioncreated")
    item.headline = _headline(doc)
    item.body_html = _body(doc)
    item.summary = _summary(doc)
    item.byline = str(_first(doc, "by", "byline") or "")
    item.located = str(_first(doc, "located") or "")
    note = _first(doc, "edNote", "ednote")
    item.editorial_note = note if isinstance(note, str) else ""
    _signals(item, doc)
    item.language = str(_first(doc, "language") or "")
    item.urgency = urgency(_first(doc, "urgency"))
    item.subjects = [s for s in map(_subject, _objects(doc, "subjects", "subject")) if s is not None]
    item.places = [_name(p) for p in _objects(doc, "places", "place")]
    item.people = [_name(p) for p in _objects(doc, "people", "person")]
    item.organisations = [_name(o) for o in _objects(doc, "organisations", "organisation")]

    media: list[Media] = []
    if doc.get("type") in _MEDIA_TYPES and (own := _media(doc, base)) is not None:
        media.append(own)  # a picture item: its own renditions are the picture
    associations = doc.get("associations")
    if isinstance(associations, Mapping):
        associations = list(associations.values())
    for association in associations or []:
        if isinstance(association, Mapping) and association.get("type") in _MEDIA_TYPES:
            found = _media(association, base)
            if found is not None:
                media.append(found)
    item.media = media
    return item


def _signals(item: ParsedItem, doc: Mapping[str, Any]) -> None:
    """Agency "signals" (not in the standard): strings, or objects with a code, qcode or uri; a kill word kills."""
    signals = doc.get("signals") or doc.get("signal")
    for signal in signals if isinstance(signals, list) else [signals]:
        if isinstance(signal, Mapping):
            signal = signal.get("qcode") or signal.get("code") or signal.get("uri") or signal.get("name")
        if isinstance(signal, str) and pub_status(signal) is PubStatus.CANCELED:
            item.pub_status = PubStatus.CANCELED
            add_signal(item, "kill")


def _superdesk_uris(doc: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Superdesk's ninjs names the identifier "guid", also inside associations; give them a "uri"."""

    def fixed(obj: dict[str, Any]) -> dict[str, Any] | None:
        if not obj.get("uri") and isinstance(obj.get("guid"), str):
            return {**obj, "uri": obj["guid"]}
        return None

    changed = False
    top = fixed(doc)
    if top is not None:
        doc, changed = top, True
    associations = doc.get("associations")
    if isinstance(associations, dict):
        patched = {k: fixed(v) if isinstance(v, dict) else None for k, v in associations.items()}
        if any(v is not None for v in patched.values()):
            doc = {**doc, "associations": {k: patched[k] or v for k, v in associations.items()}}
            changed = True
    elif isinstance(associations, list):
        patched_list = [fixed(v) if isinstance(v, dict) else None for v in associations]
        if any(v is not None for v in patched_list):
            doc = {**doc, "associations": [p or v for p, v in zip(patched_list, associations, strict=True)]}
            changed = True
    return doc, changed


def _first(obj: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        value = obj.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _objects(doc: Mapping[str, Any], *keys: str) -> list[Mapping[str, Any]]:
    value = _first(doc, *keys)
    if isinstance(value, Mapping):
        value = [value]
    return [v for v in value or [] if isinstance(v, Mapping)] if isinstance(value, list) else []


def _name(obj: Mapping[str, Any]) -> str:
    return str(obj.get("name") or obj.get("literal") or "")


def _subject(obj: Mapping[str, Any]) -> Subject | None:
    name = str(obj.get("name") or "")
    if obj.get("uri"):
        return subject_from_uri(str(obj["uri"]), name)
    code = str(obj.get("code") or obj.get("literal") or "")
    scheme = str(obj.get("scheme") or "")
    if scheme:
        from_uri = subject_from_uri(scheme.rstrip("/") + "/" + code, name) if "/" in scheme else None
        if from_uri is not None:
            return from_uri
    return Subject(scheme, code, name) if code or name else None


def _role(obj: Mapping[str, Any]) -> str:
    return str(obj.get("role") or "").strip().lower()


def _content_type(obj: Mapping[str, Any]) -> str:
    return str(obj.get("contentType") or obj.get("contenttype") or "").strip().lower()


def _text_entries(doc: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    return [e for e in _objects(doc, key) if isinstance(e.get("value"), str) and e["value"].strip()]


def _headline(doc: Mapping[str, Any]) -> str:
    headlines = _text_entries(doc, "headlines")
    for wanted in ("main", ""):
        for entry in headlines:
            if _role(entry) == wanted:
                return str(entry["value"])
    if headlines:
        return str(headlines[0]["value"])
    return str(_first(doc, "headline", "title") or "")


def _body_kind(role: str, content_type: str) -> int:
    """2 for HTML, 1 for plain text, 0 for anything we do not render (NITF, XML ...)."""
    if "html" in content_type or role in _HTML_ROLES:
        return 2
    if content_type in ("", "text/plain"):
        return 1
    return 0


def _body(doc: Mapping[str, Any]) -> str:
    best: tuple[int, str] = (0, "")
    for entry in _text_entries(doc, "bodies"):
        kind = _body_kind(_role(entry), _content_type(entry))
        if kind > best[0]:
            best = (kind, str(entry["value"]))
    if best[0] == 0:
        for key in ("body_html", "body_xhtml"):
            if isinstance(doc.get(key), str) and doc[key].strip():
                best = (2, doc[key])
                break
        else:
            if isinstance(doc.get("body_text"), str) and doc["body_text"].strip():
                best = (1, doc["body_text"])
    kind, value = best
    if kind == 2:
        return html_body(value)
    return html_body(text_to_html(value)) if kind == 1 else ""


def _summary(doc: Mapping[str, Any]) -> str:
    descriptions = [d for d in _text_entries(doc, "descriptions") if _role(d) in _SUMMARY_ROLES]
    plain_first = sorted(descriptions, key=lambda d: _body_kind(_role(d), _content_type(d)) != 1)
    if plain_first:
        return str(plain_first[0]["value"])
    return str(_first(doc, "description_text", "description_html") or "")


def _description(doc: Mapping[str, Any], *roles: str) -> str:
    for entry in _text_entries(doc, "descriptions"):
        if _role(entry) in roles:
            return str(entry["value"])
    return ""


def _renditions(obj: Mapping[str, Any]) -> Iterable[Mapping[str, Any]]:
    renditions = obj.get("renditions")
    if isinstance(renditions, Mapping):
        return [r for r in renditions.values() if isinstance(r, Mapping)]
    if isinstance(renditions, list):
        return [r for r in renditions if isinstance(r, Mapping)]
    return []


def _dimension(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and value > 0:
        return int(value)
    return None


def _media(obj: Mapping[str, Any], base: str) -> Media | None:
    """The association (or picture item) as one Media: its largest rendition with a safe URL."""
    candidates = []
    for rendition in _renditions(obj):
        url = safe_url(rendition.get("href"), base)
        if url:
            width, height = _dimension(rendition.get("width")), _dimension(rendition.get("height"))
            candidates.append(((width or 0) * (height or 0), url, rendition, width, height))
    if not candidates:
        return None
    _, url, rendition, width, height = max(candidates, key=lambda c: c[0])
    mime = str(rendition.get("mimetype") or rendition.get("contentType") or rendition.get("contenttype") or "")
    caption = (
        _description(obj, "caption")
        or _description(obj, "", "text", "summary")
        or str(_first(obj, "description_text", "description_html") or "")
        or _headline(obj)
    )
    credit = _description(obj, "creditline") or str(
        _first(obj, "creditline", "copyrightNotice", "copyrightnotice", "by", "byline") or ""
    )
    source = _first(obj, "digitalSourceType", "digitalsourcetype")
    source_type = ""
    if isinstance(source, Mapping):
        source_type = digital_source_type(str(source.get("uri") or source.get("literal") or source.get("name") or ""))
    elif isinstance(source, str):
        source_type = digital_source_type(source)
    return Media(
        url=url,
        kind=media_kind(str(obj.get("type") or ""), mime),
        caption=caption,
        credit=credit,
        mime_type=mime,
        width=width,
        height=height,
        digital_source_type=source_type,
    )


__all__ = ["NinjsParser", "major_version", "validator"]
