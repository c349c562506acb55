"""The request's database session: one transaction, committed before the response is sent."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Path, Request
from sqlalchemy import Engine
from sqlmodel import Session

from concord.core.db import writer

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Ids are 32-bit on every database; larger numbers are refused at the door, not by the database.
MAX_ID = 2_147_483_647


def get_session(request: Request) -> Iterator[Session]:
    engine: Engine = request.app.state.engine
    bind = engine if request.method in READ_METHODS else writer(engine)
    with Session(bind, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


# scope="function": the commit happens before the response leaves, so a 2xx means "stored".
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
