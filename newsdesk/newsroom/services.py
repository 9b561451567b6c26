"""The desk's operations: building stories from wire copy, saving revisions, publishing on time,
automatic desk policies and agency kills.

Permissions are checked here as well as in views and admin actions, so a new
caller (a command, an API) cannot forget them. ``by=None`` means the system
itself (a worker, a signal receiver) and is always allowed.
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Model, Q, QuerySet
from django.utils import timezone

from newsdesk.newsroom.coverage import live_articles_covering, new_in_item
from newsdesk.newsroom.models import (
    Article,
    ArticleTransition,
    Correction,
    DeskPolicy,
    PendingRevision,
    PolicyDecision,
    Revision,
    TrustLevel,
    first_publication_times,
)
from newsdesk.taxonomy.models import Country, Edition, Sector, Tag
from newsdesk.wires.models import WireItem

logger = logging.getLogger(__name__)

PUBLISH_PERMISSION = "newsroom.publish_article"
WITHDRAW_PERMISSION = "newsroom.withdraw_article"
ADD_PERMISSION = "newsroom.add_article"
CHANGE_PERMISSION = "newsroom.change_article"
CORRECT_PERMISSION = "newsroom.add_correction"

# What a revision records, and so what its diff compares.
SNAPSHOT_FIELDS = ("headline", "slug", "standfirst", "body", "kind", "place_label", "agency_attribution")
# Fields save_revision() may change; status and times change only through transitions.
EDITABLE_FIELDS = frozenset(
    {*SNAPSHOT_FIELDS, "sector", "image", "from_agencies", "editions", "countries", "tags", "authors"}
)
M2M_FIELDS = frozenset({"editions", "countries", "tags", "authors"})
FK_FIELDS = frozenset({"sector", "image"})
# Statuses whose text readers see, or will see without another decision by someone who may publish.
LIVE_COPY = (Article.Status.PUBLISHED, Article.Status.SCHEDULED)
# A scan of due work touches at most this many rows per run; the next minute picks up the rest.
BATCH = 500


class DuplicateStory(Exception):
    """The chosen items (or their story clusters) are already used by live articles."""

    def __init__(self, existing: Sequence[Article]) -> None:
        self.existing = list(existing)
        names = "; ".join(f"“{article.headline}” (article {article.pk})" for article in self.existing)
        super().__init__(f"Already published as {names}. Update that story, or confirm a second one.")


class EditConflict(Exception):
    """Someone saved the article after the version this edit started from."""

    def __init__(self, article_id: int, seen_version: int, current_version: int | None) -> None:
        self.article_id, self.seen_version, self.current_version = article_id, seen_version, current_version
        super().__init__(
            f"Article {article_id} was saved by someone else (version {current_version}) after you opened "
            f"version {seen_version}; reload it and apply your changes again."
        )


def require(user: Any, permission: str) -> None:
    if user is None:
        return
    if not user.has_perm(permission):
        raise PermissionDenied(f"{user} lacks the permission {permission}")


# --------------------------------------------------------------------------
# Enrichment (another app; optional until it ships)
# --------------------------------------------------------------------------


def enrich(item: WireItem, *, use_llm: bool = True) -> Any | None:
    """The enrich app's analysis of ``item``, or None when the app (or its service) is not there.

    Imported lazily: the enrich app is optional, and the desk must keep working
    on the agency's own headline and summary without it. ``use_llm=False`` never
    calls the language model (automatic publishing: machines propose, people publish).
    """
    try:
        from newsdesk.enrich.services import enrich_wire_item  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    try:
        return enrich_wire_item(item, use_llm=use_llm)
    except Exception:
        # A failing enricher must not block the desk: fall back to the agency copy.
        logger.exception("enriching wire item %s failed; using the agency copy", item.pk)
        return None


def _attr(obj: Any, name: str, default: Any) -> Any:
    value = getattr(obj, name, None) if obj is not None else None
    return value if value else default


def proposed(enrichment: Any | None, name: str, fallback: str, *, model_text: bool = True) -> tuple[str, str]:
    """(text, method) for ``headline`` or ``standfirst``: the language model's proposal
    (unless ``model_text`` is False), else the summariser's, else the agency's own ``fallback`` (method "")."""
    for field in (f"llm_{name}", name) if model_text else (name,):
        proposal = getattr(enrichment, field, None) if enrichment is not None else None
        # enrich returns Proposal(text, method); accept a plain string too.
        text = getattr(proposal, "text", proposal)
        if isinstance(text, str) and text.strip():
            return text, str(getattr(proposal, "method", "enrich"))
    return fallback, ""


def _methods(*parts: tuple[str, str]) -> str:
    """A revision's method line: which machine wrote which field ("headline: clean-headline; ...")."""
    return "; ".join(f"{field}: {method}" for field, method in parts if method)


