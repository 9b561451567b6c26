"""Not every document is news: error pages, redirects, login walls, empty feeds, empty items, diary items.

Each fixture is modelled on what servers and agencies really send where a story or a feed should be.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from newsdesk.wires.models import Quarantine, WireItem
from newsdesk.wires.parsers import DocumentError, parse_document

# IIS's body for a 302 when a client does not follow it: saved by crawlers and mirrors as "the page".
OBJECT_MOVED = b"""<html><head><title>Object moved</title></head><body>
<h2>Object moved to <a href="https://news.example.com/2025/06/story-renamed">here</a>.</h2>
</body></html>"""

NGINX_404 = b"""<html>
<head><title>404 Not Found</title></head>
<body>
<center><h1>404 Not Found</h1></center>
<hr><center>nginx</center>
</body>
</html>"""

# A CDN that serves its error page with status 200, titled like the site.
SOFT_404 = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Page not found</title><link rel="canonical" href="https://news.example.com/404"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><h1>Sorry, we couldn't find that page</h1>
<p>Try the search or go back to the home page.</p></main></body></html>"""

META_REFRESH = b"""<!DOCTYPE html><html><head><title>The Daily Example</title>
<meta http-equiv="refresh" content="0; URL='https://news.example.com/world/story-2'"></head>
<body><p>If you are not redirected automatically, follow <a href="https://news.example.com/world/story-2">this link</a>.
</p></body></html>"""

LOGIN_WALL = b"""<!DOCTYPE html><html><head><title>Sign in | The Example Times</title>
<link rel="canonical" href="https://times.example.com/account/login"></head>
<body><main><h1>Subscribers only</h1><form method="post" action="/login">
<label>E-mail <input type="email" name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form>
<p>Subscribe for full access to our journalism.</p></main></body></html>"""

# A real story whose headline starts with a status number: must stay a story.
STORY_WITH_A_NUMBER = b"""<!DOCTYPE html><html lang="en"><head><title>404 people missing after floods</title>
<link rel="canonical" href="https://news.example.com/world/floods"></head>
<body><article><h1>404 people missing after floods</h1><p>Rescue teams searched on Tuesday for 404 people
reported missing after floods swept through the valley, officials said.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (OBJECT_MOVED, 'an error page ("Object moved"), not a story'),
        (NGINX_404, 'an error page ("404 Not Found"), not a story'),
        (SOFT_404, 'an error page ("Page not found"), not a story'),
        (META_REFRESH, "a redirect served as content (meta refresh to https://news.example.com/world/story-2)"),
        (LOGIN_WALL, 'a login or subscription page ("Sign in | The Example Times"), not a story'),
    ],
    ids=["object-moved", "nginx-404", "soft-404", "meta-refresh", "login-wall"],
)
def test_it_rejects_pages_that_are_not_stories_with_a_plain_reason(page: bytes, reason: str) -> None:
    result = parse_document(page, base_url="https://news.example.com/2025/06/story")
    assert result.items == []
    (rejection,) = result.rejections
    assert rejection.reason.startswith(reason)


def test_it_names_the_rejected_page_by_its_address() -> None:
    (rejection,) = parse_document(OBJECT_MOVED, base_url="https://news.example.com/2025/06/story").rejections
    assert rejection.guid == "https://news.example.com/2025/06/story"


def test_it_keeps_a_story_whose_headline_starts_with_a_status_number() -> None:
    (item,) = parse_document(STORY_WITH_A_NUMBER).items
    assert item.headline == "404 people missing after floods"


def test_it_says_an_html_error_page_came_where_a_feed_was_expected() -> None:
    with pytest.raises(DocumentError) as caught:
        parse_document(OBJECT_MOVED, "rss")
    assert caught.value.reason == (
        'not an RSS or Atom feed: the server sent an HTML page (an error page ("Object moved"), not a story)'
    )


EMPTY_RSS = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Alerts</title>'
    b"<link>https://news.example.com/</link><description>Breaking alerts</description></channel></rss>"
)
EMPTY_ATOM = (
    b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Alerts</title>'
    b"<id>urn:alerts</id><updated>2025-06-10T10:00:00Z</updated></feed>"
)


@pytest.mark.parametrize("data", [EMPTY_RSS, EMPTY_ATOM], ids=["rss", "atom"])
def test_it_notes_a_feed_with_no_entries(data: bytes) -> None:
    result = parse_document(data)
    assert result.items == [] and result.rejections == []
    assert result.notes == ["the feed has no entries: nothing to ingest"]


def test_it_rejects_an_item_with_neither_headline_nor_body() -> None:
    data = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><link>https://w.example/</link>'
        b"<item><guid>urn:empty:1</guid><title>  </title><description>&lt;p&gt;&lt;/p&gt;</description></item>"
        b"<item><guid>urn:full:2</guid><title>A story</title></item></channel></rss>"
    )
    result = parse_document(data)
    assert [i.guid for i in result.items] == ["urn:full:2"]
    (rejection,) = result.rejections
    assert (rejection.guid, rejection.reason) == (
        "urn:empty:1",
        "the item has neither headline nor body: nothing to publish",
    )


def test_it_still_reads_a_kill_without_headline_or_body() -> None:
    kill = {"uri": "urn:k:1", "type": "text", "pubstatus": "canceled", "version": "3"}
    (item,) = parse_document(json.dumps(kill).encode()).items
    assert item.pub_status == "canceled"


@pytest.mark.parametrize(
    ("doc", "label"),
    [
        ({"uri": "urn:ev:1", "type": "event", "headline": "Summit opens", "eventDetails": {}}, "event"),
        ({"uri": "urn:pl:1", "type": "planning", "headline": "Coverage of the summit"}, "planning"),
        ({"uri": "urn:ev:2", "headline": "Summit", "eventDetails": {"dates": {}}}, "event"),
    ],
)
def test_it_rejects_ninjs_event_and_planning_items(doc: dict[str, object], label: str) -> None:
    result = parse_document(json.dumps(doc).encode())
    assert result.items == []
    (rejection,) = result.rejections
    assert rejection.reason == f"a ninjs {label} item (a diary or coverage-planning entry), not a story"
    assert rejection.guid == doc["uri"]


def run_ingest(target: Path) -> dict[str, Any]:
    out = io.StringIO()
    call_command("ingest", str(target), stdout=out, stderr=io.StringIO())
    return json.loads(out.getvalue())


@pytest.mark.django_db
def test_it_reports_and_quarantines_what_is_not_news_and_stores_nothing(tmp_path: Path) -> None:
    (tmp_path / "a-moved.html").write_bytes(OBJECT_MOVED)
    (tmp_path / "b-empty.xml").write_bytes(EMPTY_RSS)
    (tmp_path / "c-login.html").write_bytes(LOGIN_WALL)

    report = run_ingest(tmp_path)

    assert WireItem.objects.count() == 0
    assert report["created"] == 0 and report["rejected"] == 2
    reasons = [r["reason"] for r in report["rejections"]]
    assert reasons == [
        'an error page ("Object moved"), not a story',
        'a login or subscription page ("Sign in | The Example Times"), not a story',
    ]
    assert report["notes"] == [f"{tmp_path / 'b-empty.xml'}: the feed has no entries: nothing to ingest"]
    assert sorted(Quarantine.objects.values_list("reason", flat=True)) == sorted(
        [*reasons, "the feed has no entries: nothing to ingest"]
    )
