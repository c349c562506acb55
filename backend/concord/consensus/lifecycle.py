"""The document lifecycle: circulate, silence, adopt, reopen (see docs/architecture.md).

    drafting ──circulate──▶ circulated ──silence──▶ silence ──deadline passes──▶ adopted
        ▲                      ▲   │                   │
        │                      │   └──────adopt────────┼──────────────────────▶ adopted
        │                      └──break (objection)────┘
        └──────────────────reopen (from circulated, silence or adopted)

Every transition holds the document's row lock (SELECT … FOR UPDATE; SQLite's BEGIN IMMEDIATE
serialises writers anyway) and re-checks the status under it, so two processes racing to adopt
the same document adopt it once; `Adoption`'s unique (document, revision) constraint backs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.consensus.adoption import (
    adopted_already,
    blockers,
    has_text,
    manifest,
    manifest_hash,
    manifest_text,
    matches_head,
)
from concord.consensus.errors import (
    AdoptionBlocked,
    DeadlineTooSoon,
    DocumentEmpty,
    InvalidTransition,
    NotAParty,
    NotInSilence,
)
from concord.consensus.models import Adoption, SilenceProcedure, SilenceStatus
from concord.consensus.schemas import AdoptionPublic, LifecyclePublic, SilencePublic
from concord.core.clock import now
from concord.core.config import get_settings
from concord.core.errors import Forbidden
from concord.core.text import check_text
from concord.drafting import policy, revisions, views
from concord.drafting import service as drafting
from concord.drafting.errors import DocumentFrozen
from concord.drafting.models import (
    Document,
    DocumentStatus,
    Revision,
)
from concord.identity.access import Viewer, require_writer
from concord.identity.schemas import DelegationPublic, PersonPublic


def _require_status(document: Document, *allowed: DocumentStatus, action: str) -> None:
    if document.status in allowed:
        return
    error = DocumentFrozen if document.status == DocumentStatus.adopted else InvalidTransition
    raise error(
        f"A document that is {document.status} cannot be {action}.",
        details={"status": document.status, "allowed": [str(s) for s in allowed]},
    )


def _require_text(session: Session, document: Document, *, action: str) -> None:
    if not has_text(session, document):
        raise DocumentEmpty(
            f"The document has no text yet: write a paragraph before it is {action}.",
            details={"status": document.status},
        )


def _set_status(session: Session, document: Document, status: DocumentStatus) -> None:
    document.status = status
    document.updated_at = now()
    session.add(document)
    session.flush()


def _latest_revision(session: Session, document_id: int) -> Revision | None:
    return session.exec(
        select(Revision)
        .where(Revision.document_id == document_id)
        .order_by(col(Revision.number).desc())
        .limit(1)
    ).first()


def _running(session: Session, document_id: int) -> SilenceProcedure | None:
    return session.exec(
        select(SilenceProcedure).where(
            SilenceProcedure.document_id == document_id,
            SilenceProcedure.status == SilenceStatus.running,
        )
    ).first()


# --- circulate ----------------------------------------------------------------------------------


def circulate(session: Session, viewer: Viewer, document: Document) -> Revision:
    """drafting → circulated with a new Rev.N; editing stops. Holds the document's row lock."""
    policy.require_pen(viewer, document)
    _require_status(document, DocumentStatus.drafting, action="circulated")
    _require_text(session, document, action="circulated")
    revision = revisions.create_revision(session, viewer, document)
    _set_status(session, document, DocumentStatus.circulated)
    audit.log(
        session, Action.DOCUMENT_CIRCULATE, "document", document.id, {"revision": revision.label}
    )
    return revision


# --- silence ------------------------------------------------------------------------------------


def _require_secretariat(viewer: Viewer) -> None:
    if not viewer.secretariat:
        raise Forbidden("Only the secretariat may do this.", code="secretariat_only")


def start_silence(
    session: Session, viewer: Viewer, document: Document, deadline: datetime
) -> SilenceProcedure:
    """circulated → silence until `deadline`, on the latest revision. Holds the document's lock.

    Refused while brackets or a standing objection remain: silence could not end in adoption."""
    assert document.id is not None
    _require_secretariat(viewer)
    _require_status(document, DocumentStatus.circulated, action="put under silence")
    minimum = timedelta(hours=get_settings().silence_minimum_hours)
    if deadline < now() + minimum:
        raise DeadlineTooSoon(
            f"The deadline must be at least {minimum} from now.",
            details={"field": "deadline", "minimum_hours": minimum.total_seconds() / 3600},
        )
    found = blockers(session, viewer, document, require_approvals=False)
    if found is not None:
        raise AdoptionBlocked("Silence could not end in adoption.", details=found)
    revision = _latest_revision(session, document.id)
    assert revision is not None and revision.id is not None  # circulating made one
    procedure = SilenceProcedure(
        document_id=document.id, revision_id=revision.id, started_by=viewer.id, deadline=deadline
    )
    session.add(procedure)
    _set_status(session, document, DocumentStatus.silence)
    audit.log(
        session,
        Action.SILENCE_START,
        "document",
        document.id,
        {"procedure_id": procedure.id, "revision": revision.label, "deadline": deadline},
    )
    return procedure


