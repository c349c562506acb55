"""Positions of delegations on exact versions: set, change, confirm, withdraw; who may approve.

An approval counts only while it names the section's current version with that version's
content hash (docs/invariants.md, invariant 3); new versions make it stale without touching it. The
acting delegation is always the caller's own (invariant 4). Functions run in the caller's
transaction and only flush.
"""

from __future__ import annotations

from sqlalchemy import delete
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.consensus import lifecycle
from concord.consensus.errors import (
    ApprovalNotFound,
    NotAMember,
    NotAnApprover,
    NotAParty,
    NotTheHead,
    StaleVersion,
    StatementRequired,
)
from concord.consensus.models import Approval, ApprovalEvent, Approver, Decision
from concord.consensus.schemas import (
    ApprovalPublic,
    ApproverPublic,
    PositionSet,
)
from concord.core.clock import now
from concord.core.text import check_text
from concord.drafting import policy, views
from concord.drafting import service as drafting
from concord.drafting.errors import DocumentFrozen, SectionRetired
from concord.drafting.models import Document, DocumentStatus, Section
from concord.identity import service as identity
from concord.identity.access import Viewer, require_writer
from concord.identity.errors import UnknownUser
from concord.identity.schemas import PersonPublic

NEEDS_STATEMENT = frozenset({Decision.reservation, Decision.object})
OPEN_STATUSES = frozenset(
    {DocumentStatus.drafting, DocumentStatus.circulated, DocumentStatus.silence}
)


# --- who acts ----------------------------------------------------------------------------------


def acting_delegation(session: Session, viewer: Viewer, document: Document) -> int:
    """The caller's own delegation, if it is a party and the caller may speak for it."""
    require_writer(viewer)
    delegation_id = viewer.delegation_id
    if delegation_id is None or delegation_id not in policy.party_ids(session, document):
        raise NotAParty("Only a party's delegation sets positions on this document.")
    if not viewer.head and session.get(Approver, viewer.id) is None:
        raise NotAnApprover("Only the head of delegation, or a delegate the head allowed, may.")
    return delegation_id


def _require_open(document: Document) -> None:
    if document.status not in OPEN_STATUSES:
        raise DocumentFrozen(
            f"The document is {document.status}; positions can no longer change.",
            details={"status": document.status},
        )


def _lock_section_and_document(session: Session, section_id: int) -> tuple[Section, Document]:
    # Same order as drafting's writers (section, then document), so the two never deadlock.
    section = drafting.get_section(session, section_id, lock=True)
    document = drafting.get_document(session, section.document_id, lock=True)
    return section, document


# --- setting and withdrawing --------------------------------------------------------------------


def _statement(data: PositionSet) -> str:
    statement = check_text(data.statement or "", field="statement")
    if data.decision in NEEDS_STATEMENT and not statement:
        what = "a statement" if data.decision == Decision.reservation else "a reason"
        raise StatementRequired(f"A {data.decision} needs {what}.", details={"field": "statement"})
    return statement


# Each kind of approval event (approval_event.kind) and the audit action it is logged as.
LOGGED_AS = {
    "set": Action.APPROVAL_SET,
    "confirm": Action.APPROVAL_CONFIRM,
    "changed": Action.APPROVAL_CHANGED,
}


def _event_kind(existing: Approval | None, decision: Decision) -> str:
    if existing is None or existing.withdrawn_at is not None:
        return "set"
    if existing.decision == Decision.ad_referendum and decision == Decision.approve:
        return "confirm"
    return "changed"


def set_position(
    session: Session, viewer: Viewer, section_id: int, data: PositionSet
) -> tuple[Approval, bool]:
    """Set the caller's delegation's position on the section's current version.

    Holds the section's row lock, then the document's, before looking for an existing row: so
    identical concurrent requests run one after another, the first inserts and the others find
    the same position and change nothing (the unique constraint backs it). Returns the approval
    and whether anything changed.
    """
    section, document = _lock_section_and_document(session, section_id)
    drafting.readable_section(session, viewer, section, document)
    delegation_id = acting_delegation(session, viewer, document)
    _require_open(document)
    if section.retired_at is not None:
        raise SectionRetired("The section has been retired.")
    if data.version != section.head:
        raise StaleVersion(
            f"Version {data.version} is not the current version ({section.head}) of the section.",
            details={"field": "version", "current": section.head},
        )
    statement = _statement(data)
    version = drafting.get_version(session, section, section.head)
    existing = session.exec(
        select(Approval).where(
            Approval.section_id == section_id,
            Approval.version == section.head,
            Approval.delegation_id == delegation_id,
        )
    ).first()
    if (
        existing is not None
        and existing.withdrawn_at is None
        and existing.decision == data.decision
        and existing.statement == statement
    ):
        return existing, False
    kind = _event_kind(existing, data.decision)
    approval = existing or Approval(
        section_id=section_id,
        version=section.head,
        content_hash=version.content_hash,
        delegation_id=delegation_id,
        decision=data.decision,
        set_by=viewer.id,
    )
    approval.decision = data.decision
    approval.statement = statement
    approval.set_by = viewer.id
    approval.set_at = now()
    approval.withdrawn_at = None
    session.add(approval)
    session.flush()
    assert approval.id is not None
    session.add(
        ApprovalEvent(
            approval_id=approval.id,
            kind=kind,
            decision=data.decision,
            statement=statement,
            actor_id=viewer.id,
        )
    )
    session.flush()
    audit.log(session, LOGGED_AS[kind], "section", section_id, _payload(approval))
    if data.decision == Decision.object and document.status == DocumentStatus.silence:
        lifecycle.break_silence(session, viewer, document, reason=statement)
    return approval, True


