"""The XSS attack suite: public payloads in every wire format, editor input and search, on every surface.

Payloads (``data/xss_payloads.txt``, drawn from the public cheat sheets' categories:
script elements, event handlers, ``javascript:``/``data:`` URLs, SVG and MathML,
encoded, nested and broken-out forms, polyglots) go into every field of every wire
format we parse, through the real parsers and storage; into the admin's article
form, typed by a browser; into tags, authors, pictures and corrections; and into
search. Every reader, desk and admin page that shows them is then opened in
Chromium with an init script that records any call of the functions payloads use
(``alert``, ``confirm``, ``prompt``, ``print``, ``fetch``, XHR, ``__xss``), any
dialog, any CSP violation, and any element left with an event handler, a script
URL or an inline script. The expected count of each is zero.

Many payloads share a page, so the whole suite opens about sixty pages.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from newsdesk.newsroom.models import Article, Correction
from newsdesk.newsroom.tests.factories import make_article, make_author, make_image
from newsdesk.site.tests.browser import launch_chromium
from newsdesk.taxonomy.models import Sector, Tag
from newsdesk.wires.models import Quarantine, WireItem
from newsdesk.wires.services import ingest_document

DATA = Path(__file__).resolve().parent / "data" / "xss_payloads.txt"
# split("\n"), not splitlines(): some payloads carry U+2028 and other characters splitlines() breaks on.
PAYLOADS = [line for line in DATA.read_text(encoding="utf-8").split("\n") if line and not line.startswith("# ")]
# Plain-text fields are short (a wire headline is 500 characters): payloads share them in chunks.
CHUNK_CHARS = 480
# XML 1.0 cannot carry these at all; a document holding one is refused whole, which proves nothing.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

HOOK = """
(() => {
  const hits = [];
  const csp = [];
  Object.defineProperty(window, '__xssHits', {value: hits});
  Object.defineProperty(window, '__cspHits', {value: csp});
  const record = (name) => function (...args) { hits.push(name + '(' + args.map(String).join(',') + ')'); };
  for (const name of ['alert', 'confirm', 'prompt', 'print', '__xss']) {
    Object.defineProperty(window, name, {value: record(name), writable: false, configurable: false});
  }
  // eval is left alone: Playwright's own evaluate() uses it. Payloads that eval() call the functions above.
  // Our pages make no fetch or XHR of their own; any call is a payload's.
  const realFetch = window.fetch;
  window.fetch = function (...args) {
    hits.push('fetch(' + String(args[0]) + ')');
    return realFetch.apply(this, args);
  };
  const realOpen = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (...args) {
    hits.push('xhr(' + String(args[1]) + ')');
    return realOpen.apply(this, args);
  };
  document.addEventListener('securitypolicyviolation', (e) => {
    csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
  }, true);
})();
"""

# Anything in the DOM that could run script on a click, a hover or a later load.
DOM_AUDIT = """
() => {
  const bad = [];
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcdoc',
                    'lowsrc', 'dynsrc', 'codebase', 'code'];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'template'].includes(tag)
        || (tag === 'meta' && el.hasAttribute('http-equiv') && el.closest('body'))) {
      bad.push('<' + tag + '>');
    }
    if (tag === 'script') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      const src = el.getAttribute('src');
      // JSON data, JSON-LD and import maps (JSON the browser reads, never runs) are not script.
      const data = ['application/json', 'application/ld+json', 'importmap'].includes(type);
      if (src ? !el.src.startsWith(location.origin + '/') : !data) {
        bad.push('script ' + (src || el.textContent.slice(0, 80)));
      }
    }
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      const value = attr.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) bad.push(tag + ' ' + name + '=' + attr.value.slice(0, 80));
      if (urlAttrs.includes(name) && /^(javascript|vbscript|data|livescript):/.test(value)) {
        bad.push(tag + ' ' + name + '=' + attr.value.slice(0, 80));
      }
      if (name === 'style' && /(expression|javascript:|url\\()/.test(value)) {
        bad.push(tag + ' style=' + attr.value.slice(0, 80));
      }
    }
  }
  return bad;
}
"""


def chunks(payloads: list[str], size: int = CHUNK_CHARS) -> list[list[str]]:
    """Payloads in groups whose space-joined text is at most ``size`` characters (a longer payload stands alone)."""
    out: list[list[str]] = []
    current: list[str] = []
    for payload in payloads:
        if current and len(" ".join([*current, payload])) > size:
            out.append(current)
            current = []
        current.append(payload)
    if current:
        out.append(current)
    return out


def xml_text(value: str) -> str:
    return html.escape(_NOT_XML.sub(" ", value), quote=True)


def body_markup(payloads: list[str]) -> str:
    return "".join(f"<p>{payload}</p>" for payload in payloads)


CHUNKS = chunks(PAYLOADS)
TEXT = [" ".join(chunk) for chunk in CHUNKS]
# Item n's body carries chunk n as markup: every payload once in the bodies of each format.
BODIES = [body_markup(chunk) for chunk in CHUNKS]
ALL_BODIES = body_markup(PAYLOADS)


# One document per format, one item per chunk: every payload in every field of every format.
def rss_feed() -> bytes:
    items = "".join(
        f"<item><guid isPermaLink='false'>urn:xss:rss:{n}</guid><title>{xml_text(text)}</title>"
        f"<link>https://wire.example.org/rss/{n}</link><dc:creator>{xml_text(text)}</dc:creator>"
        f"<category>{xml_text(text)}</category><description>{xml_text(text)}</description>"
        f"<content:encoded>{xml_text(BODIES[n])}</content:encoded>"
        "<pubDate>Sun, 01 Mar 2026 09:00:00 GMT</pubDate></item>"
        for n, text in enumerate(TEXT)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>'
        f"<link>https://wire.example.org/</link><description>d</description>{items}</channel></rss>"
    ).encode()


def atom_feed() -> bytes:
    entries = "".join(
        f"<entry><id>urn:xss:atom:{n}</id><title type='html'>{xml_text(text)}</title>"
        f"<updated>2026-03-01T09:00:00Z</updated><author><name>{xml_text(text)}</name></author>"
        f"<category term='{xml_text(text)}'/><summary type='html'>{xml_text(text)}</summary>"
        f"<content type='html'>{xml_text(BODIES[n])}</content></entry>"
        for n, text in enumerate(TEXT)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        f"<id>urn:xss:atom</id><updated>2026-03-01T09:00:00Z</updated>{entries}</feed>"
    ).encode()


def ninjs_document() -> bytes:
    items = [
        {
            "uri": f"urn:xss:ninjs:{n}",
            "type": "text",
            "version": "1",
            "versioncreated": "2026-03-01T09:00:00Z",
            "headline": text,
            "description_text": text,
            "byline": text,
            "located": text,
            "slugline": text,
            "ednote": text,
            "copyrightnotice": text,
            "keywords": [text],
            "subject": [{"name": text, "code": "medtop:01000000"}],
            "body_html": BODIES[n],
        }
        for n, text in enumerate(TEXT)
    ]
    return json.dumps(items).encode()


def newsml_document(n: int, text: str) -> bytes:
    value = xml_text(text)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:xss:newsml:{n}" version="1" '
        'standard="NewsML-G2" standardversion="2.29"><itemMeta><itemClass qcode="ninat:text"/>'
        f'<provider literal="test"/><versionCreated>2026-03-01T09:00:00Z</versionCreated>'
        f'<pubStatus qcode="stat:usable"/><edNote>{value}</edNote></itemMeta>'
        f"<contentMeta><headline>{value}</headline><slugline>{value}</slugline>"
        f'<description role="drol:summary">{value}</description><by>{value}</by><creditline>{value}</creditline>'
        f"<dateline>{value}</dateline><located><name>{value}</name></located>"
        f'<subject type="cpnat:abstract" qcode="medtop:01000000"><name>{value}</name></subject>'
        f"<keyword>{value}</keyword></contentMeta>"
        f'<contentSet><inlineData contenttype="text/html">{xml_text(BODIES[n])}</inlineData></contentSet></newsItem>'
    ).encode()


def nitf_document(n: int, text: str) -> bytes:
    value = xml_text(text)
    # NITF's body is XML: payloads in it are text, which must come out as text.
    body = "".join(f"<p>{xml_text(payload)}</p>" for payload in CHUNKS[n])
    return (
        '<?xml version="1.0" encoding="utf-8"?><nitf baselang="en-GB"><head>'
        f"<title>{value}</title><docdata management-status='usable'><doc-id id-string='urn:xss:nitf:{n}'/>"
        f"<date.issue norm='20260301T090000Z'/><ed-msg info='{value}'/><key-list><keyword key='{value}'/></key-list>"
        f"</docdata></head><body><body.head><hedline><hl1>{value}</hl1><hl2>{value}</hl2></hedline>"
        f"<byline>{value}</byline><dateline><location>{value}</location></dateline>"
        f"<abstract><p>{value}</p></abstract></body.head><body.content>{body}</body.content></body></nitf>"
    ).encode()


def html_page(n: int, text: str) -> bytes:
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": text,
        "description": text,
        "author": {"@type": "Person", "name": text},
        "keywords": text,
        "articleSection": text,
        "contentLocation": {"@type": "Place", "name": text},
        "datePublished": "2026-03-01T09:00:00Z",
        "identifier": f"urn:xss:html:{n}",
    }
    value = html.escape(text, quote=True)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{value}</title>'
        f'<meta name="description" content="{value}"><meta property="og:title" content="{value}">'
        f'<meta name="author" content="{value}">'
        '<script type="application/ld+json">' + json.dumps(ld).replace("</", "<\\/") + "</script></head>"
        # The story's markup is raw, as a hostile page would send it (a <plaintext> in it
        # swallows the rest of that page, as a browser would read it too).
        f"<body><article><h1>{value}</h1><p class='byline'>{value}</p>{BODIES[n]}</article></body></html>"
    ).encode()


def ingest_every_format() -> dict[str, list[WireItem]]:
    documents: list[tuple[str, bytes]] = [("rss", rss_feed()), ("atom", atom_feed()), ("ninjs", ninjs_document())]
    documents += [("newsml", newsml_document(n, text)) for n, text in enumerate(TEXT)]
    documents += [("nitf", nitf_document(n, text)) for n, text in enumerate(TEXT)]
    documents += [("html", html_page(n, text)) for n, text in enumerate(TEXT)]
    for n, (fmt, data) in enumerate(documents):
        name = "rss" if fmt == "atom" else fmt
        # A page's address is its identity: one address per document.
        ingest_document(data, fmt=name, agency=f"Agency {fmt}", base_url=f"https://wire.example.org/{fmt}/{n}")
    stored = {fmt: list(WireItem.objects.filter(agency=f"Agency {fmt}").order_by("pk")) for fmt in dict(documents)}
    for fmt, items in stored.items():
        # An item whose headline and body are nothing but markup is rightly quarantined (nothing
        # to publish); most must arrive, or a refused document would prove nothing.
        assert len(items) >= len(TEXT) // 2, (fmt, len(items), list(Quarantine.objects.values_list("reason")[:5]))
    return stored


def articles_from(items: dict[str, list[WireItem]]) -> tuple[list[Article], list[Article]]:
    """One live article per wire item, copying what the desk copies (headline, summary, body, sources);
    and per format one article built on all its items, whose body is all their bodies (one page to open)."""
    sector = Sector.objects.get(slug="politics")
    articles = []
    combined = []
    minutes = iter(range(1, 10_000))
    for group in items.values():
        for item in group:
            article = make_article(
                headline=item.headline[:300] or item.guid,
                standfirst=item.summary,
                body=item.body_html,
                sector=sector,
                place_label=item.located[:80] or "Global",
                agency_attribution=item.agency,
                from_agencies=True,
                published_at=timezone.now() - dt.timedelta(minutes=next(minutes)),
            )
            article.wire_items.add(item)
            articles.append(article)
        lead = group[0]
        article = make_article(
            headline=lead.headline[:300] or lead.guid,
            standfirst=lead.summary,
            body="".join(item.body_html for item in group),
            sector=sector,
            from_agencies=True,
            published_at=timezone.now() - dt.timedelta(minutes=next(minutes)),
        )
        article.wire_items.set(group)
        combined.append(article)
    return articles, combined


def editor_input(sector: Sector) -> Article:
    """Payloads where editors type: tags, authors, picture text, corrections (the admin form is typed below)."""
    article = make_article(
        headline="Editor copy under attack",
        sector=sector,
        image=make_image(alt_text=TEXT[0][:300], caption=TEXT[1][:500], credit=TEXT[2][:200]),
        authors=[make_author(name=TEXT[3][:120], slug="xss-author", bio=TEXT[4])],
    )
    for n, text in enumerate(TEXT[:20]):  # one tag and one correction per chunk
        article.tags.add(Tag.for_name(text, Tag.Kind.TOPIC))
        Correction.objects.create(article=article, text=TEXT[-1 - n])
    return article


class Recorder:
    """Opens pages and keeps every execution, CSP violation and dangerous element found, by URL."""

    def __init__(self, context: Any) -> None:
        self.context = context
        self.page = context.new_page()
        self.findings: list[str] = []
        self.pages = 0
        self.timings: list[tuple[float, str]] = []
        self.page.on("dialog", self._dialog)

    def _dialog(self, dialog: Any) -> None:
        self.findings.append(f"{self.page.url}: dialog {dialog.type} {dialog.message!r}")
        dialog.dismiss()

    def visit(self, url: str, *, statuses: tuple[int, ...] = (200,)) -> Any:
        started = time.monotonic()
        response = self.page.goto(url, wait_until="load")
        assert response is not None and response.status in statuses, (url, response and response.status)
        # Error and focus handlers fire just after load; give them a turn of the event loop.
        self.page.wait_for_timeout(30)
        self.collect()
        self.pages += 1
        self.timings.append((time.monotonic() - started, url))
        return response

    def collect(self) -> None:
        url = self.page.url
        for hit in self.page.evaluate("window.__xssHits || []"):
            self.findings.append(f"{url}: executed {hit}")
        if "html" in (self.page.evaluate("document.contentType") or ""):
            # Not on XML and JSON: there the page is the browser's own viewer, whose inline style is not ours.
            for hit in self.page.evaluate("window.__cspHits || []"):
                self.findings.append(f"{url}: CSP violation {hit}")
            for element in self.page.evaluate(DOM_AUDIT):
                self.findings.append(f"{url}: dangerous element {element}")


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with launch_chromium() as instance:
        yield instance


def test_it_has_at_least_300_payloads_in_every_category() -> None:
    text = DATA.read_text(encoding="utf-8")
    assert len(PAYLOADS) >= 300 and len(set(PAYLOADS)) == len(PAYLOADS)
    for category in ("<script", "onerror=", "javascript:", "data:text/html", "<svg", "<math", "&#", "%3C", "\\u003c"):
        assert category in text, category


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_it_runs_no_payload_on_any_reader_desk_or_admin_page(chromium: Any, live_server: Any) -> None:
    started = time.monotonic()
    items = ingest_every_format()
    ingested = time.monotonic()
    articles, combined = articles_from(items)
    sector = Sector.objects.get(slug="politics")
    edited = editor_input(sector)
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "not-a-real-password")
    client = Client()
    client.force_login(boss)
    base = live_server.url
    prepared = time.monotonic()

    staff_context = chromium.new_context()
    staff_context.add_init_script(HOOK)
    staff_context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}])
    staff = Recorder(staff_context)

    # Editor input: a browser types every payload into the admin's article form.
    staff.visit(f"{base}{reverse('admin:newsroom_article_change', args=[edited.pk])}")
    staff.page.fill("#id_headline", ("Editor headline " + TEXT[5])[:300])
    staff.page.fill("#id_standfirst", " ".join(TEXT))
    # The body may sit behind a rich-text widget that hides its textarea; the form posts the
    # textarea, so raw markup goes there, as a hostile or scripted editor would send it.
    staff.page.locator("#id_body").evaluate(
        "(el, html) => { el.value = html; el.dispatchEvent(new Event('input', {bubbles: true})); }", ALL_BODIES
    )
    staff.page.click("input[name=_save]")
    staff.page.wait_for_load_state("load")
    staff.collect()
    edited.refresh_from_db()
    # Saved (the admin went back to the list), the markup reduced to text or the allowlist.
    assert staff.page.url.endswith(reverse("admin:newsroom_article_changelist")), staff.page.url
    assert edited.headline.startswith("Editor headline") and "alert(1)" in edited.standfirst
    assert "alert(1)" in edited.body, edited.body[:300]

    reader_context = chromium.new_context()
    reader_context.add_init_script(HOOK)
    reader = Recorder(reader_context)

    # Reader surfaces: every article body (one per format, and the edited one), every listing page
    # (all headlines and standfirsts), tag, sector, edition, feeds, the API and search.
    for article in [*combined, edited]:
        reader.visit(base + article.get_absolute_url())
    reader.visit(base + "/")
    pages = -(-(len(articles) + len(combined)) // 20)
    for number in range(1, min(pages, 10) + 1):
        reader.visit(f"{base}{reverse('site:kind', args=['news'])}?page={number}")
    reader.visit(base + reverse("site:sector", args=[sector.slug]))
    for tag in edited.tags.all()[:5]:
        reader.visit(base + reverse("site:tag", args=[tag.slug]))
    for path in ("/feeds/", "/feeds/latest.rss", "/feeds/latest.atom", "/api/v1/articles", "/sitemap.xml"):
        reader.visit(base + path)
    for n in range(0, len(TEXT), 6):  # six chunks (about 60 payloads) per query
        reader.visit(f"{base}{reverse('site:search')}?{urlencode({'q': ' '.join(TEXT[n : n + 6])})}")
    reader.visit(f"{base}{reverse('site:search')}?{urlencode({'q': 'Officials'})}")

    # Desk and admin surfaces: the inbox (every item), previews, item and article pages and lists.
    inbox_pages = -(-WireItem.objects.count() // 50)
    for number in range(1, inbox_pages + 1):
        staff.visit(f"{base}{reverse('desk:inbox')}?page={number}")
    for article in [*combined, edited]:
        staff.visit(base + reverse("desk:preview", args=[article.pk]))
    # The admin form shows the same fields for every article: one built on wire copy, one edited.
    for article in (combined[0], edited):
        staff.visit(base + reverse("admin:newsroom_article_change", args=[article.pk]))
    for item in (group[0] for group in items.values()):
        staff.visit(base + reverse("admin:wires_wireitem_change", args=[item.pk]))
    for name in (
        "admin:newsroom_article_changelist",
        "admin:wires_wireitem_changelist",
        "admin:taxonomy_tag_changelist",
    ):
        staff.visit(base + reverse(name))
    staff.visit(f"{base}{reverse('admin:newsroom_article_changelist')}?{urlencode({'q': TEXT[0]})}")

    findings = reader.findings + staff.findings
    timings = reader.timings + staff.timings
    print(
        f"ingest {ingested - started:.1f}s, articles and users {prepared - ingested:.1f}s, "
        f"{len(timings)} pages {sum(t for t, _ in timings):.1f}s; slowest:",
        *(f"{seconds:.2f}s {url[:100]}" for seconds, url in sorted(timings, reverse=True)[:8]),
        sep="\n  ",
    )
    assert reader.pages + staff.pages >= 50
    assert findings == [], f"{len(findings)} findings on {reader.pages + staff.pages} pages:\n" + "\n".join(
        findings[:40]
    )
