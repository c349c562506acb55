"""The `concord` command."""

from __future__ import annotations

import json
import logging
import logging.config
import os
from pathlib import Path
from typing import Annotated

import typer
import uvicorn
from sqlmodel import select

from concord.archive import cli as archive_cli
from concord.audit.cli import audit_app
from concord.audit.keys import get_keyring
from concord.core.config import get_settings, public_address_mismatch, served_address
from concord.core.db import get_engine, transaction
from concord.core.errors import ConcordError
from concord.core.migrate import upgrade
from concord.core.serving import DrainingServer, DrainingWorkers
from concord.core.telemetry import log_config
from concord.identity import auth
from concord.identity import service as identity
from concord.identity.models import DelegationKind

app = typer.Typer(
    help="Concord: write texts that many parties must agree on.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
user_app = typer.Typer(help="People.", no_args_is_help=True)
delegation_app = typer.Typer(help="Delegations.", no_args_is_help=True)
token_app = typer.Typer(help="Personal access tokens.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(delegation_app, name="delegation")
app.add_typer(token_app, name="token")
app.add_typer(audit_app, name="audit")

SCHEMAS = Path("schemas")
log = logging.getLogger("concord.serve")


def _fail(error: ConcordError) -> typer.Exit:
    typer.echo(f"error: {error.code}: {error.message}", err=True)
    return typer.Exit(code=2)


@app.command()
def migrate() -> None:
    """Apply database migrations to CONCORD_DATABASE_URL."""
    upgrade(get_engine())
    typer.echo("database is up to date", err=True)


def _settle_public_address(host: str, port: int) -> None:
    """Links name the address this server is reached at: the served one unless
    CONCORD_PUBLIC_URL says otherwise (behind a proxy), with a warning when that cannot be this
    server. Set in the environment, so that every worker process reads the same."""
    settings = get_settings()
    if "public_url" in settings.model_fields_set:
        # Behind a declared proxy (on this machine too) the public port differs by design.
        problem = (
            None if settings.trusted_proxies else public_address_mismatch(settings.public_url, port)
        )
        if problem:
            log.warning("%s", problem)
        return
    os.environ["CONCORD_PUBLIC_URL"] = served_address(host, port)
    get_settings.cache_clear()


@app.command()
def check() -> None:
    """Check the configuration (secret, keys, public address, database, mail, OpenID); say
    what is wrong in words and exit 1, or say all is well."""
    from concord import checks

    found = checks.problems(get_settings(), get_engine())
    for problem in found:
        typer.echo(f"problem: {problem}", err=True)
    if found:
        raise typer.Exit(code=1)
    typer.echo("the configuration is fit to serve", err=True)


@app.command()
def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 1,
    demo: Annotated[
        bool, typer.Option(help="Load the demo consortium into an empty database.")
    ] = False,
) -> None:
    """Migrate the database if needed and serve the API (and web app)."""
    settings = get_settings()
    # From here on every line of output is a log record: JSON lines in production.
    logging.config.dictConfig(log_config(settings.log_format_used, settings.log_level))
    settings.check_secret(host)
    _settle_public_address(host, port)
    get_keyring()  # refuses a missing or unusable audit key now, not at the first save
    upgrade(get_engine())
    if settings.env == "production":
        from concord import checks

        found = checks.problems(settings, get_engine())
        for problem in found:
            log.error("configuration: %s", problem)
        if found:
            raise typer.Exit(code=1)
    if demo:
        _load_demo(quiet_if_present=True)
    docs = f"  (API docs: http://{host}:{port}/docs)" if get_settings().api_docs_served else ""
    log.info("Concord on http://%s:%s%s", host, port, docs)
    settings = get_settings()
    config = uvicorn.Config(
        "concord.main:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        # Browsers keep live-event streams open: draining ends them (core/lifecycle.py), and
        # this bounds the wait for whatever else is still running.
        timeout_graceful_shutdown=10,
        # --workers N: a new worker re-imports the `concord` command (multiprocessing's spawn
        # runs the main module again) before it answers its supervisor's first health check;
        # on a busy machine that took over uvicorn's 5 s, and the worker was killed and
        # replaced, again and again.
        timeout_worker_healthcheck=30,
        # The app believes X-Forwarded-* from CONCORD_TRUSTED_PROXIES only (core/headers.py);
        # uvicorn's own handling would trust any loopback peer.
        proxy_headers=False,
        log_config=log_config(settings.log_format_used, settings.log_level),
    )
    if workers > 1:
        DrainingWorkers(config, sockets=[config.bind_socket()]).run()
        return
    server = DrainingServer(config)
    server.run()
    if not server.started:
        raise typer.Exit(code=3)


def _load_demo(*, quiet_if_present: bool) -> None:
    from concord import demo as demo_data
    from concord.identity.models import Delegation

    upgrade(get_engine())
    with transaction(get_engine()) as session:
        if session.exec(select(Delegation)).first() is not None:
            if not quiet_if_present:
                typer.echo("the database is not empty; demo not loaded", err=True)
            return
        tokens = demo_data.load(session)
    path = Path("var/demo-tokens.json")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(tokens, indent=2) + "\n", encoding="utf-8")
    typer.echo(
        f"demo loaded; sign in as any demo person with the password {demo_data.DEMO_PASSWORD!r};"
        f" their access tokens are in {path}",
        err=True,
    )
    for email, token in tokens.items():
        typer.echo(f"  {email}: {token}", err=True)


