"""Every reader page type, held by the validators readers' tools use: axe-core (WCAG 2.2 A/AA)
at phone and desktop widths, the Nu HTML Checker, and Lighthouse on the home and article pages.

Screenshots of each page type at both widths are saved under var/screenshots/ for review.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from newsdesk.site.tests.browser import SCREENSHOTS
from newsdesk.site.tests.readers import NODE_MODULES, WIDTHS, Newsroom, newsroom, run

__all__ = ["newsroom"]  # the module fixture, imported for pytest

# The newsroom is committed once by the module fixture; each test only reads it over HTTP.
# One xdist worker runs them all (make test uses --dist loadgroup), so the newsroom is built once.
pytestmark = [pytest.mark.browser, pytest.mark.django_db, pytest.mark.xdist_group("reader_pages")]

# axe-core rule tags for WCAG 2.0, 2.1 and 2.2, levels A and AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
LIGHTHOUSE_CATEGORIES = ("accessibility", "best-practices", "seo")
LIGHTHOUSE_MINIMUM = 0.95


def _violations(page: Any) -> list[str]:
    page.add_script_tag(path=str(NODE_MODULES / "axe-core" / "axe.min.js"))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", WCAG_TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:4]}"
        for v in result["violations"]
    ]


def test_it_finds_no_wcag_violations_on_any_page_at_either_width(browser: Any, newsroom: Newsroom) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[str]] = {}
    for width in WIDTHS:
        # The CSP allows no injected script; only axe's own inspection is let in.
        context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
        for reader_page in newsroom.pages:
            page = context.new_page()
            response = page.goto(newsroom.url + reader_page.path)
            assert response is not None and response.status == reader_page.status, reader_page
            page.screenshot(path=str(SCREENSHOTS / f"{reader_page.name}-{width}.png"), full_page=True)
            if problems := _violations(page):
                found[f"{reader_page.name} at {width} px"] = problems
            page.close()
        context.close()

    assert found == {}


def test_it_writes_html_the_nu_checker_accepts(newsroom: Newsroom, tmp_path: Path) -> None:
    for reader_page in newsroom.pages:
        status, html = fetch(newsroom.url + reader_page.path)
        assert status == reader_page.status, reader_page
        (tmp_path / f"{reader_page.name}.html").write_bytes(html)
    jar = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
    # One JVM for every page: starting Java is most of the checker's time.
    html_files = sorted(str(p) for p in tmp_path.glob("*.html"))
    checked = run(["java", "-jar", str(jar), "--errors-only", "--format", "json", *html_files])
    messages = json.loads(checked.stderr or "{}").get("messages", [])
    errors = [
        f"{Path(m.get('url', '')).stem}:{m.get('lastLine')}: {m.get('message')} [{m.get('extract', '')[:80]!r}]"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]

    assert len(html_files) == len(newsroom.pages)
    assert errors == []


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def lighthouse(url: str, out: Path, categories: tuple[str, ...], *extra: str) -> dict[str, Any]:
    """One Lighthouse run (mobile, its default form factor) against Debian's Chromium; the JSON report."""
    env = {**os.environ, "CHROME_PATH": os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")}
    command = [
        "node", str(NODE_MODULES / "lighthouse" / "cli" / "index.js"), url,
        "--quiet", "--output=json", f"--output-path={out}",
        f"--only-categories={','.join(categories)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
        *extra,
    ]  # fmt: skip
    finished = run(command, env=env, timeout=300)
    assert finished.returncode == 0, finished.stderr[-2000:]
    report: dict[str, Any] = json.loads(out.read_text())
    return report


def test_it_scores_95_in_lighthouse_accessibility_best_practices_and_seo(newsroom: Newsroom, tmp_path: Path) -> None:
    # One test for both pages: each Lighthouse run starts a browser and takes ~15 s.
    scores: dict[str, dict[str, float]] = {}
    failing: dict[str, list[str]] = {}
    for name in ("home", "article"):
        report = lighthouse(newsroom.url + newsroom.page(name).path, tmp_path / f"{name}.json", LIGHTHOUSE_CATEGORIES)
        scores[name] = {key: report["categories"][key]["score"] for key in LIGHTHOUSE_CATEGORIES}
        failing[name] = [
            audit_id for audit_id, audit in report["audits"].items() if audit.get("score") not in (None, 1)
        ]

    low = {(name, key): score for name, by in scores.items() for key, score in by.items() if score < LIGHTHOUSE_MINIMUM}
    assert low == {}, (scores, failing)
