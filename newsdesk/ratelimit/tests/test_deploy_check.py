"""`newsdesk check --deploy` passes with production settings taken from the environment."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

PRODUCTION_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "news.example.org",
    "NEWSDESK_SITE_URL": "https://news.example.org",
    "SECURE_SSL_REDIRECT": "true",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "true",
    "SECURE_HSTS_PRELOAD": "true",
}


def _check(tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "NEWSDESK_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "newsdesk.settings",
        **PRODUCTION_ENV,
        **extra,
    }
    return subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_it_passes_the_deploy_check_with_production_settings(tmp_path: Path) -> None:
    result = _check(tmp_path)
    assert result.returncode == 0, result.stderr


def test_it_fails_the_deploy_check_without_hsts(tmp_path: Path) -> None:
    result = _check(tmp_path, SECURE_HSTS_SECONDS="0")
    assert result.returncode != 0
    assert "security.W004" in result.stderr
