"""Writes to the register: projects, commitments and their shares, exchange rates.

The secretariat keeps the register (it records what delegations pledge). Every write is logged
in the audit chain in the same transaction; none is told on a live stream (live/capture.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlmodel import Session, col, delete, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.commitments import errors
from concord.commitments.models import (
    Commitment,
    CommitmentShare,
    CommitmentStatus,
    ExchangeRate,
    Project,
    ProjectPartner,
)
from concord.commitments.money import text
from concord.commitments.schemas import (
    CommitmentCreate,
    CommitmentUpdate,
    ProjectCreate,
    ProjectUpdate,
    RateCreate,
    ShareIn,
)
from concord.core import public_ids
from concord.core.clock import now
from concord.core.public_ids import Kind
from concord.drafting.models import Document
from concord.identity.access import Viewer
from concord.identity.models import Delegation, DelegationKind

# Who may pledge or partner: parties, not the secretariat or observers.
PARTIES = (DelegationKind.government, DelegationKind.civil_society)
NEXT = {
    CommitmentStatus.draft: {CommitmentStatus.confirmed},
    CommitmentStatus.confirmed: {CommitmentStatus.draft, CommitmentStatus.announced},
    CommitmentStatus.announced: set[CommitmentStatus](),
}


def _delegations(session: Session, ids: Sequence[int], field: str) -> dict[int, Delegation]:
    found = {
        d.id or 0: d
        for d in session.exec(select(Delegation).where(col(Delegation.id).in_(set(ids))))
        if d.kind in PARTIES
    }
    missing = [i for i in ids if i not in found]
    if missing:
        raise errors.UnknownDelegation(
            "No such party delegation.", details={"field": field, "id": missing[0]}
        )
    return found


def _document(session: Session, document_id: int | None) -> None:
    if document_id is not None and session.get(Document, document_id) is None:
        raise errors.UnknownDocument(
            "No such document.", details={"field": "document_id", "id": document_id}
        )


def _set_partners(session: Session, project: Project, ids: list[int]) -> None:
    session.exec(delete(ProjectPartner).where(col(ProjectPartner.project_id) == project.id))
    for delegation_id in dict.fromkeys(ids):
        session.add(ProjectPartner(project_id=project.id or 0, delegation_id=delegation_id))


def create_project(session: Session, body: ProjectCreate) -> Project:
    partners = list(body.partner_delegation_ids)
    if body.lead_delegation_id is not None:
        partners.insert(0, body.lead_delegation_id)
    _delegations(session, partners, "partner_delegation_ids")
    _document(session, body.document_id)
    project = Project(
        public_id=public_ids.new(Kind.project),
        title=body.title,
        description=body.description,
        civil_society_partners=list(body.civil_society_partners),
        lead_delegation_id=body.lead_delegation_id,
        document_id=body.document_id,
    )
    session.add(project)
    session.flush()
    _set_partners(session, project, partners)
    session.flush()
    audit.log(
        session,
        Action.PROJECT_CREATE,
        "project",
        project.public_id,
        {"title": project.title, "partners": partners},
    )
    return project


def update_project(session: Session, project: Project, body: ProjectUpdate) -> Project:
    changes = body.model_dump(exclude_unset=True)
    lead = changes.get("lead_delegation_id", project.lead_delegation_id)
    if "partner_delegation_ids" in changes or "lead_delegation_id" in changes:
        current = [
            p.delegation_id
            for p in session.exec(
                select(ProjectPartner).where(col(ProjectPartner.project_id) == project.id)
            )
        ]
        partners = list(changes.get("partner_delegation_ids") or current)
        if lead is not None and lead not in partners:
            partners.insert(0, lead)
        _delegations(session, partners, "partner_delegation_ids")
        _set_partners(session, project, partners)
    _document(session, changes.get("document_id"))
    for name in ("title", "description", "civil_society_partners", "document_id"):
        if name in changes and changes[name] is not None:
            setattr(project, name, changes[name])
    project.lead_delegation_id = lead
    project.updated_at = now()
    session.add(project)
    session.flush()
    audit.log(
        session,
        Action.PROJECT_UPDATE,
        "project",
        project.public_id,
        {k: v for k, v in changes.items() if k != "description"},
    )
    return project


def project_by_public_id(session: Session, public_id: str, *, field: str) -> Project:
    project = session.exec(select(Project).where(col(Project.public_id) == public_id)).first()
    if project is None:
        raise errors.UnknownProject("No such project.", details={"field": field})
    return project


def _check_period(start: int, end: int) -> None:
    if end < start:
        raise errors.InvalidPeriod(
            "The period ends before it starts.", details={"field": "period_end"}
        )


def _check_shares(session: Session, shares: list[ShareIn]) -> dict[int, Delegation]:
    ids = [s.delegation_id for s in shares]
    if len(set(ids)) != len(ids):
        raise errors.DuplicatePledger(
            "A delegation pledges once per commitment.", details={"field": "pledgers"}
        )
    if any(s.amount == 0 for s in shares):
        raise errors.ZeroShare("A share must be more than zero.", details={"field": "pledgers"})
    return _delegations(session, ids, "pledgers")


def _write_shares(session: Session, commitment: Commitment, shares: list[ShareIn]) -> None:
    session.exec(delete(CommitmentShare).where(col(CommitmentShare.commitment_id) == commitment.id))
    for share in shares:
        session.add(
            CommitmentShare(
                commitment_id=commitment.id or 0,
                delegation_id=share.delegation_id,
                amount=share.amount,
            )
        )


def _payload(commitment: Commitment, shares: list[ShareIn] | None) -> dict[str, object]:
    payload: dict[str, object] = {
        "project": commitment.project_id,
        "currency": commitment.currency,
        "kind": str(commitment.kind),
        "status": str(commitment.status),
        "period": [commitment.period_start, commitment.period_end],
        "publish_name": commitment.publish_name,
    }
    if shares is not None:
        payload["shares"] = {str(s.delegation_id): text(s.amount) for s in shares}
    return payload


def create_commitment(session: Session, viewer: Viewer, body: CommitmentCreate) -> Commitment:
    project = project_by_public_id(session, body.project_id, field="project_id")
    _check_period(body.period_start, body.period_end)
    _check_shares(session, body.pledgers)
    commitment = Commitment(
        public_id=public_ids.new(Kind.pledge),
        project_id=project.id or 0,
        currency=body.currency,
        kind=body.kind,
        period_start=body.period_start,
        period_end=body.period_end,
        publish_name=body.publish_name,
        created_by=viewer.id,
    )
    session.add(commitment)
    session.flush()
    _write_shares(session, commitment, body.pledgers)
    session.flush()
    audit.log(
        session,
        Action.COMMITMENT_CREATE,
        "commitment",
        commitment.public_id,
        _payload(commitment, body.pledgers),
    )
    return commitment


def _pledgers(session: Session, commitment: Commitment) -> list[Delegation]:
    return list(
        session.exec(
            select(Delegation)
            .join(CommitmentShare, col(CommitmentShare.delegation_id) == col(Delegation.id))
            .where(col(CommitmentShare.commitment_id) == commitment.id)
        )
    )


def update_commitment(session: Session, commitment: Commitment, body: CommitmentUpdate) -> None:
    """Caller holds the commitment's row lock (dependencies.locked_commitment)."""
    if commitment.status == CommitmentStatus.announced:
        raise errors.CommitmentOnRecord("An announced commitment is on the record; it stays.")
    changes = body.model_dump(exclude_unset=True, exclude={"pledgers", "status"})
    start = changes.get("period_start") or commitment.period_start
    end = changes.get("period_end") or commitment.period_end
    _check_period(start, end)
    if body.pledgers is not None:
        _check_shares(session, body.pledgers)
        _write_shares(session, commitment, body.pledgers)
        session.flush()
    for name, value in changes.items():
        if value is not None:
            setattr(commitment, name, value)
    if body.status is not None and body.status != commitment.status:
        if body.status not in NEXT[commitment.status]:
            raise errors.CommitmentStep(
                f"A {commitment.status} commitment cannot become {body.status}.",
                details={"from": str(commitment.status), "to": str(body.status)},
            )
        if body.status == CommitmentStatus.announced and any(
            not d.announced for d in _pledgers(session, commitment)
        ):
            raise errors.PledgerUnannounced(
                "A pledger is not announced yet: its announcement comes first."
            )
        commitment.status = body.status
    commitment.updated_at = now()
    session.add(commitment)
    session.flush()
    audit.log(
        session,
        Action.COMMITMENT_UPDATE,
        "commitment",
        commitment.public_id,
        _payload(commitment, body.pledgers),
    )


