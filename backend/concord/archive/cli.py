"""`concord backup FILE` and `concord restore FILE` (registered in concord/cli.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from concord.core.db import get_engine
from concord.core.errors import ConcordError


def _fail(error: ConcordError) -> typer.Exit:
    typer.echo(f"error: {error.code}: {error.message}", err=True)
    return typer.Exit(code=2)


def backup(
    file: Annotated[
        Path, typer.Argument(help="Archive to write (gzip-compressed if it ends in .gz).")
    ],
    force: Annotated[bool, typer.Option(help="Replace FILE if it exists.")] = False,
) -> None:
    """Write the whole database to one archive file: a consistent snapshot, written atomically."""
    from concord.archive.backup import backup as write_backup

    try:
        summary = write_backup(get_engine(), file, force=force)
    except ConcordError as error:
        raise _fail(error) from error
    typer.echo(
        f"backup written to {summary.path}: {summary.total} rows in {len(summary.rows)} tables,"
        f" {summary.size} bytes, {summary.seconds:.1f} s",
        err=True,
    )


def restore(
    file: Annotated[Path, typer.Argument(help="Archive written by `concord backup`.")],
) -> None:
    """Restore an archive into a new, empty database (migrated first); all or nothing."""
    from concord.archive.restore import restore as run_restore

    try:
        summary = run_restore(get_engine(), file)
    except ConcordError as error:
        raise _fail(error) from error
    typer.echo(
        f"restored {summary.total} rows in {len(summary.rows)} tables from {summary.path}"
        f" in {summary.seconds:.1f} s; audit log intact: {summary.audit_events} events",
        err=True,
    )
