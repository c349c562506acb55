"""The public PDF is made when the text is published (the publisher's step, LibreOffice for real)
and stored: a reader's request serves the stored bytes and converts nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine
from sqlmodel import select

from concord.core.clock import now
from concord.core.db import transaction
from concord.main import create_app
from concord.publication import public, worker
from concord.publication.models import Publication, PublicationFile
from tests.access_world import World
from tests.db import migrated_engine
from tests.publication.world import build_with_publication, publication_of


@pytest.fixture
def committed(tmp_path: Path) -> Iterator[Engine]:
    """A database whose transactions commit: the publisher works in transactions of its own."""
    with migrated_engine(tmp_path) as engine:
        yield engine


@pytest.fixture
def world(committed: Engine) -> World:
    public.forget()
    with transaction(committed) as session:
        return build_with_publication(session)


def _files(engine: Engine, publication_id: int) -> list[PublicationFile]:
    with transaction(engine, write=False) as session:
        return list(
            session.exec(
                select(PublicationFile).where(PublicationFile.publication_id == publication_id)
            )
        )


def test_the_publisher_makes_and_stores_the_pdf_and_readers_get_those_bytes(
    committed: Engine, world: World
) -> None:
    found = publication_of(world)
    with transaction(committed) as session:
        publication = session.exec(
            select(Publication).where(Publication.public_id == found.scheduled_id)
        ).one()
        publication_id = publication.id or 0
    assert worker.publish_due(committed) == 0  # not due: nothing published, nothing made
    assert _files(committed, publication_id) == []

    with transaction(committed) as session:
        due = session.get(Publication, publication_id)
        assert due is not None
        due.embargo_at = now() - timedelta(seconds=1)
        session.add(due)
    assert worker.publish_due(committed) == 1
    stored = _files(committed, publication_id)
    assert [f.name for f in stored] == ["text.pdf"]
    assert stored[0].body.startswith(b"%PDF-")
    assert worker.publish_due(committed) == 0
    assert len(_files(committed, publication_id)) == 1  # made once

    public.forget()
    with TestClient(create_app(committed)) as client:
        answer = client.get(f"/published/{found.scheduled_id}/text.pdf")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pdf"
    assert answer.content == stored[0].body
    # Served as stored: no conversion was made (nor kept) for the request.
    assert not [key for key in public._cache if key[0] == "pdf"]
