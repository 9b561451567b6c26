"""The one allowlist every piece of HTML passes before storage or display.

Wire copy, editor input and form text are all hostile until cleaned. Everything
goes through :func:`clean_html`, built on nh3 (the Ammonia sanitiser), so a rule
changes in one place. Anything not listed here is dropped: scripts, event
handlers, ``javascript:``/``data:`` URLs, iframes, objects, forms and inline
styles.
"""

from __future__ import annotations

import html as html_lib
import re

import nh3

ALLOWED_TAGS: frozenset[str] = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "dl",
        "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i",
        "img", "li", "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip

ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    # No "cite" on blockquote/q: nh3 does not scheme-check it, so it could carry javascript:.
}

# data: is excluded on purpose: it carries scripts (data:text/html) and
# unbounded payloads; images must be hosted, not inlined.
ALLOWED_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

# Agency links point off-site; they must not pass our ranking or window.opener.
LINK_REL = "nofollow noopener noreferrer"

_WHITESPACE = re.compile(r"\s+")
# Closing a block (or a line break) separates words: "<p>one</p><p>two</p>" is "one two".
_BLOCK_BOUNDARY = re.compile(
    r"<(?:br|hr|/?p|/?div|/?li|/?h[1-6]|/?td|/?th|/?tr|/?blockquote|/?figcaption)\b[^>]*>", re.IGNORECASE
)
# HTML parsing can rebuild a tree the allowlist already passed into a different
# one (foster parenting moves <a> out of tables); a few passes reach the fixed point.
_MAX_PASSES = 4


def clean_html(html: str | None) -> str:
    """Return ``html`` reduced to the allowlist; safe to mark as safe in templates.

    Idempotent: cleaning the output again changes nothing.
    """
    if not html:
        return ""
    cleaned = _clean_once(html)
    for _ in range(_MAX_PASSES):
        again = _clean_once(cleaned)
        if again == cleaned:
            break
        cleaned = again
    return cleaned


def _clean_once(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        link_rel=LINK_REL,
        strip_comments=True,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math"},
    ).strip()


def plain_text(html: str | None) -> str:
    """Text of ``html`` with every tag removed and white space folded."""
    if not html:
        return ""
    text = nh3.clean(_BLOCK_BOUNDARY.sub(" ", html), tags=set(), clean_content_tags={"script", "style"})
    # nh3 returns HTML-escaped text; this is text, so it is unescaped once and
    # templates escape it again on output (never mark plain text safe).
    text = html_lib.unescape(text).replace("\u00a0", " ")
    return _WHITESPACE.sub(" ", text).strip()


def word_count(html: str | None) -> int:
    return len(plain_text(html).split())
