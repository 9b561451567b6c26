"""Wire ingest throughput: the whole pipeline (parse, sanitise, de-duplicate, store) on a scratch SQLite.

Run with `make bench`. Prints, side by side in one run:
  * a 5,000-item RSS feed (~1.5 KB of HTML per item) through ``ingest_document``,
    against feedparser's default ``feedparser.parse(data)`` and lxml's raw parse
    of the same bytes (the pipeline parses, sanitises and stores; they only parse);
  * the same feed again, every item unchanged: the speed-up of the skip path (the
    document's digest is known), and the same items in bytes that differ (parse redone);
  * a folder of 1,000 NewsML-G2 files through ``ingest_path``.
Targets: pipeline/feedparser-default >= 1.0, >= 600 items/s, re-ingest >= 3x.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape

from newsdesk.bench.scratch import setup_scratch_django

FEED_ITEMS = 5_000
NEWSML_ITEMS = 1_000
# Best of a few runs: a benchmark on a shared machine measures its neighbours too.
REPEATS = 3
T = TypeVar("T")

WORDS = [
    "ministry",
    "water",
    "district",
    "harvest",
    "council",
    "monsoon",
    "budget",
    "clinic",
    "school",
    "bridge",
    "farmers",
    "cooperative",
    "election",
    "rainfall",
    "province",
    "solar",
    "grid",
    "village",
    "health",
    "survey",
    "export",
    "fisheries",
    "road",
    "women",
    "youth",
    "loan",
]


def timed(run: Callable[[], T]) -> tuple[T, float]:
    """Seconds of this process's CPU time: every step here is single-threaded and
    CPU-bound, and on a shared two-core machine wall-clock time mostly measures
    the neighbours (runs varied 3x). SQLite's fsyncs are the one wait left out."""
    start = time.process_time()
    result = run()
    return result, time.process_time() - start


def story_html(rng: random.Random, n: int) -> str:
    """About 1.5 KB of realistic agency HTML, including what the sanitiser must remove."""
    paragraphs = []
    for _ in range(5):
        words = " ".join(rng.choice(WORDS) for _ in range(38))
        paragraphs.append(f"<p>{words.capitalize()}.</p>")
    paragraphs.insert(2, f'<p>See <a href="https://example.org/story/{n}" onclick="track()">the report</a>.</p>')
    paragraphs.append("<script>alert(1)</script><p><strong>(Reporting by the desk)</strong></p>")
    return "".join(paragraphs)


