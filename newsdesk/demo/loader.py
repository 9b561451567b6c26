"""Loads the demo newsroom through the real pipeline.

Agency stories are written as wire documents (``wires.py``: NewsML-G2, ninjs,
NITF, RSS) into ``var/demo-wires/``, ingested by the wire storage like any
agency copy (de-duplication, versions, the kill, the embargo), and turned into
articles by the desk service, with the placement an editor would choose and a
drawn picture. Opinion, blog and interview pieces are written in-house.

Idempotent: each story is recorded in ``DemoRecord`` and never loaded twice, so
`make run` can call it on every start.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from newsdesk.demo import images
from newsdesk.demo.models import DemoRecord
from newsdesk.demo.stories import STORIES, DemoStory
from newsdesk.demo.wires import WireDocument, build_documents, guid_for
from newsdesk.metrics.models import ArticleViewHour
from newsdesk.newsroom.models import Article, Author, Image
from newsdesk.newsroom.provenance import DigitalSourceType
from newsdesk.site.models import ConnectLink
from newsdesk.taxonomy.models import Country, Sector, Tag
from newsdesk.wires.models import WireItem
from newsdesk.wires.services import ingest_document

DEMO_NOTE = (
    "Demo content: this story was written for the Newsdesk demo newsroom. "
    "Its agencies, people and events are fictional."
)
DEMO_EDITOR = "demo-editor"
# The demo newsroom has no social profiles of its own; a site adds its profiles in admin
# (Connect links), and the footer shows only those (and RSS), never a network's home page.
DEMO_CONNECT_LINKS: list[tuple[str, str]] = []


@dataclasses.dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    withdrawn: int = 0
    scheduled: int = 0
    skipped: int = 0
    editor_password: str | None = None


def load_demo(now: dt.datetime | None = None, *, image_size: tuple[int, int] = (1200, 675)) -> LoadReport:
    now = now or timezone.now()
    report = LoadReport()
    sectors = {s.slug: s for s in Sector.objects.all()}
    countries = {c.code: c for c in Country.objects.select_related("edition")}
    by_key = {story.key: story for story in STORIES}
    done = set(DemoRecord.objects.values_list("key", flat=True))
    report.skipped = len(done & by_key.keys())
    for document in build_documents(now):
        pending = [by_key[key] for key in document.story_keys if key not in done]
        if not pending:
            continue
        _write_wire_file(document)
        ingest_document(document.data, fmt=document.fmt, agency=document.agency, origin=document.name)
        for story in pending:
            item = WireItem.objects.get(agency=story.agency, guid=guid_for(story))
            with transaction.atomic():
                if story.wire_role == "update":
                    _apply_update(story, item)
                    report.updated += 1
                elif story.wire_role == "kill":
                    # The kill already took the article down: storage withdrew the
                    # item and the newsroom withdraws what was built on it.
                    DemoRecord.objects.create(key=story.key, article=item.articles.first())
                    report.withdrawn += 1
                else:
                    article = _article_from_wire(story, item, sectors, countries, now, image_size)
                    report.scheduled += article.status == Article.Status.SCHEDULED
                    report.created += 1
    for story in STORIES:
        if story.agency or story.key in done:
            continue
        with transaction.atomic():
            _create_article(story, sectors, countries, now, image_size)
            report.created += 1
    # What the worker does every minute, done now so the first page view
    # already shows related coverage across agencies.
    from newsdesk.enrich.clusters import cluster_pending
    from newsdesk.enrich.placement import place_pending

    cluster_pending(now)
    place_pending(now)
    for position, (label, url) in enumerate(DEMO_CONNECT_LINKS):
        ConnectLink.objects.get_or_create(label=label, defaults={"url": url, "position": position})
    if report.created:
        _record_demo_traffic(now)
    return report


def _create_article(
    story: DemoStory,
    sectors: dict[str, Sector],
    countries: dict[str, Country],
    now: dt.datetime,
    image_size: tuple[int, int],
) -> Article:
    created = now - dt.timedelta(hours=story.hours_ago)
    updated = created + dt.timedelta(hours=story.updated_hours_after or 0)
    article = Article(
        kind=story.kind,
        headline=story.headline,
        slug=slugify(story.headline)[:200],
        standfirst=story.standfirst,
        body=_body_html(story.body),
        sector=sectors[story.sector],
        place_label=story.place_label,
        agency_attribution=story.agency,
        from_agencies=bool(story.agency),
        created_at=created,
        updated_at=updated,
    )
    if story.image:
        article.image = _image_for(story, created, image_size)
    article.save()
    _place(article, story, countries)
    article.publish(at=created)
    DemoRecord.objects.create(key=story.key, article=article)
    return article


def _article_from_wire(
    story: DemoStory,
    item: WireItem,
    sectors: dict[str, Sector],
    countries: dict[str, Country],
    now: dt.datetime,
    image_size: tuple[int, int],
) -> Article:
    from newsdesk.newsroom.services import create_article_from_items

    article = create_article_from_items([item], by=None, kind=story.kind, sector=sectors[story.sector])
    article.headline = story.headline
    article.standfirst = story.standfirst
    article.body = _body_html(story.body)
    article.place_label = story.place_label
    article.created_at = item.first_created or now - dt.timedelta(hours=story.hours_ago)
    article.updated_at = item.version_created or article.created_at
    if story.image:
        article.image = _image_for(story, article.created_at, image_size)
    article.save()
    _place(article, story, countries)
    if item.embargoed_until and item.embargoed_until > now:
        article.schedule(item.embargoed_until)
    else:
        updated = article.updated_at
        article.publish(at=article.created_at)
        if updated > article.updated_at:
            # A first publication sets "Updated" to its own time; the agency's later
            # version is an update the desk took in after it ran.
            article.mark_updated(updated)
    DemoRecord.objects.create(key=story.key, article=article)
    return article


def _apply_update(story: DemoStory, item: WireItem) -> None:
    """The desk takes an agency's new version into the story built on it."""
    article = item.articles.first()
    if article is not None:
        article.headline = story.headline
        article.standfirst = story.standfirst
        article.body = _body_html(story.body)
        article.save()
        article.mark_updated(item.version_created)
    DemoRecord.objects.create(key=story.key, article=article)


