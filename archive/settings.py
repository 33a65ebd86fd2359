"""Settings for the ASEAN energy & climate news archive.

Everything that differs between a laptop and production comes from the
environment (see `.env.example`); the defaults are safe for local use and
keep all mutable state (database, search index, media) under one data dir.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from urllib.parse import urlparse

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def _load_dotenv(path: Path) -> None:
    """Read KEY=VALUE lines from `.env` without overriding the real environment."""
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        os.environ.setdefault(key.strip(), value.strip().strip("'\""))


_load_dotenv(BASE_DIR / ".env")


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Core -------------------------------------------------------------------

DEBUG = env_bool("DEBUG", True)
TESTING = env_bool("ARCHIVE_TESTING", False)

_INSECURE_DEV_KEY = "django-insecure-local-development-key-not-for-production"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. With DEBUG off the archive refuses to start without a real "
            "secret: set SECRET_KEY in the environment or in .env (see .env.example)."
        )
    SECRET_KEY = _INSECURE_DEV_KEY
elif not DEBUG and (SECRET_KEY == _INSECURE_DEV_KEY or len(SECRET_KEY) < 32):
    raise ImproperlyConfigured("SECRET_KEY is too weak for production: use at least 32 random characters.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

# All mutable state lives here: a fresh directory gives a fresh archive.
DATA_DIR = Path(os.environ.get("ARCHIVE_DATA_DIR") or BASE_DIR / "var").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_countries",
    "haystack",
    "rest_framework",
    "drf_spectacular",
    "archive.apps.ArchiveConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "archive.web.middleware.StripControlCharacters",
    "django.middleware.common.CommonMiddleware",
    # Outside CSRF: it sees the CSRF cookie a page is sent with (see archive/web/conditional.py).
    "archive.web.conditional.ConditionalOnContent",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "archive.web.middleware.ContentSecurityPolicy",
]

ROOT_URLCONF = "archive.urls"
WSGI_APPLICATION = "archive.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "archive.context_processors.site",
            ],
        },
    },
]

# --- Database ---------------------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'archive.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several processes (gunicorn workers, an import, the index drain) write at once:
    # wait for the lock instead of failing, and let readers run beside the writer.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Search -----------------------------------------------------------------


def search_connection(url: str) -> dict:
    parsed = urlparse(url)
    if parsed.scheme in ("elasticsearch", "elasticsearchs"):  # ES 7 / OpenSearch, see docs/deploy.md
        from archive.search.elastic.connection import connection_options

        try:
            return connection_options(url)
        except ValueError as exc:
            raise ImproperlyConfigured(f"SEARCH_URL: {exc}") from exc
    if parsed.scheme != "whoosh":
        raise ImproperlyConfigured(
            f"SEARCH_URL scheme {parsed.scheme!r} is not supported; use whoosh:///absolute/path "
            "or elasticsearch://host:9200/index (elasticsearchs:// for HTTPS)."
        )
    path = parsed.path or str(DATA_DIR / "whoosh_index")
    return {
        "ENGINE": "archive.search.whoosh.backend.ArchiveWhooshEngine",
        "PATH": path,
        "BATCH_SIZE": 5000,  # one Whoosh segment per batch and core: fewer, larger segments
        "INCLUDE_SPELLING": False,
    }


HAYSTACK_CONNECTIONS = {
    "default": search_connection(os.environ.get("SEARCH_URL") or f"whoosh://{DATA_DIR / 'whoosh_index'}"),
}
# The single index writer's lock file (archive.search.queue), whatever the engine.
SEARCH_WRITER_LOCK = os.environ.get("SEARCH_WRITER_LOCK") or str(DATA_DIR / "search-index.writer.lock")
# Index updates go through archive.search.queue (a DB queue drained by one writer),
# never through haystack's realtime processor, which drops writes under contention.
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"
HAYSTACK_SEARCH_RESULTS_PER_PAGE = 20
HAYSTACK_ITERATOR_LOAD_PER_QUERY = 500
# How long a saving request waits for the single index writer before leaving the
# queued update to the next drain (`manage.py process_index_queue`).
# Repeated searches reuse their ranking for this many distinct searches per process, until
# the content changes (archive/search/memo.py); 0 turns it off.
SEARCH_RESULTS_MEMO = int(os.environ.get("SEARCH_RESULTS_MEMO", "256"))
# Public pages (articles, meetings, people, lists) are kept whole per process, compressed,
# up to this many bytes, until the content changes (archive/web/pages.py); 0 turns it off.
PAGE_MEMO_BYTES = int(os.environ.get("PAGE_MEMO_BYTES", str(16 * 1024 * 1024)))
# The server (gunicorn.conf.py) finds articles' related lists in the background when it
# starts (manage.py refresh_related, low priority): minutes after a bulk import, nothing
# when they are current.
REFRESH_RELATED_AT_START = env_bool("ARCHIVE_REFRESH_RELATED", True)
SEARCH_INDEX_LOCK_TIMEOUT = float(os.environ.get("SEARCH_INDEX_LOCK_TIMEOUT", "20"))
# How long a save waits for the index writer after commit before leaving its task queued.
SEARCH_INDEX_AFTER_COMMIT_WAIT = float(os.environ.get("SEARCH_INDEX_AFTER_COMMIT_WAIT", "1"))

# --- Cache -------------------------------------------------------------------------
# Shared by every gunicorn worker (the content version in archive/web/freshness.py must be
# seen by all of them): files under the data dir with no extra server, or the Redis server
# that CACHE_URL names (redis://host:6379/0), which several machines can share.
CACHE_URL = os.environ.get("CACHE_URL", "")
#
# "rates" holds the rate limit's counters (archive/api/throttling.py), written on every API
# request and search: volatile state of this machine's workers, kept in memory (/dev/shm,
# a tmpfs) rather than on the data dir's disk, where replacing a file on every request cost
# 0.3 ms idle and 2 ms while an index merge wrote beside it. RATE_LIMIT_DIR names another place.
if CACHE_URL.startswith(("redis://", "rediss://", "unix://")):
    _REDIS = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL, "TIMEOUT": 3600}
    CACHES = {"default": _REDIS, "rates": {**_REDIS, "KEY_PREFIX": "rates"}}
elif CACHE_URL:
    raise ImproperlyConfigured(f"CACHE_URL must be a redis:// address, not {CACHE_URL[:40]!r}")
else:
    _SHM = Path("/dev/shm")
    _RATES_DIR = os.environ.get("RATE_LIMIT_DIR") or (
        # One directory per data dir, so that two archives on a machine count apart.
        _SHM / f"archive-rates-{os.getuid()}-{hashlib.sha1(str(DATA_DIR).encode()).hexdigest()[:12]}"
        if _SHM.is_dir() and os.access(_SHM, os.W_OK)
        else DATA_DIR / "rates"
    )
    CACHES = {
        "default": {
            "BACKEND": "archive.filecache.FileCache",
            "LOCATION": str(DATA_DIR / "cache"),
            "TIMEOUT": 3600,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
        "rates": {
            "BACKEND": "archive.filecache.FileCache",
            "LOCATION": str(_RATES_DIR),
            "TIMEOUT": 3600,
            "OPTIONS": {"MAX_ENTRIES": 10000},
        },
    }

# --- Ingest ---------------------------------------------------------------------

# "Add from URL" in the admin: fetch limits, and no private/loopback addresses
# unless explicitly allowed (tests serve saved pages on loopback).
INGEST_FETCH_TIMEOUT = float(os.environ.get("INGEST_FETCH_TIMEOUT", "10"))
INGEST_FETCH_MAX_BYTES = int(os.environ.get("INGEST_FETCH_MAX_BYTES", str(5 * 1024 * 1024)))
INGEST_ALLOW_PRIVATE_ADDRESSES = env_bool("INGEST_ALLOW_PRIVATE_ADDRESSES", False)

# --- Internationalisation ----------------------------------------------------

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("vi", "Tiếng Việt"), ("th", "ไทย")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Bangkok"
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns on every request otherwise
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

FIXTURE_DIRS = [BASE_DIR / "fixtures"]

# --- Auth ---------------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"

# --- API ----------------------------------------------------------------------

REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # One policy for every API endpoint, /search/ and the feeds (archive/api/throttling.py).
    "DEFAULT_THROTTLE_CLASSES": ["archive.api.throttling.ArchiveAnonThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": os.environ.get("API_ANON_RATE", "120/minute")},
}
SPECTACULAR_SETTINGS = {
    "TITLE": "ASEAN Energy & Climate News Archive API",
    "DESCRIPTION": "Read-only access to articles, meetings, series, people and organisations, and full-text search.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
}

# --- Production hardening -------------------------------------------------------

# The pages load only their own stylesheet: no inline script or style, no third party.
# (JSON-LD is a data block, which CSP does not execute.) The admin's widgets set inline styles.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
CONTENT_SECURITY_POLICY_ADMIN = {**CONTENT_SECURITY_POLICY, "style-src": ["'self'", "'unsafe-inline'"]}

# Behind a TLS-terminating proxy, name the header it sets, e.g. "HTTP_X_FORWARDED_PROTO=https".
if _proxy_header := os.environ.get("SECURE_PROXY_SSL_HEADER", "").strip():
    _name, _, _value = _proxy_header.partition("=")
    SECURE_PROXY_SSL_HEADER = (_name.strip(), (_value or "https").strip())

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"
    # HTTPS only: redirect plain http (off when a proxy already does, SECURE_SSL_REDIRECT=0) and HSTS.
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers probe over plain http
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "archive": {"handlers": ["console"], "level": os.environ.get("ARCHIVE_LOG_LEVEL", "INFO")},
    },
}

SITE_NAME = "ASEAN Energy & Climate News Archive"
