"""The `concord` command as a person runs it: a real process on a real database."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func
from sqlmodel import Session, col, select

from concord.audit.models import AuditEvent
from concord.commitments.models import Commitment
from concord.core.db import make_engine
from concord.drafting.models import Document, Section, Version
from concord.identity.models import Delegation
from concord.main import create_app
from concord.translation.models import Translation
from tests.db import fresh_database_url

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with fresh_database_url(tmp_path_factory.mktemp("cli")) as url:
        assert concord(url, "migrate").returncode == 0
        yield url


def concord(
    url: str, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "concord", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "CONCORD_DATABASE_URL": url, **(env or {})},
        check=False,
    )


def test_token_create_prints_only_a_working_token(database_url: str) -> None:
    assert concord(database_url, "delegation", "create", "JOR", "--name", "Jordan").returncode == 0
    made = concord(
        database_url,
        "user",
        "create",
        "rania@jor.example",
        "--name",
        "Rania",
        "--delegation",
        "JOR",
        "--head",
    )
    assert made.returncode == 0, made.stderr
    result = concord(database_url, "token", "create", "rania@jor.example")
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip()
    assert result.stdout == token + "\n"
    engine = make_engine(database_url)
    with TestClient(create_app(engine)) as client:
        me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    engine.dispose()
    assert me.status_code == 200
    assert (me.json()["email"], me.json()["is_head"], me.json()["delegation"]["code"]) == (
        "rania@jor.example",
        True,
        "JOR",
    )


def test_user_created_with_a_password_can_sign_in(database_url: str) -> None:
    made = concord(
        database_url,
        "user",
        "create",
        "amira@sec.example",
        "--name",
        "Amira",
        "--password",
        "a long enough passphrase",
    )
    assert made.returncode == 0, made.stderr
    engine = make_engine(database_url)
    with TestClient(create_app(engine)) as client:
        response = client.post(
            "/api/v1/auth/login",
            json={"email": "amira@sec.example", "password": "a long enough passphrase"},
        )
    engine.dispose()
    assert response.status_code == 200


def test_audit_verify_reports_an_intact_log(database_url: str) -> None:
    result = concord(database_url, "audit", "verify")
    assert result.returncode == 0, result.stderr
    assert "intact" in result.stdout


def test_duplicate_delegation_fails_with_its_code(database_url: str) -> None:
    concord(database_url, "delegation", "create", "DUP", "--name", "Dup")
    again = concord(database_url, "delegation", "create", "DUP", "--name", "Dup")
    assert again.returncode == 2
    assert "delegation_exists" in again.stderr


def test_unknown_person_gets_no_token(database_url: str) -> None:
    result = concord(database_url, "token", "create", "nobody@example.org")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "user_not_found" in result.stderr


def test_demo_loads_a_consortium_once(tmp_path: Path) -> None:
    with fresh_database_url(tmp_path) as url:
        first = concord(url, "demo")
        assert first.returncode == 0, first.stderr
        second = concord(url, "demo")
        assert second.returncode == 0
        assert "not empty" in second.stderr
        check_demo(url)


def check_demo(database_url: str) -> None:
    engine = make_engine(database_url)
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(Document)).one() == 1
        kinds = set(session.exec(select(Delegation.kind)).all())
        assert {"government", "civil_society", "secretariat"} <= kinds
        assert session.exec(select(func.count()).select_from(Section)).one() >= 8
        texts = session.exec(select(Version.text)).all()
        merged = session.exec(select(func.count()).select_from(Version).where(Version.merged)).one()
        statuses = session.exec(select(Commitment.status)).all()
        translated = session.exec(select(func.count()).select_from(Translation)).one()
        # Every event after the people exist names who did it (the audit screen shows names).
        unsigned = session.exec(
            select(AuditEvent.action).where(
                col(AuditEvent.actor_id).is_(None), col(AuditEvent.object_type) != "user"
            )
        ).all()
    engine.dispose()
    assert set(unsigned) <= {"delegation.create", "token.create"}, unsigned
    # The register and a language version are there to be tried: a joint pledge and a hidden
    # one confirmed, a draft; paragraphs in Arabic.
    assert sorted(statuses) == ["confirmed", "confirmed", "draft"]
    assert translated == 2
    assert any("\u0627" <= ch <= "\u06ff" for t in texts for ch in t)  # Arabic
    assert any("\u05d0" <= ch <= "\u05ea" for t in texts for ch in t)  # Hebrew
    assert any("[" in t for t in texts)
    assert merged >= 1


@pytest.mark.parametrize(
    ("args", "env"),
    [(["--host", "0.0.0.0"], {}), ([], {"CONCORD_ENV": "production"})],
)
def test_serve_refuses_the_default_secret_beyond_localhost(
    database_url: str, args: list[str], env: dict[str, str]
) -> None:
    result = concord(database_url, "serve", *args, env=env)
    assert result.returncode != 0
    assert "CONCORD_SECRET_KEY" in result.stderr


def test_serve_in_production_refuses_to_run_without_an_audit_key(database_url: str) -> None:
    env = {"CONCORD_ENV": "production", "CONCORD_SECRET_KEY": "a-long-random-secret-" + "s" * 20}
    result = concord(database_url, "serve", env=env)
    assert result.returncode != 0
    assert "CONCORD_AUDIT_KEY" in result.stderr


def test_export_schemas_writes_openapi(tmp_path: Path, database_url: str) -> None:
    result = concord(database_url, "export-schemas", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "openapi.json").read_text().startswith("{")
    assert '"concord-archive"' in (tmp_path / "archive.schema.json").read_text()
