"""Positions in the access world, for the permission matrix and the leak scan.

Called from `tests.access_world.build` as `add_consensus(session, world)` (before tokens are
issued or after: it needs none). Delegation A's head approves the first section's current
version and holds a stale ad referendum on the other; the unannounced delegation objects to the
first section and reserves on the other, with statements that carry MARKER (which must never
reach anyone not entitled to see that delegation).

A second document of the group, with parties A and U, was circulated and put under silence,
which the unannounced delegation broke with a reason carrying MARKER: to everyone else it was
broken through the secretariat, naming nobody.
"""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session

from concord.consensus import approvals as consensus
from concord.consensus import lifecycle
from concord.consensus.models import Approval, ApprovalEvent, Decision
from concord.consensus.schemas import PositionSet
from concord.core.clock import now
from concord.drafting import service as drafting
from concord.drafting.models import DocumentKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity.access import viewer_for
from tests.access_world import MARKER, World


def add_consensus(session: Session, world: World) -> None:
    head_a = viewer_for(session, world.people["head_a"])
    envoy = viewer_for(session, world.people["unannounced"])
    section, other = world.section, world.other_section
    assert section.id is not None and other.id is not None
    # A stale position: on version 1 of the other section, which has a version 2 since.
    first = drafting.get_version(session, other, 1)
    stale = Approval(
        section_id=other.id,
        version=1,
        content_hash=first.content_hash,
        delegation_id=world.delegation_a.id or 0,
        decision=Decision.ad_referendum,
        set_by=head_a.id,
    )
    session.add(stale)
    session.flush()
    assert stale.id is not None
    session.add(
        ApprovalEvent(
            approval_id=stale.id, kind="set", decision=Decision.ad_referendum, actor_id=head_a.id
        )
    )
    positions = [
        (head_a, section, PositionSet(version=section.head, decision=Decision.approve)),
        (
            envoy,
            section,
            PositionSet(
                version=section.head,
                decision=Decision.object,
                statement=f"The Kingdom of {MARKER} cannot accept this wording.",
            ),
        ),
        (
            envoy,
            other,
            PositionSet(
                version=other.head,
                decision=Decision.reservation,
                statement=f"{MARKER} reads 'civil society' narrowly.",
            ),
        ),
    ]
    for viewer, target, data in positions:
        assert target.id is not None
        consensus.set_position(session, viewer, target.id, data)
    add_broken_silence(session, world)


def add_broken_silence(session: Session, world: World) -> None:
    secretariat = viewer_for(session, world.people["secretariat"])
    document = drafting.create_document(
        session,
        secretariat,
        DocumentCreate(
            title="Silenced statement",
            kind=DocumentKind.statement,
            working_group_id=world.group.id,
            parties=[world.delegation_a.id or 0, world.unannounced.id or 0],
        ),
    )
    drafting.create_section(
        session, secretariat, document, SectionCreate(text="We meet again."), append=True
    )
    lifecycle.circulate(session, secretariat, document)
    lifecycle.start_silence(session, secretariat, document, now() + timedelta(days=30))
    envoy = viewer_for(session, world.people["unannounced"])
    lifecycle.request_break(session, envoy, document, f"{MARKER} awaits its capital.")
    world.silenced_document_id = document.id or 0
