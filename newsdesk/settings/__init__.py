"""Settings, read from the environment through typed helpers that fail loudly.

Every deployment knob is an environment variable documented in README.md.
The defaults give a working single-machine newsroom on SQLite; production sets
DATABASE_URL (PostgreSQL), REDIS_URL and SECRET_KEY.
"""

from __future__ import annotations

import secrets
import sys
from pathlib import Path
from typing import Any

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

from newsdesk.lib.env import env_bool, env_int, env_list, env_str, env_time_zone

# Lets admin and querysets be subscripted in type hints (ModelAdmin[Article]).
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parents[2]
VAR_DIR = Path(env_str("NEWSDESK_VAR_DIR", str(BASE_DIR / "var")))

DEBUG = env_bool("DEBUG", False)


# Production is what serves readers: the WSGI entry point (newsdesk/wsgi.py sets
# NEWSDESK_ENTRY=wsgi), `check --deploy`, or any process told NEWSDESK_PRODUCTION=true
# (set it in the production environment so its workers refuse too). Everything else is
# local use on a checkout (ingest, enrich, import_sources, reindex, worker, runserver), which
# gets a key generated once into var/ instead of stopping: a command-line tool on a fresh
# clone must just work, and the key only signs sessions and links of that local newsroom.
PRODUCTION = (
    env_bool("NEWSDESK_PRODUCTION", False)
    or env_str("NEWSDESK_ENTRY") == "wsgi"
    or ("check" in sys.argv[1:2] + sys.argv[2:3] and "--deploy" in sys.argv)
)


def _secret_key() -> str:
    key = env_str("SECRET_KEY")
    if key:
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("SECRET_KEY must be set in production (e.g. `openssl rand -hex 32`)")
    # A local key that survives restarts, so sessions of `make run` stay valid.
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    path = VAR_DIR / "dev-secret-key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = _secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Static files of the story editor's rich-text widget (newsroom/editor.py).
    "django_prose_editor",
    "huey.contrib.djhuey",
    "newsdesk.taxonomy",
    "newsdesk.wires",
    "newsdesk.newsroom",
    "newsdesk.enrich",
    "newsdesk.metrics",
    "newsdesk.site",
    "newsdesk.audience",
    "newsdesk.frontcache",
    "newsdesk.ratelimit",
    "newsdesk.accounts",
    "newsdesk.demo",
]

MIDDLEWARE = [
    # First: a NUL in the path, query or form is a 400 before any view or filter sees it.
    "newsdesk.lib.nul.RejectNulMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "newsdesk.site.middleware.ContentSecurityPolicyMiddleware",
    # Inside the CSP: under DEBUG, reader 404s are the house page, not Django's inline-styled one.
    "newsdesk.site.errors.HouseNotFoundMiddleware",
    "newsdesk.accounts.middleware.StaffContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304 for GET/HEAD; outside CacheControlMiddleware so it sees its headers.
    "django.middleware.http.ConditionalGetMiddleware",
    # Outside sessions and CSRF, so it sees any cookie they set and keeps such a page private.
    "newsdesk.frontcache.middleware.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # After CSRF: only a genuine form post counts against an address or account.
    "newsdesk.accounts.middleware.LoginThrottleMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last: its process_exception re-runs a GET/HEAD view across a short database restart.
    "newsdesk.ratelimit.dbretry.DatabaseRetryMiddleware",
]

ROOT_URLCONF = "newsdesk.urls"
WSGI_APPLICATION = "newsdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Project-wide overrides of Django admin templates (the desk's navigation); before every app's.
        "DIRS": [BASE_DIR / "newsdesk" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsdesk.site.context_processors.site_chrome",
            ],
        },
    },
]