def commitment_by_public_id(session: Session, public_id: str, *, lock: bool) -> Commitment | None:
    query = select(Commitment).where(col(Commitment.public_id) == public_id)
    if lock:
        query = query.with_for_update()
    return session.exec(query).first()


def set_rate(session: Session, viewer: Viewer, body: RateCreate) -> ExchangeRate:
    """A rate for a (currency, reporting currency, date) replaces the one entered before."""
    found = session.exec(
        select(ExchangeRate).where(
            col(ExchangeRate.currency) == body.currency,
            col(ExchangeRate.reporting) == body.reporting,
            col(ExchangeRate.as_of) == body.as_of,
        )
    ).first()
    rate = found or ExchangeRate(
        currency=body.currency,
        reporting=body.reporting,
        as_of=body.as_of,
        rate=Decimal(0),
        entered_by=viewer.id,
    )
    rate.rate = body.rate
    rate.entered_by = viewer.id
    session.add(rate)
    session.flush()
    audit.log(
        session,
        Action.EXCHANGE_RATE_SET,
        "exchange_rate",
        rate.id,
        {
            "currency": rate.currency,
            "reporting": rate.reporting,
            "as_of": rate.as_of.isoformat(),
            "rate": text(rate.rate),
        },
    )
    return rate


def rates(session: Session) -> list[ExchangeRate]:
    return list(
        session.exec(
            select(ExchangeRate).order_by(
                col(ExchangeRate.reporting), col(ExchangeRate.currency), col(ExchangeRate.as_of)
            )
        )
    )
