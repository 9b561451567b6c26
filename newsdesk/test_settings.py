"""Test settings: the production settings with only what tests must change."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "test-only-secret-key-not-for-production")

from newsdesk.settings import *  # noqa: F403
from newsdesk.settings import CACHES, DATABASES

# Hashing passwords properly is slow by design; tests create many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The manifest storage needs collectstatic; tests render templates without it.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="newsdesk-test-media-"))
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
NEWSDESK_SITE_URL = "https://news.example.org"
if os.environ.get("REDIS_URL"):
    # Each xdist worker gets its own Redis database: cache.clear() flushes a
    # whole database, and one worker must not wipe another's cache mid-test.
    _worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    _server = os.environ["REDIS_URL"].split("://", 1)[1].split("/", 1)[0]
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": f"redis://{_server}/{2 + _worker}",
    }
else:
    CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "tests"}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A suffix lets two checkouts (or two developers on one machine) run the
    # suite against one PostgreSQL server at once without dropping each other's database.
    DATABASES["default"]["TEST"] = {"NAME": f"test_newsdesk{os.environ.get('NEWSDESK_TEST_DB_SUFFIX', '')}"}
else:
    # A file, not Django's in-memory default: concurrency tests (workers,
    # simultaneous readers) must meet the same WAL + busy-timeout locking as
    # a real deployment, which shared-cache memory databases do not have.
    DATABASES["default"]["TEST"] = {"NAME": os.path.join(tempfile.gettempdir(), f"newsdesk-test-{os.getpid()}.sqlite3")}
# Tasks run inline in tests unless a test drives a real consumer itself.
HUEY = {**HUEY, "immediate": True}  # noqa: F405
