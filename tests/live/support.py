"""Shared by the live tests: a database and servers to subscribe to (LiveWorld), and their
environment."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx2 as httpx
from sqlmodel import select

from concord.core.db import make_engine, transaction
from concord.identity import service as identity
from concord.identity.models import User
from concord.live import event_ids
from tests.access_world import MARKER, build
from tests.db import fresh_database_url
from tests.live.sse import Event, Stream
from tests.live_server import migrate, serve

# The servers' secret key, so that tests can open the sealed event ids they send.
LIVE_SECRET = "live-tests-secret-key-not-for-production"
LIVE_ENV = {
    "CONCORD_LIVE_HEARTBEAT_SECONDS": "0.3",
    "CONCORD_LIVE_PRESENCE_SECONDS": "1.5",
    "CONCORD_SECRET_KEY": LIVE_SECRET,
}


def seq_of(event: Event, document_id: int) -> int:
    """The audit seq a live server sealed into this event's `id:` (see live/event_ids.py)."""
    assert event.id is not None
    seq = event_ids.open_id(event.id, document_id, secret_key=LIVE_SECRET)
    assert seq is not None, event.id
    return seq


@dataclass
class LiveWorld:
    url: str
    database_url: str
    document_id: int
    section_id: int
    other_section_id: int
    unannounced_id: int
    delegation_a_id: int
    tokens: dict[str, str]
    token_ids: dict[str, int]
    user_ids: dict[str, int]
    silenced_document_id: int = 0

    def headers(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    def api(self, role: str) -> httpx.Client:
        return httpx.Client(base_url=f"{self.url}/api/v1", headers=self.headers(role), timeout=30.0)

    def stream(
        self, role: str, document_id: int | None = None, *, last_event_id: str | None = None
    ) -> Stream:
        document = document_id or self.document_id
        headers = self.headers(role)
        if last_event_id is not None:
            headers["Last-Event-ID"] = last_event_id
        return Stream(f"{self.url}/api/v1/documents/{document}/events", headers).start()


def live_world_in(folder: Path, env: dict[str, str] | None = None) -> Iterator[LiveWorld]:
    with (
        world_database(folder) as found,
        serve(found.database_url, env=LIVE_ENV | (env or {})) as url,
    ):
        found.url = url
        yield found


@contextmanager
def world_database(folder: Path) -> Iterator[LiveWorld]:
    """A fresh database holding the access world, committed; the world's `url` is left empty
    for the caller to serve it (once, or from several processes)."""
    with fresh_database_url(folder) as database_url:
        migrate(database_url)
        engine = make_engine(database_url)
        try:
            with transaction(engine) as session:
                world = build(session)
                drafter = session.exec(select(User).where(User.name == f"Drafter {MARKER}")).one()
                token, secret = identity.create_token(session, drafter, "live")
                tokens = world.tokens | {"drafter": secret}
                token_ids = world.token_ids | {"drafter": token.id or 0}
                user_ids = {role: user.id or 0 for role, user in world.people.items()}
                user_ids["drafter"] = drafter.id or 0
                found = LiveWorld(
                    url="",
                    database_url=database_url,
                    document_id=world.document.id or 0,
                    section_id=world.section.id or 0,
                    other_section_id=world.other_section.id or 0,
                    unannounced_id=world.unannounced.id or 0,
                    delegation_a_id=world.delegation_a.id or 0,
                    tokens=tokens,
                    token_ids=token_ids,
                    user_ids=user_ids,
                    silenced_document_id=world.silenced_document_id,
                )
        finally:
            engine.dispose()
        yield found
