"""Positions of delegations on exact versions: set, change, confirm, withdraw; the matrix.

An approval counts only while it names the section's current version with that version's
content hash (DESIGN.md invariant 3); new versions make it stale without touching it. The
acting delegation is always the caller's own (invariant 4). Functions run in the caller's
transaction and only flush.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.consensus import lifecycle
from concord.consensus.errors import (
    ApprovalNotFound,
    NotAnApprover,
    NotAParty,
    NotTheHead,
    StaleVersion,
    StatementRequired,
)
from concord.consensus.models import Approval, ApprovalEvent, Approver, Decision
from concord.consensus.schemas import (
    ApprovalMatrix,
    ApprovalPublic,
    ApprovalSummary,
    ApproverPublic,
    CellPublic,
    PositionSet,
    SectionApprovals,
)
from concord.core.clock import now
from concord.core.text import check_text
from concord.drafting import policy, views
from concord.drafting import service as drafting
from concord.drafting.errors import DocumentFrozen, SectionRetired
from concord.drafting.models import Document, DocumentStatus, Section, SectionKind, Version
from concord.identity import service as identity
from concord.identity.access import Viewer
from concord.identity.errors import UnknownUser
from concord.identity.schemas import DelegationPublic

# Positions that let a paragraph go through. Abstaining is a decision not to stand in the way;
# ad referendum waits for the capital's confirmation and does not count until confirmed.
AGREEING = frozenset({Decision.approve, Decision.reservation, Decision.abstain})
NEEDS_STATEMENT = frozenset({Decision.reservation, Decision.object})
OPEN_STATUSES = frozenset(
    {DocumentStatus.drafting, DocumentStatus.circulated, DocumentStatus.silence}
)


# --- who acts ----------------------------------------------------------------------------------


def acting_delegation(session: Session, viewer: Viewer, document: Document) -> int:
    """The caller's own delegation, if it is a party and the caller may speak for it."""
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
    document = lifecycle.lock_document(session, section.document_id)
    return section, document


# --- setting and withdrawing --------------------------------------------------------------------


def _statement(data: PositionSet) -> str:
    statement = check_text(data.statement or "", field="statement")
    if data.decision in NEEDS_STATEMENT and not statement:
        what = "a statement" if data.decision == Decision.reservation else "a reason"
        raise StatementRequired(f"A {data.decision} needs {what}.", details={"field": "statement"})
    return statement


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
    audit.log(session, f"approval.{kind}", "section", section_id, _payload(approval))
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
    audit.log(session, "approval.withdraw", "section", section_id, _payload(approval))
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
    delegation = identity.visible_delegation(session, viewer, delegation_id)
    if not (viewer.secretariat or (viewer.head and viewer.delegation_id == delegation.id)):
        raise NotTheHead("Only the head of the delegation or the secretariat may do this.")
    user = identity.visible_user(session, viewer, user_id)
    if user.delegation_id != delegation.id or user.disabled:
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
        audit.log(session, "approver.allow", "delegation", delegation_id, {"user_id": user_id})
    elif not allowed and row is not None:
        session.delete(row)
        session.flush()
        audit.log(session, "approver.disallow", "delegation", delegation_id, {"user_id": user_id})
        row = None
    people = views.People.load(session, viewer, [user_id])
    return ApproverPublic(
        delegation_id=delegation_id,
        user=people.person(user_id),
        allowed=row is not None,
        allowed_at=row.allowed_at if row is not None else None,
    )


# --- standing positions, the matrix and the summary ---------------------------------------------


@dataclass(frozen=True)
class Standing:
    """For each live section, the latest live position of each party: current or stale."""

    rows: list[tuple[Section, Version]]
    latest: dict[tuple[int, int], Approval]

    def current(self, section: Section, version: Version, delegation_id: int) -> Approval | None:
        assert section.id is not None
        found = self.latest.get((section.id, delegation_id))
        if (
            found is not None
            and found.version == section.head
            and found.content_hash == version.content_hash
        ):
            return found
        return None


def standing(
    session: Session, document_id: int, rows: list[tuple[Section, Version]] | None = None
) -> Standing:
    """Two statements, whatever the length of the document (one when the caller has the live
    sections already)."""
    if rows is None:
        rows = drafting.live_sections(session, document_id)
    approvals = session.exec(
        select(Approval)
        .join(Section, col(Section.id) == col(Approval.section_id))
        .where(
            Section.document_id == document_id,
            col(Section.retired_at).is_(None),
            col(Approval.withdrawn_at).is_(None),
        )
        .order_by(col(Approval.version))
    ).all()
    # Ordered by version: the last one seen per (section, party) is the latest.
    return Standing(rows, {(a.section_id, a.delegation_id): a for a in approvals})


