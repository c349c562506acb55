"""One small consortium with a person in every role, for the permission and leak tests.

Delegation A is a party to the document, B is not; U is an unannounced party whose name, code
and people carry MARKER; O is an observer delegation. The working group (chair and member) drafts
the document; an observer chairs it too (it reads the drafts and writes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlmodel import Session

from concord.drafting import revisions
from concord.drafting import service as drafting
from concord.drafting.models import Document, DocumentKind, Section
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity import service as identity
from concord.identity.access import viewer_for
from concord.identity.models import Delegation, DelegationKind, User, WorkingGroup, WorkingGroupRole
from tests import factories

MARKER = "ZQXMARKER"
ROLES = (
    "anonymous",
    "observer",
    "observer_chair",
    "member",
    "chair",
    "delegate_a",
    "head_a",
    "delegate_b",
    "unannounced",
    "secretariat",
)
# Everyone who may read the world's document (the rest get 404 for it).
READERS = (
    "secretariat",
    "chair",
    "member",
    "head_a",
    "delegate_a",
    "unannounced",
    "observer_chair",
)
# The roles not entitled to see the unannounced delegation.
NOT_ENTITLED = tuple(r for r in ROLES if r not in ("unannounced", "secretariat"))


@dataclass
class World:
    people: dict[str, User]
    delegation_a: Delegation
    delegation_b: Delegation
    unannounced: Delegation
    group: WorkingGroup
    document: Document
    section: Section
    other_section: Section
    tokens: dict[str, str]
    token_ids: dict[str, int]
    template_id: int = 0  # tests/export/world.py
    silenced_document_id: int = 0  # tests/consensus/world.py

    def client(self, app: FastAPI, role: str) -> TestClient:
        client = TestClient(app, raise_server_exceptions=False)
        if role != "anonymous":
            client.headers["Authorization"] = f"Bearer {self.tokens[role]}"
        return client


def build(session: Session) -> World:
    sec_delegation = factories.make_delegation(session, kind=DelegationKind.secretariat)
    a = identity.create_delegation(
        session, code="AAA", name="Delegation A", kind=DelegationKind.government
    )
    b = identity.create_delegation(
        session, code="BBB", name="Delegation B", kind=DelegationKind.government
    )
    u = identity.create_delegation(
        session,
        code=MARKER,
        name=f"Kingdom of {MARKER}",
        kind=DelegationKind.government,
        announced=False,
    )
    o = identity.create_delegation(
        session, code="OBS", name="Observer", kind=DelegationKind.observer
    )
    cs = identity.create_delegation(
        session, code="CSO", name="Civil society", kind=DelegationKind.civil_society
    )

    def person(
        key: str, delegation: Delegation, *, head: bool = False, name: str | None = None
    ) -> User:
        return identity.create_user(
            session,
            email=f"{key}@{(delegation.code or 'x').lower()}.example",
            name=name or key.replace("_", " ").title(),
            delegation=delegation,
            is_head=head,
            is_secretariat=delegation.kind == DelegationKind.secretariat,
        )

    people = {
        "secretariat": person("secretariat", sec_delegation),
        "chair": person("chair", cs, head=True),
        "member": person("member", cs),
        "head_a": person("head_a", a, head=True),
        "delegate_a": person("delegate_a", a),
        "delegate_b": person("delegate_b", b),
        "unannounced": person("envoy", u, head=True, name=f"Envoy {MARKER}"),
        "observer": person("observer", o),
        "observer_chair": person("observer_chair", o),
    }
    group = identity.create_working_group(session, people["secretariat"], name="Drafting group")
    identity.set_working_group_member(session, group, people["chair"], WorkingGroupRole.chair)
    identity.set_working_group_member(session, group, people["member"], WorkingGroupRole.member)
    # An observer the secretariat made a chair of the group: reads its drafts, writes nothing.
    identity.set_working_group_member(
        session, group, people["observer_chair"], WorkingGroupRole.chair
    )
    document = drafting.create_document(
        session,
        viewer_for(session, people["secretariat"]),
        DocumentCreate(
            title="Summit statement",
            kind=DocumentKind.statement,
            working_group_id=group.id,
            parties=[a.id or 0, u.id or 0],
        ),
    )
    chair = viewer_for(session, people["chair"])
    section, _ = drafting.create_section(
        session, chair, document, SectionCreate(text="We [welcome] the consortium."), append=True
    )
    other, _ = drafting.create_section(
        session, chair, document, SectionCreate(text="Civil society leads."), append=True
    )
    assert section.id is not None
    revisions.create_revision(session, chair, document)
    drafting.save_version(session, chair, section.id, "We warmly [welcome] the consortium.", 1)
    # A drafter from the unannounced delegation leaves a version: its author must stay hidden.
    drafter = person("drafter", u, name=f"Drafter {MARKER}")
    identity.set_working_group_member(session, group, drafter, WorkingGroupRole.member)
    assert other.id is not None
    drafting.save_version(
        session, viewer_for(session, drafter), other.id, "Civil society leads us.", 1
    )
    issued = {role: identity.create_token(session, user, "t") for role, user in people.items()}
    tokens = {role: secret for role, (_, secret) in issued.items()}
    token_ids = {role: token.id or 0 for role, (token, _) in issued.items()}
    world = World(people, a, b, u, group, document, section, other, tokens, token_ids)
    # The other domains add their objects (imported here: they build on this module).
    from tests.commitments.world import add_commitments
    from tests.consensus.world import add_consensus
    from tests.deliberation.world import add_deliberation
    from tests.export.world import add_export
    from tests.translation.world import add_translation

    add_deliberation(session, world)
    add_consensus(session, world)
    add_export(session, world)
    add_translation(session, world)
    add_commitments(session, world)
    return world
