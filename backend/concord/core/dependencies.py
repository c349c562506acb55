"""The request's database session: one transaction, committed before the response is sent.

A refused request (a `ConcordError`) is rolled back whole; then, in a transaction of its own on
the same session, what must outlive the refusal is written: the error's `aftermath` and the
app's refusal hooks (the audit log records refused actions).

The session is handed out on the event loop once the request has a connection slot (see
core/db.py: waiting for a connection in a worker thread is what deadlocked bursts), and
finished (commit, or rollback and refusal, then close) in one worker thread.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from functools import partial
from typing import Annotated

import anyio.to_thread
from fastapi import Depends, Path, Request
from sqlalchemy import Engine
from sqlmodel import Session

from concord.core.db import ConnectionSlots, writer
from concord.core.errors import ConcordError

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
READS_ONLY = "concord_reads_only"
OWNED = "concord_request_session"  # session.info: made by `get_session`
COMMITTED = "concord_committed"  # session.info: the route committed its work (`commit_now`)
# Ids are 32-bit on every database; larger numbers are refused at the door, not by the database.
MAX_ID = 2_147_483_647

RefusalHook = Callable[[Session, Request, ConcordError], None]


def settle_refusal(session: Session, request: Request, error: ConcordError) -> None:
    """Write what a refusal leaves behind; the caller has rolled back and will commit."""
    for step in error.aftermath:
        step(session)
    hooks: list[RefusalHook] = getattr(request.app.state, "refusal_hooks", [])
    for hook in hooks:
        hook(session, request, error)
    session.flush()


def reads_only(request: Request) -> None:
    """A route dependency (`dependencies=[Depends(reads_only)]`, resolved before the session):
    this POST or PUT stores nothing, so its session must not take SQLite's write lock."""
    setattr(request.state, READS_ONLY, True)


def _commit(session: Session) -> None:
    with session:
        session.commit()


def commit_now(session: Session) -> None:
    """Commit the request's session in the route's own worker thread: a route that does all
    its work in one trip saves the dependency's trip to commit (and the wait for the event loop
    in between, while its locks are held). What the route reads afterwards is in a transaction
    of its own, finished by `get_session`. A refusal raised before this is still rolled back and
    settled by `get_session`. (A session that `get_session` did not make is left to its maker.)"""
    if session.info.get(OWNED):
        session.commit()
        session.info[COMMITTED] = True


def _refuse(session: Session, request: Request, error: ConcordError) -> None:
    with session:
        session.rollback()
        settle_refusal(session, request, error)
        session.commit()


def _abandon(session: Session) -> None:
    with session:
        session.rollback()


async def get_session(request: Request) -> AsyncIterator[Session]:
    engine: Engine = request.app.state.engine
    slots: ConnectionSlots = request.app.state.connection_slots
    reading = request.method in READ_METHODS or getattr(request.state, READS_ONLY, False)
    finish = partial(anyio.to_thread.run_sync, limiter=slots.finishing)
    async with slots:
        session = Session(engine if reading else writer(engine), expire_on_commit=False)
        session.info[OWNED] = True
        try:
            yield session
        except ConcordError as error:
            await finish(_refuse, session, request, error)
            raise
        except BaseException:
            await finish(_abandon, session)
            raise
        if session.info.get(COMMITTED) and not session.in_transaction():
            session.close()  # nothing left to end: the connection went back to the pool
        else:
            await finish(_commit, session)


# scope="function": the commit happens before the response leaves, so a 2xx means "stored".
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