def withdraw_position(
    session: Session, viewer: Viewer, section_id: int, version: int | None
) -> Approval:
    """Withdraw the caller's delegation's live position on a version (default: the current one).
    Holds the section's and the document's row locks."""
    section, document = _lock_section_and_document(session, section_id)
    drafting.readable_section(session, viewer, section, document)
    delegation_id = acting_delegation(session, viewer, document)
    _require_open(document)
    number = section.head if version is None else version
    approval = session.exec(
        select(Approval).where(
            Approval.section_id == section_id,
            Approval.version == number,
            Approval.delegation_id == delegation_id,
            col(Approval.withdrawn_at).is_(None),
        )
    ).first()
    if approval is None:
        raise ApprovalNotFound(
            f"Your delegation has no position on version {number} of this section.",
            details={"version": number},
        )
    assert approval.id is not None
    approval.withdrawn_at = now()
    session.add(approval)
    session.add(ApprovalEvent(approval_id=approval.id, kind="withdrawn", actor_id=viewer.id))
    session.flush()
    audit.log(session, Action.APPROVAL_WITHDRAW, "section", section_id, _payload(approval))
    return approval


def _payload(approval: Approval) -> dict[str, object]:
    return {
        "version": approval.version,
        "content_hash": approval.content_hash,
        "delegation_id": approval.delegation_id,
        "decision": approval.decision,
        "statement_chars": len(approval.statement),
    }


def approval_public(
    session: Session, viewer: Viewer, approval: Approval, *, head: int, changed: bool
) -> ApprovalPublic:
    people = views.People.load(session, viewer, [approval.set_by], [approval.delegation_id])
    state = (
        "withdrawn"
        if approval.withdrawn_at is not None
        else "current"
        if approval.version == head
        else "stale"
    )
    return ApprovalPublic(
        section_id=approval.section_id,
        version=approval.version,
        content_hash=approval.content_hash,
        delegation=people.delegation(approval.delegation_id),
        decision=approval.decision,
        statement=approval.statement,
        set_by=people.person(approval.set_by),
        set_at=approval.set_at,
        withdrawn_at=approval.withdrawn_at,
        state=state,
        changed=changed,
    )


# --- approvers ----------------------------------------------------------------------------------


def _approver_target(
    session: Session, viewer: Viewer, delegation_id: int, user_id: int
) -> tuple[int, int]:
    require_writer(viewer)
    delegation = identity.visible_delegation(session, viewer, delegation_id)
    if not (viewer.secretariat or (viewer.head and viewer.delegation_id == delegation.id)):
        raise NotTheHead("Only the head of the delegation or the secretariat may do this.")
    # One answer for every id that is not an active member: no way to tell who exists.
    user = identity.users_by_id(session, [user_id]).get(user_id)
    if user is None or user.delegation_id != delegation.id or user.disabled:
        raise UnknownUser(
            "That person is not a member of the delegation.", details={"field": "user_id"}
        )
    assert delegation.id is not None and user.id is not None
    return delegation.id, user.id


def set_approver(
    session: Session, viewer: Viewer, delegation_id: int, user_id: int, *, allowed: bool
) -> ApproverPublic:
    """Allow (or stop allowing) a delegate to set the delegation's positions."""
    delegation_id, user_id = _approver_target(session, viewer, delegation_id, user_id)
    row = session.get(Approver, user_id)
    if allowed and row is None:
        row = Approver(user_id=user_id, allowed_by=viewer.id)
        session.add(row)
        session.flush()
        audit.log(session, Action.APPROVER_ALLOW, "delegation", delegation_id, {"user_id": user_id})
    elif not allowed and row is not None:
        session.delete(row)
        session.flush()
        audit.log(
            session, Action.APPROVER_DISALLOW, "delegation", delegation_id, {"user_id": user_id}
        )
        row = None
    people = views.People.load(session, viewer, [user_id])
    return ApproverPublic(
        delegation_id=delegation_id,
        user=people.person(user_id),
        allowed=row is not None,
        allowed_at=row.allowed_at if row is not None else None,
    )


def list_approvers(session: Session, viewer: Viewer, delegation_id: int) -> list[ApproverPublic]:
    """Each delegate of the delegation and whether its head allowed them to set positions.

    Read by the delegation's own members (a delegate learns whether it may approve) and the
    secretariat; to anyone else it is the delegation's internal business (403), and an
    unannounced delegation does not exist for them (404)."""
    delegation = identity.visible_delegation(session, viewer, delegation_id)
    if not (viewer.secretariat or viewer.delegation_id == delegation.id):
        raise NotAMember("Only the delegation's members and the secretariat may see this.")
    delegates = [u for u in identity.delegation_members(session, delegation) if not u.is_head]
    ids = [u.id for u in delegates if u.id is not None]
    rows = (
        {r.user_id: r for r in session.exec(select(Approver).where(col(Approver.user_id).in_(ids)))}
        if ids
        else {}
    )
    assert delegation.id is not None
    return [
        ApproverPublic(
            delegation_id=delegation.id,
            user=PersonPublic(id=u.id, name=u.name),
            allowed=u.id in rows,
            allowed_at=rows[u.id].allowed_at if u.id in rows else None,
        )
        for u in delegates
        if u.id is not None
    ]


@identity.on_leaving_delegation
def _forget_leave_to_approve(session: Session, user_id: int) -> None:
    """A head's leave to approve was for the old delegation: it does not travel."""
    session.execute(delete(Approver).where(col(Approver.user_id) == user_id))