# --- Database --------------------------------------------------------------
VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'newsdesk.sqlite3'}")
_db: dict[str, Any] = dict(dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60)))
if _db["ENGINE"] == "django.db.backends.sqlite3":
    _db["CONN_MAX_AGE"] = 0
    _db["OPTIONS"] = {
        # WAL lets readers run beside the worker's writes; IMMEDIATE takes the
        # write lock at BEGIN so two writers queue instead of deadlocking.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
elif _db["ENGINE"] == "django.db.backends.postgresql":
    _db["CONN_HEALTH_CHECKS"] = True
DATABASES = {"default": _db}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache -----------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    # Redis down degrades to cache misses (logged once), never to 500s; short
    # timeouts so a dead host costs a request at most half a second.
    CACHES = {
        "default": {
            "BACKEND": "newsdesk.lib.cache.FallbackRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "newsdesk"}}

# --- Time and language -----------------------------------------------------
LANGUAGE_CODE = env_str("NEWSDESK_LANGUAGE", "en")
# The site's date format (d-m-Y H:i T) for Django's own output too: the desk shows dates as readers see them.
FORMAT_MODULE_PATH = ["newsdesk.formats"]
# Stored times are UTC; this is the zone every page shows them in ("IST").
TIME_ZONE = env_time_zone("NEWSDESK_TIME_ZONE", "Asia/Kolkata")
USE_TZ = True
USE_I18N = True

# --- Static and media ------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("NEWSDESK_MEDIA_ROOT", str(VAR_DIR / "media")))
# Uploaded and generated images are served by Django only when nothing in
# front (nginx, a CDN) does it; `make run` turns this on.
NEWSDESK_SERVE_MEDIA = env_bool("NEWSDESK_SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Security --------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0, minimum=0)
# Off unless the deployment says so: HSTS on every subdomain and the preload list cannot be taken back quickly.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Staff sessions end after a working day (seconds), and when the browser closes if asked.
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600, minimum=300)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool("SESSION_EXPIRE_AT_BROWSER_CLOSE", False)
# Staff login attempts per 15 minutes, per client address and per account name (then 429).
NEWSDESK_LOGIN_LIMIT_PER_IP = env_int("NEWSDESK_LOGIN_LIMIT_PER_IP", 20, minimum=1)
NEWSDESK_LOGIN_LIMIT_PER_ACCOUNT = env_int("NEWSDESK_LOGIN_LIMIT_PER_ACCOUNT", 5, minimum=1)
if env_bool("NEWSDESK_TRUST_PROXY_HEADERS", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# /desk/ and other staff views send visitors to the admin's login (there is no /accounts/).
LOGIN_URL = "admin:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Email -----------------------------------------------------------------
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1, maximum=65535)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("EMAIL_USE_TLS and EMAIL_USE_SSL are exclusive; set one of them")
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 20, minimum=1)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Newsdesk <newsdesk@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- The newsroom ----------------------------------------------------------
NEWSDESK_SITE_NAME = env_str("NEWSDESK_SITE_NAME", "Newsdesk")
NEWSDESK_SITE_TAGLINE = env_str("NEWSDESK_SITE_TAGLINE", "Development news from every region")
# Absolute base for canonical URLs, feeds and sitemaps (no trailing slash).
NEWSDESK_SITE_URL = env_str("NEWSDESK_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
NEWSDESK_DESK_BYLINE = env_str("NEWSDESK_DESK_BYLINE", f"{NEWSDESK_SITE_NAME} News Desk")
NEWSDESK_PAGE_SIZE = env_int("NEWSDESK_PAGE_SIZE", 20, minimum=5, maximum=100)
NEWSDESK_TRENDING_HOURS = env_int("NEWSDESK_TRENDING_HOURS", 48, minimum=1, maximum=24 * 30)
NEWSDESK_TRENDING_SIZE = env_int("NEWSDESK_TRENDING_SIZE", 5, minimum=1, maximum=20)
# Hourly view buckets kept, in days, then pruned daily; at least 31 so Trending's longest
# window (30 days) always has its buckets.
NEWSDESK_METRICS_VIEW_HOUR_DAYS = env_int("NEWSDESK_METRICS_VIEW_HOUR_DAYS", 90, minimum=31)
# Seconds the shared side columns (trending, latest, shots) may be served from cache.
NEWSDESK_SIDEBAR_CACHE_SECONDS = env_int("NEWSDESK_SIDEBAR_CACHE_SECONDS", 60, minimum=0)
# Cache-Control of anonymous public pages: browsers keep them briefly (they are
# never purged), the front cache longer (it is purged by key when a story changes).
NEWSDESK_PAGE_MAX_AGE_SECONDS = env_int("NEWSDESK_PAGE_MAX_AGE_SECONDS", 60, minimum=0)
NEWSDESK_PAGE_SHARED_MAX_AGE_SECONDS = env_int("NEWSDESK_PAGE_SHARED_MAX_AGE_SECONDS", 600, minimum=0)
# Front caches (Varnish with vmod_xkey, deploy/) to purge by key after a change, comma-separated
# base URLs such as http://127.0.0.1:8080; empty: no front cache, nothing is purged.
NEWSDESK_FRONTCACHE_URL = env_list("NEWSDESK_FRONTCACHE_URL")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# --- Background work (Huey) ------------------------------------------------
# SQLite storage keeps `make run` dependency-free; production points
# HUEY_REDIS_URL (or REDIS_URL) at Redis so workers on many machines share one queue.
HUEY_REDIS_URL = env_str("HUEY_REDIS_URL", REDIS_URL)
HUEY: dict[str, Any] = {
    "name": env_str("HUEY_NAME", "newsdesk"),
    "immediate": env_bool("HUEY_IMMEDIATE", False),
    "utc": True,
    "consumer": {
        "workers": env_int("HUEY_WORKERS", 2, minimum=1),
        "worker_type": "thread",
        "periodic": True,
        "check_worker_health": True,
    },
}
if HUEY_REDIS_URL:
    HUEY["huey_class"] = "huey.RedisHuey"
    HUEY["connection"] = {"url": HUEY_REDIS_URL}
else:
    HUEY["huey_class"] = "huey.SqliteHuey"
    HUEY["filename"] = str(VAR_DIR / "huey.sqlite3")

# --- Agency wires ----------------------------------------------------------
# Limits on every document fetched from an agency: a slow, huge or looping
# server must cost a worker at most this much.
NEWSDESK_WIRES_FETCH_DEADLINE_SECONDS = env_int("NEWSDESK_WIRES_FETCH_DEADLINE_SECONDS", 30, minimum=1, maximum=600)
NEWSDESK_WIRES_FETCH_MAX_BYTES = env_int(
    "NEWSDESK_WIRES_FETCH_MAX_BYTES", 32 * 1024 * 1024, minimum=64 * 1024, maximum=64 * 1024 * 1024
)
NEWSDESK_WIRES_FETCH_MAX_REDIRECTS = env_int("NEWSDESK_WIRES_FETCH_MAX_REDIRECTS", 5, minimum=0, maximum=20)
NEWSDESK_WIRES_USER_AGENT = env_str("NEWSDESK_WIRES_USER_AGENT", f"Newsdesk/0.1 (+{NEWSDESK_SITE_URL}) wire fetcher")
# Poll history kept per source, in days; older FetchLog rows are pruned daily.
NEWSDESK_WIRES_FETCH_LOG_DAYS = env_int("NEWSDESK_WIRES_FETCH_LOG_DAYS", 14, minimum=1)
# Retention, in days, of what may go (pruned daily): digests of documents already read (one
# pruned only means the document is parsed again) and quarantined items (their reasons).
NEWSDESK_WIRES_INGESTED_DOCUMENT_DAYS = env_int("NEWSDESK_WIRES_INGESTED_DOCUMENT_DAYS", 30, minimum=1)
NEWSDESK_WIRES_QUARANTINE_DAYS = env_int("NEWSDESK_WIRES_QUARANTINE_DAYS", 90, minimum=1)
# Per-reader delivery rows of digest runs that finished this long ago (the run row stays, so its period
# is never sent again).
NEWSDESK_DIGEST_DELIVERY_DAYS = env_int("NEWSDESK_DIGEST_DELIVERY_DAYS", 180, minimum=1)
# Where desk alerts (a refused copy of a story we hold, e.g. an unreadable kill) are mailed; empty: not mailed.
NEWSDESK_DESK_EMAIL = env_str("NEWSDESK_DESK_EMAIL", "")

# --- Search, feeds, sitemaps and the read API (issue 6) ------------------------
INSTALLED_APPS += ["django.contrib.sitemaps", "newsdesk.search", "newsdesk.api"]
# Right after SecurityMiddleware: a rate-limited API call is answered before
# sessions, CSRF or auth do any work. It only acts on /api/.
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, "newsdesk.api.middleware.ApiMiddleware"
)
# Dotted path of a search backend; empty picks the database's own (FTS5 on SQLite, tsvector on PostgreSQL).
NEWSDESK_SEARCH_BACKEND = env_str("NEWSDESK_SEARCH_BACKEND", "")
# PostgreSQL text search configuration (stemming and stop words) for the site's language.
NEWSDESK_SEARCH_CONFIG = env_str("NEWSDESK_SEARCH_CONFIG", "english")
# Read API: requests per client IP per window; beyond it, 429 with Retry-After.
NEWSDESK_API_RATE_LIMIT = env_int("NEWSDESK_API_RATE_LIMIT", 120, minimum=1)
NEWSDESK_API_RATE_WINDOW_SECONDS = env_int("NEWSDESK_API_RATE_WINDOW_SECONDS", 60, minimum=1, maximum=3600)

# --- Enrichment (newsdesk.enrich) -------------------------------------------
# Optional OpenAI-compatible endpoint proposing headlines and standfirsts; off
# when empty. Copy is sent only to loopback or to the hosts listed here.
NEWSDESK_LLM_URL = env_str("NEWSDESK_LLM_URL", "")
NEWSDESK_LLM_MODEL = env_str("NEWSDESK_LLM_MODEL", "")
NEWSDESK_LLM_API_KEY = env_str("NEWSDESK_LLM_API_KEY", "")
NEWSDESK_LLM_ALLOWED_HOSTS = env_list("NEWSDESK_LLM_ALLOWED_HOSTS")
NEWSDESK_LLM_TIMEOUT_SECONDS = env_int("NEWSDESK_LLM_TIMEOUT_SECONDS", 20, minimum=1, maximum=300)
# Items about one event are looked for among items this many hours apart.
NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS = env_int("NEWSDESK_ENRICH_CLUSTER_WINDOW_HOURS", 72, minimum=1, maximum=24 * 30)

# --- Audience: newsletter and feedback (newsdesk.audience) -------------------
# Consent rows always record time and form; the reader's IP only when the
# newsroom's privacy policy says so.
NEWSDESK_CONSENT_RECORD_IP = env_bool("NEWSDESK_CONSENT_RECORD_IP", False)
NEWSDESK_FEEDBACK_RECORD_IP = env_bool("NEWSDESK_FEEDBACK_RECORD_IP", False)
NEWSDESK_FEEDBACK_EMAIL = env_str("NEWSDESK_FEEDBACK_EMAIL", "")
# The proxy's client-address header is trusted only when named here, e.g.
# HTTP_X_FORWARDED_FOR, and only from these proxies (empty: the direct peer).
NEWSDESK_TRUSTED_PROXY_HEADER = env_str("NEWSDESK_TRUSTED_PROXY_HEADER", "")
NEWSDESK_TRUSTED_PROXIES = env_list("NEWSDESK_TRUSTED_PROXIES")
NEWSDESK_SIGNUP_LIMIT_PER_IP = env_int("NEWSDESK_SIGNUP_LIMIT_PER_IP", 10, minimum=1)
NEWSDESK_SIGNUP_LIMIT_PER_ADDRESS = env_int("NEWSDESK_SIGNUP_LIMIT_PER_ADDRESS", 5, minimum=1)
NEWSDESK_FEEDBACK_LIMIT_PER_IP = env_int("NEWSDESK_FEEDBACK_LIMIT_PER_IP", 5, minimum=1)
NEWSDESK_DIGEST_HOUR = env_int("NEWSDESK_DIGEST_HOUR", 7, minimum=0, maximum=23)
NEWSDESK_DIGEST_MAX_ITEMS = env_int("NEWSDESK_DIGEST_MAX_ITEMS", 20, minimum=1, maximum=100)
NEWSDESK_DIGEST_CLAIM_LEASE_SECONDS = env_int("NEWSDESK_DIGEST_CLAIM_LEASE_SECONDS", 600, minimum=30)
