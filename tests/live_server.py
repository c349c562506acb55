"""A real Concord server in a subprocess, for tests and benchmarks that need real HTTP.

    with live_concord(tmp_path, workers=2, sections=1) as live:
        httpx.get(f"{live.url}/api/v1/sections/{live.seed.section_ids[0]}",
                  headers=live.seed.headers)

`live_concord` makes a fresh database (tests/db.py: SQLite or PostgreSQL by CONCORD_TEST_DB),
migrates it, seeds a user with a token and a document, starts uvicorn on a free port, waits for
`/healthz` and stops the server on the way out, whatever happened. `serve` starts any ASGI app
factory (the benchmarks' bare endpoint too) against a given database URL.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx2 as httpx
import uvicorn
from sqlmodel import Session
from starlette.types import ASGIApp

from concord.core.db import make_engine, transaction
from concord.core.migrate import upgrade
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import service as identity
from concord.identity.access import Viewer, viewer_for
from concord.identity.models import DelegationKind
from tests.db import fresh_database_url

ROOT = Path(__file__).resolve().parents[1]
CONCORD_APP = "concord.main:create_app"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def exit_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so that `finally` blocks stop servers and drop databases
    when a benchmark or script is terminated (the default action would just end the process)."""

    def handler(_signum: int, _frame: object) -> None:
        raise SystemExit(143)

    signal.signal(signal.SIGTERM, handler)


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _stop(process: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
    """SIGTERM the server's process group (uvicorn's supervisor and its workers), then SIGKILL."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=timeout)


@dataclass(frozen=True)
class Server:
    url: str
    pid: int  # with one worker, the server itself (uvicorn's supervisor otherwise)

    def rss_mb(self) -> float:
        """The process's resident memory now (Linux), in MiB."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError(f"no VmRSS for process {self.pid}")

    def cpu_seconds(self) -> float:
        """The CPU time the process has used so far (Linux: user and system)."""
        fields = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextmanager
def serve(database_url: str, **options: Any) -> Iterator[str]:
    """Run `uvicorn app` on a free port against `database_url`; yield the base URL
    (`serve_process` takes the same options)."""
    with serve_process(database_url, **options) as server:
        yield server.url


@contextmanager
def serve_process(
    database_url: str,
    *,
    workers: int = 1,
    app: str = CONCORD_APP,
    factory: bool = True,
    health_path: str = "/healthz",
    env: dict[str, str] | None = None,
    startup_timeout: float = 60.0,
) -> Iterator[Server]:
    """Run `uvicorn app` on a free port against `database_url`; yield its URL and process.

    The database must already be migrated (`concord serve` would migrate, but N workers racing
    to migrate one fresh database is a test of Alembic, not of Concord). Output goes to a log
    file, not a pipe, so that a chatty server can never block on a full pipe; its tail is in the
    error when the server does not come up.
    """
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", app,
        "--host", "127.0.0.1", "--port", str(port),
        "--workers", str(workers),
        "--no-access-log", "--log-level", "warning",
        "--app-dir", str(ROOT),
    ]  # fmt: skip
    if factory:
        command.append("--factory")
    with _run(command, port, database_url, env, health_path, startup_timeout) as server:
        yield server


