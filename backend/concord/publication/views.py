"""Publications as a signed-in reader may see them: participants it may know of only."""

from __future__ import annotations

from sqlmodel import Session, col, select

from concord.commitments import register
from concord.core.config import get_settings
from concord.identity.access import Viewer
from concord.identity.models import Delegation
from concord.identity.schemas import DelegationPublic
from concord.publication import service
from concord.publication.models import Publication, PublicationStatus
from concord.publication.schemas import ParticipantPublic, PublicationPublic


def public_path(publication: Publication) -> str:
    return f"/published/{publication.public_id}"


def public_url(publication: Publication) -> str:
    base = (get_settings().public_url or "").rstrip("/")
    return f"{base}{public_path(publication)}"


def publication_view(
    session: Session, viewer: Viewer, publication: Publication
) -> PublicationPublic:
    rows = service.participants(session, publication)
    delegations = {
        d.id: d
        for d in session.exec(
            select(Delegation).where(col(Delegation.id).in_([p.delegation_id for p in rows]))
        )
    }
    shown = sorted(
        (p for p in rows if viewer.sees_delegation(p.delegation_id)),
        key=lambda p: delegations[p.delegation_id].name.casefold(),
    )
    marked = service.marked(session, publication)
    loaded = register.load(session, project_ids={c.project_id for c in marked})
    published = publication.status == PublicationStatus.published
    return PublicationPublic(
        id=publication.public_id,
        document_id=publication.document_id,
        status=publication.status,
        embargo_at=publication.embargo_at,
        time_zone=publication.time_zone,
        embargo_local=service.local_time(publication.embargo_at, publication.time_zone),
        manifest_hash=publication.manifest_hash,
        published_at=publication.published_at,
        participants=[
            ParticipantPublic(
                delegation=DelegationPublic.model_validate(delegations[p.delegation_id]),
                needs_confirmation=not delegations[p.delegation_id].announced
                and p.confirmed_at is None,
                confirmed_at=p.confirmed_at,
                named=p.named,
            )
            for p in shown
        ],
        commitment_ids=[c.public_id for c in marked if register.sees(loaded, viewer, c)],
        public_url=public_url(publication) if published else None,
    )