@app.command()
def demo() -> None:
    """Load a small realistic consortium with a draft under negotiation."""
    _load_demo(quiet_if_present=False)


@delegation_app.command("create")
def delegation_create(
    code: str,
    name: Annotated[str, typer.Option(help="Full name, e.g. 'French Republic'.")],
    kind: DelegationKind = DelegationKind.government,
    unannounced: bool = False,
) -> None:
    """Create a delegation."""
    try:
        with transaction(get_engine()) as session:
            delegation = identity.create_delegation(
                session, code=code, name=name, kind=kind, announced=not unannounced
            )
            typer.echo(f"delegation {delegation.code} created (id {delegation.id})", err=True)
    except ConcordError as error:
        raise _fail(error) from error


@user_app.command("create")
def user_create(
    email: str,
    name: Annotated[str, typer.Option(help="Display name.")],
    password: Annotated[str | None, typer.Option(help="Sign-in password (web app).")] = None,
    delegation: Annotated[str | None, typer.Option(help="Code of the person's delegation.")] = None,
    head: Annotated[bool, typer.Option(help="Head of the delegation.")] = False,
    secretariat: Annotated[bool, typer.Option(help="Secretariat officer.")] = False,
) -> None:
    """Create a person."""
    try:
        with transaction(get_engine()) as session:
            found = identity.delegation_by_code(session, delegation) if delegation else None
            user = identity.create_user(
                session,
                email=email,
                name=name,
                delegation=found,
                is_head=head,
                is_secretariat=secretariat,
            )
            if password is not None:
                user.password_hash = auth.hash_password(password)
                session.add(user)
            typer.echo(f"user {user.email} created (id {user.id})", err=True)
    except ConcordError as error:
        raise _fail(error) from error


@token_app.command("create")
def token_create(
    email: str, name: Annotated[str, typer.Option(help="What the token is for.")] = "cli"
) -> None:
    """Print a new personal access token for that person (and nothing else on stdout)."""
    try:
        with transaction(get_engine()) as session:
            user = identity.user_by_email(session, email)
            _token, secret = identity.create_token(session, user, name)
    except ConcordError as error:
        raise _fail(error) from error
    typer.echo(secret)


@app.command("export-schemas")
def export_schemas(
    out: Annotated[Path, typer.Option(help="Folder to write into.")] = SCHEMAS,
) -> None:
    """Rewrite schemas/ from the code."""
    from concord.schema_files import write_schemas

    for path in write_schemas(out):
        typer.echo(f"wrote {path}", err=True)


# `concord backup FILE` / `concord restore FILE` (concord/archive/cli.py).
app.command()(archive_cli.backup)
app.command()(archive_cli.restore)
