"""A backup restored into a new database is the same database: every row, the audit chain, the
documents as each person sees them, and ids that go on after the archive's."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient

from concord.archive import reader
from concord.archive.backup import snapshot, write_archive
from concord.archive.restore import check_archive
from concord.core.db import make_engine
from concord.main import create_app
from tests import factories
from tests.archive.helpers import Source, dump, load
from tests.cli_runner import run_cli
from tests.db import fresh_database_url

pytestmark = pytest.mark.db

ROOT = Path(__file__).resolve().parents[2]
ROLES = ("secretariat", "chair", "head_a", "delegate_b", "unannounced", "observer")


def restored(source: Source, url: str, archive: Path | None = None) -> None:
    result = run_cli(url, "restore", str(archive or source.archive))
    assert result.exit_code == 0, result.output
    assert "audit log intact" in result.stderr


def test_restore_reproduces_every_row_of_every_table(source: Source, empty_url: str) -> None:
    restored(source, empty_url)
    before, after = source.rows, dump(empty_url)
    assert set(after) == set(before)
    for table, rows in before.items():
        assert after[table] == rows, f"table {table} differs after restore"
    # The world holds every kind of object, so the comparison covers every table.
    assert [table for table, rows in before.items() if not rows] == []


def test_restored_audit_log_verifies(source: Source, empty_url: str) -> None:
    restored(source, empty_url)
    result = run_cli(empty_url, "audit", "verify")
    assert result.exit_code == 0, result.output
    events = len(source.rows["auditevent"])
    assert result.stdout.strip() == f"audit log intact: {events} events"


def test_restored_app_serves_each_person_what_the_original_served(
    source: Source, empty_url: str
) -> None:
    restored(source, empty_url)
    world = source.world
    paths = [
        f"/api/v1/documents/{world.document.id}",
        f"/api/v1/documents/{world.document.id}/approvals",
        f"/api/v1/sections/{world.section.id}/versions",
        f"/api/v1/sections/{world.section.id}/comments",
        f"/api/v1/sections/{world.section.id}/amendments",
        "/api/v1/delegations",
    ]
    seen: dict[str, list[tuple[int, Any]]] = {}
    for url in (source.url, empty_url):
        engine = make_engine(url)
        with TestClient(create_app(engine)) as client:
            for role in ROLES:
                headers = {"Authorization": f"Bearer {world.tokens[role]}"}
                for path in paths:
                    response = client.get(path, headers=headers)
                    body = response.json()
                    if response.is_error:
                        body = factories.error_of(response)
                    seen.setdefault(f"{role} {path}", []).append((response.status_code, body))
        engine.dispose()
    for key, (original, copy) in seen.items():
        assert copy == original, key
    status, document = seen[f"secretariat /api/v1/documents/{world.document.id}"][1]
    assert status == 200 and document["title"] == "Summit statement"


def test_restored_database_goes_on_after_the_archive(source: Source, empty_url: str) -> None:
    restored(source, empty_url)
    highest = max(row["id"] for row in source.rows["delegation"])
    made = run_cli(empty_url, "delegation", "create", "NEW", "--name", "Newcomer")
    assert made.exit_code == 0, made.output
    assert f"(id {highest + 1})" in made.stderr  # the id sequence continues after the archive's
    verified = run_cli(empty_url, "audit", "verify")
    assert verified.exit_code == 0, verified.output  # the chain continues from the archive's head


def test_gzip_archive_round_trips(source: Source, empty_url: str, tmp_path: Path) -> None:
    archive = tmp_path / "world.json.gz"
    made = run_cli(source.url, "backup", str(archive))
    assert made.exit_code == 0, made.output
    assert archive.read_bytes()[:2] == b"\x1f\x8b"
    restored(source, empty_url, archive)
    assert dump(empty_url) == dump(source.url)


def test_restore_reads_any_json_layout_in_small_chunks(
    source: Source, empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader, "CHUNK", 5)
    pretty = tmp_path / "pretty.json"
    pretty.write_text(json.dumps(load(source.archive), indent=2), encoding="utf-8")
    restored(source, empty_url, pretty)
    assert dump(empty_url) == source.rows


def test_archive_conforms_to_the_committed_schema(source: Source) -> None:
    schema = json.loads((ROOT / "schemas" / "archive.schema.json").read_text(encoding="utf-8"))
    archive = json.loads(source.archive.read_text(encoding="utf-8"))
    errors = [e.message for e in jsonschema_rs.Draft202012Validator(schema).iter_errors(archive)]
    assert errors == []
    assert list(archive["tables"]) == schema["properties"]["tables"]["required"]
    template = archive["tables"]["exporttemplate"][0]
    assert template["content"].startswith("UEsD")  # a .docx (zip), base64


def test_archive_is_readable_only_by_its_owner(source: Source) -> None:
    assert source.archive.stat().st_mode & 0o077 == 0  # it holds password and token hashes


def test_backup_does_not_overwrite_without_force(source: Source, tmp_path: Path) -> None:
    archive = tmp_path / "kept.json"
    archive.write_text("an older backup", encoding="utf-8")
    refused = run_cli(source.url, "backup", str(archive))
    assert refused.exit_code == 2
    assert "archive_exists" in refused.stderr and "--force" in refused.stderr
    assert archive.read_text(encoding="utf-8") == "an older backup"
    assert [p.name for p in tmp_path.iterdir()] == ["kept.json"]  # no temporary file left
    forced = run_cli(source.url, "backup", "--force", str(archive))
    assert forced.exit_code == 0, forced.output
    assert json.loads(archive.read_text(encoding="utf-8"))["format"] == "concord-archive"


def concord(url: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "concord", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=cwd,
        env={**os.environ, "CONCORD_DATABASE_URL": url, "PYTHONPATH": str(ROOT / "backend")},
        check=False,
    )


def test_demo_moves_to_a_new_database_as_an_operator_does_it(
    empty_url: str, tmp_path: Path
) -> None:
    with fresh_database_url(tmp_path) as demo_url:
        assert concord(demo_url, tmp_path, "demo").returncode == 0
        backed_up = concord(demo_url, tmp_path, "backup", "demo.json.gz")
        assert backed_up.returncode == 0, backed_up.stderr
        restored = concord(empty_url, tmp_path, "restore", "demo.json.gz")
        assert restored.returncode == 0, restored.stderr
        assert dump(empty_url) == dump(demo_url)
    tokens = json.loads((tmp_path / "var" / "demo-tokens.json").read_text(encoding="utf-8"))
    engine = make_engine(empty_url)
    with TestClient(create_app(engine)) as client:
        headers = {"Authorization": f"Bearer {tokens['secretariat@iccsp.example']}"}
        documents = client.get("/api/v1/documents", headers=headers)
        assert documents.status_code == 200, documents.text
        first = documents.json()[0]["id"]
        document = client.get(f"/api/v1/documents/{first}", headers=headers)
    engine.dispose()
    assert document.status_code == 200
    assert len(document.json()["sections"]) >= 8


class WritesMeanwhile(io.StringIO):
    """An archive sink that lets another person commit a change once the backup has begun."""

    def __init__(self, url: str) -> None:
        super().__init__()
        self.url, self.done = url, False

    def write(self, text: str) -> int:
        if not self.done and '"delegation":[' in text:
            self.done = True
            made = run_cli(self.url, "delegation", "create", "LATE", "--name", "Late comer")
            assert made.exit_code == 0, made.output
        return super().write(text)


def test_backup_is_one_snapshot_while_others_write(empty_url: str, tmp_path: Path) -> None:
    assert run_cli(empty_url, "migrate").exit_code == 0
    assert run_cli(empty_url, "delegation", "create", "EARLY", "--name", "Early").exit_code == 0
    engine = make_engine(empty_url)
    sink = WritesMeanwhile(empty_url)
    with snapshot(engine) as connection, connection.begin():
        write_archive(connection, sink)
    engine.dispose()
    assert sink.done
    archive = tmp_path / "snapshot.json"
    archive.write_text(sink.getvalue(), encoding="utf-8")
    codes = [row["code"] for row in load(archive)["tables"]["delegation"]]
    assert codes == ["EARLY"]  # the late delegation committed after the snapshot began
    rows, verdict = check_archive(archive)  # head and events from the same instant
    assert verdict.ok and rows["auditevent"] == 1
    assert "LATE" in [row["code"] for row in dump(empty_url)["delegation"]]