def item_sector(item: WireItem, enrichment: Any | None) -> Sector | None:
    """The source's sector when the desk set one (a specialist feed: an editor's decision),
    else the sector enrichment found (subject codes or the classifier's guess)."""
    if item.source_id and item.source and item.source.sector_id:
        return item.source.sector
    slug = _attr(enrichment, "sector_slug", "")
    return Sector.objects.filter(slug=slug).first() if slug else None


# --------------------------------------------------------------------------
# Articles from wire items
# --------------------------------------------------------------------------


def create_article_from_items(
    items: Sequence[WireItem],
    *,
    by: Any,
    kind: str = Article.Kind.NEWS,
    sector: Sector | None = None,
    lead: WireItem | None = None,
    confirmed_duplicate_of: Collection[int] = (),
) -> Article:
    """A draft built on ``items``: the lead item's copy (the first unless ``lead``), every item a source.

    Raises DuplicateStory when a live article already uses any of the items or covers
    their story cluster, unless every such article's id is in ``confirmed_duplicate_of``:
    a second story on the same event must be a decision, never an accident.
    """
    require(by, ADD_PERMISSION)
    items = list(items)
    if not items:
        raise ValidationError("Choose at least one wire item.")
    killed = [item for item in items if item.status != WireItem.Status.ACTIVE]
    if killed:
        raise ValidationError(f"Withdrawn by the agency, cannot be used: {', '.join(str(i) for i in killed)}")
    lead = lead or items[0]
    if lead not in items:
        raise ValidationError("The lead copy must be one of the chosen items.")
    existing = live_articles_covering(items)
    if any(article.pk not in confirmed_duplicate_of for article in existing):
        raise DuplicateStory(existing)
    enrichment = enrich(lead)
    sector = sector or item_sector(lead, enrichment)
    if sector is None:
        raise ValidationError("Choose a sector: neither enrichment nor the source names one.")
    agencies = sorted({item.agency for item in items if item.agency})
    headline, headline_method = proposed(enrichment, "headline", lead.headline or lead.guid)
    standfirst, standfirst_method = proposed(enrichment, "standfirst", lead.summary)
    method = _methods(("headline", headline_method), ("standfirst", standfirst_method))
    with transaction.atomic():
        article = Article.objects.create(
            kind=kind,
            headline=headline,
            standfirst=standfirst,
            body=lead.body_html,
            sector=sector,
            place_label=_attr(enrichment, "place_label", "Global")[:80],
            agency_attribution=", ".join(agencies)[:300],
            from_agencies=True,
            status=Article.Status.DRAFT,
        )
        article.wire_items.set(items)
        _place(article, enrichment, item=lead)
        # Machine-written when software wrote the headline or standfirst (the body is the agency's).
        record_revision(article, by=by, machine_written=bool(method), method=method or "from wire")
    return article


