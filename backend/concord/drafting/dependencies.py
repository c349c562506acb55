"""Objects resolved from the path, as the caller may see them (else 404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from concord.core.dependencies import IdPath, SessionDep
from concord.drafting import policy
from concord.drafting import service as drafting
from concord.drafting.models import Document, Section
from concord.identity.dependencies import ViewerDep


def document(document_id: IdPath, session: SessionDep, viewer: ViewerDep) -> Document:
    return policy.require_read(session, viewer, drafting.get_document(session, document_id))


def locked_document(document_id: IdPath, session: SessionDep, viewer: ViewerDep) -> Document:
    found = drafting.get_document(session, document_id, lock=True)
    return policy.require_read(session, viewer, found)


def section(section_id: IdPath, session: SessionDep, viewer: ViewerDep) -> Section:
    return drafting.readable_section(session, viewer, drafting.get_section(session, section_id))


def section_with_locked_document(
    section_id: IdPath, session: SessionDep, viewer: ViewerDep
) -> tuple[Section, Document]:
    """For reordering: the document's row lock serialises changes to its order."""
    found = drafting.get_section(session, section_id)
    owner = drafting.get_document(session, found.document_id, lock=True)
    return drafting.readable_section(session, viewer, found, owner), owner


DocumentDep = Annotated[Document, Depends(document)]
LockedDocumentDep = Annotated[Document, Depends(locked_document)]
SectionDep = Annotated[Section, Depends(section)]
SectionAndDocumentDep = Annotated[tuple[Section, Document], Depends(section_with_locked_document)]