def make_feed(rng: random.Random) -> bytes:
    start = dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC)
    items = []
    for n in range(FEED_ITEMS):
        when = (start - dt.timedelta(minutes=n)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        items.append(
            f"<item><title>Story {n}: {rng.choice(WORDS)} {rng.choice(WORDS)} plan agreed</title>"
            f"<link>https://wire.example.org/{n}</link><guid isPermaLink='false'>urn:bench:rss:{n}</guid>"
            f"<pubDate>{when}</pubDate><category>{rng.choice(WORDS)}</category>"
            f"<dc:creator>Desk {n % 17}</dc:creator>"
            f"<description>{escape(story_html(rng, n))}</description></item>"
        )
    return (
        "<?xml version='1.0' encoding='utf-8'?>"
        "<rss version='2.0' xmlns:dc='http://purl.org/dc/elements/1.1/'><channel>"
        "<title>Bench wire</title><link>https://wire.example.org/</link><description>bench</description>"
        + "".join(items)
        + "</channel></rss>"
    ).encode()


def make_newsml_folder(rng: random.Random, folder: Path) -> None:
    for n in range(NEWSML_ITEMS):
        paragraphs = "".join(f"<p>{' '.join(rng.choice(WORDS) for _ in range(40))}.</p>" for _ in range(5))
        (folder / f"item-{n:05d}.xml").write_text(
            f"""<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:bench.example.org:2026:{n}"
    version="{1 + n % 3}" standard="NewsML-G2" standardversion="2.29" xml:lang="en">
  <itemMeta>
    <itemClass qcode="ninat:text"/>
    <provider qcode="nprov:BENCH"/>
    <versionCreated>2026-03-01T09:{n % 60:02d}:00Z</versionCreated>
    <pubStatus qcode="stat:usable"/>
  </itemMeta>
  <contentMeta>
    <contentCreated>2026-03-01T08:00:00Z</contentCreated>
    <located qcode="geoloc:{n % 50}"><name>Town {n % 50}</name></located>
    <creator><name>Reporter {n % 23}</name></creator>
    <language tag="en"/>
    <subject qcode="medtop:04000000"><name>economy, business and finance</name></subject>
    <headline>Bench story {n}: {rng.choice(WORDS)} {rng.choice(WORDS)}</headline>
  </contentMeta>
  <contentSet>
    <inlineXML contenttype="application/xhtml+xml">
      <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>{paragraphs}</body></html>
    </inlineXML>
  </contentSet>
</newsItem>
""",
            encoding="utf-8",
        )


def verdict(ok: bool) -> str:
    return "ok" if ok else "BELOW TARGET"


def main() -> None:
    setup_scratch_django("wires")
    import feedparser

    # Through importlib: lxml ships no type stubs, and the bench only calls one function.
    etree = importlib.import_module("lxml.etree")

    from newsdesk.wires.models import WireItem
    from newsdesk.wires.parsers import parse_document
    from newsdesk.wires.services import ingest_document, ingest_path
    from newsdesk.wires.storage import Document, store_documents

    rng = random.Random(4)
    feed = make_feed(rng)
    print(f"feed: {FEED_ITEMS} items, {len(feed) / 1e6:.1f} MB ({len(feed) / FEED_ITEMS / 1024:.2f} KB per item)")
    print(f"best of {REPEATS} runs each; a first ingest uses a new agency name every run, so its items are new")

    def best(run: Callable[[int], object]) -> float:
        return min(timed(partial(run, n))[1] for n in range(REPEATS))

    def first_ingest(n: int) -> None:
        report = ingest_document(feed, fmt="rss", agency=f"Bench {n}")
        assert report.created == FEED_ITEMS, report.to_json()

    def reingest(n: int) -> None:
        report = ingest_document(feed, fmt="rss", agency="Bench 0")
        assert report.unchanged == FEED_ITEMS, report.to_json()

    def reserved(n: int) -> None:
        # The same items in a document whose bytes differ (a new build date):
        # the digest cannot match, so this is parse + the storage skip path.
        report = ingest_document(feed.replace(b"<channel>", f"<channel><!-- {n} -->".encode(), 1),
                                 fmt="rss", agency="Bench 0")  # fmt: skip
        assert report.unchanged == FEED_ITEMS, report.to_json()

    parsed = parse_document(feed, "rss")

    def store_new(n: int) -> None:
        report = store_documents([(Document(), parsed)], agency=f"Store {n}")
        assert report.created == FEED_ITEMS, report.to_json()

    def store_same(n: int) -> None:
        report = store_documents([(Document(), parsed)], agency="Store 0")
        assert report.unchanged == FEED_ITEMS, report.to_json()

    feedparser_s = best(lambda n: feedparser.parse(feed))
    lxml_s = best(lambda n: etree.fromstring(feed, etree.XMLParser(resolve_entities=False, huge_tree=True)))
    parse_s = best(lambda n: parse_document(feed, "rss"))
    pipeline_s = best(first_ingest)
    reingest_s = best(reingest)
    reserved_s = best(reserved)
    store_s = best(store_new)
    restore_s = best(store_same)
    assert WireItem.objects.filter(agency="Bench 0").count() == FEED_ITEMS

    with tempfile.TemporaryDirectory(prefix="newsdesk-bench-newsml-") as tmp:
        make_newsml_folder(rng, Path(tmp))

        def newsml(n: int) -> None:
            report = ingest_path(tmp, fmt="newsml", agency=f"BenchG2 {n}")
            assert report.created == NEWSML_ITEMS, report.to_json()

        newsml_s = best(newsml)

    def rate(seconds: float, items: int = FEED_ITEMS) -> float:
        return items / seconds

    ratio = rate(pipeline_s) / rate(feedparser_s)
    speedup = pipeline_s / reingest_s
    rows = [
        ("feedparser.parse(data), default (parse only)", feedparser_s, FEED_ITEMS),
        ("lxml etree.fromstring (raw parse only)", lxml_s, FEED_ITEMS),
        ("newsdesk parse_document (parse+sanitise)", parse_s, FEED_ITEMS),
        ("pipeline: RSS parse+sanitise+dedupe+store", pipeline_s, FEED_ITEMS),
        ("pipeline: same feed again, all unchanged", reingest_s, FEED_ITEMS),
        ("storage alone: 5,000 new items", store_s, FEED_ITEMS),
        ("pipeline: same items, document re-served", reserved_s, FEED_ITEMS),
        ("storage alone: 5,000 unchanged items", restore_s, FEED_ITEMS),
        ("pipeline: 1,000 NewsML-G2 files (folder)", newsml_s, NEWSML_ITEMS),
    ]
    print(f"{'':<46} {'CPU s':>8} {'items/s':>9}")
    for label, seconds, items in rows:
        print(f"{label:<46} {seconds:>8.2f} {rate(seconds, items):>9.0f}")
    print(f"pipeline / feedparser-default: {ratio:.2f}x (target >= 1.0: {verdict(ratio >= 1.0)})")
    print(f"pipeline items/s on SQLite: {rate(pipeline_s):.0f} (target >= 600: {verdict(rate(pipeline_s) >= 600)})")
    print(f"re-ingest speed-up, same document: {speedup:.1f}x (target >= 3: {verdict(speedup >= 3)})")
    print(f"re-ingest speed-up, same items in re-served bytes: {pipeline_s / reserved_s:.1f}x (parse redone)")
    print(f"re-ingest speed-up, storage alone: {store_s / restore_s:.1f}x")


if __name__ == "__main__":
    main()