def _place(article: Article, enrichment: Any | None, *, item: WireItem, editions: Iterable[Edition] = ()) -> None:
    """Editions, countries and people/organisation tags from enrichment (or the source's edition)."""
    chosen = list(editions)
    if not chosen:
        slugs = list(_attr(enrichment, "editions", []))
        chosen = list(Edition.objects.filter(slug__in=slugs))
        if not chosen and item.source_id and item.source and item.source.edition_id:
            chosen = [item.source.edition] if item.source.edition else []
    article.editions.set(chosen)
    countries = [getattr(c, "code", c) for c in _attr(enrichment, "countries", [])]
    article.countries.set(Country.objects.filter(code__in=[str(c).upper() for c in countries]))
    tags = [Tag.for_name(str(name), Tag.Kind.PERSON) for name in _attr(enrichment, "people", [])]
    tags += [Tag.for_name(str(name), Tag.Kind.ORGANISATION) for name in _attr(enrichment, "organisations", [])]
    article.tags.set(tags)


def update_article_from_item(article: Article, item: WireItem, *, by: Any) -> list[str]:
    """Add ``item`` as a source of ``article`` (another agency's copy of a covered story).

    Returns the item's sentences the story does not have yet, for the editor to work in;
    an item that already is a source changes nothing (a double click adds no second revision).
    """
    require(by, CHANGE_PERMISSION)
    if needs_approval(article, by):
        raise PermissionDenied(f"{by} may not change live copy; an editor adds the source")
    if item.status != WireItem.Status.ACTIVE:
        raise ValidationError(f"Withdrawn by the agency, cannot be used: {item}")
    with transaction.atomic():
        # The lock makes two editors adding the same item wait for each other; the second sees it added.
        locked = Article.objects.select_for_update().get(pk=article.pk)
        fresh = new_in_item(locked, item)
        if locked.wire_items.filter(pk=item.pk).exists():
            return fresh
        locked.wire_items.add(item)
        agencies = [a.strip() for a in locked.agency_attribution.split(",") if a.strip()]
        if item.agency and item.agency not in agencies:
            agencies.append(item.agency)
        claim_version(locked, locked.version)
        Article.objects.filter(pk=locked.pk).update(agency_attribution=", ".join(agencies)[:300], from_agencies=True)
        locked.refresh_from_db()
        record_revision(locked, by=by, method=f"source added: {item.agency} {item.guid}"[:120])
    article.refresh_from_db()
    return fresh


# --------------------------------------------------------------------------
# Revisions and optimistic concurrency
# --------------------------------------------------------------------------


def snapshot(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(article, name) for name in SNAPSHOT_FIELDS}
    data["sector"] = article.sector.slug
    data["from_agencies"] = article.from_agencies
    data["image"] = article.image_id
    data["editions"] = sorted(article.editions.values_list("slug", flat=True))
    data["tags"] = sorted(article.tags.values_list("slug", flat=True))
    data["authors"] = sorted(article.authors.values_list("slug", flat=True))
    return data


