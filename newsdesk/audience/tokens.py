"""Signed links in our mail: whoever holds one may act for that subscriber, and only for that purpose.

Each purpose has its own salt, so a preferences link cannot be replayed as a
confirmation, and its own lifetime. Every failure (tampered, expired, another
purpose, a version an unsubscribe retired, a deleted subscriber) is the same
``None``: callers show one generic error and change nothing.
"""

from __future__ import annotations

import datetime as dt
import enum

from django.core import signing

from newsdesk.audience.models import Subscriber


class Purpose(enum.Enum):
    CONFIRM = "confirm"
    PREFERENCES = "preferences"
    UNSUBSCRIBE = "unsubscribe"


MAX_AGE = {
    # Pending sign-ups may ask again after a day; a week covers a slow reader.
    Purpose.CONFIRM: dt.timedelta(days=7),
    # Linked from every digest; a link in a digest older than this asks for a newer one.
    Purpose.PREFERENCES: dt.timedelta(days=90),
    # RFC 8058 one-click links sit in old mail for a long time, and the law
    # (e.g. CAN-SPAM's 30 days) only sets a floor: a bit over a year covers
    # anything still in an inbox, while keeping signatures from living forever.
    Purpose.UNSUBSCRIBE: dt.timedelta(days=400),
}

# Unsubscribing bumps the token version to retire confirmation and preferences
# links. Unsubscribe links stay out of that on purpose: a reader clicking the
# link in an older digest, or a mail client retrying its POST, must still get
# "you are unsubscribed", not an error.
_VERSIONED = {Purpose.CONFIRM, Purpose.PREFERENCES}


def _salt(purpose: Purpose) -> str:
    return f"newsdesk.audience.{purpose.value}"


def make_token(subscriber: Subscriber, purpose: Purpose) -> str:
    payload: dict[str, int] = {"s": subscriber.pk}
    if purpose in _VERSIONED:
        payload["v"] = subscriber.token_version
    return signing.TimestampSigner(salt=_salt(purpose)).sign_object(payload)


def read_token(token: str, purpose: Purpose) -> Subscriber | None:
    try:
        payload = signing.TimestampSigner(salt=_salt(purpose)).unsign_object(token, max_age=MAX_AGE[purpose])
    except (signing.BadSignature, ValueError, UnicodeDecodeError):
        # SignatureExpired is a BadSignature; ValueError covers mangled base64/JSON.
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("s"), int):
        return None
    subscriber = Subscriber.objects.filter(pk=payload["s"]).first()
    if subscriber is None:
        return None
    if purpose in _VERSIONED and payload.get("v") != subscriber.token_version:
        return None
    return subscriber
