"""`concord check`: a configuration fit to serve passes; each thing wrong is named in words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.db import fresh_database_url
from tests.live_server import ROOT, free_port, migrate

GOOD = {
    "CONCORD_ENV": "test",
    "CONCORD_SECRET_KEY": "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8s9T0",
    "CONCORD_PUBLIC_URL": "https://concord.example.org",
    "CONCORD_SMTP_HOST": "",
    "CONCORD_OIDC_PROVIDERS": "[]",
}


@pytest.mark.db
def test_a_configuration_fit_to_serve_passes(tmp_path: Path) -> None:
    with fresh_database_url(tmp_path) as url:
        migrate(url)
        result = run_cli(url, "check", env=GOOD)
    assert result.exit_code == 0, result.output
    assert "fit to serve" in result.output
    assert "problem" not in result.output


@pytest.mark.db
def test_each_problem_is_named_and_the_exit_code_is_1(tmp_path: Path) -> None:
    closed = free_port()
    env = GOOD | {
        "CONCORD_SECRET_KEY": "short",
        "CONCORD_PUBLIC_URL": "https://concord.example.org/app",
        "CONCORD_SMTP_HOST": "127.0.0.1",
        "CONCORD_SMTP_PORT": str(closed),
        "CONCORD_SMTP_TIMEOUT": "2",
        "CONCORD_OIDC_PROVIDERS": (
            f'[{{"name": "consortium", "issuer": "http://127.0.0.1:{closed}", '
            '"client_id": "c", "client_secret": "s", "label": "Consortium"}]'
        ),
    }
    with fresh_database_url(tmp_path) as url:  # never migrated
        result = run_cli(url, "check", env=env)
    assert result.exit_code == 1
    problems = [line for line in result.output.splitlines() if line.startswith("problem: ")]
    assert len(problems) == 5, result.output
    text = "\n".join(problems)
    assert "CONCORD_SECRET_KEY is 5 characters: use 32 or more" in text
    assert "must be an origin, without a path" in text
    assert "migrations are behind: run `concord migrate`" in text
    assert f"the mail server 127.0.0.1:{closed} cannot be used" in text
    assert f"OpenID provider consortium: http://127.0.0.1:{closed}/.well-known" in text


@pytest.mark.db
def test_the_default_secret_and_an_unreachable_database_are_named(tmp_path: Path) -> None:
    env = GOOD | {"CONCORD_SECRET_KEY": "concord-local-development-secret-do-not-use-in-production"}
    result = run_cli(f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/none", "check", env=env)
    assert result.exit_code == 1
    assert "built-in development default" in result.output
    assert "is unreachable (OperationalError)" in result.output


@pytest.mark.db
def test_serve_in_production_refuses_to_start_on_a_failed_check(tmp_path: Path) -> None:
    with fresh_database_url(tmp_path) as url:
        migrate(url)
        env = {
            **os.environ,
            **GOOD,
            "CONCORD_ENV": "production",
            "CONCORD_DATABASE_URL": url,
            "CONCORD_AUDIT_KEY": "k" * 8 + "an-audit-key-long-enough-0123456789",
            "CONCORD_PUBLIC_URL": "http://concord.example.org",  # not https
            "CONCORD_LOG_FORMAT": "text",
        }
        done = subprocess.run(
            [str(Path(sys.executable).parent / "concord"), "serve", "--port", str(free_port())],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 1, done.stderr
    assert "is not https: in production it must be" in done.stderr
    assert "Uvicorn running" not in done.stderr