def _place(article: Article, story: DemoStory, countries: dict[str, Country]) -> None:
    story_countries = [countries[code] for code in story.countries if code in countries]
    article.countries.set(story_countries)
    article.editions.set({c.edition for c in story_countries if not c.edition.is_global})
    article.authors.set([_author(name) for name in story.authors])
    country_names = {c.name for c in countries.values()}
    article.tags.set(
        [Tag.for_name(name, Tag.Kind.PLACE if name in country_names else Tag.Kind.TOPIC) for name in story.tags]
    )


def _write_wire_file(document: WireDocument) -> None:
    """Leave the agency's document where a folder source would pick it up, as a new user can inspect it."""
    path = settings.VAR_DIR / "demo-wires" / document.name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(document.data)


def _body_html(paragraphs: tuple[str, ...]) -> str:
    html = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"{html}<p><em>{escape(DEMO_NOTE)}</em></p>"


def _image_for(story: DemoStory, created: dt.datetime, size: tuple[int, int]) -> Image:
    data = images.draw_story_image(story.key, story.sector, story.headline, width=size[0], height=size[1])
    is_ai = story.image == "ai"
    return Image.from_bytes(
        data,
        f"demo-{story.key}.jpg",
        alt_text=story.image_caption or story.headline,
        caption=story.image_caption,
        credit="AI illustration (demo)" if is_ai else f"Illustration: {story.agency or settings.NEWSDESK_SITE_NAME}",
        digital_source_type=DigitalSourceType.TRAINED_ALGORITHMIC if is_ai else DigitalSourceType.DIGITAL_ART,
        created_at=created,
    )


def _author(name: str) -> Author:
    author, _ = Author.objects.get_or_create(slug=slugify(name)[:140], defaults={"name": name})
    return author


def _record_demo_traffic(now: dt.datetime) -> None:
    """Give Trending something to rank on first run: a few days of made-up readership.

    Real views are recorded by the article view; these rows are only for the demo.
    """
    rng = random.Random(20250819)
    hour = now.replace(minute=0, second=0, microsecond=0)
    rows = []
    for article in Article.objects.live(now).filter(kind=Article.Kind.NEWS):
        appeal = rng.random() ** 2
        for back in range(0, 48, 3):
            views = int(appeal * rng.randint(0, 120))
            if views:
                rows.append(ArticleViewHour(article=article, hour=hour - dt.timedelta(hours=back), views=views))
    ArticleViewHour.objects.bulk_create(rows, ignore_conflicts=True)


def ensure_demo_editor(var_dir: Path) -> tuple[str, str]:
    """The demo's editor account, created on first run only; its password is kept in var/."""
    credentials = var_dir / "demo-editor-password"
    user_model = get_user_model()
    user = user_model.objects.filter(username=DEMO_EDITOR).first()
    if user is None:
        password = secrets.token_urlsafe(12)
        user = user_model.objects.create_user(DEMO_EDITOR, password=password, is_staff=True)
        # The desk's own role (newsroom migration 0003): publish, withdraw, correct, run policies.
        user.groups.add(Group.objects.get(name="Desk admin"))
        var_dir.mkdir(parents=True, exist_ok=True)
        credentials.write_text(password)
        credentials.chmod(0o600)
    password = credentials.read_text().strip() if credentials.exists() else "(set before; see var/)"
    return DEMO_EDITOR, password
