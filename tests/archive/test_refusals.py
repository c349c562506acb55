"""Restore refuses, with a clear message and a non-zero exit, a database that is not empty and
an archive that is not exactly what this Concord wrote; either way nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from concord.archive.format import decode_row
from concord.archive.restore import tables_with_rows
from concord.audit import service as audit
from concord.audit.keys import development_keyring
from concord.audit.models import AuditEvent
from concord.consensus.adoption import manifest_hash, manifest_text
from concord.core.config import DEFAULT_SECRET_KEY
from concord.core.db import make_engine, metadata
from concord.core.text import content_hash
from tests.archive.helpers import Source, dump, load, save
from tests.cli_runner import run_cli

pytestmark = pytest.mark.db

Archive = dict[str, Any]


def nothing_written(url: str) -> bool:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return tables_with_rows(connection) == []
    finally:
        engine.dispose()


def test_restore_refuses_a_database_that_has_rows(source: Source, empty_url: str) -> None:
    assert run_cli(empty_url, "migrate").exit_code == 0
    made = run_cli(empty_url, "delegation", "create", "FRA", "--name", "France")
    assert made.exit_code == 0, made.output
    before = dump(empty_url)
    result = run_cli(empty_url, "restore", str(source.archive))
    assert result.exit_code == 2
    assert "database_not_empty" in result.stderr and "delegation" in result.stderr
    assert dump(empty_url) == before


def test_restore_refuses_to_restore_twice(source: Source, empty_url: str) -> None:
    first = run_cli(empty_url, "restore", str(source.archive))
    assert first.exit_code == 0, first.output
    again = run_cli(empty_url, "restore", str(source.archive))
    assert again.exit_code == 2
    assert "not empty" in again.stderr
    assert dump(empty_url) == source.rows


def _set(table: str, index: int, column: str, value: Any) -> Callable[[Archive], None]:
    def change(archive: Archive) -> None:
        archive["tables"][table][index][column] = value

    return change


def _drop_column(archive: Archive) -> None:
    del archive["tables"]["user"][0]["email"]


def _drop_table(archive: Archive) -> None:
    del archive["tables"]["commentedit"]


def _add_table(archive: Archive) -> None:
    archive["tables"]["secrets"] = [{"id": 1}]


def _swap_tables(archive: Archive) -> None:
    tables = archive["tables"]
    delegations = tables.pop("delegation")
    archive["tables"] = {**tables, "delegation": delegations}


def _cut_audit_tail(archive: Archive) -> None:
    archive["tables"]["auditevent"].pop()


def _remove_audit_event(archive: Archive) -> None:
    del archive["tables"]["auditevent"][1]


def _version_of_adoption(archive: Archive) -> int:
    """The index of the version row that the (one) adoption's manifest names."""
    entry = json.loads(archive["tables"]["adoption"][0]["manifest"])[0]
    versions = archive["tables"]["version"]
    return next(
        i
        for i, v in enumerate(versions)
        if (v["section_id"], v["number"]) == (entry["section_id"], entry["version"])
    )


def _edit_adopted_text(archive: Archive) -> None:
    # The very text an adoption covers, with its old content hash kept.
    version = archive["tables"]["version"][_version_of_adoption(archive)]
    version["text"] = version["text"].replace("Agreed", "Rejected")


def _edit_adopted_text_and_hash(archive: Archive) -> None:
    # The text and its hash both changed: now the manifest no longer names that hash.
    version = archive["tables"]["version"][_version_of_adoption(archive)]
    version["text"] = version["text"].replace("Agreed", "Rejected")
    version["content_hash"] = content_hash(version["text"])


def _forge_manifest(archive: Archive, *, rehash: bool) -> None:
    adoption = archive["tables"]["adoption"][0]
    entries = json.loads(adoption["manifest"])
    entries[0]["content_hash"] = "f" * 64
    adoption["manifest"] = manifest_text(entries)
    if rehash:
        adoption["manifest_hash"] = manifest_hash(adoption["manifest"])


def _rewrite_audit_unkeyed(archive: Archive) -> None:
    """An event edited, it and every later one rehashed with plain SHA-256, the head moved:
    all an attacker without the audit key can do."""
    table = metadata.tables["auditevent"]
    rows = archive["tables"]["auditevent"]
    previous = rows[2]["prev_hash"]
    rows[2]["action"] = "document.forged"
    for row in rows[2:]:
        row["prev_hash"], row["key_id"] = previous, None
        row["hash"] = previous = audit.compute_hash(AuditEvent(**decode_row(table, row)), None)
    archive["tables"]["audithead"][0]["hash"] = previous


def _header(key: str, value: Any) -> Callable[[Archive], None]:
    def change(archive: Archive) -> None:
        archive[key] = value

    return change


