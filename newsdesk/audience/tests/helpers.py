from __future__ import annotations

import re
from email.message import EmailMessage
from typing import TYPE_CHECKING

from django.core.mail import EmailMessage as DjangoEmailMessage

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

SITE = "https://news.example.org"
_CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
_FROM = re.compile(r'\?from=[^"]*"')


def link(body: str, kind: str) -> str:
    """The site-relative path of the first ``kind`` link (confirm, preferences, unsubscribe) in a mail body."""
    match = re.search(rf"{re.escape(SITE)}(/newsletter/{kind}/[^/\s\"<>]+/)", body)
    assert match, f"no {kind} link in:\n{body}"
    return match.group(1)


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


def html_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    assert part is not None
    return str(part.get_content())


def django_html(message: DjangoEmailMessage) -> str:
    alternatives = getattr(message, "alternatives", [])
    return next(str(content) for content, mimetype in alternatives if mimetype == "text/html")


def page(response: Response) -> str:
    """The body with what differs by request alone masked (CSRF token, the footer's link back to
    the page's own path), for comparing two answers."""
    body = _CSRF.sub('name="csrfmiddlewaretoken" value="…"', response.content.decode())
    return _FROM.sub('?from=…"', body)
