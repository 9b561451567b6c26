"""Documents that are not news: error pages, redirects served as content, login walls.

Servers answer a story's address with these all the time (IIS's "Object Moved",
a CDN's 404 page with status 200, a paywall's sign-in form); stored, each would
become a "story". The words are in ``data/not_news.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path
from typing import Any

_DATA = Path(__file__).resolve().parent / "data" / "not_news.toml"
_WS = re.compile(r"\s+")
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\";\s]+)", re.IGNORECASE)
# A page this short (visible words) that says it moved is the redirect, not an article mentioning one.
_SHORT_PAGE_WORDS = 120


@functools.cache
def _words() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads(_DATA.read_text("utf-8"))
    return {key: tuple(str(v).lower() for v in values) for key, values in data.items() if key != "error_title_patterns"}


@functools.cache
def _error_title() -> re.Pattern[str]:
    data = tomllib.loads(_DATA.read_text("utf-8"))
    return re.compile("|".join(f"(?:{p})" for p in data["error_title_patterns"]), re.IGNORECASE)


def _fold(text: str) -> str:
    return _WS.sub(" ", text or "").strip()


def page_rejection(doc: Any) -> str:
    """Why an HTML page (an lxml document) is not a story, in words for the desk; "" when it may be one."""
    words = _words()
    title_el = doc.find(".//title")
    title = _fold(title_el.text_content()) if title_el is not None else ""
    h1_el = doc.find(".//h1")
    h1 = _fold(h1_el.text_content()) if h1_el is not None else ""
    body = doc.find("body")
    visible = _fold(body.text_content()) if body is not None else ""
    short = len(visible.split()) <= _SHORT_PAGE_WORDS

    for heading in (title, h1):
        lowered = heading.lower().rstrip(".!")
        if lowered and (lowered in words["error_titles"] or _error_title().match(lowered)):
            return f'an error page ("{heading[:80]}"), not a story'

    for meta in doc.iter("meta"):
        if (meta.get("http-equiv") or "").strip().lower() == "refresh" and short:
            match = _REFRESH_URL.search(meta.get("content") or "")
            target = f" to {match.group(1)[:200]}" if match else ""
            return f"a redirect served as content (meta refresh{target}), not a story"
    lowered_visible = visible.lower()
    if short and any(phrase in lowered_visible for phrase in words["redirect_phrases"]):
        link = doc.find(".//a[@href]")
        target = f" to {link.get('href')[:200]}" if link is not None else ""
        return f"a redirect served as content{target}, not a story"

    has_password = any((el.get("type") or "").strip().lower() == "password" for el in doc.iter("input"))
    lowered_title = title.lower()
    if (has_password and short) or any(
        lowered_title == w or lowered_title.startswith(w + " ") or lowered_title.startswith(w + " |")
        for w in words["login_titles"]
    ):
        return f'a login or subscription page ("{title[:80] or "password form"}"), not a story'
    return ""


__all__ = ["page_rejection"]
