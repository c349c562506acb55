"""Scheduling a publication, a named delegation's consent, and publishing at the embargo time.

The secretariat schedules the publication of an adopted text: the embargo time, the delegations
to be named, the commitments to announce. An unannounced delegation is named only once its own
head has confirmed (until then, and if never, it stays hidden). At the embargo time
`publish_if_due` — under the publication's row lock, re-checked, so that any number of processes
publish once — announces the confirmed delegations together, announces the marked commitments
whose pledgers are all announced by then, and makes the text public. Every step is in the audit
log, in the same transaction.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlmodel import Session, col, delete, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.commitments.models import Commitment, CommitmentShare, CommitmentStatus, Project
from concord.consensus.models import Adoption
from concord.core import public_ids
from concord.core.clock import now
from concord.core.public_ids import Kind
from concord.drafting.models import Document
from concord.identity import service as identity
from concord.identity.access import Viewer
from concord.identity.models import Delegation, DelegationKind
from concord.publication import errors
from concord.publication.models import (
    Publication,
    PublicationCommitment,
    PublicationParticipant,
    PublicationStatus,
)
from concord.publication.schemas import PublicationSchedule

PARTIES = (DelegationKind.government, DelegationKind.civil_society)


def adoption_of(session: Session, document: Document) -> Adoption | None:
    """The text's standing adoption (none once reopened)."""
    return session.exec(
        select(Adoption)
        .where(col(Adoption.document_id) == document.id, col(Adoption.reopened_at).is_(None))
        .order_by(col(Adoption.adopted_at).desc())
        .limit(1)
    ).first()


def for_document(session: Session, document: Document, *, lock: bool = False) -> Publication | None:
    query = select(Publication).where(col(Publication.document_id) == document.id)
    if lock:
        query = query.with_for_update()
    return session.exec(query).first()


def _time_zone(name: str) -> ZoneInfo:
    if name not in _ZONES:
        raise errors.UnknownTimeZone(
            "Not an IANA time zone (such as Europe/Paris).", details={"field": "time_zone"}
        )
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError as error:  # pragma: no cover - listed zones exist
        raise errors.UnknownTimeZone(
            "Unknown time zone.", details={"field": "time_zone"}
        ) from error


_ZONES = frozenset(available_timezones()) | {"UTC"}


def local_time(at: datetime, zone: str) -> str:
    """ "10 December 2026, 09:00 (Europe/Paris, UTC+01:00)"."""
    local = at.astimezone(ZoneInfo(zone))
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    months = (
        *("January", "February", "March", "April", "May", "June"),
        *("July", "August", "September", "October", "November", "December"),
    )
    return f"{local.day} {months[local.month - 1]} {local.year}, {local:%H:%M} ({zone}, {offset})"


def _participants(session: Session, viewer: Viewer, ids: list[int]) -> list[Delegation]:
    found = {
        d.id: d
        for d in session.exec(select(Delegation).where(col(Delegation.id).in_(set(ids))))
        if d.kind in PARTIES and viewer.sees_delegation(d.id)
    }
    for delegation_id in ids:
        if delegation_id not in found:
            raise errors.UnknownParticipant(
                "No such party delegation.",
                details={"field": "delegation_ids", "id": delegation_id},
            )
    return [found[i] for i in dict.fromkeys(ids)]


def _commitments(
    session: Session, document: Document, public: list[str] | None
) -> list[Commitment]:
    """The commitments to announce: to this text's projects, confirmed (or announced already)."""
    rows = list(
        session.exec(
            select(Commitment)
            .join(Project, col(Project.id) == col(Commitment.project_id))
            .where(col(Project.document_id) == document.id)
        )
    )
    if public is None:
        return [c for c in rows if c.status == CommitmentStatus.confirmed]
    by_id = {c.public_id: c for c in rows if c.status != CommitmentStatus.draft}
    for public_id in public:
        if public_id not in by_id:
            raise errors.UnknownCommitment(
                "No confirmed commitment to this text's projects has that id.",
                details={"field": "commitment_ids", "id": public_id},
            )
    return [by_id[p] for p in dict.fromkeys(public)]


