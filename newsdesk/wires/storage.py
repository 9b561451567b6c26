"""Store parsed items exactly once: de-duplicate, version, kill, embargo.

The unit of work is a chunk of items in one transaction: one query finds the
chunk's existing items, one bulk insert adds the new ones and one adds their
versions. Unchanged items cost a hash comparison and nothing else.

Exactly once, with any number of workers: the ``(agency, guid)`` and
``(item, version, content_hash)`` unique constraints are the arbiters. Existing
rows are locked (``select_for_update``, in primary-key order so two workers
cannot deadlock on them); two workers inserting the same new item collide on
the constraint, and the loser's chunk is rolled back and run again, when it
finds the winner's row and counts the item unchanged. Signals are sent only
after a chunk commits, so a retried chunk never announces anything twice.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from typing import Any

from django.db import IntegrityError, OperationalError, connections, router, transaction
from django.db.models import DateTimeField, JSONField, Model
from django.utils import timezone

from newsdesk.wires.alerts import raise_desk_alerts
from newsdesk.wires.items import ParsedItem, ParseResult, PubStatus, Rejection
from newsdesk.wires.models import AGENCY_MAX_LENGTH, GUID_MAX_LENGTH, Quarantine, Source, WireItem, WireItemVersion
from newsdesk.wires.pictures import localise_body_pictures

logger = logging.getLogger(__name__)

CHUNK_SIZE = 500
# A chunk that loses a race is retried; more than a handful of losses in a row
# means something other than a race is wrong.
MAX_ATTEMPTS = 6
# PostgreSQL refuses b-tree index entries over ~2700 bytes; (agency, guid) is indexed.
MAX_KEY_BYTES = 2400
EXCERPT_CHARS = 2000
FALLBACK_AGENCY = "unattributed"
_EPOCH = dt.datetime.min.replace(tzinfo=dt.UTC)


@dataclasses.dataclass(frozen=True, slots=True)
class RejectedItem:
    reason: str
    guid: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"guid": self.guid, "reason": self.reason}


@dataclasses.dataclass(slots=True)
class IngestReport:
    """What one ingest did. Every item lands in exactly one count, so they add up to the items seen.

    ``withdrawn`` and ``embargoed`` count items that this ingest killed or that
    are held by an embargo (new or updated); ``errors`` are whole documents that
    could not be read at all; ``notes`` say what was dropped from items that
    were kept (a picture that could not be fetched).
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    embargoed: int = 0
    rejected: int = 0
    rejections: list[RejectedItem] = dataclasses.field(default_factory=list)
    documents: int = 0
    errors: list[str] = dataclasses.field(default_factory=list)
    # Relative links and images no base address resolved: dropped from the stored copy, link text kept.
    unresolved_links: int = 0
    notes: list[str] = dataclasses.field(default_factory=list)

    @property
    def items(self) -> int:
        return self.created + self.updated + self.unchanged + self.withdrawn + self.embargoed + self.rejected

    def merge(self, other: IngestReport) -> None:
        for name in ("created", "updated", "unchanged", "withdrawn", "embargoed", "rejected", "documents"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.unresolved_links += other.unresolved_links
        self.rejections.extend(other.rejections)
        self.errors.extend(other.errors)
        self.notes.extend(other.notes)

    def counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "withdrawn": self.withdrawn,
            "embargoed": self.embargoed,
            "rejected": self.rejected,
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.counts(),
            "rejections": [r.as_dict() for r in self.rejections],
            "documents": self.documents,
            "errors": list(self.errors),
            "unresolved_links": self.unresolved_links,
            "notes": list(self.notes),
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, sort_keys=False)


@dataclasses.dataclass(frozen=True, slots=True)
class Document:
    """Where items came from: a file path or URL, and the SHA-256 of the bytes."""

    name: str = ""
    digest: str = ""

    @classmethod
    def of(cls, data: bytes, name: str = "") -> Document:
        return cls(name=name, digest=hashlib.sha256(data).hexdigest())


class _Refused(ValueError):
    pass