def _lines(data: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for key in sorted(data):
        value = data[key]
        text = value if isinstance(value, str) else repr(value)
        # Body HTML is split at block ends so a one-paragraph edit is a one-line diff.
        parts = text.replace("</p>", "</p>\n").splitlines() or [""]
        lines += [f"{key}: {part}\n" for part in parts]
    return lines


def make_diff(before: dict[str, Any], after: dict[str, Any], *, before_name: str, after_name: str) -> str:
    return "".join(difflib.unified_diff(_lines(before), _lines(after), before_name, after_name))


def record_revision(article: Article, *, by: Any, machine_written: bool = False, method: str = "") -> Revision:
    """Store the article as it is now as revision ``article.version``, with its diff to the one before."""
    data = snapshot(article)
    previous = Revision.objects.filter(article=article, number__lt=article.version).order_by("-number").first()
    before = previous.snapshot if previous else {}
    diff = make_diff(
        before,
        data,
        before_name=f"r{previous.number}" if previous else "(new)",
        after_name=f"r{article.version}",
    )
    return Revision.objects.create(
        article=article,
        number=article.version,
        by=by if by is not None and by.pk else None,
        machine_written=machine_written,
        method=method[:120],
        snapshot=data,
        diff=diff,
    )


def claim_version(article: Article, seen_version: int) -> int:
    """Take the next version of ``article`` for this save, or raise EditConflict.

    The conditional UPDATE is the check and the lock at once: two editors who
    both opened version 4 race for ``version=4 -> 5`` and exactly one matches;
    a read-then-write check would let both through.
    """
    claimed = Article.objects.filter(pk=article.pk, version=seen_version).update(version=seen_version + 1)
    if claimed != 1:
        current = Article.objects.filter(pk=article.pk).values_list("version", flat=True).first()
        raise EditConflict(article.pk, seen_version, current)
    article.version = seen_version + 1
    return article.version


def save_revision(
    article: Article,
    *,
    by: Any,
    changes: dict[str, Any],
    seen_version: int,
    machine_written: bool = False,
    method: str = "",
    substantive: bool = False,
) -> Revision:
    """Apply ``changes`` as one new revision; raise EditConflict when someone saved since ``seen_version``.

    ``substantive`` bumps the public "Updated" time; "Created" never moves. Live copy needs the
    publish permission: anyone else goes through ``edit_article`` (or ``propose_revision``).
    """
    require(by, CHANGE_PERMISSION)
    _check_editable(changes)
    if needs_approval(article, by):
        raise PermissionDenied(f"{by} may not change live copy directly; the edit must be approved by an editor")
    return _apply_changes(
        article,
        changes,
        seen_version=seen_version,
        by=by,
        machine_written=machine_written,
        method=method,
        substantive=substantive,
    )


def _check_editable(changes: dict[str, Any]) -> None:
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"Not editable through a revision: {', '.join(sorted(unknown))}")


def _apply_changes(
    article: Article,
    changes: dict[str, Any],
    *,
    seen_version: int,
    by: Any,
    machine_written: bool = False,
    method: str = "",
    substantive: bool = False,
) -> Revision:
    with transaction.atomic():
        claim_version(article, seen_version)
        fresh = Article.objects.get(pk=article.pk)
        _assign(fresh, changes)
        if substantive:
            fresh.updated_at = timezone.now()
        fresh.full_clean(exclude=["slug"] if "slug" not in changes else None)
        fresh.save()  # save() sanitises body, headline and standfirst
        for name in M2M_FIELDS & set(changes):
            getattr(fresh, name).set(changes[name])
        revision = record_revision(fresh, by=by, machine_written=machine_written, method=method)
    article.refresh_from_db()
    return revision


def _assign(article: Article, changes: dict[str, Any]) -> None:
    for name, value in changes.items():
        if name in FK_FIELDS and not isinstance(value, Model):
            setattr(article, f"{name}_id", value)  # a proposal keeps primary keys
        elif name not in M2M_FIELDS:
            setattr(article, name, value)


# --------------------------------------------------------------------------
# Edits to live copy: held for an editor when the writer may not publish
# --------------------------------------------------------------------------


def needs_approval(article: Article, by: Any) -> bool:
    """A person without the publish permission changing copy readers see (or will see without another decision)."""
    if by is None or by.has_perm(PUBLISH_PERMISSION):
        return False
    # From the database: the instance in hand may be older than the last transition.
    status = Article.objects.filter(pk=article.pk).values_list("status", flat=True).first()
    return status in LIVE_COPY


def edit_article(
    article: Article, *, by: Any, changes: dict[str, Any], seen_version: int, substantive: bool = False
) -> Revision | PendingRevision:
    """A person's edit: applied at once, or held as a ``PendingRevision`` when the copy is live and they may not
    publish (the public page keeps its text until an editor approves)."""
    if needs_approval(article, by):
        return propose_revision(article, by=by, changes=changes, seen_version=seen_version)
    return save_revision(article, by=by, changes=changes, seen_version=seen_version, substantive=substantive)


def _stored(value: Any) -> Any:
    """``value`` as a proposal keeps it (JSON): objects by primary key, many-to-many sorted."""
    if isinstance(value, Model):
        return value.pk
    if isinstance(value, (QuerySet, list, tuple, set)):
        return sorted(v.pk if isinstance(v, Model) else v for v in value)
    return value