def summaries(
    session: Session,
    rows: dict[int, list[tuple[Section, Version]]],
    party_ids: dict[int, list[int]],
) -> dict[int, ApprovalSummary]:
    """The approval summary of several documents (a list page) in one statement: `rows` are each
    document's live sections, `party_ids` the parties the viewer may see on each."""
    found = session.exec(
        select(Approval)
        .join(Section, col(Section.id) == col(Approval.section_id))
        .where(
            col(Section.document_id).in_(list(rows)),
            col(Section.retired_at).is_(None),
            col(Approval.withdrawn_at).is_(None),
        )
        .order_by(col(Approval.version))
    ).all()
    document_of = {s.id: s.document_id for sections in rows.values() for s, _ in sections}
    latest: dict[int, dict[tuple[int, int], Approval]] = {d: {} for d in rows}
    for approval in found:
        document_id = document_of.get(approval.section_id)
        if document_id is not None:
            latest[document_id][(approval.section_id, approval.delegation_id)] = approval
    return {
        d: _summary(Standing(sections, latest[d]), party_ids.get(d, []))
        for d, sections in rows.items()
    }


def _summary(state: Standing, party_ids: Sequence[int]) -> ApprovalSummary:
    agreed = objected = waiting = paragraphs = 0
    for section, version in state.rows:
        if section.kind != SectionKind.paragraph:
            continue
        paragraphs += 1
        decisions = [state.current(section, version, d) for d in party_ids]
        if any(a is not None and a.decision == Decision.object for a in decisions):
            objected += 1
        elif all(a is not None and a.decision in AGREEING for a in decisions):
            agreed += 1
        elif all(
            a is not None and a.decision in AGREEING | {Decision.ad_referendum} for a in decisions
        ):
            waiting += 1
    return ApprovalSummary(
        paragraphs=paragraphs,
        agreed=agreed,
        objected=objected,
        pending=paragraphs - agreed - objected,
        ad_referendum=waiting,
        brackets=views.bracket_summary(v.text for _, v in state.rows),
    )


def _visible_parties(session: Session, viewer: Viewer, document_id: int) -> list[int]:
    return [
        d.id
        for d in views.parties(session, document_id)
        if d.id is not None and viewer.sees_delegation(d.id)
    ]


def approval_summary(
    session: Session,
    viewer: Viewer,
    document: Document,
    *,
    rows: list[tuple[Section, Version]] | None = None,
    party_ids: Sequence[int] | None = None,
) -> ApprovalSummary:
    """Agreed, objected and pending paragraphs over the parties the viewer may see (a hidden
    party's positions must not show through the counts), and the brackets left. A caller that
    has loaded the live sections or the visible parties already passes them in."""
    assert document.id is not None
    if party_ids is None:
        party_ids = _visible_parties(session, viewer, document.id)
    return _summary(standing(session, document.id, rows), party_ids)


def _cell(
    approval: Approval | None, current: bool, delegation_id: int, people: views.People
) -> CellPublic:
    if approval is None:
        return CellPublic(
            delegation_id=delegation_id,
            decision=None,
            version=None,
            state="none",
            statement="",
            set_by=None,
            set_at=None,
        )
    return CellPublic(
        delegation_id=delegation_id,
        decision=approval.decision,
        version=approval.version,
        state="current" if current else "stale",
        statement=approval.statement,
        set_by=people.person(approval.set_by),
        set_at=approval.set_at,
    )


def approval_matrix(session: Session, viewer: Viewer, document: Document) -> ApprovalMatrix:
    """Sections × visible parties in a constant number of statements."""
    assert document.id is not None
    state = standing(session, document.id)
    parties = [d for d in views.parties(session, document.id) if viewer.sees_delegation(d.id)]
    party_ids = [d.id for d in parties if d.id is not None]
    shown: Iterable[Approval] = (a for (_, d), a in state.latest.items() if d in set(party_ids))
    people = views.People.load(session, viewer, (a.set_by for a in shown))
    numbers = drafting.paragraph_numbers(s.kind for s, _ in state.rows)
    sections = []
    for (section, version), number in zip(state.rows, numbers, strict=True):
        assert section.id is not None
        cells = []
        for delegation_id in party_ids:
            latest = state.latest.get((section.id, delegation_id))
            current = state.current(section, version, delegation_id) is not None
            cells.append(_cell(latest, current, delegation_id, people))
        sections.append(
            SectionApprovals(
                section_id=section.id,
                kind=section.kind,
                number=number,
                version=section.head,
                content_hash=version.content_hash,
                positions=cells,
            )
        )
    return ApprovalMatrix(
        document_id=document.id,
        status=document.status,
        parties=[DelegationPublic.model_validate(d) for d in parties],
        sections=sections,
        summary=_summary(state, party_ids),
    )