TAMPERED: dict[str, tuple[Callable[[Archive], None], str, str]] = {
    "wrong type": (_set("version", 0, "number", "one"), "archive_invalid", "tables.version[0]"),
    "too long": (_set("delegation", 0, "code", "X" * 33), "archive_invalid", "delegation[0]"),
    "unknown enum value": (_set("document", 0, "status", "agreed"), "archive_invalid", "status"),
    "naive datetime": (
        _set("section", 0, "created_at", "2026-11-29T10:00:00"),
        "archive_invalid",
        'created_at: "2026-11-29T10:00:00" is not an ISO 8601 date-time with an offset',
    ),
    "unknown column": (_set("user", 0, "shoe_size", 42), "archive_invalid", "shoe_size"),
    "missing column": (_drop_column, "archive_invalid", "email"),
    "missing table": (_drop_table, "archive_invalid", "commentedit"),
    "unknown table": (_add_table, "archive_invalid", "unknown table 'secrets'"),
    "tables out of order": (_swap_tables, "archive_invalid", "dependency order"),
    "wrong format": (_header("format", "other-archive"), "archive_invalid", "not a Concord"),
    "wrong version": (_header("version", 2), "archive_version_mismatch", "format version 2"),
    "other revision": (
        _header("alembic_revision", "0004_negotiation"),
        "archive_version_mismatch",
        "'0004_negotiation'",
    ),
    "stray member": (_header("comment", "hi"), "archive_invalid", "comment"),
    "audit event edited": (
        _set("auditevent", 2, "action", "document.forged"),
        "archive_audit_broken",
        "event seq 3",
    ),
    "version text edited": (
        _edit_adopted_text,
        "archive_content_mismatch",
        "its text does not match its content hash",
    ),
    "version content hash edited": (
        _set("version", 0, "content_hash", "0" * 64),
        "archive_content_mismatch",
        "its text does not match its content hash",
    ),
    "version text and hash edited": (
        _edit_adopted_text_and_hash,
        "archive_content_mismatch",
        "its manifest does not list the versions and content hashes",
    ),
    "adoption manifest edited": (
        lambda archive: _forge_manifest(archive, rehash=False),
        "archive_content_mismatch",
        "its manifest does not match its manifest hash",
    ),
    "adoption manifest and hash edited": (
        lambda archive: _forge_manifest(archive, rehash=True),
        "archive_content_mismatch",
        "its manifest does not list the versions and content hashes",
    ),
    "audit rewritten without the key": (
        _rewrite_audit_unkeyed,
        "archive_audit_broken",
        "event seq 3: it has no key id",
    ),
    "audit event removed": (_remove_audit_event, "archive_audit_broken", "event 2 is missing"),
    "audit tail cut off": (_cut_audit_tail, "archive_audit_broken", "cut off"),
    # Passes every check of the file; the database refuses it, and the transaction rolls back.
    "dangling reference": (
        _set("version", 3, "section_id", 99_999),
        "archive_invalid",
        "the rows of table version do not fit this database",
    ),
}


@pytest.mark.parametrize("case", list(TAMPERED))
def test_restore_refuses_a_tampered_archive(
    case: str, source: Source, empty_url: str, tmp_path: Path
) -> None:
    tamper, code, words = TAMPERED[case]
    archive = load(source.archive)
    tamper(archive)
    result = run_cli(empty_url, "restore", str(save(archive, tmp_path / "tampered.json")))
    assert result.exit_code == 2, result.output
    assert f"error: {code}:" in result.stderr
    assert words in result.stderr
    assert nothing_written(empty_url)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "not valid JSON"),  # cut off half way
        ("[1, 2]", "not a JSON object"),
        ('{"format": "concord-archive"} trailing', "after the archive"),
        ('{"version": 1, "version": 1}', "appears twice"),
    ],
)
def test_restore_refuses_a_file_that_is_not_an_archive(
    content: str | None, words: str, source: Source, empty_url: str, tmp_path: Path
) -> None:
    text = source.archive.read_text(encoding="utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text(text[: len(text) // 2] if content is None else content, encoding="utf-8")
    result = run_cli(empty_url, "restore", str(broken))
    assert result.exit_code == 2, result.output
    assert "archive_invalid" in result.stderr and words in result.stderr
    assert nothing_written(empty_url)


def test_restore_of_a_missing_file_says_so(empty_url: str, tmp_path: Path) -> None:
    result = run_cli(empty_url, "restore", str(tmp_path / "nowhere.json"))
    assert result.exit_code == 2
    assert "cannot open" in result.stderr


OTHER_KEY = "another-installations-audit-key-" + "x" * 16


def test_restore_refuses_an_archive_signed_with_a_key_it_lacks(
    source: Source, empty_url: str
) -> None:
    result = run_cli(
        empty_url, "restore", str(source.archive), env={"CONCORD_AUDIT_KEY": OTHER_KEY}
    )
    assert result.exit_code == 2
    assert "archive_audit_broken" in result.stderr and "not in the keyring" in result.stderr
    assert nothing_written(empty_url)


def test_restore_verifies_with_previous_keys_of_the_keyring(source: Source, empty_url: str) -> None:
    # The source's events were signed with the development key; here it is a previous key.
    signed_with = development_keyring(DEFAULT_SECRET_KEY).current.secret.decode()
    keyring = {"CONCORD_AUDIT_KEY": f"{OTHER_KEY} {signed_with}"}
    result = run_cli(empty_url, "restore", str(source.archive), env=keyring)
    assert result.exit_code == 0, result.output
    assert run_cli(empty_url, "audit", "verify", env=keyring).exit_code == 0
