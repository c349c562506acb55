"""Small factories for test data (`make_document(session, sections=3)`)."""

from __future__ import annotations

import itertools
from typing import Any

import httpx2 as httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.drafting import service as drafting
from concord.drafting.models import Document, DocumentKind, Section, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import service as identity
from concord.identity.access import viewer_for
from concord.identity.models import (
    Delegation,
    DelegationKind,
    User,
    WorkingGroup,
    WorkingGroupRole,
)

_seq = itertools.count(1)


def error_of(response: httpx.Response) -> dict[str, Any]:
    """A response's error without its `request_id` (different for every request), for tests
    that compare whole error bodies: two refusals alike, or one against its expected value."""
    error: dict[str, Any] = dict(response.json()["error"])
    error.pop("request_id", None)
    return error


def make_delegation(
    session: Session,
    *,
    kind: DelegationKind = DelegationKind.government,
    announced: bool = True,
    name: str | None = None,
    code: str | None = None,
) -> Delegation:
    n = next(_seq)
    return identity.create_delegation(
        session,
        code=code or f"D{n}",
        name=name or f"Delegation {n}",
        kind=kind,
        announced=announced,
    )


def make_user(
    session: Session,
    *,
    delegation: Delegation | None = None,
    secretariat: bool = False,
    head: bool = False,
    name: str | None = None,
) -> User:
    n = next(_seq)
    return identity.create_user(
        session,
        email=f"person{n}@example.org",
        name=name or f"Person {n}",
        delegation=delegation,
        is_secretariat=secretariat,
        is_head=head,
    )


def make_token(session: Session, user: User) -> str:
    return identity.create_token(session, user, "test")[1]


def make_secretariat(session: Session) -> User:
    return make_user(
        session,
        delegation=make_delegation(session, kind=DelegationKind.secretariat),
        secretariat=True,
    )


def make_group(session: Session, chair: User, *members: User) -> WorkingGroup:
    group = identity.create_working_group(
        session, make_secretariat(session), name=f"Working group {next(_seq)}"
    )
    identity.set_working_group_member(session, group, chair, WorkingGroupRole.chair)
    for member in members:
        identity.set_working_group_member(session, group, member, WorkingGroupRole.member)
    return group


def make_document(
    session: Session,
    *,
    author: User | None = None,
    sections: int = 3,
    parties: list[Delegation] | None = None,
    title: str = "Shared Principles",
    group: WorkingGroup | None = None,
) -> Document:
    """A document made by the secretariat in a working group that `author` chairs."""
    author = author or make_user(session)
    group = group or make_group(session, author)
    document = drafting.create_document(
        session,
        viewer_for(session, make_secretariat(session)),
        DocumentCreate(
            title=title,
            kind=DocumentKind.principles,
            working_group_id=group.id,
            parties=[d.id for d in parties or [] if d.id is not None],
        ),
    )
    chair = viewer_for(session, author)
    for i in range(sections):
        drafting.create_section(
            session,
            chair,
            document,
            SectionCreate(
                text=f"Paragraph {i + 1} of the [draft] text.", kind=SectionKind.paragraph
            ),
            append=True,
        )
    return document


def sections_of(session: Session, document: Document) -> list[Section]:
    assert document.id is not None
    return [s for s, _ in drafting.live_sections(session, document.id)]


def make_section(session: Session, document: Document, author: User, text: str) -> Section:
    """A section written by `author` (made a member of the document's group if needed)."""
    viewer = viewer_for(session, author)
    if not viewer.belongs_to(document.working_group_id) and document.working_group_id:
        group = session.get(WorkingGroup, document.working_group_id)
        assert group is not None
        identity.set_working_group_member(session, group, author, WorkingGroupRole.member)
        viewer = viewer_for(session, author)
    section, _ = drafting.create_section(
        session, viewer, document, SectionCreate(text=text), append=True
    )
    return section


def client_as(app: FastAPI, session: Session, user: User) -> TestClient:
    """A test client acting as `user` through a fresh personal access token."""
    client = TestClient(app, raise_server_exceptions=False)
    client.headers["Authorization"] = f"Bearer {make_token(session, user)}"
    return client
