"""Building our mail from templates and handing it to Django's email backend.

Each mail is three templates under ``audience/email/``: ``<name>_subject.txt``,
``<name>.txt`` and ``<name>.html``. Sending classifies what the server said,
because the digest's exactly-once bookkeeping depends on knowing whether a
message may have been accepted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import logging
import smtplib
import time
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.template.loader import render_to_string
from django.urls import reverse

log = logging.getLogger(__name__)


def absolute_url(viewname: str, **kwargs: Any) -> str:
    return f"{settings.NEWSDESK_SITE_URL}{reverse(viewname, kwargs=kwargs or None)}"


@dataclasses.dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def render(name: str, context: dict[str, Any]) -> Rendered:
    context = {"site_name": settings.NEWSDESK_SITE_NAME, "site_url": settings.NEWSDESK_SITE_URL, **context}
    # A subject is one header line: whatever the template (or the data in it)
    # holds, newlines are folded away rather than reaching the header.
    subject = " ".join(render_to_string(f"audience/email/{name}_subject.txt", context).split())
    return Rendered(
        subject=subject[:200],
        text=render_to_string(f"audience/email/{name}.txt", context),
        html=render_to_string(f"audience/email/{name}.html", context),
    )


def build(
    name: str,
    context: dict[str, Any],
    *,
    to: list[str],
    headers: dict[str, str] | None = None,
    reply_to: list[str] | None = None,
) -> EmailMultiAlternatives:
    rendered = render(name, context)
    message = EmailMultiAlternatives(
        subject=rendered.subject,
        body=rendered.text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        headers=headers,
        reply_to=reply_to,
    )
    message.attach_alternative(rendered.html, "text/html")
    return message


class Outcome(enum.Enum):
    SENT = "sent"
    # The server refused the recipient permanently (5xx at RCPT): a hard bounce.
    REFUSED = "refused"
    # The server certainly did not take the message (temporary refusal, data rejected).
    FAILED = "failed"
    # The conversation broke where the server may already have accepted it.
    UNKNOWN = "unknown"


class MailServerUnavailable(Exception):
    """No connection to the mail server: nothing was sent."""


# Errors smtplib raises only on a reply that means "not accepted", before or
# instead of the final 250 to DATA.
_NOT_ACCEPTED: tuple[type[Exception], ...] = (
    smtplib.SMTPSenderRefused,
    smtplib.SMTPDataError,
    smtplib.SMTPHeloError,
    smtplib.SMTPNotSupportedError,
)

# Servers drop idle connections; probing one idle this long costs a round trip,
# while a message sent on a dead one would land in the "unknown" bucket.
_PROBE_AFTER_IDLE_SECONDS = 10.0


class Mailer:
    """One connection for many messages, reopened when the server drops it."""

    def __init__(self) -> None:
        self._backend: BaseEmailBackend | None = None
        self._last_used = 0.0

    def __enter__(self) -> Mailer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def ensure_open(self) -> None:
        """Connect (or check the connection still answers); raises MailServerUnavailable."""
        if self._backend is not None and time.monotonic() - self._last_used > _PROBE_AFTER_IDLE_SECONDS:
            smtp = getattr(self._backend, "connection", None)
            try:
                if smtp is not None:
                    smtp.noop()
            except (OSError, smtplib.SMTPException):
                self.close()
        if self._backend is None:
            backend = get_connection(fail_silently=False)
            try:
                backend.open()
            except (OSError, smtplib.SMTPException) as exc:
                raise MailServerUnavailable(f"cannot connect to the mail server: {exc}") from exc
            self._backend = backend
            self._last_used = time.monotonic()

    def send(self, message: EmailMultiAlternatives) -> tuple[Outcome, str]:
        try:
            self.ensure_open()
        except MailServerUnavailable as exc:
            return Outcome.FAILED, str(exc)[:300]
        assert self._backend is not None
        try:
            self._backend.send_messages([message])
        except smtplib.SMTPRecipientsRefused as exc:
            # Our mail has one recipient, so "all refused" means this one; smtplib sent RSET.
            code, reply = next(iter(exc.recipients.values()), (0, b""))
            detail = f"{code} {_text(reply)}"
            return (Outcome.REFUSED if 500 <= code < 600 else Outcome.FAILED), detail
        except _NOT_ACCEPTED as exc:
            self.close()
            return Outcome.FAILED, f"{type(exc).__name__}: {exc}"[:300]
        except Exception as exc:
            # Disconnects and timeouts can come after the server accepted the
            # data; the connection is unusable either way.
            self.close()
            log.warning("mail to %s: outcome unknown: %r", message.to, exc)
            return Outcome.UNKNOWN, f"{type(exc).__name__}: {exc}"[:300]
        self._last_used = time.monotonic()
        return Outcome.SENT, ""

    def close(self) -> None:
        if self._backend is not None:
            # Closing a broken connection may fail again; it is being dropped anyway.
            with contextlib.suppress(Exception):
                self._backend.close()
            self._backend = None


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
