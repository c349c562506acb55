"""`concord audit …`: check the audit log from the command line (cron, after a restore)."""

from __future__ import annotations

import typer
from sqlalchemy import inspect

from concord.audit import service as audit
from concord.audit.models import AuditEvent
from concord.core.db import get_engine, transaction

audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)


@audit_app.callback()
def main() -> None:
    """The tamper-evident audit log."""


@audit_app.command()
def verify() -> None:
    """Recompute the hash chain from the first event; exit 1 naming the first bad event."""
    engine = get_engine()
    if not inspect(engine).has_table(str(AuditEvent.__tablename__)):
        typer.echo(
            "no audit log here: this database has no Concord tables (concord migrate)", err=True
        )
        raise typer.Exit(code=2)
    with transaction(engine, write=False) as session:
        result = audit.verify(session)
    if not result.ok:
        where = f"event seq {result.first_bad_seq}" if result.first_bad_seq else "the log"
        typer.echo(f"audit log BROKEN at {where}: {result.reason}", err=True)
        typer.echo(f"({result.count} events intact before it)", err=True)
        raise typer.Exit(code=1)
    typer.echo(f"audit log intact: {result.count} events")


if __name__ == "__main__":
    audit_app(prog_name="concord audit")