@contextmanager
def serve_cli(
    database_url: str, *, env: dict[str, str] | None = None, log: Path | None = None
) -> Iterator[str]:
    """Run `concord serve` itself (as deployed: it migrates, and sets uvicorn up its way);
    its output goes to `log` when given."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "concord"), "serve", "--port", str(port)]
    with _run(command, port, database_url, env, "/healthz", 60.0, log) as server:
        yield server.url


@contextmanager
def _run(
    command: list[str],
    port: int,
    database_url: str,
    env: dict[str, str] | None,
    health_path: str,
    startup_timeout: float,
    log: Path | None = None,
) -> Iterator[Server]:
    child_env = {
        **os.environ,
        "CONCORD_DATABASE_URL": database_url,
        "CONCORD_ENV": "test",
        "PYTHONUNBUFFERED": "1",
        **(env or {}),
    }
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="concord-live-") as folder:
        log_path = log or Path(folder) / "server.log"
        with log_path.open("wb") as output:
            process = subprocess.Popen(
                command,
                cwd=ROOT,
                env=child_env,
                stdout=output,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stopped as one, never orphaned
            )
        try:
            _wait_healthy(process, f"{base}{health_path}", startup_timeout, log_path)
            yield Server(base, process.pid)
        finally:
            _stop(process)


@contextmanager
def serve_processes(database_url: str, count: int, **options: Any) -> Iterator[list[Server]]:
    """`count` servers on one database (as N app processes behind a proxy), started at once:
    each takes seconds to import and start, and they need not wait for each other."""
    with ExitStack() as stack, ThreadPoolExecutor(count) as pool:
        managers = [serve_process(database_url, **options) for _ in range(count)]
        started = [pool.submit(manager.__enter__) for manager in managers]
        servers: list[Server] = []
        failure: BaseException | None = None
        for manager, future in zip(managers, started, strict=True):
            try:
                servers.append(future.result())
            except BaseException as error:  # the others are still stopped on the way out
                failure = error
            else:
                stack.push(manager.__exit__)
        if failure is not None:
            raise failure
        yield servers


def _wait_healthy(
    process: subprocess.Popen[bytes], url: str, timeout: float, log_path: Path
) -> None:
    deadline = time.monotonic() + timeout
    with httpx.Client(timeout=2.0) as client:
        while True:
            if process.poll() is not None:
                raise RuntimeError(
                    f"server exited with {process.returncode} before answering {url}:\n"
                    f"{_tail(log_path)}"
                )
            try:
                if client.get(url).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"server did not answer {url} in {timeout:.0f} s:\n{_tail(log_path)}"
                )
            time.sleep(0.05)


@contextmanager
def serve_in_thread(app: ASGIApp, startup_timeout: float = 30.0) -> Iterator[str]:
    """Run uvicorn on `app` in a thread of this process; yield the base URL. For tests that
    need real HTTP against an app built here (settings from this process's environment) and
    do not time the answers: the client shares this process with the server."""
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + startup_timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the in-process server did not start")
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=startup_timeout)


# --- seed data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seed:
    """What a test needs to act on the server: a person, their token, a document and sections."""

    user_id: int
    token: str
    document_id: int
    section_ids: list[int]

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def seed_document(
    session: Session,
    viewer: Viewer,
    *,
    sections: int = 1,
    text: str = "Paragraph {n} of the [draft] text.",
    title: str = "Concurrent Draft",
) -> tuple[int, list[int]]:
    """A document of `sections` paragraphs (`text` formatted with `n`); its id and section ids."""
    document = drafting.create_document(
        session, viewer, DocumentCreate(title=title, kind=DocumentKind.statement)
    )
    section_ids: list[int] = []
    for n in range(1, sections + 1):
        section, _version = drafting.create_section(
            session,
            viewer,
            document,
            SectionCreate(text=text.format(n=n), kind=SectionKind.paragraph),
            append=True,
        )
        assert section.id is not None
        section_ids.append(section.id)
    assert document.id is not None
    return document.id, section_ids


def seed_person(session: Session, *, name: str = "Seed Officer") -> tuple[Viewer, str]:
    """A secretariat officer (who may create and edit any document) and a token for them."""
    tag = uuid.uuid4().hex[:8]
    delegation = identity.create_delegation(
        session, code=f"SEC-{tag}", name=f"Secretariat {tag}", kind=DelegationKind.secretariat
    )
    user = identity.create_user(
        session,
        email=f"officer-{tag}@example.org",
        name=name,
        delegation=delegation,
        is_secretariat=True,
    )
    _token, secret = identity.create_token(session, user, "live-server")
    return viewer_for(session, user), secret


def seed_database(
    database_url: str, *, sections: int = 1, text: str = "Paragraph {n} of the [draft] text."
) -> Seed:
    """Through Concord's own services, committed: a secretariat officer with a token and a
    document of `sections` paragraphs."""
    engine = make_engine(database_url)
    try:
        with transaction(engine) as session:
            viewer, token = seed_person(session)
            document_id, section_ids = seed_document(session, viewer, sections=sections, text=text)
            return Seed(
                user_id=viewer.id, token=token, document_id=document_id, section_ids=section_ids
            )
    finally:
        engine.dispose()


def migrate(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()


@dataclass(frozen=True)
class LiveConcord:
    url: str
    database_url: str
    seed: Seed

    @property
    def api(self) -> str:
        return f"{self.url}/api/v1"


@contextmanager
def live_concord(
    folder: Path,
    *,
    workers: int = 1,
    sections: int = 1,
    text: str = "Paragraph {n} of the [draft] text.",
    env: dict[str, str] | None = None,
) -> Iterator[LiveConcord]:
    """A fresh migrated, seeded database and a Concord server on it (see module docstring);
    `env` adds to the server's environment (settings such as `CONCORD_MAX_IN_FLIGHT`)."""
    with fresh_database_url(folder) as database_url:
        migrate(database_url)
        seed = seed_database(database_url, sections=sections, text=text)
        with serve(database_url, workers=workers, env=env) as url:
            yield LiveConcord(url=url, database_url=database_url, seed=seed)