@dataclasses.dataclass(slots=True)
class _Prepared:
    """A parsed item checked and reduced to what storage compares and writes."""

    agency: str
    guid: str
    version: int
    version_created: dt.datetime | None
    content_hash: str
    content: dict[str, Any]  # what the hash covers
    item: ParsedItem
    canceled: bool
    embargoed_until: dt.datetime | None

    # Built only for items that are written: most items of a re-polled feed are not.

    def snapshot(self) -> dict[str, Any]:
        return {**self.content, "source_format": self.item.source_format, "warnings": list(self.item.warnings)}

    def columns(self) -> dict[str, Any]:
        item, content = self.item, self.content
        urgency = item.urgency if isinstance(item.urgency, int) and 0 <= item.urgency <= 9 else None
        return {
            "version": self.version,
            # Columns are bounded; the full text is in the version snapshot.
            "headline": item.headline[:500],
            "body_html": item.body_html,
            "summary": item.summary,
            "byline": item.byline[:300],
            "dateline": item.dateline[:200],
            "dateline_date": item.dateline_date[:100],
            "credits": list(item.credits),
            "editorial_note": item.editorial_note,
            "located": item.located[:200],
            "language": item.language[:35],
            "first_created": item.first_created,
            "version_created": self.version_created,
            "times_assumed_utc": item.times_assumed_utc,
            "urgency": urgency,
            "subjects": content["subjects"],
            "places": content["places"],
            "people": content["people"],
            "organisations": content["organisations"],
            "links": content["links"],
            "media": content["media"],
            "source_format": item.source_format[:16],
            "embargoed_until": self.embargoed_until,
            "pub_status": content["pub_status"],
            "content_hash": self.content_hash,
        }

    @property
    def key(self) -> tuple[str, str]:
        return (self.agency, self.guid)

    @property
    def order(self) -> tuple[int, dt.datetime]:
        return (self.version, self.version_created or _EPOCH)


@dataclasses.dataclass(slots=True)
class _State:
    """What the database holds for one key, as the chunk sees it (and changes it)."""

    pk: int | None
    version: int
    version_created: dt.datetime | None
    content_hash: str
    status: str
    embargoed_until: dt.datetime | None
    released_at: dt.datetime | None
    seen_hashes: set[str]

    @property
    def order(self) -> tuple[int, dt.datetime]:
        return (self.version, self.version_created or _EPOCH)


def store_items(
    items: Iterable[ParsedItem],
    *,
    agency: str = "",
    fallback_agency: str = FALLBACK_AGENCY,
    source: Source | None = None,
    rejections: Sequence[Rejection] = (),
    document: Document | None = None,
    now: dt.datetime | None = None,
) -> IngestReport:
    """Store the items of one document; see :func:`store_documents`."""
    parsed = ParseResult(items=list(items), rejections=list(rejections))
    return store_documents(
        [(document or Document(), parsed)], agency=agency, fallback_agency=fallback_agency, source=source, now=now
    )


def store_documents(
    documents: Sequence[tuple[Document, ParseResult]],
    *,
    agency: str = "",
    fallback_agency: str = FALLBACK_AGENCY,
    source: Source | None = None,
    now: dt.datetime | None = None,
) -> IngestReport:
    """Store parsed documents together; ``agency`` (the source's or the operator's) wins over what they say.

    Many small documents (a folder of one-item NewsML files) are stored as one
    batch, so the per-transaction cost is paid per chunk, not per file. The
    parsers' rejections are quarantined, naming their document, and counted
    with the items storage itself refuses.
    """
    now = now or timezone.now()
    report = IngestReport()
    quarantine: list[Quarantine] = []
    groups: dict[tuple[str, str], list[_Prepared]] = {}
    failed_pictures: dict[str, str] = {}
    for document, parsed in documents:
        report.documents += 1
        for note in parsed.notes:
            # A document with nothing to store (an empty feed) is said so, in the report and in quarantine.
            report.notes.append(f"{document.name or 'document'}: {note}")
            quarantine.append(_quarantine_row(source, document, agency or fallback_agency, "", note, ""))
        for rejection in parsed.rejections:
            report.rejected += 1
            report.rejections.append(RejectedItem(rejection.reason, rejection.guid))
            quarantine.append(
                _quarantine_row(
                    source, document, agency or fallback_agency, rejection.guid, rejection.reason, rejection.raw_excerpt
                )
            )
        for item in parsed.items:
            report.unresolved_links += item.unresolved_links
            item_agency = (agency or item.agency or fallback_agency).strip()
            _localise_pictures(item, source, report, failed_pictures)
            try:
                prepared = _prepare(item, item_agency)
            except _Refused as exc:
                report.rejected += 1
                report.rejections.append(RejectedItem(str(exc), item.guid[:200]))
                quarantine.append(
                    _quarantine_row(source, document, item_agency, item.guid, str(exc), _item_excerpt(item))
                )
                continue
            groups.setdefault(prepared.key, []).append(prepared)
    for group in groups.values():
        # Oldest first, so versions of one item in one batch apply in order
        # (sorted() is stable: equal versions keep document order).
        group.sort(key=lambda p: p.order)

    for chunk in _chunks(list(groups.values()), CHUNK_SIZE):
        report.merge(_store_chunk_retrying(chunk, source, now))
    if quarantine:
        save_quarantine(quarantine)
        raise_desk_alerts(quarantine, agency=agency)
    return report


