"""Publication in the access world (tests/access_world.py), for the permission matrix, the leak
scan and the public pages: `build_with_publication(session)` (kept out of `build` itself, whose
register and document counts other tests rely on).

Two communiqués of the working group, parties A and U (unannounced), both adopted:
- "Leaders' communiqué" is published: A named, U named too but never confirmed by its head (so
  it stayed hidden and unnamed); its project "Schools for Peace" has A's confirmed pledge (now
  announced) and a joint pledge of A and U (still confirmed: U is not announced), both marked.
  U's approval of the text carries a statement with MARKER.
- "Ministers' declaration" is scheduled for tomorrow (Europe/Paris), naming A and U.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from sqlmodel import Session

from concord.commitments import service as commitments
from concord.commitments.models import CommitmentKind, CommitmentStatus
from concord.commitments.schemas import CommitmentCreate, CommitmentUpdate, ProjectCreate, ShareIn
from concord.consensus import approvals, lifecycle
from concord.consensus.models import Decision
from concord.consensus.schemas import PositionSet
from concord.core.clock import now
from concord.drafting import service as drafting
from concord.drafting.models import Document, DocumentKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.identity.access import viewer_for
from concord.publication import service
from concord.publication.schemas import PublicationSchedule
from concord.translation import service as translation
from tests.access_world import MARKER, World, build
from tests.factories import sections_of

ATTRIBUTE = "publication"
HIDDEN_DIGITS = "8642097"
ARABIC = ["نحن، القادة، نرحب بالمشاريع المشتركة المرفقة.", "سنلتقي مجدداً."]


@dataclass(frozen=True)
class PublicationWorld:
    published: Document
    published_id: str  # the public id: /published/<id>
    scheduled: Document
    scheduled_id: str
    announced_pledge: str
    hidden_pledge: str


def adopted_document(session: Session, world: World, title: str, texts: list[str]) -> Document:
    secretariat = viewer_for(session, world.people["secretariat"])
    document = drafting.create_document(
        session,
        secretariat,
        DocumentCreate(
            title=title,
            kind=DocumentKind.communique,
            working_group_id=world.group.id,
            parties=[world.delegation_a.id or 0, world.unannounced.id or 0],
        ),
    )
    chair = viewer_for(session, world.people["chair"])
    for text in texts:
        section, _ = drafting.create_section(
            session, chair, document, SectionCreate(text=text), append=True
        )
        assert section.id is not None
        approvals.set_position(
            session,
            viewer_for(session, world.people["head_a"]),
            section.id,
            PositionSet(version=section.head, decision=Decision.approve),
        )
        approvals.set_position(
            session,
            viewer_for(session, world.people["unannounced"]),
            section.id,
            PositionSet(
                version=section.head,
                decision=Decision.reservation,
                statement=f"{MARKER} joins with a reservation.",
            ),
        )
    lifecycle.adopt(session, secretariat, document)
    return document


def add_publication(session: Session, world: World) -> PublicationWorld:
    secretariat = viewer_for(session, world.people["secretariat"])
    a, u = world.delegation_a.id or 0, world.unannounced.id or 0
    published = adopted_document(
        session,
        world,
        "Leaders' communiqué",
        ["We, the leaders, welcome the joint projects annexed.", "We will meet again."],
    )
    translation.set_language(
        session, secretariat, published, "ar", authentic=True, required_for_adoption=False
    )
    for section, text in zip(sections_of(session, published), ARABIC, strict=True):
        assert section.id is not None
        translation.save(
            session, secretariat, section.id, "ar", text, source_version=1, base_version=None
        )
    project = commitments.create_project(
        session,
        ProjectCreate(
            title="Schools for Peace",
            description="Schools shared by both communities.",
            civil_society_partners=["Teachers Without Borders"],
            lead_delegation_id=a,
            partner_delegation_ids=[u],
            document_id=published.id,
        ),
    )

    def pledge(shares: list[ShareIn]) -> str:
        made = commitments.create_commitment(
            session,
            secretariat,
            CommitmentCreate(
                project_id=project.public_id,
                pledgers=shares,
                currency="USD",
                kind=CommitmentKind.grant,
                period_start=2027,
                period_end=2030,
                publish_name=True,
            ),
        )
        commitments.update_commitment(
            session, made, CommitmentUpdate(status=CommitmentStatus.confirmed)
        )
        return made.public_id

    announced = pledge([ShareIn(delegation_id=a, amount=Decimal("2500000"))])
    hidden = pledge(
        [
            ShareIn(delegation_id=a, amount=Decimal("100000")),
            ShareIn(delegation_id=u, amount=Decimal(f"{HIDDEN_DIGITS}")),
        ]
    )
    publication = service.schedule(
        session,
        secretariat,
        published,
        PublicationSchedule(
            embargo_at=now() + timedelta(hours=1),
            time_zone="Europe/Paris",
            delegation_ids=[a, u],
        ),
    )
    # The embargo time came (moved, not waited for): the publisher's step, as at that moment.
    publication.embargo_at = now() - timedelta(seconds=1)
    session.add(publication)
    session.flush()
    assert service.publish_if_due(session, publication.id or 0) is not None

    scheduled = adopted_document(
        session, world, "Ministers' declaration", ["Ministers agree to meet."]
    )
    later = service.schedule(
        session,
        secretariat,
        scheduled,
        PublicationSchedule(
            embargo_at=now() + timedelta(days=1),
            time_zone="Europe/Paris",
            delegation_ids=[a, u],
        ),
    )
    found = PublicationWorld(
        published=published,
        published_id=publication.public_id,
        scheduled=scheduled,
        scheduled_id=later.public_id,
        announced_pledge=announced,
        hidden_pledge=hidden,
    )
    setattr(world, ATTRIBUTE, found)
    return found


def publication_of(world: World) -> PublicationWorld:
    found = getattr(world, ATTRIBUTE, None)
    assert isinstance(found, PublicationWorld), "build() must call add_publication"
    return found


def build_with_publication(session: Session) -> World:
    world = build(session)
    add_publication(session, world)
    return world