def schedule(
    session: Session, viewer: Viewer, document: Document, body: PublicationSchedule
) -> Publication:
    """Schedule (or reschedule) the publication of an adopted text (the secretariat).
    Caller holds the document's row lock."""
    adoption = adoption_of(session, document)
    if adoption is None:
        raise errors.NotAdopted("Only an adopted text is published.")
    _time_zone(body.time_zone)
    if body.embargo_at <= now():
        raise errors.EmbargoInPast(
            "The embargo time has passed already.", details={"field": "embargo_at"}
        )
    delegations = _participants(session, viewer, body.delegation_ids)
    commitments = _commitments(session, document, body.commitment_ids)
    publication = for_document(session, document, lock=True)
    if publication is not None and publication.status == PublicationStatus.published:
        raise errors.AlreadyPublished("This text is published already.")
    if publication is None:
        publication = Publication(
            public_id=public_ids.new(Kind.publication),
            document_id=document.id or 0,
            revision_id=adoption.revision_id,
            manifest_hash=adoption.manifest_hash,
            embargo_at=body.embargo_at,
            time_zone=body.time_zone,
            scheduled_by=viewer.id,
        )
    publication.revision_id = adoption.revision_id
    publication.manifest_hash = adoption.manifest_hash
    publication.embargo_at = body.embargo_at
    publication.time_zone = body.time_zone
    publication.status = PublicationStatus.scheduled
    publication.scheduled_by = viewer.id
    publication.updated_at = now()
    session.add(publication)
    session.flush()
    kept = {
        p.delegation_id: p
        for p in session.exec(
            select(PublicationParticipant).where(
                col(PublicationParticipant.publication_id) == publication.id
            )
        )
    }
    agreed = {i for i, p in kept.items() if p.confirmed_at is not None}
    session.exec(
        delete(PublicationParticipant).where(
            col(PublicationParticipant.publication_id) == publication.id
        )
    )
    session.exec(
        delete(PublicationCommitment).where(
            col(PublicationCommitment.publication_id) == publication.id
        )
    )
    session.flush()
    for delegation in delegations:
        before = kept.get(delegation.id or 0)  # a consent given stays given
        session.add(
            PublicationParticipant(
                publication_id=publication.id or 0,
                delegation_id=delegation.id or 0,
                confirmed_by=before.confirmed_by if before else None,
                confirmed_at=before.confirmed_at if before else None,
            )
        )
    for commitment in commitments:
        session.add(
            PublicationCommitment(
                publication_id=publication.id or 0, commitment_id=commitment.id or 0
            )
        )
    session.flush()
    audit.log(
        session,
        Action.PUBLICATION_SCHEDULE,
        "document",
        document.id,
        {
            "publication": publication.public_id,
            "embargo_at": publication.embargo_at.isoformat(),
            "time_zone": publication.time_zone,
            "delegations": [d.id for d in delegations],
            # Unannounced and not yet agreed: their heads are asked (notify/publication.py).
            "awaiting": [d.id for d in delegations if not d.announced and d.id not in agreed],
            "commitments": [c.public_id for c in commitments],
            "manifest_hash": publication.manifest_hash,
        },
    )
    return publication


def cancel(session: Session, document: Document) -> Publication:
    """Call off a scheduled publication (the secretariat). Caller holds the document's lock."""
    publication = for_document(session, document, lock=True)
    if publication is None:
        raise errors.PublicationNotFound("This text has no publication.")
    if publication.status != PublicationStatus.scheduled:
        raise errors.NotScheduled(
            f"The publication is {publication.status}, not scheduled.",
            details={"status": str(publication.status)},
        )
    publication.status = PublicationStatus.cancelled
    publication.updated_at = now()
    session.add(publication)
    session.flush()
    audit.log(
        session,
        Action.PUBLICATION_CANCEL,
        "document",
        document.id,
        {"publication": publication.public_id},
    )
    return publication


def confirm(session: Session, viewer: Viewer, document: Document) -> Publication:
    """The head of a delegation to be named confirms its announcement at the embargo time."""
    publication = for_document(session, document, lock=True)
    delegation_id = viewer.delegation_id
    participant = (
        session.get(PublicationParticipant, (publication.id, delegation_id))
        if publication is not None and delegation_id is not None
        else None
    )
    if publication is None or participant is None or not viewer.head:
        raise errors.NotNamed(
            "Only the head of a delegation this publication names confirms its announcement."
        )
    if publication.status != PublicationStatus.scheduled:
        raise errors.NotScheduled(
            f"The publication is {publication.status}, not scheduled.",
            details={"status": str(publication.status)},
        )
    if participant.confirmed_at is None:
        participant.confirmed_by = viewer.id
        participant.confirmed_at = now()
        session.add(participant)
        session.flush()
        audit.log(
            session,
            Action.PUBLICATION_CONFIRM,
            "document",
            document.id,
            {
                "publication": publication.public_id,
                "delegation": delegation_id,
                "scheduled_by": publication.scheduled_by,
            },
        )
    return publication


def participants(session: Session, publication: Publication) -> list[PublicationParticipant]:
    return list(
        session.exec(
            select(PublicationParticipant).where(
                col(PublicationParticipant.publication_id) == publication.id
            )
        )
    )


