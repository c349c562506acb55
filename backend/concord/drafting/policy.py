"""Who may read and who may change a document.

Readers: the secretariat, members of the document's working group, members of its parties'
delegations, and observers once the text has left drafting. Drafters: the secretariat and the
working group (chair and members) — never observers, even when added to the group: they read
its drafts and write nothing (`require_writer`). A document one may not read does not exist for
them (404).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, true
from sqlmodel import Session, col, select

from concord.core.errors import Forbidden
from concord.drafting.errors import DocumentNotFound
from concord.drafting.models import Document, DocumentParty, DocumentStatus
from concord.identity.access import Viewer, require_writer


class NotADrafter(Forbidden):
    code = "not_a_drafter"


def party_ids(session: Session, document: Document) -> set[int]:
    return set(
        session.exec(
            select(DocumentParty.delegation_id).where(DocumentParty.document_id == document.id)
        ).all()
    )


def can_read(viewer: Viewer, document: Document, parties: set[int]) -> bool:
    # What this reads of the viewer is `live.events.reader_key` (the live hub decides once per
    # key): keep the two together.
    return (
        viewer.secretariat
        or viewer.belongs_to(document.working_group_id)
        or (viewer.delegation_id is not None and viewer.delegation_id in parties)
        or (viewer.observer and document.status != DocumentStatus.drafting)
    )


def may_read(session: Session, viewer: Viewer, document: Document) -> bool:
    """`can_read`, asking the database for the parties only when the cheap checks say no."""
    if viewer.secretariat or viewer.belongs_to(document.working_group_id):
        return True
    return can_read(viewer, document, party_ids(session, document))


def require_read(session: Session, viewer: Viewer, document: Document) -> Document:
    if not may_read(session, viewer, document):
        raise DocumentNotFound("No such document.")
    return document


def can_edit(viewer: Viewer, document: Document) -> bool:
    return not viewer.observer and (
        viewer.secretariat or viewer.belongs_to(document.working_group_id)
    )


def require_edit(viewer: Viewer, document: Document) -> None:
    require_writer(viewer)
    if not can_edit(viewer, document):
        raise NotADrafter("Only the working group and the secretariat edit this document.")


def require_pen(viewer: Viewer, document: Document) -> None:
    """Revisions are the pen-holder's or the secretariat's to make."""
    require_writer(viewer)
    if not (viewer.secretariat or viewer.chairs(document.working_group_id)):
        raise Forbidden("Only the chair or the secretariat may do this.", code="not_the_chair")


def readable_filter(viewer: Viewer) -> ColumnElement[bool]:
    """The same rule as `can_read`, as SQL, for lists."""
    if viewer.secretariat:
        return true()
    clauses: list[ColumnElement[bool]] = []
    if viewer.member_of:
        clauses.append(col(Document.working_group_id).in_(viewer.member_of))
    if viewer.delegation_id is not None:
        clauses.append(
            col(Document.id).in_(
                select(DocumentParty.document_id).where(
                    DocumentParty.delegation_id == viewer.delegation_id
                )
            )
        )
    if viewer.observer:
        clauses.append(col(Document.status) != DocumentStatus.drafting)
    return or_(*clauses) if clauses else false()
