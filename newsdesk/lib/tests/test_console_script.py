"""A fresh checkout just works: the console script in a clean environment in an empty directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsdesk

PROJECT = Path(newsdesk.__file__).resolve().parents[1]


def run(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    # Nothing from the developer's shell: only what a fresh clone has (PATH, HOME) and
    # the project on the import path, with var/ pointed into the temp dir.
    clean = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "PYTHONPATH": str(PROJECT),
        "NEWSDESK_VAR_DIR": str(tmp_path / "var"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", *args],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize("command", ["ingest", "enrich", "import_sources", "reindex", "worker"])
def test_it_runs_everyday_commands_with_no_environment(tmp_path: Path, command: str) -> None:
    result = run(tmp_path, command, "--help")

    assert result.returncode == 0, result.stderr
    assert "SECRET_KEY" not in result.stderr
    assert (tmp_path / "var" / "dev-secret-key").exists()


def test_it_keeps_the_generated_local_key_between_runs(tmp_path: Path) -> None:
    run(tmp_path, "check")
    first = (tmp_path / "var" / "dev-secret-key").read_text()
    result = run(tmp_path, "check")

    assert result.returncode == 0, result.stderr
    assert (tmp_path / "var" / "dev-secret-key").read_text() == first


@pytest.mark.parametrize(
    ("args", "env"),
    [(["check", "--deploy"], {}), (["check"], {"NEWSDESK_PRODUCTION": "true"})],
)
def test_it_refuses_production_without_its_own_secret_key_in_one_line(
    tmp_path: Path, args: list[str], env: dict[str, str]
) -> None:
    result = run(tmp_path, *args, **env)

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "newsdesk: configuration error: SECRET_KEY must be set in production (e.g. `openssl rand -hex 32`)"
    ]


def test_it_refuses_the_wsgi_entry_point_without_a_secret_key(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import newsdesk.wsgi"],
        cwd=tmp_path,
        env={"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(PROJECT), "NEWSDESK_VAR_DIR": str(tmp_path / "v")},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )

    assert result.returncode != 0 and "SECRET_KEY must be set in production" in result.stderr


def test_it_names_a_bad_variable_in_one_line(tmp_path: Path) -> None:
    result = run(tmp_path, "check", NEWSDESK_TIME_ZONE="IST")

    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("newsdesk: configuration error: NEWSDESK_TIME_ZONE='IST' is not an IANA time zone")
