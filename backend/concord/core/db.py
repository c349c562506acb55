"""Engine, naming convention, and the connection slots that request sessions wait for.

SQLite and PostgreSQL behave alike here: writers serialise on a row lock. PostgreSQL gets
`SELECT ... FOR UPDATE`; SQLite has no row locks, so every write request opens its transaction
with `BEGIN IMMEDIATE` (one writer at a time, readers never blocked thanks to WAL).

A request's session holds one pooled connection from its first statement until it is closed,
across several trips through the worker threads (dependencies, the route, the commit). Had it
to wait for its connection inside a worker thread, the threads could all be taken by requests
waiting for connections, while the requests holding the connections waited for a thread to go
on: nothing moves until the pool's timeout (the 500s of a 60-request burst). So a request waits
for a connection slot on the event loop first (`ConnectionSlots`), holding neither a thread nor
a connection; there are fewer slots than pooled connections and more worker threads than
pooled connections, so a request that has its slot finds a connection and a thread.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import anyio.to_thread
from anyio import CapacityLimiter, Semaphore
from anyio.lowlevel import RunVar
from sqlalchemy import DateTime, Engine, MetaData, TypeDecorator, event
from sqlalchemy.engine import Dialect, make_url
from sqlmodel import Session, SQLModel, create_engine

from concord.core.config import Settings, get_settings
from concord.core.telemetry import SLOT_WAIT

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION
metadata: MetaData = SQLModel.metadata

IMMEDIATE = "concord_immediate"


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetimes on both databases (SQLite stores no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None or value.tzinfo is not None:
            return value
        return value.replace(tzinfo=UTC)


def _prepare_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, see below
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str) -> Engine:
    settings = get_settings()
    pool: dict[str, Any] = {
        "pool_size": settings.db_pool_size,
        "max_overflow": settings.db_max_overflow,
        "pool_timeout": settings.db_pool_timeout,
    }
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            pool = {}  # one connection per thread: there is no pool to size
        else:
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        connect_args = {"check_same_thread": False, "timeout": 30}
        engine = create_engine(url, connect_args=connect_args, **pool)
        _prepare_sqlite(engine)
        return engine
    if parsed.drivername == "postgresql":
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return create_engine(url, pool_pre_ping=True, **pool)


# Worker threads beyond one per pooled connection: for work that needs no connection (password
# hashing, reading files) while every connection is in use.
SPARE_THREADS = 10


class ConnectionSlots:
    """How many request sessions may hold a connection at once (`db_pool_size`; the pool's
    overflow is left to the event streams' and the scheduler's short reads).

    The waiting happens on the event loop (`async with slots`); a session that has its slot
    finishes (commit or rollback, then close) with a thread of `finishing`, a limiter with a
    token for every slot, so that it never queues for a thread behind requests still waiting.
    The event loop's default worker threads are raised to one per pooled connection plus
    `SPARE_THREADS`, so that the requests holding connections always find threads.
    """

    def __init__(self, settings: Settings) -> None:
        self.size = settings.db_pool_size
        self.threads = settings.db_pool_size + settings.db_max_overflow + SPARE_THREADS
        # anyio's primitives belong to one event loop; an app may meet several (tests).
        self._per_loop: RunVar[tuple[Semaphore, CapacityLimiter]] = RunVar("connection_slots")

    def _state(self) -> tuple[Semaphore, CapacityLimiter]:
        state = self._per_loop.get(None)
        if state is None:
            state = (Semaphore(self.size), CapacityLimiter(self.size))
            self._per_loop.set(state)
            threads = anyio.to_thread.current_default_thread_limiter()
            threads.total_tokens = max(threads.total_tokens, self.threads)
        return state

    async def __aenter__(self) -> None:
        start = time.perf_counter()
        await self._state()[0].acquire()
        SLOT_WAIT.observe(time.perf_counter() - start)

    async def __aexit__(self, *_exc: object) -> None:
        self._state()[0].release()

    @property
    def finishing(self) -> CapacityLimiter:
        return self._state()[1]


@lru_cache
def get_engine() -> Engine:
    return make_engine(get_settings().database_url)


def writer(engine: Engine) -> Engine:
    """The same engine whose transactions take SQLite's write lock up front."""
    return engine.execution_options(**{IMMEDIATE: True})


@contextmanager
def transaction(engine: Engine, *, write: bool = True) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with Session(writer(engine) if write else engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
