"""A document chaired by `user` (a delegation head) with one section, and people around it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.drafting.models import Document, DocumentParty, Section
from concord.identity.models import Delegation, DelegationKind, User
from tests import factories
from tests.deliberation.support import TEXT


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
