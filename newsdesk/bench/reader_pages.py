"""What a reader's phone gets: Lighthouse Performance, LCP, CLS and bytes per page type.

The demo newsroom is loaded through the real pipeline into a scratch database
and served as in production (DEBUG off, hashed static files through WhiteNoise,
media served by the app), on loopback; Lighthouse 12 (pinned in package.json)
runs its default mobile profile (simulated slow 4G, 4x CPU slowdown) against
Debian's Chromium. Targets from issue 15: Performance >= 95, LCP < 1.5 s,
article page < 150 KB transferred.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from newsdesk.bench.scratch import setup_scratch_django

ROOT = Path(__file__).resolve().parents[2]
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")
TARGET_PERFORMANCE = 95
TARGET_LCP_MS = 1500
TARGET_ARTICLE_BYTES = 150 * 1024


def page_types() -> list[tuple[str, str]]:
    from newsdesk.newsroom.models import Article
    from newsdesk.taxonomy.models import Edition, Tag

    live = Article.objects.live().for_listing()
    lead = live.filter(kind=Article.Kind.NEWS, image__isnull=False).first()
    assert lead is not None
    edition = Edition.objects.filter(articles__in=live.values("pk"), is_global=False).first()
    tag = Tag.objects.filter(articles__in=live.values("pk")).first()
    pages = [("home", "/"), ("article", lead.get_absolute_url()), ("sector", lead.sector.get_absolute_url())]
    if edition is not None:
        pages.append(("edition", edition.get_absolute_url()))
    pages.append(("kind", "/views/"))
    if tag is not None:
        pages.append(("tag", tag.get_absolute_url()))
    pages += [("search", "/search/?q=minister"), ("static", "/page/about/")]
    return pages


def lighthouse(url: str, out: Path) -> dict[str, Any]:
    command = [
        "node", str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
        "--only-categories=performance",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking",
    ]  # fmt: skip
    subprocess.run(command, check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300)
    report: dict[str, Any] = json.loads(out.read_text())
    return report


def main() -> int:
    if not LIGHTHOUSE.exists():
        print("Lighthouse is not installed: run `npm ci` (make bench does)")
        return 1
    os.environ["NEWSDESK_SERVE_MEDIA"] = "true"
    setup_scratch_django("reader-pages")
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread
    from django.test.utils import override_settings

    from newsdesk.demo.loader import load_demo

    server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    url = f"http://127.0.0.1:{server.port}"
    failed = False
    hosts = override_settings(NEWSDESK_SITE_URL=url, ALLOWED_HOSTS=["127.0.0.1", "testserver"])
    with hosts, tempfile.TemporaryDirectory() as tmp:
        load_demo()
        print(f"{'page':<10} {'Performance':>11} {'LCP ms':>8} {'CLS':>6} {'KB':>7}  path")
        for name, path in page_types():
            report = lighthouse(url + path, Path(tmp) / f"{name}.json")
            audits = report["audits"]
            score = round(report["categories"]["performance"]["score"] * 100)
            lcp = audits["largest-contentful-paint"]["numericValue"]
            cls = audits["cumulative-layout-shift"]["numericValue"]
            size = audits["total-byte-weight"]["numericValue"]
            print(f"{name:<10} {score:>11} {lcp:>8.0f} {cls:>6.3f} {size / 1024:>7.1f}  {path[:50]}", flush=True)
            failed |= score < TARGET_PERFORMANCE or lcp >= TARGET_LCP_MS
            failed |= name == "article" and size >= TARGET_ARTICLE_BYTES
    server.terminate()
    print(
        f"targets: Performance >= {TARGET_PERFORMANCE}, LCP < {TARGET_LCP_MS} ms, "
        f"article < {TARGET_ARTICLE_BYTES // 1024} KB: {'missed' if failed else 'met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
