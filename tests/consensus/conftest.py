"""A negotiation: a document in a working group, two party delegations with heads, clients."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from sqlmodel import Session

from concord.core.clock import set_clock
from tests import factories
from tests.consensus.support import Clock, Negotiation


@pytest.fixture
def clock() -> Iterator[Clock]:
    source = Clock()
    set_clock(source)
    try:
        yield source
    finally:
        set_clock(None)


@pytest.fixture
def negotiation(app: FastAPI, session: Session) -> Negotiation:
    """Parties A and B (heads `head_a`, `head_b`; `delegate_a` not yet allowed), a chair, the
    secretariat, and a document of two paragraphs without brackets."""
    a = factories.make_delegation(session)
    b = factories.make_delegation(session)
    people = {
        "head_a": factories.make_user(session, delegation=a, head=True),
        "delegate_a": factories.make_user(session, delegation=a),
        "head_b": factories.make_user(session, delegation=b, head=True),
        "chair": factories.make_user(session),
        "secretariat": factories.make_secretariat(session),
        "outsider": factories.make_user(
            session, delegation=factories.make_delegation(session), head=True
        ),
    }
    document = factories.make_document(session, author=people["chair"], sections=0, parties=[a, b])
    sections = [
        factories.make_section(session, document, people["chair"], "We welcome the consortium."),
        factories.make_section(session, document, people["chair"], "Civil society leads."),
    ]
    clients = {role: factories.client_as(app, session, user) for role, user in people.items()}
    return Negotiation(document, sections, a, b, people, clients)