def break_silence(session: Session, viewer: Viewer, document: Document, *, reason: str) -> None:
    """Break a running silence procedure on `document` on behalf of the viewer's delegation
    (an objection or a new amendment); the document returns to `circulated`. No-op when the
    document is not in silence.

    Takes the document's row lock itself (a no-op when the caller already holds it)."""
    assert document.id is not None
    locked = drafting.get_document(session, document.id, lock=True)
    if locked.status != DocumentStatus.silence:
        return
    procedure = _running(session, document.id)
    if procedure is not None:
        procedure.status = SilenceStatus.broken
        procedure.broken_by = viewer.id
        procedure.broken_delegation_id = viewer.delegation_id
        procedure.broken_at = now()
        procedure.broken_reason = reason
        session.add(procedure)
    _set_status(session, locked, DocumentStatus.circulated)
    audit.log(
        session,
        Action.SILENCE_BREAK,
        "document",
        document.id,
        {
            "procedure_id": procedure.id if procedure else None,
            "delegation_id": viewer.delegation_id,
            "reason_chars": len(reason),
        },
    )


def request_break(session: Session, viewer: Viewer, document: Document, reason: str) -> None:
    """A party's objection to the text as a whole. Holds the document's row lock."""
    require_writer(viewer)
    text = check_text(reason, field="reason")
    if viewer.delegation_id is None or viewer.delegation_id not in policy.party_ids(
        session, document
    ):
        raise NotAParty("Only a member of a party's delegation may break silence.")
    if document.status != DocumentStatus.silence:
        raise NotInSilence(
            f"The document is {document.status}, not in silence.",
            details={"status": document.status},
        )
    break_silence(session, viewer, document, reason=text)


@dataclass(frozen=True)
class Breaker:
    """Who broke a silence, as one viewer may know it. An unannounced delegation breaks silence
    through the secretariat: to those who may not know of it, nobody is named."""

    person: PersonPublic | None
    delegation: DelegationPublic | None
    through: Literal["party", "secretariat"]

    @property
    def disclosed(self) -> bool:
        return self.through == "party" or self.delegation is not None


def silence_breaker(
    people: views.People, user_id: int | None, delegation_id: int | None
) -> Breaker:
    """`people` holds the user and the delegation (loaded whatever the viewer may see)."""
    hidden = delegation_id is not None and not people.viewer.sees_delegation(delegation_id)
    found = people.delegations.get(delegation_id) if delegation_id is not None else None
    through: Literal["party", "secretariat"] = (
        "secretariat" if found is not None and not found.announced else "party"
    )
    if hidden:
        return Breaker(None, None, "secretariat")
    return Breaker(
        people.person(user_id) if user_id is not None else None,
        people.delegation(delegation_id),
        through,
    )


# --- adoption -----------------------------------------------------------------------------------


def _record_adoption(
    session: Session, document: Document, revision: Revision, *, via: str, by: int | None
) -> Adoption:
    assert document.id is not None and revision.id is not None
    entries = manifest(session, revision)
    text = manifest_text(entries)
    digest = manifest_hash(text)
    adoption = Adoption(
        document_id=document.id,
        revision_id=revision.id,
        manifest=text,
        manifest_hash=digest,
        via=via,
        adopted_by=by,
    )
    session.add(adoption)
    procedure = _running(session, document.id)
    if procedure is not None:
        procedure.status = SilenceStatus.completed
        session.add(procedure)
    _set_status(session, document, DocumentStatus.adopted)
    audit.log(
        session,
        Action.DOCUMENT_ADOPT,
        "document",
        document.id,
        {
            "revision": revision.label,
            "via": via,
            "manifest_hash": digest,
            "sections": len(entries),
        },
    )
    return adoption


def adopt(session: Session, viewer: Viewer, document: Document) -> Adoption:
    """Adopt the current text (the secretariat): every party agrees on every current paragraph,
    no objection stands and no brackets remain; else 409 naming the blockers. The latest revision
    is adopted when it is the current text, otherwise a new one is made. Holds the document's lock.
    """
    assert document.id is not None
    _require_secretariat(viewer)
    _require_status(
        document,
        DocumentStatus.drafting,
        DocumentStatus.circulated,
        DocumentStatus.silence,
        action="adopted",
    )
    _require_text(session, document, action="adopted")
    found = blockers(session, viewer, document)
    if found is not None:
        raise AdoptionBlocked("The document cannot be adopted yet.", details=found)
    revision = _latest_revision(session, document.id)
    if (
        revision is None
        or adopted_already(session, revision)
        or not matches_head(session, document, revision)
    ):
        revision = revisions.create_revision(session, viewer, document)
    return _record_adoption(session, document, revision, via="secretariat", by=viewer.id)


