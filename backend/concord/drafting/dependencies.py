from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from concord.core.dependencies import IdPath, SessionDep
from concord.drafting import service as drafting
from concord.drafting.models import Document, Section
from concord.identity.dependencies import CurrentUser


def document(document_id: IdPath, session: SessionDep, _user: CurrentUser) -> Document:
    return drafting.get_document(session, document_id)


def locked_document(document_id: IdPath, session: SessionDep, _user: CurrentUser) -> Document:
    return drafting.get_document(session, document_id, lock=True)


def section(section_id: IdPath, session: SessionDep, _user: CurrentUser) -> Section:
    return drafting.get_section(session, section_id)


DocumentDep = Annotated[Document, Depends(document)]
LockedDocumentDep = Annotated[Document, Depends(locked_document)]
SectionDep = Annotated[Section, Depends(section)]
