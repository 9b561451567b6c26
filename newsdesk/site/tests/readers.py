"""A demo newsroom served by a live server, for the tests that look at every reader page.

The content comes through the desk's real code paths (``load_demo`` ingests wire
documents, the desk service turns items into articles, one is killed by its
agency), not only factories, so the validators see what readers would see.
Loading it is slow (~1 min), so it is built once per test module in committed
tables and flushed afterwards; the module's tests do not use pytest-django's
per-test ``live_server``/``transactional_db``, which would flush it after each test.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.test.testcases import LiveServerThread
from django.test.utils import override_settings
from django.urls import reverse

from newsdesk.lib.testing.services import in_ci, require

ROOT = Path(__file__).resolve().parents[3]
NODE_MODULES = ROOT / "node_modules"
WIDTHS = (375, 1280)


@dataclasses.dataclass(frozen=True)
class ReaderPage:
    name: str
    path: str
    status: int = 200


@dataclasses.dataclass(frozen=True)
class Newsroom:
    url: str
    pages: list[ReaderPage]

    def page(self, name: str) -> ReaderPage:
        return next(p for p in self.pages if p.name == name)


def require_validators() -> None:
    """The npm validators (``make test`` installs them with ``npm ci``) and Java for the Nu checker."""
    require((NODE_MODULES / "axe-core" / "axe.min.js").exists(), "axe-core in node_modules (run `npm ci`)")
    require((NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar").exists(), "vnu-jar in node_modules")
    require(shutil.which("java") is not None, "Java 17 (for the Nu HTML Checker)")
    require(shutil.which("node") is not None, "Node.js 20 (for Lighthouse)")


def reader_pages() -> list[ReaderPage]:
    """One URL per page type, picked from the demo newsroom."""
    from newsdesk.newsroom.models import Article, Author
    from newsdesk.taxonomy.models import Edition, Tag

    live = Article.objects.live().for_listing()
    lead = live.filter(kind=Article.Kind.NEWS, image__isnull=False, from_agencies=True).first()
    assert lead is not None, "the demo newsroom has an agency story with a picture"
    withdrawn = Article.objects.filter(status=Article.Status.WITHDRAWN).select_related("sector").first()
    assert withdrawn is not None, "the demo newsroom has a story its agency killed"
    edition = Edition.objects.filter(articles__in=live.values("pk"), is_global=False).first()
    tag = Tag.objects.filter(articles__in=live.values("pk")).first()
    author = Author.objects.filter(articles__in=live.values("pk"), is_desk=False).first()
    assert edition is not None and tag is not None
    pages = [
        ReaderPage("home", "/"),
        ReaderPage("article", lead.get_absolute_url()),
        ReaderPage("sector", lead.sector.get_absolute_url()),
        ReaderPage("edition", edition.get_absolute_url()),
        ReaderPage("kind", "/views/"),
        ReaderPage("tag", tag.get_absolute_url()),
        ReaderPage("search", "/search/?q=minister&since=2020-01-01"),
        ReaderPage("newsletter", "/newsletter/"),
        ReaderPage("feedback", "/feedback/"),
        ReaderPage("static", "/page/about/"),
        ReaderPage("404", "/no-such-page/", 404),
        ReaderPage("410", withdrawn.get_absolute_url(), 410),
    ]
    assert author is not None, "the demo newsroom has named writers"
    pages.insert(6, ReaderPage("author", reverse("site:author", args=[author.slug])))
    return pages


@pytest.fixture(scope="module")
def newsroom(django_db_setup: Any, django_db_blocker: Any) -> Iterator[Newsroom]:
    require_validators()
    from django.apps import apps
    from django.contrib.staticfiles.handlers import StaticFilesHandler

    from newsdesk.demo.loader import load_demo
    from newsdesk.site.defaults import load_default_pages
    from newsdesk.taxonomy.defaults import load_default_taxonomy

    with django_db_blocker.unblock():
        server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        url = f"http://127.0.0.1:{server.port}"
        try:
            # Canonical and share links point at the server the browser reads.
            with override_settings(NEWSDESK_SITE_URL=url, DEBUG=False):
                load_demo(image_size=(960, 540))
                yield Newsroom(url=url, pages=reader_pages())
        finally:
            server.terminate()
            # Leave the database as `migrate` does, for any test this worker runs next.
            call_command("flush", verbosity=0, interactive=False)
            load_default_taxonomy(apps)
            load_default_pages(apps)


def run(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, **kwargs)


__all__ = ["WIDTHS", "Newsroom", "ReaderPage", "in_ci", "newsroom", "run"]
