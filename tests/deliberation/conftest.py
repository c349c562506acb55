"""A document chaired by `user` (a delegation head) with one section, and people around it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.drafting import service as drafting
from concord.drafting.models import Document, DocumentParty, DocumentStatus, Section
from concord.identity.access import viewer_for
from concord.identity.models import Delegation, DelegationKind, User
from tests import factories

TEXT = "States shall promote peaceful dialogue between communities. Civil society leads the way."


@pytest.fixture
def delegation(session: Session, user: User) -> Delegation:
    assert user.delegation_id is not None
    found = session.get(Delegation, user.delegation_id)
    assert found is not None
    return found


@pytest.fixture
def document(session: Session, user: User, delegation: Delegation) -> Document:
    return factories.make_document(session, author=user, sections=0, parties=[delegation])


@pytest.fixture
def section(session: Session, document: Document, user: User) -> Section:
    return factories.make_section(session, document, user, TEXT)


@pytest.fixture
def client_for(app: FastAPI, session: Session) -> Callable[[User], TestClient]:
    def make(person: User) -> TestClient:
        return factories.client_as(app, session, person)

    return make


@pytest.fixture
def colleague(session: Session, delegation: Delegation) -> User:
    """A delegate of the user's delegation (a party to the document)."""
    return factories.make_user(session, delegation=delegation)


@pytest.fixture
def other_party(session: Session, document: Document) -> User:
    """A delegate of another party to the document."""
    other = factories.make_delegation(session)
    assert document.id is not None and other.id is not None
    session.add(DocumentParty(document_id=document.id, delegation_id=other.id))
    session.flush()
    return factories.make_user(session, delegation=other)


@pytest.fixture
def observer(session: Session) -> User:
    return factories.make_user(
        session, delegation=factories.make_delegation(session, kind=DelegationKind.observer)
    )


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
