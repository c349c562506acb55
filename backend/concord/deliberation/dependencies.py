"""Comments and amendments resolved from the path, as the caller may see them (else 404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from concord.core.dependencies import IdPath, SessionDep
from concord.deliberation import visibility
from concord.deliberation.models import Amendment, Comment
from concord.drafting.models import Document, Section
from concord.identity.dependencies import ViewerDep


def locked_comment(
    comment_id: IdPath, session: SessionDep, viewer: ViewerDep
) -> tuple[Comment, Section, Document]:
    """For edits: the comment's row lock serialises changes to it."""
    return visibility.visible_comment(session, viewer, comment_id, lock=True)


def locked_amendment(
    amendment_id: IdPath, session: SessionDep, viewer: ViewerDep
) -> tuple[Amendment, Section, Document]:
    """For decisions: the amendment's row lock makes a second decision see the first."""
    return visibility.visible_amendment(session, viewer, amendment_id, lock=True)


LockedCommentDep = Annotated[tuple[Comment, Section, Document], Depends(locked_comment)]
LockedAmendmentDep = Annotated[tuple[Amendment, Section, Document], Depends(locked_amendment)]
