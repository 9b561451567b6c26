"""Ingest: documents in, stored items out. The entry points for commands, tasks and tests."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import time
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from newsdesk.wires.fetch import FetchError, fetch
from newsdesk.wires.items import ParseResult
from newsdesk.wires.models import FetchLog, IngestedDocument, Quarantine, Source, WireItem
from newsdesk.wires.parsers import PARSER_VERSION, DocumentError, parse_document
from newsdesk.wires.storage import (
    CHUNK_SIZE,
    FALLBACK_AGENCY,
    Document,
    IngestReport,
    RejectedItem,
    quarantine_document,
    store_documents,
)

__all__ = [
    "IngestReport",
    "RejectedItem",
    "claim_due_sources",
    "ingest_document",
    "ingest_path",
    "poll_source",
    "prune_fetch_logs",
    "prune_ingest_records",
    "release_due_embargoes",
]

logger = logging.getLogger(__name__)

# Files an agency (or its upload tool) is still writing, or that are not documents.
_SKIPPED_SUFFIXES = (".tmp", ".part", ".partial", ".filepart", ".lock", "~")
# A file changed this close to the previous scan may have been missed by it (mtime granularity, clock skew).
_FOLDER_OVERLAP = dt.timedelta(seconds=5)


def ingest_document(
    data: bytes,
    *,
    fmt: str = "auto",
    agency: str = "",
    source: Source | None = None,
    base_url: str = "",
    content_type: str = "",
    origin: str = "",
) -> IngestReport:
    """Parse and store one document. Raises DocumentError (after quarantining it) when nothing in it is usable.

    ``agency`` (or the source's) wins over what the document says, so one
    source's items are keyed the same way whatever its documents contain; an
    item naming no agency at all falls back to the document's host name.
    ``origin`` names the document (file path; default ``base_url``) in quarantine.
    """
    agency = _agency(agency, source)
    fallback = urlsplit(base_url).hostname or FALLBACK_AGENCY
    digest = hashlib.sha256(data).hexdigest()
    seen = IngestedDocument.objects.filter(
        agency=agency or fallback, digest=digest, parser_version=PARSER_VERSION
    ).first()
    if seen is not None:
        IngestedDocument.objects.filter(pk=seen.pk).update(last_seen=timezone.now())
        replay = IngestReport(unchanged=seen.items, documents=1)
        replay.rejections = [RejectedItem(**rejection) for rejection in seen.rejections]
        replay.rejected = len(replay.rejections)
        return replay
    parsed = _parse(
        data,
        fmt=fmt,
        agency=agency,
        fallback=fallback,
        source=source,
        base_url=base_url,
        content_type=content_type,
        origin=origin,
    )
    report = store_documents([parsed], agency=agency, fallback_agency=fallback, source=source)
    # Recorded only once storage succeeded: a document that failed half-way is read again.
    IngestedDocument.objects.get_or_create(
        agency=agency or fallback,
        digest=digest,
        parser_version=PARSER_VERSION,
        defaults={"items": report.items - report.rejected, "rejections": [r.as_dict() for r in report.rejections]},
    )
    return report


def _agency(agency: str, source: Source | None) -> str:
    return (agency or (source.agency if source is not None else "")).strip()


def _parse(
    data: bytes,
    *,
    fmt: str,
    agency: str,
    fallback: str,
    source: Source | None,
    base_url: str = "",
    content_type: str = "",
    origin: str = "",
) -> tuple[Document, ParseResult]:
    document = Document.of(data, origin or base_url)
    try:
        parsed = parse_document(
            data,
            fmt,
            agency=agency,
            base_url=base_url,
            content_type=content_type,
            max_bytes=settings.NEWSDESK_WIRES_FETCH_MAX_BYTES,
            assume_zone=source.time_zone if source is not None else "",
        )
    except DocumentError as exc:
        quarantine_document(source, document, agency or fallback, f"unreadable document: {exc}", data)
        raise
    return document, parsed


def _is_url(target: str) -> bool:
    return urlsplit(target).scheme.lower() in ("http", "https")


def _document_files(folder: Path, since: dt.datetime | None = None) -> list[Path]:
    """Regular files in ``folder`` in name order; with ``since``, only those changed after it."""
    files = []
    cutoff = since.timestamp() if since is not None else None
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        # Not symlinks: whoever can write to an agency's drop folder must not be
        # able to point us at /etc/passwd and read it back from the quarantine.
        if entry.name.startswith(".") or entry.name.endswith(_SKIPPED_SUFFIXES):
            continue
        if entry.is_symlink() or not entry.is_file(follow_symlinks=False):
            continue
        if cutoff is not None:
            stat = entry.stat()
            # ctime too: a file moved into the folder keeps its old mtime.
            if max(stat.st_mtime, stat.st_ctime) < cutoff:
                continue
        files.append(Path(entry.path))
    return files


def _read_file(path: Path) -> bytes:
    limit = settings.NEWSDESK_WIRES_FETCH_MAX_BYTES
    with path.open("rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise DocumentError(f"the file is larger than {limit} bytes")
    return data


def _ingest_files(paths: Iterable[Path], *, fmt: str, agency: str, source: Source | None) -> IngestReport:
    """Ingest files in batches of about a chunk of items: a folder of one-item files costs one transaction per batch."""
    agency = _agency(agency, source)
    report = IngestReport()
    batch: list[tuple[Document, ParseResult]] = []
    pending = 0
    for path in paths:
        try:
            data = _read_file(path)
            parsed = _parse(data, fmt=fmt, agency=agency, fallback=FALLBACK_AGENCY, source=source, origin=str(path))
        except (OSError, DocumentError) as exc:
            report.errors.append(f"{path}: {exc}")
            continue
        batch.append(parsed)
        pending += len(parsed[1].items)
        if pending >= CHUNK_SIZE:
            report.merge(store_documents(batch, agency=agency, source=source))
            batch, pending = [], 0
    if batch:
        report.merge(store_documents(batch, agency=agency, source=source))
    return report


def ingest_path(target: str, *, fmt: str = "auto", agency: str = "", allow_private: bool = False) -> IngestReport:
    """Ingest a URL, a file, or every file of a folder, now; what ``newsdesk ingest`` runs."""
    if _is_url(target):
        report = IngestReport()
        try:
            result = fetch(target, allow_private=allow_private)
        except FetchError as exc:
            report.errors.append(f"{target}: {exc}")
            return report
        if not result.ok:
            report.errors.append(f"{target}: HTTP {result.status}")
            return report
        try:
            return ingest_document(
                result.body, fmt=fmt, agency=agency, base_url=result.url, content_type=result.content_type
            )
        except DocumentError as exc:
            report.errors.append(f"{target}: {exc}")
            return report
    path = Path(target)
    if path.is_dir():
        report = _ingest_files(_document_files(path), fmt=fmt, agency=agency, source=None)
        if not report.documents and not report.errors:
            report.errors.append(f"{target}: the folder has no documents")
        return report
    if path.is_file():
        return _ingest_files([path], fmt=fmt, agency=agency, source=None)
    report = IngestReport()
    report.errors.append(f"{target}: no such file, folder or http(s) URL")
    return report


# --------------------------------------------------------------------------
# Polling sources
# --------------------------------------------------------------------------


def claim_due_sources(now: dt.datetime | None = None) -> list[Source]:
    """Sources due for a poll that this worker now holds; each is held by one worker only."""
    now = now or timezone.now()
    due = Source.objects.filter(enabled=True).filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
    return [source for source in due.order_by("next_poll_at", "pk") if source.claim(now)]


def poll_source(source: Source, now: dt.datetime | None = None) -> IngestReport:
    """Fetch and ingest one source (which the caller has claimed); records the outcome on it and in FetchLog."""
    now = now or timezone.now()
    started = time.monotonic()
    log = FetchLog(source=source, started_at=now)
    report = IngestReport()
    try:
        if source.is_remote:
            report = _poll_url(source, now, log)
        else:
            report = _poll_folder(source, now)
            log.error = "; ".join(report.errors)[:5000]
    finally:
        log.duration_ms = int((time.monotonic() - started) * 1000)
        log.counts = {**report.counts(), "documents": report.documents}
        if not log.error and report.errors:
            log.error = "; ".join(report.errors)[:5000]
        log.save()
    return report


def _poll_url(source: Source, now: dt.datetime, log: FetchLog) -> IngestReport:
    report = IngestReport()
    try:
        result = fetch(
            source.location,
            etag=source.etag,
            last_modified=source.last_modified,
            allow_private=source.allow_private_network,
        )
    except FetchError as exc:
        report.errors.append(str(exc))
        source.record_failure(now, str(exc))
        return report
    log.status_code = result.status
    log.bytes_read = result.bytes_read
    moved_to = result.permanent_url or None
    if result.status == 410:
        reason = f"HTTP 410 Gone from {result.url}: the agency removed it, so the source was disabled"
        report.errors.append(reason)
        source.disable(now, reason)
        return report
    if result.not_modified:
        source.record_success(now, location=moved_to, retry_after=result.retry_after)
        return report
    if not result.ok:
        error = f"HTTP {result.status} from {result.url}"
        report.errors.append(error)
        source.record_failure(now, error, retry_after=result.retry_after, location=moved_to)
        return report
    try:
        report = ingest_document(
            result.body, fmt=source.format, source=source, base_url=result.url, content_type=result.content_type
        )
    except DocumentError as exc:
        error = f"unreadable document from {result.url}: {exc}"
        report.errors.append(error)
        # Validators stay unset: the next poll must fetch the document again, not get a 304 for it.
        source.record_failure(now, error, retry_after=result.retry_after, location=moved_to)
        return report
    source.record_success(
        now, etag=result.etag, last_modified=result.last_modified, location=moved_to, retry_after=result.retry_after
    )
    return report


def _poll_folder(source: Source, now: dt.datetime) -> IngestReport:
    folder = Path(source.location)
    since = source.last_success_at - _FOLDER_OVERLAP if source.last_success_at else None
    try:
        files = _document_files(folder, since)
    except OSError as exc:
        report = IngestReport()
        report.errors.append(f"cannot read folder {folder}: {exc}")
        source.record_failure(now, report.errors[0])
        return report
    report = _ingest_files(files, fmt=source.format, agency=source.agency, source=source)
    # Broken files are quarantined and named in the log; they do not make a
    # healthy folder look down, or every later poll would back off.
    source.record_success(now)
    return report


# --------------------------------------------------------------------------
# Embargoes and housekeeping
# --------------------------------------------------------------------------


def release_due_embargoes(now: dt.datetime | None = None, *, limit: int = 1000) -> int:
    """Release items whose embargo has passed; each is released (and announced) once, by one worker."""
    now = now or timezone.now()
    due = (
        WireItem.objects.filter(
            released_at__isnull=True,
            embargoed_until__isnull=False,
            embargoed_until__lte=now,
            status=WireItem.Status.ACTIVE,
        )
        .order_by("embargoed_until", "pk")
        .only("pk")[:limit]
    )
    return sum(1 for item in due if item.release(now))


def prune_fetch_logs(now: dt.datetime | None = None) -> int:
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.NEWSDESK_WIRES_FETCH_LOG_DAYS)
    deleted, _ = FetchLog.objects.filter(started_at__lt=cutoff).delete()
    return deleted


def prune_ingest_records(now: dt.datetime | None = None) -> dict[str, int]:
    """Drop document digests not seen and quarantine rows not touched within their retention periods."""
    now = now or timezone.now()
    documents = now - dt.timedelta(days=settings.NEWSDESK_WIRES_INGESTED_DOCUMENT_DAYS)
    quarantine = now - dt.timedelta(days=settings.NEWSDESK_WIRES_QUARANTINE_DAYS)
    return {
        "ingested documents": IngestedDocument.objects.filter(last_seen__lt=documents).delete()[0],
        "quarantine": Quarantine.objects.filter(received_at__lt=quarantine).delete()[0],
    }
