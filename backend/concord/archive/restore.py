"""`concord restore FILE`: an archive into a new, empty database, all or nothing.

Two passes over the file, one row in memory at a time:

1. check, before the database is touched: JSON syntax, every row against the archive schema,
   known tables in dependency order with every column, the format version and database
   revision, every version's content hash recomputed from its text, every adoption's manifest
   hash recomputed from its manifest, and the audit chain recomputed from the archive's own
   events with this installation's audit keyring (each event names its key's id);
2. write, in one transaction: migrate the (empty) database to head, refuse it if it has rows,
   insert every row with its own id, check every adoption's manifest against the versions its
   revision names, verify the audit chain again from the database (so a value the database
   stores differently is caught too), reset PostgreSQL's id sequences, commit.
   Any refusal rolls the transaction back: the database is as it was.

An archive from another database revision is refused: restore it with the Concord release that
made it, then upgrade that installation (`concord migrate`) and back up again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema_rs
from sqlalchemy import Connection, Engine, Table, func, inspect, select, text
from sqlalchemy.exc import DataError, IntegrityError
from sqlmodel import Session
from sqlmodel import select as select_models

from concord.archive.errors import (
    ArchiveAuditBroken,
    ArchiveContentMismatch,
    ArchiveInvalid,
    ArchiveVersionMismatch,
    DatabaseNotEmpty,
)
from concord.archive.format import (
    BASE64_PATTERN,
    DATETIME_PATTERN,
    FORMAT,
    VERSION,
    archive_schema,
    decode_row,
    head_revision,
)
from concord.archive.format import tables as app_tables
from concord.archive.reader import Field, Item, Row, TableStart, open_archive, read_items
from concord.audit import verification
from concord.audit.models import GENESIS_HASH, AuditEvent, AuditHead
from concord.consensus.adoption import manifest, manifest_hash, manifest_text
from concord.consensus.models import Adoption
from concord.core.db import metadata, writer
from concord.core.migrate import upgrade
from concord.core.text import content_hash
from concord.drafting.models import Revision

BATCH = 1000
HEADER = ("format", "version", "alembic_revision")


@dataclass
class RestoreSummary:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    audit_events: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.rows.values())


# --- reading and checking -----------------------------------------------------------------------


def _check_header(fields: dict[str, Any]) -> None:
    """The semantic checks that deserve a clearer message than the schema's."""
    if "format" in fields and fields["format"] != FORMAT:
        raise ArchiveInvalid(f"not a Concord archive (format {fields['format']!r})")
    if "version" in fields and fields["version"] != VERSION:
        raise ArchiveVersionMismatch(
            f"archive format version {fields['version']!r}: this Concord reads version {VERSION}"
        )
    revision = fields.get("alembic_revision")
    if "alembic_revision" in fields and revision != head_revision():
        raise ArchiveVersionMismatch(
            f"the archive was made at database revision {revision!r}, this Concord is at "
            f"{head_revision()!r}: restore it with the Concord release that made it, then "
            "upgrade that installation (`concord migrate`) and back it up again"
        )


FRIENDLIER = {
    f'does not match "{DATETIME_PATTERN}"': "is not an ISO 8601 date-time with an offset",
    f'does not match "{BASE64_PATTERN}"': "is not base64",
}


def _schema_error(where: str, errors: list[jsonschema_rs.ValidationError]) -> ArchiveInvalid:
    first = errors[0]
    message = first.message
    for raw, plain in FRIENDLIER.items():
        message = message.replace(raw, plain)
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first.instance_path)
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    return ArchiveInvalid(
        f"{where}{path}: {message}{more}",
        details={"at": f"{where}{path}", "schema_path": list(first.schema_path)},
    )