def _localise_pictures(item: ParsedItem, source: Source | None, report: IngestReport, failed: dict[str, str]) -> None:
    """Serve the body's pictures from our media (before hashing, so an unchanged item stays unchanged)."""
    # A source allowed private networks is an agency on our own network; its pictures are there too.
    allow_private = source is not None and source.allow_private_network
    item.body_html, notes = localise_body_pictures(item.body_html or "", allow_private=allow_private, failed=failed)
    report.notes.extend(f"{item.guid[:200]}: {note}" for note in notes)


def quarantine_document(source: Source | None, document: Document, agency: str, reason: str, data: bytes) -> None:
    """Keep a whole document that could not be parsed, so the operator sees what the agency sent."""
    text = data[: EXCERPT_CHARS * 2].decode("utf-8", "replace")
    save_quarantine([_quarantine_row(source, document, agency, "", reason, text)])


def save_quarantine(rows: list[Quarantine]) -> None:
    # ignore_conflicts: the same broken item from a re-poll (or a second worker) is already there.
    Quarantine.objects.bulk_create(rows, ignore_conflicts=True)


def _quarantine_row(
    source: Source | None, document: Document, agency: str, guid: str, reason: str, excerpt: str
) -> Quarantine:
    agency, guid = _no_nul(agency)[:AGENCY_MAX_LENGTH], _no_nul(guid)[:GUID_MAX_LENGTH]
    reason, excerpt = _no_nul(reason)[:1000], _no_nul(excerpt)[:EXCERPT_CHARS]
    # The document's digest, not its name: the same file re-polled is the same
    # row, while two different documents with the same broken item are two.
    parts = (document.digest, agency, guid, reason, excerpt)
    fingerprint = hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()
    return Quarantine(
        source=source,
        agency=agency,
        guid=guid,
        reason=reason,
        excerpt=excerpt,
        document=document.name[:2000],
        fingerprint=fingerprint,
    )


def _no_nul(text: str) -> str:
    # PostgreSQL text and jsonb cannot hold NUL; it is never meaningful in wire copy.
    return text.replace("\x00", "") if "\x00" in text else text


def _strip_nul(value: Any) -> Any:
    if isinstance(value, str):
        return _no_nul(value)
    if isinstance(value, list):
        return [_strip_nul(v) for v in value]
    if isinstance(value, dict):
        return {k: _strip_nul(v) for k, v in value.items()}
    return value


def _item_excerpt(item: ParsedItem) -> str:
    return json.dumps(_snapshot(item), ensure_ascii=False, default=str)[:EXCERPT_CHARS]


def _chunks(groups: list[list[_Prepared]], size: int) -> Iterator[list[list[_Prepared]]]:
    # All versions of one key stay in one chunk: they are compared with each other.
    chunk: list[list[_Prepared]] = []
    count = 0
    for group in groups:
        chunk.append(group)
        count += len(group)
        if count >= size:
            yield chunk
            chunk, count = [], 0
    if chunk:
        yield chunk


# --------------------------------------------------------------------------
# Preparing: check, hash, snapshot
# --------------------------------------------------------------------------


def _aware(value: dt.datetime | None) -> tuple[dt.datetime | None, bool]:
    if value is None:
        return None, False
    if timezone.is_naive(value):
        # The contract promises aware times; a parser that slipped gets UTC, flagged.
        return value.replace(tzinfo=dt.UTC), True
    return value.astimezone(dt.UTC), False


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _furniture(item: ParsedItem) -> dict[str, Any]:
    found: dict[str, Any] = {
        "dateline_date": item.dateline_date,
        "credits": list(item.credits),
        "editorial_note": item.editorial_note,
    }
    return {key: value for key, value in found.items() if value}


