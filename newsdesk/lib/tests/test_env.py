from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from newsdesk.lib.env import env_bool, env_int, env_list, env_time_zone


def test_it_reads_booleans_and_refuses_anything_else(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_FLAG", "yes")
    assert env_bool("X_FLAG") is True
    monkeypatch.setenv("X_FLAG", "Off")
    assert env_bool("X_FLAG", True) is False
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="X_FLAG='maybe' is not a boolean"):
        env_bool("X_FLAG")


def test_it_reads_whole_numbers_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_INT", "12")
    assert env_int("X_INT", 1, minimum=1) == 12
    monkeypatch.setenv("X_INT", "twelve")
    with pytest.raises(ImproperlyConfigured, match="not a whole number"):
        env_int("X_INT", 1)
    monkeypatch.setenv("X_INT", "0")
    with pytest.raises(ImproperlyConfigured, match="below the minimum 1"):
        env_int("X_INT", 1, minimum=1)


def test_it_reads_lists_and_time_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("X_LIST", " a.example, ,b.example ")
    assert env_list("X_LIST") == ["a.example", "b.example"]
    monkeypatch.setenv("X_TZ", "Mars/Olympus")
    with pytest.raises(ImproperlyConfigured, match="not an IANA time zone"):
        env_time_zone("X_TZ", "UTC")


def _import_settings(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE"}}
    return subprocess.run(
        [sys.executable, "-c", "import newsdesk.settings as s; print(s.TIME_ZONE, s.DEBUG)"],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_it_refuses_to_start_production_without_a_secret_key(tmp_path: object) -> None:
    result = _import_settings(NEWSDESK_VAR_DIR=str(tmp_path), NEWSDESK_PRODUCTION="true")

    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_it_defaults_to_indian_time_and_debug_off(tmp_path: object) -> None:
    result = _import_settings(SECRET_KEY="x" * 50, NEWSDESK_VAR_DIR=str(tmp_path))

    assert result.stdout.split() == ["Asia/Kolkata", "False"]


def test_it_refuses_a_bad_time_zone(tmp_path: object) -> None:
    result = _import_settings(SECRET_KEY="x" * 50, NEWSDESK_VAR_DIR=str(tmp_path), NEWSDESK_TIME_ZONE="IST")

    assert result.returncode != 0
    assert "NEWSDESK_TIME_ZONE='IST' is not an IANA time zone" in result.stderr
