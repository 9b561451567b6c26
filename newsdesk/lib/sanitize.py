"""The one allowlist every piece of HTML passes before storage or display.

Wire copy, editor input and form text are all hostile until cleaned. Everything
goes through :func:`clean_html`, built on nh3 (the Ammonia sanitiser), so a rule
changes in one place. Anything not listed here is dropped: scripts, event
handlers, ``javascript:``/``data:`` URLs, iframes, objects, forms and inline
styles.
"""

from __future__ import annotations

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
    "blockquote": {"cite"},
    "q": {"cite"},
}

# data: is excluded on purpose: it carries scripts (data:text/html) and
# unbounded payloads; images must be hosted, not inlined.
ALLOWED_URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})

# Agency links point off-site; they must not pass our ranking or window.opener.
LINK_REL = "nofollow noopener noreferrer"

_WHITESPACE = re.compile(r"\s+")


def clean_html(html: str | None) -> str:
    """Return ``html`` reduced to the allowlist; safe to mark as safe in templates."""
    if not html:
        return ""
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
    text = nh3.clean(html, tags=set(), clean_content_tags={"script", "style"})
    # nh3 returns HTML-escaped text; unescape the few entities it emits.
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&#39;", "'")
    text = text.replace("&amp;", "&")
    return _WHITESPACE.sub(" ", text).strip()


def word_count(html: str | None) -> int:
    return len(plain_text(html).split())