def _snapshot(item: ParsedItem) -> dict[str, Any]:
    """The item as JSON, every field that is content (not diagnostics); what the hash covers."""
    return {
        "guid": item.guid,
        "version": item.version,
        "headline": item.headline,
        "body_html": item.body_html,
        "summary": item.summary,
        "byline": item.byline,
        "dateline": item.dateline,
        "located": item.located,
        "language": item.language,
        "first_created": _iso(item.first_created),
        # Furniture keys only when present, so an item without furniture hashes as it always did
        # and re-reading an old document is not taken for a new version.
        **_furniture(item),
        "version_created": _iso(item.version_created),
        "times_assumed_utc": item.times_assumed_utc,
        "urgency": item.urgency,
        "subjects": [{"scheme": s.scheme, "code": s.code, "name": s.name} for s in item.subjects],
        "places": list(item.places),
        "people": list(item.people),
        "organisations": list(item.organisations),
        "links": list(item.links),
        "media": [
            {
                "url": m.url,
                "kind": m.kind,
                "caption": m.caption,
                "credit": m.credit,
                "alt_text": m.alt_text,
                "mime_type": m.mime_type,
                "width": m.width,
                "height": m.height,
                "digital_source_type": m.digital_source_type,
            }
            for m in item.media
        ],
        "embargoed_until": _iso(item.embargoed_until),
        "pub_status": str(item.pub_status),
    }


def _prepare(item: ParsedItem, agency: str) -> _Prepared:
    guid = (item.guid or "").strip()
    if not agency:
        raise _Refused("the item has no agency")
    if len(agency) > AGENCY_MAX_LENGTH:
        raise _Refused(f"the agency name is longer than {AGENCY_MAX_LENGTH} characters")
    if not guid:
        raise _Refused("the item has no identifier")
    if len(guid) > GUID_MAX_LENGTH or len(agency.encode()) + len(guid.encode()) > MAX_KEY_BYTES:
        raise _Refused(f"the item identifier is longer than storage allows ({MAX_KEY_BYTES} bytes with the agency)")
    if isinstance(item.version, bool) or not isinstance(item.version, int) or not -(2**63) < item.version < 2**63:
        raise _Refused(f"the item version {item.version!r} is not a whole number")
    try:
        pub_status = PubStatus(item.pub_status)
        item.pub_status = pub_status
    except ValueError:
        raise _Refused(f"unknown publication status {item.pub_status!r}") from None

    item.guid = guid
    first_created, naive1 = _aware(item.first_created)
    version_created, naive2 = _aware(item.version_created)
    embargoed_until, naive3 = _aware(item.embargoed_until)
    item.first_created, item.version_created, item.embargoed_until = first_created, version_created, embargoed_until
    item.times_assumed_utc = item.times_assumed_utc or naive1 or naive2 or naive3

    content = _snapshot(item)
    encoded = json.dumps(content, sort_keys=True, separators=(",", ":"))
    if "\\u0000" in encoded:
        content = _strip_nul(content)
        encoded = json.dumps(content, sort_keys=True, separators=(",", ":"))
        item.guid = guid = content["guid"]
        for name in ("headline", "body_html", "summary", "byline", "dateline", "located", "language"):
            setattr(item, name, content[name])
    content_hash = hashlib.sha256(encoded.encode("utf-8", "surrogatepass")).hexdigest()
    return _Prepared(
        agency=agency,
        guid=guid,
        version=item.version,
        version_created=version_created,
        content_hash=content_hash,
        content=content,
        item=item,
        canceled=pub_status is PubStatus.CANCELED,
        embargoed_until=embargoed_until,
    )


# --------------------------------------------------------------------------
# Storing one chunk
# --------------------------------------------------------------------------


def _store_chunk_retrying(chunk: list[list[_Prepared]], source: Source | None, now: dt.datetime) -> IngestReport:
    for attempt in range(1, MAX_ATTEMPTS + 1):
        try:
            with transaction.atomic():
                return _store_chunk(chunk, source, now)
        except (IntegrityError, OperationalError) as exc:
            # IntegrityError: another worker inserted one of our new items first.
            # OperationalError: a deadlock or "database is locked" on a busy SQLite.
            if attempt == MAX_ATTEMPTS:
                raise
            logger.info("wire chunk lost a race (%s); retrying, attempt %d", exc, attempt + 1)
            time.sleep(random.uniform(0.01, 0.05) * attempt)
    raise AssertionError("unreachable")


