"""`concord backup FILE`: the whole database, one consistent snapshot, written atomically.

The snapshot is one read transaction (PostgreSQL: REPEATABLE READ, read only; SQLite: one
deferred transaction, whose first read fixes the WAL snapshot), so the archive never holds a
version without its section or an audit event without the head that covers it. Rows are
streamed from the database to the file, never all held in memory. The file appears under its
name only once complete (written beside it, synced, then renamed), with owner-only permissions:
it holds password and token hashes.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, select

from concord.archive.errors import ArchiveExists, DatabaseNotCurrent
from concord.archive.format import (
    FORMAT,
    VERSION,
    encode_row,
    head_revision,
    order_columns,
    tables,
)
from concord.core.clock import now

BATCH = 1000


@dataclass
class BackupSummary:
    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    size: int = 0
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def snapshot(engine: Engine) -> Connection:
    connection = engine.connect()
    if engine.dialect.name == "postgresql":
        connection = connection.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )
    return connection


def write_archive(connection: Connection, out: IO[str]) -> dict[str, int]:
    """Write every table to `out`, inside the caller's (read) transaction."""
    revision = MigrationContext.configure(connection).get_current_revision()
    if revision != head_revision():
        raise DatabaseNotCurrent(
            f"the database is at revision {revision}, this Concord at {head_revision()}:"
            " run `concord migrate` first"
        )
    header = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": now().isoformat(),
        "alembic_revision": revision,
        "source_dialect": connection.dialect.name,
    }
    out.write(_dumps(header)[:-1] + ',"tables":{')
    counts: dict[str, int] = {}
    for number, table in enumerate(tables()):
        out.write(("\n" if number == 0 else ",\n") + _dumps(table.name) + ":[")
        result = connection.execution_options(yield_per=BATCH).execute(
            select(table).order_by(*order_columns(table))
        )
        count = 0
        for row in result.mappings():
            out.write(("\n" if count == 0 else ",\n") + _dumps(encode_row(table, dict(row))))
            count += 1
        out.write("\n]" if count else "]")
        counts[table.name] = count
    out.write("\n}}\n")
    return counts


def _publish(temporary: Path, path: Path, *, force: bool) -> None:
    if force:
        os.replace(temporary, path)
    else:
        # A hard link never replaces an existing file, even one created a moment ago.
        try:
            os.link(temporary, path)
        except FileExistsError as error:
            raise ArchiveExists(f"{path} exists; use --force to replace it") from error
        os.unlink(temporary)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def backup(engine: Engine, path: Path, *, force: bool = False) -> BackupSummary:
    """Write the whole database to `path` (gzip when it ends in .gz)."""
    started = time.perf_counter()
    if path.exists() and not force:
        raise ArchiveExists(f"{path} exists; use --force to replace it")
    if not path.parent.is_dir():
        raise ArchiveExists(f"{path.parent} is not a folder", code="archive_folder_missing")
    descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as raw:
            sink: IO[bytes] = raw
            if path.name.endswith(".gz"):
                sink = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="wb", mtime=0))
            text = io.TextIOWrapper(sink, encoding="utf-8", newline="\n")
            with snapshot(engine) as connection, connection.begin():
                counts = write_archive(connection, text)
            text.flush()
            text.detach()
            if sink is not raw:
                sink.close()
            raw.flush()
            os.fsync(raw.fileno())
        _publish(temporary, path, force=force)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return BackupSummary(path, counts, path.stat().st_size, time.perf_counter() - started)