def _current(article: Article, names: Iterable[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in names:
        if name in M2M_FIELDS:
            values[name] = sorted(getattr(article, name).values_list("pk", flat=True))
        elif name in FK_FIELDS:
            values[name] = getattr(article, f"{name}_id")
        else:
            values[name] = getattr(article, name)
    return values


def propose_revision(article: Article, *, by: Any, changes: dict[str, Any], seen_version: int) -> PendingRevision:
    """Hold an edit to ``article`` for an editor; the article itself does not change."""
    require(by, CHANGE_PERMISSION)
    _check_editable(changes)
    with transaction.atomic():
        locked = Article.objects.select_for_update().get(pk=article.pk)
        if locked.version != seen_version:
            raise EditConflict(article.pk, seen_version, locked.version)
        before = _current(locked, changes)
        proposed = {name: _stored(value) for name, value in changes.items() if _stored(value) != before[name]}
        if not proposed:
            raise ValidationError("The edit changes nothing.")
        # Checked now, not at approval: the reporter hears at once that a shot is too long.
        trial = Article.objects.get(pk=article.pk)
        _assign(trial, proposed)
        trial.full_clean(exclude=["slug"] if "slug" not in proposed else None)
        before = {name: before[name] for name in proposed}
        return PendingRevision.objects.create(
            article=locked,
            by=by if by is not None and by.pk else None,
            changes=proposed,
            before=before,
            diff=make_diff(before, proposed, before_name=f"r{locked.version}", after_name="proposed"),
        )


def approve_revision(pending: PendingRevision, *, by: Any) -> Revision | None:
    """Apply a held edit as a new revision written by its proposer; None when it was already decided.

    Refused (ValidationError, nothing changed) when a field it touches was changed since it was
    proposed: applying it would silently undo that later work.
    """
    require(by, PUBLISH_PERMISSION)
    with transaction.atomic():
        # The article's lock first, then the claim: an editor saving the article meanwhile waits.
        locked = Article.objects.select_for_update().get(pk=pending.article_id)
        if not pending.decide(PendingRevision.State.APPROVED, by=by):
            return None
        moved = [name for name, value in _current(locked, pending.changes).items() if value != pending.before[name]]
        if moved:
            raise ValidationError(
                f"Changed since this edit was proposed: {', '.join(sorted(moved))}. Reject it and edit again."
            )
        revision = _apply_changes(
            locked, pending.changes, seen_version=locked.version, by=pending.by, method=f"approved by {by}"
        )
        PendingRevision.objects.filter(pk=pending.pk).update(revision=revision)
    pending.refresh_from_db()
    return revision


def reject_revision(pending: PendingRevision, *, by: Any) -> bool:
    require(by, PUBLISH_PERMISSION)
    return pending.decide(PendingRevision.State.REJECTED, by=by)


# --------------------------------------------------------------------------
# Publishing, scheduling, withdrawing, correcting
# --------------------------------------------------------------------------


def publish_article(article: Article, *, by: Any) -> bool:
    require(by, PUBLISH_PERMISSION)
    return article.publish(by=by)


def schedule_article(article: Article, when: dt.datetime, *, by: Any) -> bool:
    require(by, PUBLISH_PERMISSION)
    return article.schedule(when, by=by)


def withdraw_article(article: Article, reason: str, *, by: Any) -> bool:
    require(by, WITHDRAW_PERMISSION)
    return article.withdraw(reason, by=by)


def unschedule_article(article: Article, *, by: Any) -> bool:
    require(by, PUBLISH_PERMISSION)
    return article.unschedule(by=by)


def update_article(article: Article, *, by: Any, seen: dt.datetime | None) -> bool:
    """The "Update" button: the story changed in substance, so its public "Updated" time moves (only that)."""
    require(by, PUBLISH_PERMISSION)
    if article.status != Article.Status.PUBLISHED:
        raise ValidationError("Only a published story can be marked updated.")
    return article.bump_updated(seen=seen, by=by)


def add_correction(article: Article, text: str, *, by: Any) -> Correction:
    """A public correction note; a correction is a substantive change, so "Updated" moves."""
    require(by, CORRECT_PERMISSION)
    text = text.strip()
    if not text:
        raise ValidationError("A correction needs its text.")
    now = timezone.now()
    with transaction.atomic():
        correction = Correction.objects.create(
            article=article, text=text, at=now, by=by if by is not None and by.pk else None
        )
        article.mark_updated(now)
    return correction


def correct_once(article: Article, text: str, *, by: Any, seen_updated: dt.datetime | None) -> Correction | None:
    """The story page's Correct button: a public note, added only while "Updated" is still
    ``seen_updated`` (what the editor's page showed), so a double click adds one note (None then)."""
    require(by, CORRECT_PERMISSION)
    text = text.strip()
    if not text:
        raise ValidationError("A correction needs its text.")
    if article.status != Article.Status.PUBLISHED:
        raise ValidationError("Only a published story takes a public correction.")
    with transaction.atomic():
        if not article.bump_updated(seen=seen_updated, by=by, note=f"correction: {text}"):
            return None
        return Correction.objects.create(
            article=article, text=text, at=article.updated_at, by=by if by is not None and by.pk else None
        )


def publish_due(now: dt.datetime | None = None) -> int:
    """Publish every scheduled article whose time has come; each exactly once, whatever the number of workers.

    Each article is claimed by a conditional UPDATE (scheduled -> published)
    inside a transaction that also writes its audit row: two workers never both
    publish it, and a worker that dies before commit leaves it scheduled for
    the next run instead of half-published.
    """
    now = now or timezone.now()
    due = list(
        Article.objects.filter(status=Article.Status.SCHEDULED, scheduled_for__lte=now)
        # An item embargoed again after scheduling (a new agency version) holds the story back.
        .exclude(wire_items__embargoed_until__gt=now)
        .order_by("scheduled_for", "pk")
        .values_list("pk", "scheduled_for")[:BATCH]
    )
    published = 0
    for pk, when in due:
        with transaction.atomic():
            first = not ArticleTransition.objects.filter(article_id=pk, to_status=Article.Status.PUBLISHED).exists()
            claimed = Article.objects.filter(pk=pk, status=Article.Status.SCHEDULED, scheduled_for__lte=now).update(
                status=Article.Status.PUBLISHED,
                published_at=now,
                scheduled_for=None,
                **(first_publication_times(now) if first else {}),
            )
            if claimed != 1:
                continue  # another worker got there first, or an editor changed it
            ArticleTransition.objects.create(
                article_id=pk,
                from_status=Article.Status.SCHEDULED,
                to_status=Article.Status.PUBLISHED,
                at=now,
                note=f"scheduled for {when.isoformat() if when else '(unknown)'}",
            )
        published += 1
    return published


def withdraw_articles_built_on(item: WireItem) -> int:
    """Take down every published or scheduled article built on a killed item."""
    reason = f"Agency withdrawal: {item.agency} {item.guid}"
    if item.withdrawal_reason:
        reason += f" ({item.withdrawal_reason})"
    articles = Article.objects.filter(
        wire_items=item, status__in=[Article.Status.PUBLISHED, Article.Status.SCHEDULED]
    ).distinct()
    return sum(article.withdraw(reason) for article in articles)


# --------------------------------------------------------------------------
# Automatic desk policies
# --------------------------------------------------------------------------


def apply_policies(item: WireItem, now: dt.datetime | None = None) -> Article | None:
    """Publish ``item`` under its source's desk policy when it qualifies; the article, or None.

    Every decision is a ``PolicyDecision`` row, unique per item: it is the log
    and the claim. It is written in the same transaction as the article, so of
    two workers only one commits, and a crash leaves neither (the next run retries).
    """
    now = now or timezone.now()
    policy = (
        DeskPolicy.objects.filter(source_id=item.source_id, enabled=True).select_related("source", "byline").first()
        if item.source_id
        else None
    )
    if policy is None:
        return None
    if not WireItem.objects.publishable(now).filter(pk=item.pk).exists():
        return None  # killed, withheld or still embargoed: decided later (on release), if at all
    if PolicyDecision.objects.filter(wire_item=item).exists() or item.articles.exists():
        return None  # decided already, or a person already used it
    # No language model here: nobody reads this copy before it is live, so a model's
    # proposal may only ever be shown to an editor (the desk's own create path).
    enrichment = enrich(item, use_llm=False)
    sector = item_sector(item, enrichment)
    skip = ""
    if TrustLevel.rank(policy.source.trust) < TrustLevel.rank(policy.minimum_trust):
        skip = f"source trust {policy.source.trust} is below {policy.minimum_trust}"
    elif sector is None or not policy.sectors.filter(pk=sector.pk).exists():
        skip = f"sector {sector.slug if sector else '(none)'} is not one the policy publishes"
    try:
        with transaction.atomic():
            if skip:
                PolicyDecision.objects.create(
                    wire_item=item, policy=policy, outcome=PolicyDecision.Outcome.SKIPPED, reason=skip[:300], at=now
                )
                return None
            assert sector is not None
            # The claim first: on PostgreSQL a second worker's insert waits here
            # and then fails, before it has built anything.
            decision = PolicyDecision.objects.create(
                wire_item=item,
                policy=policy,
                outcome=PolicyDecision.Outcome.PUBLISHED,
                reason=f"trust {policy.source.trust}, sector {sector.slug}",
                at=now,
            )
            article = _auto_article(item, policy, enrichment, sector, now)
            PolicyDecision.objects.filter(pk=decision.pk).update(article=article)
    except IntegrityError:
        # Another worker's decision on this item committed first; theirs stands.
        return None
    logger.info("auto-policy %s published article %s from wire item %s", policy.pk, article.pk, item.pk)
    return article


def _auto_article(
    item: WireItem, policy: DeskPolicy, enrichment: Any | None, sector: Sector, now: dt.datetime
) -> Article:
    method = f"auto-policy {policy.pk}"
    # Never model-written text on a page no person has read (even if an enrichment carries it).
    headline, headline_method = proposed(enrichment, "headline", item.headline or item.guid, model_text=False)
    standfirst, standfirst_method = proposed(enrichment, "standfirst", item.summary, model_text=False)
    article = Article.objects.create(
        headline=headline,
        standfirst=standfirst,
        body=item.body_html,
        sector=sector,
        place_label=_attr(enrichment, "place_label", "Global")[:80],
        agency_attribution=item.agency[:300],
        from_agencies=True,
        status=Article.Status.DRAFT,
        created_at=now,
        updated_at=now,
    )
    article.wire_items.set([item])
    if policy.byline_id:
        article.authors.set([policy.byline_id])
    _place(article, enrichment, item=item, editions=policy.editions.all())
    written = _methods(("headline", headline_method), ("standfirst", standfirst_method))
    record_revision(article, by=None, machine_written=True, method=f"{method}; {written}" if written else method)
    article.publish(at=now)
    # The transition row says which policy acted: the audit trail of automatic publishing.
    ArticleTransition.objects.filter(article=article, to_status=Article.Status.PUBLISHED).update(note=method)
    return article


def policy_candidates(now: dt.datetime | None = None) -> list[WireItem]:
    """Publishable items from sources with an enabled policy, not yet decided nor used by an article."""
    now = now or timezone.now()
    return list(
        WireItem.objects.publishable(now)
        .filter(source__desk_policy__enabled=True, policy_decision__isnull=True)
        .filter(~Q(pk__in=Article.wire_items.through.objects.values("wireitem_id")))
        .select_related("source")
        .order_by("received_at", "pk")[:BATCH]
    )


def apply_desk_policies(now: dt.datetime | None = None) -> int:
    published = 0
    for item in policy_candidates(now):
        try:
            published += apply_policies(item, now) is not None
        except Exception:
            # One bad item must not stop the others; it is retried next run.
            logger.exception("desk policy failed on wire item %s", item.pk)
    return published
