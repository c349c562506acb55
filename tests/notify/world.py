"""A small negotiation, committed: a secretariat, a chair, two announced parties (FRA, GBR)
and an unannounced one (XXX), a document all three are parties to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session

from concord.audit import service as audit
from concord.consensus import lifecycle
from concord.core.clock import now
from concord.core.db import transaction
from concord.deliberation import comments
from concord.deliberation.schemas import CommentCreate
from concord.drafting.models import Document, Section
from concord.identity.access import viewer_for
from concord.identity.models import User
from concord.notify import preferences
from tests import factories


@dataclass
class World:
    secretariat: int
    chair: int
    fra_head: int
    gbr_head: int
    hidden_member: int
    document: int
    section: int

    def user(self, session: Session, user_id: int) -> User:
        found = session.get(User, user_id)
        assert found is not None
        return found


def build(engine: Engine, *, title: str = "Shared Principles") -> World:
    with transaction(engine) as session:
        secretariat = factories.make_secretariat(session)
        chair = factories.make_user(session, name="Chair Person")
        fra = factories.make_delegation(session, code="FRA", name="France")
        gbr = factories.make_delegation(session, code="GBR", name="United Kingdom")
        hidden = factories.make_delegation(session, code="XXX", name="Quiet Party", announced=False)
        fra_head = factories.make_user(session, delegation=fra, head=True, name="Amélie Durand")
        gbr_head = factories.make_user(session, delegation=gbr, head=True, name="George Smith")
        hidden_member = factories.make_user(session, delegation=hidden, name="Hidden Envoy")
        document = factories.make_document(
            session, author=chair, sections=0, parties=[fra, gbr, hidden], title=title
        )
        section = factories.make_section(session, document, chair, "All parties agree.")
        preferences.save(session, fra_head.id or 0, timezone="Europe/Paris")
        preferences.save(session, gbr_head.id or 0, timezone="America/New_York")
        assert document.id and section.id
        return World(
            secretariat=secretariat.id or 0,
            chair=chair.id or 0,
            fra_head=fra_head.id or 0,
            gbr_head=gbr_head.id or 0,
            hidden_member=hidden_member.id or 0,
            document=document.id,
            section=section.id,
        )


def circulate(engine: Engine, world: World) -> None:
    with transaction(engine) as session:
        audit.act_as(session, world.chair)
        document = session.get(Document, world.document, with_for_update=True)
        assert document is not None
        lifecycle.circulate(
            session, viewer_for(session, world.user(session, world.chair)), document
        )


def start_silence(engine: Engine, world: World, deadline: datetime | None = None) -> datetime:
    deadline = deadline or (now() + timedelta(days=5)).replace(microsecond=0)
    with transaction(engine) as session:
        audit.act_as(session, world.secretariat)
        document = session.get(Document, world.document, with_for_update=True)
        assert document is not None
        viewer = viewer_for(session, world.user(session, world.secretariat))
        lifecycle.start_silence(session, viewer, document, deadline)
    return deadline


def break_silence(engine: Engine, world: World, user_id: int) -> None:
    with transaction(engine) as session:
        audit.act_as(session, user_id)
        document = session.get(Document, world.document, with_for_update=True)
        assert document is not None
        viewer = viewer_for(session, world.user(session, user_id))
        lifecycle.request_break(session, viewer, document, "We object to paragraph 1.")


def comment(
    engine: Engine, world: World, user_id: int, body: str, parent: str | None = None
) -> str:
    with transaction(engine) as session:
        audit.act_as(session, user_id)
        section = session.get(Section, world.section)
        assert section is not None
        viewer = viewer_for(session, world.user(session, user_id))
        made = comments.create_comment(
            session,
            viewer,
            section,
            CommentCreate(body=body, version=None if parent else section.head, parent_id=parent),
        )
        return made.public_id
