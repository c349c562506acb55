"""Shared by the deliberation tests: a section text, and status and version helpers."""

from __future__ import annotations

from sqlmodel import Session, select

from concord.deliberation.models import Amendment, Comment
from concord.drafting import service as drafting
from concord.drafting.models import Document, DocumentStatus, Section
from concord.identity.access import viewer_for
from concord.identity.models import User

TEXT = "States shall promote peaceful dialogue between communities. Civil society leads the way."


def set_status(session: Session, document: Document, status: DocumentStatus) -> None:
    document.status = status
    session.add(document)
    session.flush()


def new_version(session: Session, author: User, section: Section, text: str) -> int:
    assert section.id is not None
    version, _ = drafting.save_version(
        session, viewer_for(session, author), section.id, text, section.head
    )
    return version.number


def amendment_row(session: Session, public_id: str) -> Amendment:
    """The stored amendment the API calls `public_id`."""
    return session.exec(select(Amendment).where(Amendment.public_id == public_id)).one()


def comment_row(session: Session, public_id: str) -> Comment:
    """The stored comment the API calls `public_id`."""
    return session.exec(select(Comment).where(Comment.public_id == public_id)).one()