def _load_states(keys: list[tuple[str, str]]) -> dict[tuple[str, str], _State]:
    by_agency: dict[str, list[str]] = {}
    for agency, guid in keys:
        by_agency.setdefault(agency, []).append(guid)
    states: dict[tuple[str, str], _State] = {}
    for agency, guids in by_agency.items():
        rows = (
            WireItem.objects.select_for_update()
            .filter(agency=agency, guid__in=guids)
            .order_by("pk")
            .values_list(
                "pk", "guid", "version", "version_created", "content_hash", "status", "embargoed_until", "released_at"
            )
        )
        for pk, guid, version, created, content_hash, status, embargoed_until, released_at in rows:
            states[(agency, guid)] = _State(
                pk, version, created, content_hash, status, embargoed_until, released_at, {content_hash}
            )
    return states


def _load_history(states: dict[tuple[str, str], _State], chunk: list[list[_Prepared]]) -> None:
    """Add earlier versions' hashes for items whose incoming copy differs from the current one."""
    wanted: dict[int, _State] = {}
    hashes: set[str] = set()
    for group in chunk:
        state = states.get(group[0].key)
        if state is None or state.pk is None:
            continue
        differing = {p.content_hash for p in group if p.content_hash != state.content_hash}
        if differing:
            wanted[state.pk] = state
            hashes |= differing
    if not wanted:
        return
    rows = WireItemVersion.objects.filter(item_id__in=list(wanted), content_hash__in=list(hashes)).values_list(
        "item_id", "content_hash"
    )
    for item_id, content_hash in rows:
        wanted[item_id].seen_hashes.add(content_hash)


def _store_chunk(chunk: list[list[_Prepared]], source: Source | None, now: dt.datetime) -> IngestReport:
    report = IngestReport()
    states = _load_states([group[0].key for group in chunk])
    _load_history(states, chunk)

    new_items: dict[tuple[str, str], dict[str, Any]] = {}  # column values by attname
    new_versions: dict[tuple[str, str], list[_Prepared]] = {}
    updates: dict[int, dict[str, Any]] = {}
    versions: list[dict[str, Any]] = []
    to_withdraw: dict[tuple[str, str], int] = {}  # key -> version that killed it
    to_release: set[tuple[str, str]] = set()
    outcome: list[tuple[tuple[str, str], str]] = []  # (key, "created"|"updated"), resolved after writes

    for group in chunk:
        key = group[0].key
        state = states.get(key)
        for prepared in group:
            if state is None:
                released_at = now if prepared.embargoed_until and prepared.embargoed_until <= now else None
                new_items[key] = {
                    **prepared.columns(),
                    "agency": prepared.agency,
                    "guid": prepared.guid,
                    "source_id": source.pk if source is not None else None,
                    "received_at": now,
                    "updated_at": now,
                    "released_at": released_at,
                }
                new_versions[key] = [prepared]
                state = _State(
                    None,
                    prepared.version,
                    prepared.version_created,
                    prepared.content_hash,
                    WireItem.Status.ACTIVE,
                    prepared.embargoed_until,
                    released_at,
                    {prepared.content_hash},
                )
                states[key] = state
                outcome.append((key, "created"))
            elif prepared.content_hash in state.seen_hashes or prepared.order < state.order:
                # A copy we already hold, or an older version arriving late: the
                # stored item is already at least as new.
                report.unchanged += 1
                continue
            else:
                was_held = state.released_at is None and state.embargoed_until is not None
                fields = dict(prepared.columns(), updated_at=now)
                if source is not None:
                    fields["source_id"] = source.pk
                if prepared.embargoed_until is not None and prepared.embargoed_until > now:
                    fields["released_at"] = None  # held (again) until the new embargo passes
                elif was_held:
                    to_release.add(key)  # the agency lifted or moved the embargo into the past
                elif prepared.embargoed_until is not None and state.released_at is None:
                    fields["released_at"] = now  # never held by us: the embargo had passed on arrival
                if state.pk is None:
                    new_items[key].update(fields)
                    new_versions[key].append(prepared)
                else:
                    updates.setdefault(state.pk, {}).update(fields)
                    versions.append(_version_row(state.pk, prepared, now))
                state.version, state.version_created = prepared.version, prepared.version_created
                state.content_hash, state.embargoed_until = prepared.content_hash, prepared.embargoed_until
                state.released_at = fields.get("released_at", state.released_at)
                state.seen_hashes.add(prepared.content_hash)
                outcome.append((key, "updated"))
            if prepared.canceled and state.status == WireItem.Status.ACTIVE:
                to_withdraw.setdefault(key, prepared.version)

    if new_items:
        # Sorted, so two workers inserting overlapping sets take the unique-index
        # locks in the same order and one waits for the other instead of deadlocking.
        ordered = sorted(new_items)
        insert_rows(WireItem, [new_items[key] for key in ordered])
        for key, pk in _pks(ordered).items():
            states[key].pk = pk
            versions.extend(_version_row(pk, prepared, now) for prepared in new_versions[key])
    for pk, fields in sorted(updates.items()):
        WireItem.objects.filter(pk=pk).update(**fields)
    if versions:
        insert_rows(WireItemVersion, versions)

    withdrawn: set[tuple[str, str]] = set()
    for key, version in to_withdraw.items():
        item = WireItem(pk=states[key].pk)
        if item.withdraw(f"canceled by {key[0]} (version {version})"):
            withdrawn.add(key)
    for key in to_release - withdrawn:
        WireItem(pk=states[key].pk).release(now)

    # Each item counts once, in its final category for this ingest.
    counted_withdrawn: set[tuple[str, str]] = set()
    for key, kind in outcome:
        state = states[key]
        if key in withdrawn and key not in counted_withdrawn:
            counted_withdrawn.add(key)
            report.withdrawn += 1
        elif state.embargoed_until is not None and state.embargoed_until > now and kind in ("created", "updated"):
            report.embargoed += 1
        elif kind == "created":
            report.created += 1
        else:
            report.updated += 1
    return report


