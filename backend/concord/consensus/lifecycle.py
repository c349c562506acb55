"""The document lifecycle: circulate, silence, adopt, reopen (see DESIGN.md)."""

from __future__ import annotations

from sqlmodel import Session

from concord.drafting.models import Document
from concord.identity.access import Viewer


def break_silence(session: Session, viewer: Viewer, document: Document, *, reason: str) -> None:
    """Break a running silence procedure on `document` on behalf of the viewer's delegation
    (an objection or a new amendment); the document returns to `circulated`. No-op when the
    document is not in silence."""
    raise NotImplementedError  # the consensus work provides this
