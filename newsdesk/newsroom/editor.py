"""The story editor's widgets: django-prose-editor (ProseMirror) for the body, limited to what
``lib.sanitize`` keeps (the model's save() runs that same sanitiser), and full-width headline and
standfirst with character counts.

django-prose-editor loads its modules through an inline ``<script type="importmap">``; the staff
Content-Security-Policy allows scripts from 'self' only, so the story page's policy adds the
SHA-256 of exactly that import map (CSP hash source), and of the one <style> the editor adds;
nothing else inline.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from typing import Any

from django import forms
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django_prose_editor.widgets import AdminProseEditorWidget  # type: ignore[import-untyped]

from newsdesk.accounts.middleware import STAFF_CSP
from newsdesk.lib.sanitize import ALLOWED_TAGS

# Each ProseMirror extension and the tags it writes; only those whose tags the sanitiser keeps.
_EXTENSION_TAGS: dict[str, tuple[str, ...]] = {
    "Bold": ("strong",),
    "Italic": ("em",),
    "Underline": ("u",),
    "Strike": ("s",),
    "Subscript": ("sub",),
    "Superscript": ("sup",),
    "HardBreak": ("br",),
    "BulletList": ("ul", "li"),
    "OrderedList": ("ol", "li"),
    "ListItem": ("li",),
    "Blockquote": ("blockquote",),
    "HorizontalRule": ("hr",),
    "Link": ("a",),
}
BODY_EXTENSIONS: dict[str, Any] = {
    **{name: True for name, tags in _EXTENSION_TAGS.items() if set(tags) <= ALLOWED_TAGS},
    # Headings below the story's own <h1>; h1 would compete with the headline.
    "Heading": {"levels": [2, 3]},
    "History": True,
    "Typographic": True,
}

# Lengths past which a headline or standfirst is cut in search results and social cards.
HEADLINE_ADVISED = 110
STANDFIRST_ADVISED = 250

_IMPORT_MAP = re.compile(rb'<script type="importmap"[^>]*>(.*?)</script>', re.S)
# The editor (Tiptap) adds one <style> of ProseMirror's base rules, a constant in its bundle.
_TIPTAP_STYLE = re.compile(r"`(\.ProseMirror \{\n  position: relative;[^`]*)`")


def _sha256(data: bytes) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode() + "'"


@functools.cache
def editor_style_source() -> str:
    """The CSP hash of the editor's own <style>, read from the pinned bundle; "" if it is not found
    (a new version: the editor still works, that style is blocked and this test says so)."""
    path = finders.find("django_prose_editor/editor.js")
    if not isinstance(path, str):
        return ""
    with open(path, encoding="utf-8") as bundle:
        found = _TIPTAP_STYLE.search(bundle.read())
    return _sha256(found.group(1).encode()) if found else ""


def plain_spaces(html: str) -> str:
    """Ordinary spaces for the non-breaking ones a browser's editable area types at the end of a
    line (Chromium does, as you type); left in, they stop the story's lines from wrapping."""
    return html.replace("&nbsp;", " ").replace("\u00a0", " ")


def body_widget() -> AdminProseEditorWidget:
    return AdminProseEditorWidget(config={"extensions": BODY_EXTENSIONS}, preset="configurable")


def counted_input(advised: int, *, multiline: bool = False) -> forms.Widget:
    attrs = {"class": "desk-full", "data-desk-count": str(advised)}
    if multiline:
        return forms.Textarea(attrs={**attrs, "rows": 3})
    return forms.TextInput(attrs=attrs)


def widgets() -> dict[str, forms.Widget]:
    return {
        "headline": counted_input(HEADLINE_ADVISED),
        "standfirst": counted_input(STANDFIRST_ADVISED, multiline=True),
        "body": body_widget(),
    }


def allow_import_map(response: HttpResponse) -> HttpResponse:
    """Give a rendered story page the staff policy plus the hash of its one import map."""
    found = _IMPORT_MAP.search(response.content)
    if found is None:
        return response
    policy = STAFF_CSP.replace("script-src 'self'", f"script-src 'self' {_sha256(found.group(1))}")
    if style := editor_style_source():
        policy = policy.replace("style-src 'self'", f"style-src 'self' {style}")
    response.headers["Content-Security-Policy"] = policy
    return response
