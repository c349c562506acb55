"""Comments and amendments resolved from the path, as the caller may see them (else 404)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from concord.core import public_ids
from concord.core.dependencies import SessionDep
from concord.core.public_ids import AmendmentIdPath, CommentIdPath, Kind
from concord.deliberation import visibility
from concord.deliberation.models import Amendment, Comment
from concord.drafting.models import Document, Section
from concord.identity.dependencies import ViewerDep


def locked_comment(
    comment_id: CommentIdPath, session: SessionDep, viewer: ViewerDep
) -> tuple[Comment, Section, Document]:
    """For edits: the comment's row lock serialises changes to it."""
    public_id = public_ids.parse(Kind.comment, comment_id, field="comment_id")
    return visibility.visible_comment(session, viewer, public_id, lock=True)


def locked_amendment(
    amendment_id: AmendmentIdPath, session: SessionDep, viewer: ViewerDep
) -> tuple[Amendment, Section, Document]:
    """For decisions: the amendment's row lock makes a second decision see the first."""
    public_id = public_ids.parse(Kind.amendment, amendment_id, field="amendment_id")
    return visibility.visible_amendment(session, viewer, public_id, lock=True)


LockedCommentDep = Annotated[tuple[Comment, Section, Document], Depends(locked_comment)]
LockedAmendmentDep = Annotated[tuple[Amendment, Section, Document], Depends(locked_amendment)]