def marked(session: Session, publication: Publication) -> list[Commitment]:
    return list(
        session.exec(
            select(Commitment)
            .join(
                PublicationCommitment,
                col(PublicationCommitment.commitment_id) == col(Commitment.id),
            )
            .where(col(PublicationCommitment.publication_id) == publication.id)
        )
    )


# --- at the embargo time ------------------------------------------------------------------------


def due(session: Session) -> list[int]:
    """Scheduled publications whose embargo time has come."""
    return [
        i
        for i in session.exec(
            select(Publication.id).where(
                col(Publication.status) == PublicationStatus.scheduled,
                col(Publication.embargo_at) <= now(),
            )
        )
        if i is not None
    ]


def publish_if_due(session: Session, publication_id: int) -> Publication | None:
    """Publish, if still scheduled and due: under the publication's row lock (SQLite: the
    write transaction), so that of many processes exactly one publishes; None otherwise."""
    publication = session.exec(
        select(Publication).where(col(Publication.id) == publication_id).with_for_update()
    ).first()
    if (
        publication is None
        or publication.status != PublicationStatus.scheduled
        or publication.embargo_at > now()
    ):
        return None
    document = session.get(Document, publication.document_id)
    assert document is not None
    adoption = adoption_of(session, document)
    if adoption is None or adoption.revision_id != publication.revision_id:
        publication.status = PublicationStatus.cancelled
        publication.updated_at = now()
        session.add(publication)
        session.flush()
        audit.log(
            session,
            Action.PUBLICATION_CANCEL,
            "document",
            document.id,
            {"publication": publication.public_id, "reason": "not_adopted"},
        )
        return None
    named: list[int] = []
    withheld = 0
    rows = participants(session, publication)
    delegations = {
        d.id: d
        for d in session.exec(
            select(Delegation).where(col(Delegation.id).in_([p.delegation_id for p in rows]))
        )
    }
    for participant in rows:
        delegation = delegations[participant.delegation_id]
        if not delegation.announced:
            if participant.confirmed_at is None:
                withheld += 1  # never agreed: stays hidden, unnamed
                continue
            identity.update_delegation(session, delegation, name=None, announce=True)
        participant.named = True
        session.add(participant)
        named.append(participant.delegation_id)
    announced: list[str] = []
    commitments = marked(session, publication)
    pledgers: dict[int, list[int]] = {}
    for share in session.exec(
        select(CommitmentShare).where(
            col(CommitmentShare.commitment_id).in_([c.id for c in commitments])
        )
    ):
        pledgers.setdefault(share.commitment_id, []).append(share.delegation_id)
    known = {
        d.id: d.announced
        for d in session.exec(
            select(Delegation).where(
                col(Delegation.id).in_({d for ids in pledgers.values() for d in ids})
            )
        )
    }
    for commitment in commitments:
        if commitment.status != CommitmentStatus.confirmed:
            continue
        if not all(known.get(d, False) for d in pledgers.get(commitment.id or 0, [])):
            continue  # a pledger stays unannounced: so does its pledge
        commitment.status = CommitmentStatus.announced
        commitment.updated_at = now()
        session.add(commitment)
        announced.append(commitment.public_id)
    publication.status = PublicationStatus.published
    publication.published_at = now()
    publication.updated_at = publication.published_at
    session.add(publication)
    session.flush()
    audit.log(
        session,
        Action.PUBLICATION_PUBLISH,
        "document",
        document.id,
        {
            "publication": publication.public_id,
            "manifest_hash": publication.manifest_hash,
            "named": named,
            "not_named": withheld,
            "commitments_announced": announced,
        },
    )
    return publication


# --- what the public sees -----------------------------------------------------------------------


def published(session: Session) -> list[tuple[Publication, Document]]:
    """Every published text, the latest first. Published means: status published, and the
    embargo time passed (a second check, so that nothing is public a second early)."""
    rows = session.exec(
        select(Publication, Document)
        .join(Document, col(Document.id) == col(Publication.document_id))
        .where(
            col(Publication.status) == PublicationStatus.published,
            col(Publication.embargo_at) <= now(),
        )
        .order_by(col(Publication.published_at).desc(), col(Publication.id).desc())
    )
    return [(p, d) for p, d in rows]


def published_one(session: Session, public_id: str) -> tuple[Publication, Document]:
    """A published text by its public id; 404 for anything else (scheduled, cancelled, unknown
    or malformed alike)."""
    if public_ids.is_valid(Kind.publication, public_id):
        row = session.exec(
            select(Publication, Document)
            .join(Document, col(Document.id) == col(Publication.document_id))
            .where(
                col(Publication.public_id) == public_id,
                col(Publication.status) == PublicationStatus.published,
                col(Publication.embargo_at) <= now(),
            )
        ).first()
        if row is not None:
            return row[0], row[1]
    raise errors.PublicationNotFound("No such published text.")
