"""`concord audit …`: check the audit log from the command line (cron, after a restore), sign
checkpoints of its head to keep elsewhere, make keys.

Exit codes: 0 intact; 1 the log is broken (or no longer holds the checkpoint); 2 it could not be
checked (no tables, no usable key, an unreadable or unauthentic checkpoint).
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated

import typer
from sqlalchemy import inspect

from concord.audit import checkpoint as checkpoints
from concord.audit import verification
from concord.audit.keys import AuditKeyError, Keyring, get_keyring
from concord.audit.models import AuditEvent
from concord.core.db import get_engine, transaction
from concord.core.errors import ConcordError

audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)


@audit_app.callback()
def main() -> None:
    """The tamper-evident audit log."""


def _cannot(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=2)


def _ready() -> Keyring:
    """The keyring, once the database has an audit log (else exit 2 saying why)."""
    if not inspect(get_engine()).has_table(str(AuditEvent.__tablename__)):
        raise _cannot("no audit log here: this database has no Concord tables (concord migrate)")
    try:
        return get_keyring()
    except AuditKeyError as error:
        raise _cannot(f"audit_key: {error}") from error


def _read_checkpoint(path: Path, keyring: Keyring) -> checkpoints.Checkpoint:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise _cannot(f"checkpoint_invalid: cannot read {path}: {error}") from error
    try:
        return checkpoints.parse(text, keyring)
    except ConcordError as error:
        raise _cannot(f"{error.code}: {error.message}") from error


@audit_app.command()
def verify(
    checkpoint: Annotated[
        Path | None,
        typer.Option(help="A file written by `concord audit checkpoint`: the log must hold it."),
    ] = None,
) -> None:
    """Recompute the keyed hash chain from the first event; exit 1 naming the first bad event."""
    keyring = _ready()
    anchor = _read_checkpoint(checkpoint, keyring) if checkpoint is not None else None
    with transaction(get_engine(), write=False) as session:
        result = verification.verify(session, keyring)
        missing = checkpoints.contains(session, anchor) if anchor and result.ok else None
    if not result.ok:
        where = f"event seq {result.first_bad_seq}" if result.first_bad_seq else "the log"
        typer.echo(f"audit log BROKEN at {where}: {result.reason}", err=True)
        typer.echo(f"({result.count} events intact before it)", err=True)
        raise typer.Exit(code=1)
    if missing is not None:
        typer.echo(f"audit log BROKEN: {missing}", err=True)
        raise typer.Exit(code=1)
    typer.echo(f"audit log intact: {result.count} events")
    if anchor is not None:
        typer.echo(f"it holds the checkpoint of event {anchor.seq} (taken {anchor.at}) unchanged")


@audit_app.command()
def checkpoint() -> None:
    """Print a signed checkpoint of the log's head (one line of JSON): keep it elsewhere."""
    keyring = _ready()
    try:
        with transaction(get_engine(), write=False) as session:
            signed = checkpoints.sign(session, keyring)
    except checkpoints.LogBroken as error:
        typer.echo(f"error: {error.code}: {error.message}", err=True)
        raise typer.Exit(code=1) from error
    typer.echo(signed.to_json())
    typer.echo(
        f"checkpoint of event {signed.seq} signed with key {signed.key_id}: keep it outside this"
        " database and server; check it with `concord audit verify --checkpoint FILE`",
        err=True,
    )


@audit_app.command("new-key")
def new_key() -> None:
    """Print a new random audit key (for CONCORD_AUDIT_KEY or CONCORD_AUDIT_KEY_FILE)."""
    typer.echo(secrets.token_urlsafe(32))


if __name__ == "__main__":
    audit_app(prog_name="concord audit")