class _Walk:
    """One pass over an archive: every row checked and decoded, then handed to `sink`."""

    def __init__(self, schema: dict[str, Any], sink: Callable[[Table, dict[str, Any]], None]):
        self.schema = schema
        self.sink = sink
        row_schemas = schema["properties"]["tables"]["properties"]
        self.validators = {
            name: jsonschema_rs.Draft202012Validator(table["items"])
            for name, table in row_schemas.items()
        }
        self.order = [t.name for t in app_tables()]
        self.fields: dict[str, Any] = {}
        self.rows: dict[str, int] = {}

    def run(self, items: Iterable[Item]) -> None:
        for item in items:
            if isinstance(item, Field):
                self.fields[item.key] = item.value
                if item.key in HEADER:
                    _check_header(self.fields)
            elif isinstance(item, TableStart):
                self._start(item.name)
            else:
                self._row(item)
        self._finish()

    def _start(self, name: str) -> None:
        if name not in self.validators:
            raise ArchiveInvalid(
                f"unknown table {name!r}: this Concord has no such table",
                details={"table": name},
            )
        if self.rows and self.order.index(name) < self.order.index(list(self.rows)[-1]):
            raise ArchiveInvalid(
                f"table {name!r} comes after a table that depends on it:"
                " tables must be in foreign-key dependency order"
            )
        self.rows[name] = 0

    def _row(self, row: Row) -> None:
        where = f"tables.{row.table}[{row.index}]"
        validator = self.validators[row.table]
        if not validator.is_valid(row.value):
            raise _schema_error(where, list(validator.iter_errors(row.value)))
        table = metadata.tables[row.table]
        try:
            values = decode_row(table, row.value)
        except ValueError as error:
            raise ArchiveInvalid(f"{where}: {error}") from error
        self.rows[row.table] += 1
        self.sink(table, values)

    def _finish(self) -> None:
        _check_header(self.fields)
        # The rest of the envelope (required members, no stray ones, every table present).
        envelope = {**self.fields, "tables": {name: [] for name in self.rows}}
        errors = list(jsonschema_rs.Draft202012Validator(self.schema).iter_errors(envelope))
        if errors:
            raise _schema_error("archive", errors)


def _check_content(table: Table, values: dict[str, Any]) -> None:
    """A version's text and an adoption's manifest hash as the app computes them."""
    if table.name == "version" and content_hash(values["text"]) != values["content_hash"]:
        raise ArchiveContentMismatch(
            f"version {values['number']} of section {values['section_id']} (id {values['id']}):"
            " its text does not match its content hash. Nothing was restored.",
            details={"table": "version", "id": values["id"]},
        )
    if table.name == "adoption" and manifest_hash(values["manifest"]) != values["manifest_hash"]:
        raise ArchiveContentMismatch(
            f"adoption {values['id']}: its manifest does not match its manifest hash."
            " Nothing was restored.",
            details={"table": "adoption", "id": values["id"]},
        )


def _check_manifests(session: Session) -> None:
    """Each adoption's manifest is exactly (section, version, content hash) of its revision."""
    adoptions = session.exec(select_models(Adoption, Revision).join(Revision)).all()
    for adoption, revision in adoptions:
        if manifest_text(manifest(session, revision)) != adoption.manifest:
            raise ArchiveContentMismatch(
                f"adoption {adoption.id}: its manifest does not list the versions and content"
                f" hashes of {revision.label}. Nothing was restored.",
                details={"table": "adoption", "id": adoption.id},
            )


class _ChainSink:
    """Pass 1's sink: every row's content checked, the audit chain recomputed."""

    def __init__(self) -> None:
        self.chain = verification.ChainCheck()
        self.head: verification.Head | None = None

    def __call__(self, table: Table, values: dict[str, Any]) -> None:
        _check_content(table, values)
        if table.name == "auditevent":
            self.chain.feed(AuditEvent(**values))
        elif table.name == "audithead":
            self.head = verification.Head.of(AuditHead(**values))

    def verdict(self) -> verification.Verification:
        return self.chain.result(self.head)


def _audit_refusal(result: verification.Verification, where: str) -> ArchiveAuditBroken:
    at = f"event seq {result.first_bad_seq}" if result.first_bad_seq else "the log"
    return ArchiveAuditBroken(
        f"the audit log {where} does not verify, broken at {at}: {result.reason}."
        " Nothing was restored.",
        details={"first_bad_seq": result.first_bad_seq},
    )


def check_archive(path: Path) -> tuple[dict[str, int], verification.Verification]:
    """Pass 1: everything that can be checked without a database (raises on the first problem)."""
    sink = _ChainSink()
    walk = _Walk(archive_schema(), sink)
    with open_archive(path) as stream:
        walk.run(read_items(stream))
    verdict = sink.verdict()
    if not verdict.ok:
        raise _audit_refusal(verdict, "in the archive")
    return walk.rows, verdict


