"""Small factories for test data (`make_document(session, sections=3)`)."""

from __future__ import annotations

import itertools

from sqlmodel import Session

from concord.drafting import service as drafting
from concord.drafting.models import Document, DocumentKind, Section, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import service as identity
from concord.identity.models import Delegation, DelegationKind, User

_seq = itertools.count(1)


def make_delegation(
    session: Session,
    *,
    kind: DelegationKind = DelegationKind.government,
    announced: bool = True,
    name: str | None = None,
) -> Delegation:
    n = next(_seq)
    return identity.create_delegation(
        session, code=f"D{n}", name=name or f"Delegation {n}", kind=kind, announced=announced
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


def make_document(
    session: Session,
    *,
    author: User | None = None,
    sections: int = 3,
    parties: list[Delegation] | None = None,
    title: str = "Shared Principles",
) -> Document:
    author = author or make_user(session)
    document = drafting.create_document(
        session,
        author,
        DocumentCreate(
            title=title,
            kind=DocumentKind.principles,
            parties=[d.id for d in parties or [] if d.id is not None],
        ),
    )
    for i in range(sections):
        drafting.create_section(
            session,
            author,
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
    section, _ = drafting.create_section(
        session, author, document, SectionCreate(text=text), append=True
    )
    return section
