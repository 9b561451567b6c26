"""The audience app's settings, each read here with its default so the names live in one place.

The project's settings module sets them from the environment; these defaults
apply when it does not. Read at call time, so ``override_settings`` works.
"""

from __future__ import annotations

from django.conf import settings


def _int(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def consent_record_ip() -> bool:
    return bool(getattr(settings, "NEWSDESK_CONSENT_RECORD_IP", False))


def feedback_record_ip() -> bool:
    return bool(getattr(settings, "NEWSDESK_FEEDBACK_RECORD_IP", False))


def feedback_recipients() -> list[str]:
    raw = str(getattr(settings, "NEWSDESK_FEEDBACK_EMAIL", ""))
    return [address.strip() for address in raw.split(",") if address.strip()]


def trusted_proxy_header() -> str:
    return str(getattr(settings, "NEWSDESK_TRUSTED_PROXY_HEADER", ""))


def trusted_proxies() -> list[str]:
    return list(getattr(settings, "NEWSDESK_TRUSTED_PROXIES", []))


def signup_limit_per_ip() -> int:
    """Sign-up form posts per client address per hour."""
    return _int("NEWSDESK_SIGNUP_LIMIT_PER_IP", 10)


def signup_limit_per_address() -> int:
    """Sign-ups processed per email address per hour (beyond: answered, ignored)."""
    return _int("NEWSDESK_SIGNUP_LIMIT_PER_ADDRESS", 5)


def feedback_limit_per_ip() -> int:
    """Feedback messages per client address per hour."""
    return _int("NEWSDESK_FEEDBACK_LIMIT_PER_IP", 5)


def digest_hour() -> int:
    """Local hour (NEWSDESK_TIME_ZONE) from which the daily, and on Mondays the weekly, digest goes out."""
    return _int("NEWSDESK_DIGEST_HOUR", 7)


def digest_max_items() -> int:
    return _int("NEWSDESK_DIGEST_MAX_ITEMS", 20)


def digest_claim_lease_seconds() -> int:
    """How long a claimed, unsent digest stays its worker's before another run may take it over."""
    return _int("NEWSDESK_DIGEST_CLAIM_LEASE_SECONDS", 600)
