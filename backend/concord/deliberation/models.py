"""Comments anchored to quoted text, and amendments: the options on the table."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import String, Text
from sqlmodel import Field, SQLModel

from concord.core.clock import now
from concord.core.db import UTCDateTime
from concord.core.public_ids import LENGTH, new_amendment_id, new_comment_id


class CommentVisibility(StrEnum):
    all = "all"
    delegation = "delegation"  # internal to the author's delegation


class Comment(SQLModel, table=True):
    """A remark on a section, anchored to a quote of the version it was written on.

    The anchor (quote, prefix, suffix, start) is re-found in later versions when they are
    read; when the quote is gone the comment is orphaned, never lost.
    """

    id: int | None = Field(default=None, primary_key=True)
    # What the API calls it (core/public_ids.py): the id above counts everyone's comments.
    public_id: str = Field(
        default_factory=new_comment_id, sa_type=String(LENGTH), unique=True, nullable=False
    )
    section_id: int = Field(foreign_key="section.id", index=True)
    # None: on the negotiating text. A language code: on the section's translation into it, and
    # `version` (and the anchor) are the translation's.
    language: str | None = Field(default=None, max_length=8)
    version: int
    parent_id: int | None = Field(default=None, foreign_key="comment.id")
    author_id: int = Field(foreign_key="user.id")
    delegation_id: int | None = Field(default=None, foreign_key="delegation.id")
    visibility: CommentVisibility = Field(default=CommentVisibility.all, sa_type=String(20))
    body: str = Field(sa_type=Text)
    quote: str = Field(default="", sa_type=Text)
    prefix: str = Field(default="", sa_type=Text)
    suffix: str = Field(default="", sa_type=Text)
    start: int | None = None
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    edited_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_by: int | None = Field(default=None, foreign_key="user.id")


class CommentEdit(SQLModel, table=True):
    """The earlier text of an edited comment, kept."""

    id: int | None = Field(default=None, primary_key=True)
    comment_id: int = Field(foreign_key="comment.id", index=True)
    body: str = Field(sa_type=Text)
    replaced_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class AmendmentStatus(StrEnum):
    open = "open"
    accepted = "accepted"
    rejected = "rejected"
    withdrawn = "withdrawn"
    compiled = "compiled"  # set side by side with the others as bracketed alternatives


class Amendment(SQLModel, table=True):
    """Proposed replacement text for a section, attributed to the proposer's delegation."""

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(
        default_factory=new_amendment_id, sa_type=String(LENGTH), unique=True, nullable=False
    )
    section_id: int = Field(foreign_key="section.id", index=True)
    base_version: int
    text: str = Field(sa_type=Text)
    rationale: str = Field(default="", sa_type=Text)
    proposer_id: int = Field(foreign_key="user.id")
    delegation_id: int | None = Field(default=None, foreign_key="delegation.id")
    status: AmendmentStatus = Field(default=AmendmentStatus.open, sa_type=String(20))
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    decided_by: int | None = Field(default=None, foreign_key="user.id")
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reason: str = Field(default="", sa_type=Text)
    result_version: int | None = None