# --- writing ------------------------------------------------------------------------------------


def _is_seed(table: Table) -> Any:
    """Rows the migrations themselves insert: an empty database still has them."""
    if table.name == "audithead":
        return (table.c.seq == 0) & (table.c.hash == GENESIS_HASH)
    return None


def tables_with_rows(connection: Connection) -> list[str]:
    present = set(inspect(connection).get_table_names())
    found = []
    for table in app_tables():
        if table.name not in present:
            continue
        query = select(1).select_from(table).limit(1)
        seed = _is_seed(table)
        if seed is not None:
            query = query.where(~seed)
        if connection.execute(query).first() is not None:
            found.append(table.name)
    return found


def _refuse_if_not_empty(connection: Connection) -> None:
    found = tables_with_rows(connection)
    if found:
        raise DatabaseNotEmpty(
            "the database is not empty (rows in "
            + ", ".join(found[:5])
            + (", …" if len(found) > 5 else "")
            + "): restore only into a new, empty database",
            details={"tables": found},
        )


class _Inserter:
    """Pass 2's sink: rows inserted in batches, with their own ids."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.table: Table | None = None
        self.batch: list[dict[str, Any]] = []

    def __call__(self, table: Table, values: dict[str, Any]) -> None:
        if table is not self.table or len(self.batch) >= BATCH:
            self.flush()
            self.table = table
        self.batch.append(values)

    def flush(self) -> None:
        if self.table is not None and self.batch:
            if self.table.name == "audithead":
                # The migrations' genesis checkpoint gives way to the archive's.
                self.connection.execute(self.table.delete().where(_is_seed(self.table)))
            try:
                self.connection.execute(self.table.insert(), self.batch)
            except (IntegrityError, DataError) as error:
                raise _misfit(error, f"the rows of table {self.table.name}") from error
        self.batch = []


def _misfit(error: IntegrityError | DataError, what: str) -> ArchiveInvalid:
    reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
    return ArchiveInvalid(f"{what} do not fit this database: {reason}. Nothing was restored.")


def _reset_sequences(connection: Connection) -> None:
    """After explicit ids, PostgreSQL's sequences must continue after the largest one."""
    quote = connection.dialect.identifier_preparer
    for table in app_tables():
        column = table.autoincrement_column
        if column is None:
            continue
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": quote.format_table(table), "column": column.name},
        ).scalar()
        if sequence is None:
            continue
        top = connection.execute(select(func.max(column))).scalar()
        connection.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": top or 1, "called": top is not None},
        )


def _write(connection: Connection, path: Path) -> verification.Verification:
    if connection.dialect.name == "postgresql":
        # No other writer may slip rows in between the emptiness check and the commit.
        names = ", ".join(
            connection.dialect.identifier_preparer.format_table(t) for t in app_tables()
        )
        connection.execute(text(f"LOCK TABLE {names} IN EXCLUSIVE MODE"))
    _refuse_if_not_empty(connection)
    inserter = _Inserter(connection)
    with open_archive(path) as stream:
        _Walk(archive_schema(), inserter).run(read_items(stream))
    inserter.flush()
    with Session(bind=connection) as session:
        _check_manifests(session)
        result = verification.verify(session)
    if not result.ok:
        raise _audit_refusal(result, "as restored into this database")
    if connection.dialect.name == "postgresql":
        _reset_sequences(connection)
    return result


def restore(engine: Engine, path: Path) -> RestoreSummary:
    """Restore the archive at `path` into the empty database behind `engine`."""
    started = time.perf_counter()
    rows, _ = check_archive(path)
    # Refused before migrating: a non-empty database of an older revision stays untouched.
    with engine.connect() as connection:
        _refuse_if_not_empty(connection)
    upgrade(engine)
    try:
        with writer(engine).connect() as connection, connection.begin():
            result = _write(connection, path)
    except (IntegrityError, DataError) as error:
        raise _misfit(error, "the archive's rows") from error
    return RestoreSummary(path, rows, result.count, time.perf_counter() - started)