def adopt_if_due(session: Session, procedure_id: int) -> Adoption | None:
    """Adopt the procedure's revision if its deadline has passed unbroken; else nothing.

    Takes the document's row lock and re-checks under it: of two processes trying at once, the
    second finds the document adopted and the procedure completed, and does nothing."""
    procedure = session.get(SilenceProcedure, procedure_id)
    if procedure is None:
        return None
    document = drafting.get_document(session, procedure.document_id, lock=True)
    session.refresh(procedure)
    if (
        procedure.status != SilenceStatus.running
        or document.status != DocumentStatus.silence
        or procedure.deadline > now()
    ):
        return None
    revision = session.get(Revision, procedure.revision_id)
    assert revision is not None
    return _record_adoption(session, document, revision, via="silence", by=None)


def due_procedures(session: Session) -> list[int]:
    return [
        p
        for p in session.exec(
            select(SilenceProcedure.id).where(
                SilenceProcedure.status == SilenceStatus.running,
                col(SilenceProcedure.deadline) <= now(),
            )
        ).all()
        if p is not None
    ]


def adopt_due(session: Session) -> list[Adoption]:
    """Every procedure past its deadline, adopted in the caller's transaction (tests)."""
    return [a for p in due_procedures(session) if (a := adopt_if_due(session, p)) is not None]


# --- reopen -------------------------------------------------------------------------------------


def reopen(session: Session, viewer: Viewer, document: Document, reason: str = "") -> None:
    """circulated, silence or adopted → drafting (the secretariat). Holds the document's lock."""
    assert document.id is not None
    _require_secretariat(viewer)
    if document.status not in (
        DocumentStatus.circulated,
        DocumentStatus.silence,
        DocumentStatus.adopted,
    ):
        raise InvalidTransition(
            f"A document that is {document.status} cannot be reopened.",
            details={"status": document.status},
        )
    previous = document.status
    procedure = _running(session, document.id)
    if procedure is not None:
        procedure.status = SilenceStatus.cancelled
        session.add(procedure)
    if previous == DocumentStatus.adopted:
        adoption = _latest_adoption(session, document.id)
        if adoption is not None:
            adoption.reopened_at = now()
            session.add(adoption)
    _set_status(session, document, DocumentStatus.drafting)
    details: dict[str, str] = {"from": previous}
    if reason:
        details["reason"] = reason
    audit.log(session, Action.DOCUMENT_REOPEN, "document", document.id, details)


def _latest_adoption(session: Session, document_id: int) -> Adoption | None:
    return session.exec(
        select(Adoption)
        .where(Adoption.document_id == document_id)
        .order_by(col(Adoption.id).desc())
        .limit(1)
    ).first()


def _latest_procedure(session: Session, document_id: int) -> SilenceProcedure | None:
    return session.exec(
        select(SilenceProcedure)
        .where(SilenceProcedure.document_id == document_id)
        .order_by(col(SilenceProcedure.id).desc())
        .limit(1)
    ).first()


def lifecycle_public(session: Session, viewer: Viewer, document: Document) -> LifecyclePublic:
    assert document.id is not None
    revision = _latest_revision(session, document.id)
    procedure = _latest_procedure(session, document.id)
    adoption = _latest_adoption(session, document.id)
    labels = {
        r.id: r.label
        for r in session.exec(select(Revision).where(Revision.document_id == document.id)).all()
    }
    silence = None
    if procedure is not None:
        assert procedure.id is not None
        people = views.People.load(
            session,
            viewer,
            [procedure.broken_by] if procedure.broken_by else [],
            [procedure.broken_delegation_id],
        )
        breaker = silence_breaker(people, procedure.broken_by, procedure.broken_delegation_id)
        broken = procedure.status == SilenceStatus.broken
        silence = SilencePublic(
            id=procedure.id,
            revision=labels[procedure.revision_id],
            started_at=procedure.started_at,
            deadline=procedure.deadline,
            status=procedure.status,
            broken_by=breaker.person,
            broken_delegation=breaker.delegation,
            broken_through=breaker.through if broken else None,
            broken_at=procedure.broken_at,
            broken_reason=procedure.broken_reason if breaker.disclosed else "",
        )
    return LifecyclePublic(
        document_id=document.id,
        status=document.status,
        revision=revision.label if revision else None,
        silence=silence,
        adoption=AdoptionPublic(
            revision=labels[adoption.revision_id],
            via=adoption.via,
            manifest_hash=adoption.manifest_hash,
            adopted_at=adoption.adopted_at,
            reopened_at=adoption.reopened_at,
        )
        if adoption
        else None,
    )
