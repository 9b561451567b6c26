"""Nothing unpublished on any public surface: every public URL pattern, every article status."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from newsdesk.audience.services import send_digests
from newsdesk.audience.tests.factories import make_subscriber
from newsdesk.newsroom.models import Article
from newsdesk.newsroom.tests.factories import make_article, make_author
from newsdesk.site.sitemaps import NEWS_SECTION, SECTIONS_SECTION, month_section
from newsdesk.site.tests.test_structured_data import BROWSER, jsonld_of
from newsdesk.taxonomy.models import Edition, Tag
from newsdesk.wires.models import WireItem
from newsdesk.wires.storage import store_items
from newsdesk.wires.tests.support import make_item

pytestmark = pytest.mark.django_db

# Staff surfaces have their own login gate; everything else is public.
STAFF_PREFIXES = ("admin/", "desk/", "media/")


def walk(patterns: list[URLPattern | URLResolver], prefix: str = "") -> Iterator[str]:
    for pattern in patterns:
        route = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            yield from walk(pattern.url_patterns, route)
        else:
            yield route


PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>([^)]*)\)")
# Slots that name one story: filled story by story (its id with its own slug, with a wrong slug, and a
# missing id with its slug), not as a cross product, so each status meets each story route a few times.
ID_SLOTS = {"pk", "article_id"}
MISSING_ID = "999999"


def fill(route: str, stories: list[Article], listings: dict[str, str]) -> list[str]:
    """The paths that exercise ``route``: each story slot with each story, each listing slot with a real listing.

    A parameter this function does not know yields no path, so a new public route fails the walk until
    someone decides what to put in it.
    """
    slots = [(m.group(1) or m.group(2), m.group(3)) for m in PARAMETER.finditer(route)]
    rows: list[dict[str, str]] = [{}]
    if any(name in ID_SLOTS for name, _ in slots):
        rows = []
        for story in stories:
            pk = str(story.pk)
            rows += [{"id": pk, "slug": story.slug}, {"id": pk, "slug": "no-such-story"}]
            rows += [{"id": MISSING_ID, "slug": story.slug}]
    paths: list[str] = []
    for row in rows:
        filled = [("/" + route, "")]
        for name, alternatives in slots:
            done = []
            for path, scope in filled:
                for option in options(name, alternatives, row, scope or previous_segment(path), stories, listings):
                    new = PARAMETER.sub(option, path, count=1)
                    done.append((new, option if name == "scope" else scope))
            filled = done
        paths += [re.sub(r"\\(.)", r"\1", path) for path, _ in filled]  # unescape regex routes' "\."
    return list(dict.fromkeys(paths))


def previous_segment(path: str) -> str:
    return path.split("<")[0].split("(?P")[0].rstrip("/").rsplit("/", 1)[-1]


def options(
    name: str,
    alternatives: str | None,
    row: dict[str, str],
    scope: str,
    stories: list[Article],
    listings: dict[str, str],
) -> list[str]:
    if name in ID_SLOTS:
        return [row["id"]]
    if name == "slug" and "id" in row:
        return [row["slug"]]
    if alternatives and re.fullmatch(r"[\w|]+", alternatives):
        return alternatives.split("|")  # a regex route's fixed words (feed scopes, formats)
    if name == "slug":
        return [listings[scope]] if scope in listings else []
    if name == "sector":
        return [listings["sector"]]
    if name == "kind":
        # The one-segment catch-all: a story's slug must not resolve to it there either.
        return [listings["kind"], *(s.slug for s in stories)]
    if name == "section":
        months = {month_section(s.kind, s.published_at or s.created_at) for s in stories}
        return [SECTIONS_SECTION, NEWS_SECTION, *sorted(months), "no-such-section"]
    if name == "token":
        return ["no-such-token"]
    return []


def hidden_stories() -> list[Article]:
    now = timezone.now()
    return [
        make_article(headline="Zebradraft unpublished plan", slug="zebradraft-unpublished-plan", status="draft"),
        make_article(
            headline="Zebrasched future plan",
            slug="zebrasched-future-plan",
            status="scheduled",
            published_at=now + dt.timedelta(hours=3),
        ),
        make_article(
            headline="Zebraembargo timed plan",
            slug="zebraembargo-timed-plan",
            status="published",
            published_at=now + dt.timedelta(hours=3),
        ),
        make_article(
            headline="Zebrawithdrawn pulled plan",
            slug="zebrawithdrawn-pulled-plan",
            status="withdrawn",
            withdrawn_at=now,
        ),
    ]


def live_story_with_embargoed_wire_update() -> Article:
    store_items([make_item("urn:gate:1", headline="Agency first public version")])
    item = WireItem.objects.get(guid="urn:gate:1")
    article = make_article(headline="Live plan from agency copy", slug="live-plan-from-agency-copy")
    article.wire_items.set([item])
    store_items(
        [
            make_item(
                "urn:gate:1",
                version=2,
                headline="Zebrawire embargoed second version",
                embargoed_until=timezone.now() + dt.timedelta(days=1),
            )
        ]
    )
    return article


def test_it_answers_short_links_to_unpublished_stories_like_a_missing_one(client: Client) -> None:
    draft, scheduled, timed, withdrawn = hidden_stories()
    live = make_article()
    missing = client.get("/a/999999/")

    for story in (draft, scheduled, timed):
        response = client.get(f"/a/{story.pk}/")
        assert response.status_code == 404 == missing.status_code
        assert "Location" not in response and story.slug.encode() not in response.content
    gone = client.get(f"/a/{withdrawn.pk}/")
    assert gone.status_code == 410 and withdrawn.slug.encode() not in gone.content
    assert client.get(f"/a/{live.pk}/")["Location"] == live.get_absolute_url()


def test_it_cites_the_last_public_version_of_a_wire_item_under_a_new_embargo(client: Client) -> None:
    article = live_story_with_embargoed_wire_update()

    html = client.get(article.get_absolute_url(), headers=BROWSER).content.decode()

    assert "Zebrawire" not in html
    assert jsonld_of(html)[0]["isBasedOn"][0]["headline"] == "Agency first public version"


def walk_fixture() -> tuple[list[Article], Article, dict[str, str]]:
    """Every hidden status and the live story, sharing one sector, edition and tag, so every listing,
    feed and related-coverage box that shows the live story would show the others too if the gate failed."""
    edition = Edition.objects.get(slug="south-asia")
    tag = Tag.objects.create(name="Zebra rivers", slug="rivers")
    author = make_author(name="Zebra Writer")
    stories = [*hidden_stories(), live_story_with_embargoed_wire_update()]
    for story in stories:
        story.editions.set([edition])
        story.tags.set([tag])
        story.authors.set([author])
    listings = {"sector": "wash", "edition": edition.slug, "tag": tag.slug, "kind": "news", "page": "about"}
    listings["author"] = author.slug
    return stories, stories[-1], listings


def id_shapes(story: Article) -> list[str]:
    return [f"/a/{story.pk}/", f"/articles/{story.pk}", f'"id": {story.pk},', f"/view/{story.pk}.gif"]


def secrets_of(hidden: list[Article]) -> list[str]:
    """What must not appear anywhere: headlines, slugs, and ids in the shapes our URLs and JSON use."""
    secrets = ["Zebrawire", "zebrawire"]
    for story in hidden:
        secrets += [story.headline, story.slug, *id_shapes(story)]
    return secrets


def assert_no_secret(client: Client, url: str, secrets: list[str], kill_notices: tuple[str, ...] = ()) -> str:
    response = client.get(url, headers=BROWSER)
    assert response.status_code < 500, url
    text = response.content.decode(errors="replace") + " ".join(f"{k}: {v}" for k, v in response.items())
    # A ninjs "canceled" notice names the withdrawn story's stable URI (and nothing else): partners
    # who took the story must learn to take it down. Headline and slug stay secret there too.
    exempt = kill_notices if re.search(r'"pub[sS]tatus": "canceled"', text) else ()
    for secret in secrets:
        # A page may echo the address asked for (canonical link): that is not a leak.
        if secret.lower() not in url.lower() and secret not in exempt:
            assert secret not in text, (url, secret)
    return text


# A route without parameters is asked plain and with every query parameter a public view reads at once
# (search words, API format, page); search and the API list are asked with each of their filters.
PROBE = "?q=plan&format=ninjs&version=3&page=1"


def queries(listings: dict[str, str]) -> dict[str, list[str]]:
    return {
        "search/": ["", "?q=plan", "?q=Zebradraft", "?q=zebrasched", "?q=Zebraembargo", "?q=Zebrawire", PROBE],
        "api/v1/articles": [
            "",
            PROBE,
            "?sector=wash",
            f"?edition={listings['edition']}",
            f"?tag={listings['tag']}",
            "?kind=news",
            "?since=2000-01-01T00:00:00Z",
        ],
        "api/v1/articles/<int:article_id>": ["", "?format=ninjs", "?format=ninjs&version=3"],
        "api/v1/articles/<int:article_id>.ninjs": ["", "?version=3"],
    }


def test_it_shows_no_unpublished_story_on_any_public_url(client: Client, settings: Any) -> None:
    settings.NEWSDESK_API_RATE_LIMIT = 100_000  # the walk is one client asking many times
    stories, live, listings = walk_fixture()
    secrets = secrets_of(stories[:-1])
    withdrawn = next(s for s in stories if s.status == Article.Status.WITHDRAWN)
    routes = [r for r in walk(get_resolver().url_patterns) if not r.startswith(STAFF_PREFIXES)]
    asked = queries(listings)
    seen: dict[str, str] = {}
    for route in routes:
        paths = fill(route, stories, listings)
        assert paths, f"the walk does not know how to fill {route!r}: teach options() its parameters"
        plain = "<" in route or "(?P" in route
        for path in paths:
            for query in asked.get(route, [""] if plain else ["", PROBE]):
                seen[path + query] = assert_no_secret(client, path + query, secrets, tuple(id_shapes(withdrawn)))
    # Sitemaps: follow the index into every section it names.
    for loc in re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", seen["/sitemap.xml"]):
        seen[loc] = assert_no_secret(client, loc, secrets)

    # The walk reaches content: the live story is on every surface that lists it, so its hidden
    # neighbours' absence there means the gate held, not that the page was empty.
    feeds = [f"/feeds/{scope}/{listings[scope]}.{fmt}" for scope in ("sector", "edition", "tag", "kind")
             for fmt in ("rss", "atom", "json")]  # fmt: skip
    for path in [
        "/",
        live.get_absolute_url(),
        "/sector/wash/",
        f"/edition/{listings['edition']}/",
        f"/tag/{listings['tag']}/",
        "/news/",
        "/search/?q=plan",
        "/feeds/latest.rss",
        "/feeds/latest.atom",
        "/feeds/latest.json",
        *feeds,
        "/api/v1/articles",
        f"/api/v1/articles?tag={listings['tag']}",
        f"/api/v1/articles/{live.pk}",
        f"/api/v1/articles/{live.pk}.ninjs",
        f"/api/v1/articles/{live.pk}?format=ninjs",
    ]:
        assert live.headline in seen[path], path
    assert any(live.slug in body for loc, body in seen.items() if loc.startswith("/sitemap-"))
    assert len(seen) > 100


def test_it_sends_no_unpublished_story_in_a_newsletter_digest() -> None:
    stories, live, _ = walk_fixture()
    make_subscriber(email="reader@example.org", last_digest_at=None)

    assert send_digests("daily") == 1

    [message] = mail.outbox
    assert isinstance(message, EmailMultiAlternatives)
    html = "".join(str(content) for content, _ in message.alternatives)
    assert live.headline in message.body and live.headline in html
    for secret in secrets_of(stories[:-1]):
        assert secret not in message.body + html + message.subject, secret
