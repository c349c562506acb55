"""The request's database session: one transaction, committed before the response is sent.

A refused request (a `ConcordError`) is rolled back whole; then, in a transaction of its own on
the same session, what must outlive the refusal is written: the error's `aftermath` and the
app's refusal hooks (the audit log records refused actions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy import Engine
from sqlmodel import Session

from concord.core.db import writer
from concord.core.errors import ConcordError

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
READS_ONLY = "concord_reads_only"
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


def get_session(request: Request) -> Iterator[Session]:
    engine: Engine = request.app.state.engine
    reading = request.method in READ_METHODS or getattr(request.state, READS_ONLY, False)
    bind = engine if reading else writer(engine)
    with Session(bind, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except ConcordError as error:
            session.rollback()
            settle_refusal(session, request, error)
            session.commit()
            raise
        except BaseException:
            session.rollback()
            raise


# scope="function": the commit happens before the response leaves, so a 2xx means "stored".
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