def _version_row(item_id: int, prepared: _Prepared, now: dt.datetime) -> dict[str, Any]:
    return {
        "item_id": item_id,
        "version": prepared.version,
        "version_created": prepared.version_created,
        "content_hash": prepared.content_hash,
        "snapshot": prepared.snapshot(),
        "received_at": now,
    }


def _pks(keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
    by_agency: dict[str, list[str]] = {}
    for agency, guid in keys:
        by_agency.setdefault(agency, []).append(guid)
    pks: dict[tuple[str, str], int] = {}
    for agency, guids in by_agency.items():
        for guid, pk in WireItem.objects.filter(agency=agency, guid__in=guids).values_list("guid", "pk"):
            pks[(agency, guid)] = pk
    return pks


def insert_rows(model: type[Model], rows: Sequence[dict[str, Any]]) -> None:
    """``bulk_create`` for plain rows, without the ORM's per-value compilation.

    Storing is most of an ingest's time, and most of ``bulk_create``'s time is
    spent preparing each of ~30 values of each row through the field machinery
    (and SQLite's 999-parameter limit cuts a chunk into batches of 30 rows). The
    values here are already clean Python values, so each column is adapted by
    the one backend function that applies (JSON, datetimes) and the rows go in
    one ``executemany``. Constraint violations still raise IntegrityError.
    Missing columns take the field default; no signals are sent (as with bulk_create).
    """
    if not rows:
        return
    connection = connections[router.db_for_write(model)]
    ops = connection.ops
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    adapters: list[Callable[[Any], Any]] = []
    for field in fields:
        if isinstance(field, JSONField):
            adapters.append(partial(ops.adapt_json_value, encoder=field.encoder))
        elif isinstance(field, DateTimeField):
            adapters.append(ops.adapt_datetimefield_value)
        else:
            adapters.append(_same)
    defaults = {f.attname: f.get_default() for f in fields}
    table = ops.quote_name(model._meta.db_table)
    columns = ", ".join(ops.quote_name(f.column) for f in fields)
    sql = f"INSERT INTO {table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"  # noqa: S608 (names from the model)
    attnames = [f.attname for f in fields]
    params = [
        tuple(
            adapt(row[name] if name in row else defaults[name]) for name, adapt in zip(attnames, adapters, strict=True)
        )
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def _same(value: Any) -> Any:
    return value
