"""Helpers of the backup and restore tests: the world to back up, whole-database dumps."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlmodel import Session, col
from typer.testing import Result

from concord.archive.format import order_columns, tables
from concord.consensus import lifecycle
from concord.consensus.models import Approver
from concord.core.clock import now
from concord.core.db import make_engine
from concord.deliberation.models import Comment, CommentEdit
from concord.drafting import holders
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import sessions
from concord.identity.access import viewer_for
from concord.identity.models import Invitation, LoginAttempt, OidcIdentity
from concord.notify import preferences
from concord.notify.install import install_hooks as install_notifications
from concord.publication.models import Publication, PublicationFile
from tests import access_world
from tests.publication.world import add_publication

Cli = Callable[..., Result]


@dataclass
class Source:
    url: str
    world: access_world.World
    archive: Path
    rows: dict[str, list[dict[str, Any]]]  # the database as it was backed up


def dump(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in archive order, as Python values."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: [
                    dict(row)
                    for row in connection.execute(
                        select(table).order_by(*order_columns(table))
                    ).mappings()
                ]
                for table in tables()
            }
    finally:
        engine.dispose()


def build_world(engine: Engine) -> access_world.World:
    """The access world, plus a row in every table it leaves empty."""
    install_notifications()  # the world's changes notify people, as in the app
    with Session(engine, expire_on_commit=False) as session:
        world = access_world.build(session)
        _add_the_rest(session, world)
        found = add_publication(session, world)  # a published text, its participants and pledges
        published = session.scalars(
            select(Publication).where(col(Publication.public_id) == found.published_id)
        ).one()
        # Its PDF as the publisher stores it (publication/public.py make_files), not made here.
        body = b"%PDF-1.7\n% Concord archive world\n"
        session.add(
            PublicationFile(
                publication_id=published.id or 0,
                name="text.pdf",
                body=body,
                sha256=hashlib.sha256(body).hexdigest(),
            )
        )
        preferences.save(session, head_a_id(world), timezone="Europe/Paris")
        session.commit()
    return world


def head_a_id(world: access_world.World) -> int:
    assert world.people["head_a"].id is not None
    return world.people["head_a"].id


def _add_the_rest(session: Session, world: access_world.World) -> None:
    secretariat, head_a = world.people["secretariat"], world.people["head_a"]
    assert secretariat.id is not None and head_a.id is not None
    officer = viewer_for(session, secretariat)
    # An adopted document whose silence was broken once: silence procedure and adoption.
    adopted = drafting.create_document(
        session, officer, DocumentCreate(title="Final communiqué", kind=DocumentKind.communique)
    )
    drafting.create_section(
        session, officer, adopted, SectionCreate(text="Agreed text. نص متفق عليه."), append=True
    )
    lifecycle.circulate(session, officer, adopted)
    lifecycle.start_silence(session, officer, adopted, now() + timedelta(days=4))
    lifecycle.break_silence(session, officer, adopted, reason="A late amendment")
    lifecycle.adopt(session, officer, adopted)
    # Sign-in traces, an invitation, an OpenID identity, an approver, an edited comment.
    sessions.start_session(session, secretariat)
    session.add(LoginAttempt(email=secretariat.email, address="192.0.2.7", succeeded=True))
    later = now() + timedelta(days=7)
    session.add(
        Invitation(
            token_hash="a" * 64, user_id=head_a.id, created_by=secretariat.id, expires_at=later
        )
    )
    session.add(OidcIdentity(user_id=head_a.id, issuer="https://id.example", subject="42"))
    delegate = world.people["delegate_a"]
    assert delegate.id is not None
    session.add(Approver(user_id=delegate.id, allowed_by=head_a.id))
    # A bracket held by delegation A.
    draft = drafting.create_document(session, officer, DocumentCreate(title="Held brackets"))
    section, version = drafting.create_section(
        session, officer, draft, SectionCreate(text="We [shall] act."), append=True
    )
    key = next(iter(holders.keys(version.text).values()))
    holders.set_holders(
        session,
        officer,
        section.id or 0,
        version.number,
        key,
        [world.delegation_a.id or 0],
        "chair",
    )
    comment = session.scalars(select(Comment).order_by(col(Comment.id))).first()
    assert comment is not None and comment.id is not None
    session.add(CommentEdit(comment_id=comment.id, body=comment.body))
    session.flush()


def load(path: Path) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def save(document: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path
