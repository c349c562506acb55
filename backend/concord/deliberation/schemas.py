"""Request and response models of the deliberation API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from concord.core.public_ids import AmendmentId, CommentId
from concord.deliberation.anchors import AnchorStatus
from concord.deliberation.models import AmendmentStatus, CommentVisibility
from concord.drafting.schemas import DiffOp, Id, VersionSaved
from concord.identity.schemas import DelegationPublic, PersonPublic

Body = Annotated[str, Field(min_length=1, max_length=20_000)]
Quote = Annotated[str, Field(max_length=200_000)]
Context = Annotated[str, Field(max_length=2_000)]
Reason = Annotated[str, Field(max_length=5_000)]
LanguageCode = Annotated[str, Field(min_length=2, max_length=3, pattern="^[a-z]{2,3}$")]


class AnchorCreate(BaseModel):
    quote: Quote = Field(default="", description="Quoted span of the version; empty: the section.")
    prefix: Context = Field(default="", description="Text just before the quote (disambiguates).")
    suffix: Context = Field(default="", description="Text just after the quote (disambiguates).")


class CommentCreate(BaseModel):
    body: Body
    version: Id | None = Field(
        default=None, description="The version quoted; required unless replying (`parent_id`)."
    )
    anchor: AnchorCreate | None = Field(
        default=None, description="Omitted or empty quote: a comment on the whole section."
    )
    visibility: CommentVisibility | None = Field(
        default=None,
        description="`all` (default) or `delegation` (internal); a reply takes its thread's.",
    )
    parent_id: CommentId | None = Field(
        default=None, description="Reply to this comment; replies join the thread's root."
    )
    language: LanguageCode | None = Field(
        default=None,
        description="Comment on the section's translation into this language of the document: "
        "`version` and the anchor are then the translation's. Omitted: the negotiating text. "
        "A reply takes its thread's.",
    )


class CommentUpdate(BaseModel):
    body: Body


class CommentResolve(BaseModel):
    resolved: bool = Field(default=True, description="`false` reopens the thread.")


class AnchorPublic(BaseModel):
    quote: str
    start: int = Field(description="Start offset (code points) in the current text.")
    end: int = Field(description="End offset; equals `start` when orphaned.")
    version: int = Field(description="The version these offsets refer to: the current one.")
    status: AnchorStatus


class CommentEditPublic(BaseModel):
    body: str = Field(description="The text as it was before this edit.")
    replaced_at: datetime


class CommentPublic(BaseModel):
    id: CommentId
    section_id: int
    language: str | None = Field(
        description="The translation commented on (its language); null: the negotiating text."
    )
    version: int = Field(description="The version the comment was written on.")
    parent_id: CommentId | None = Field(description="The thread's first comment, for a reply.")
    author: PersonPublic
    delegation: DelegationPublic | None
    visibility: CommentVisibility
    body: str
    anchor: AnchorPublic
    created_at: datetime
    edited_at: datetime | None
    resolved: bool
    resolved_at: datetime | None
    resolved_by: PersonPublic | None
    edits: list[CommentEditPublic] = Field(description="Earlier texts, oldest first.")


class AmendmentCreate(BaseModel):
    text: str
    base_version: Id
    rationale: Annotated[
        str, Field(max_length=20_000, description="Why; optional (a suggestion made in place).")
    ] = ""


class AmendmentDecision(BaseModel):
    reason: Reason = Field(default="", description="Required to reject.")


class CompileRequest(BaseModel):
    """Compile the open amendments on a paragraph (all those you may see, or the ones named)
    into bracketed alternatives on the text of `base_version`."""

    base_version: Id
    amendments: list[AmendmentId] | None = Field(
        default=None, max_length=200, description="Public ids; all the open ones when absent."
    )
    reason: Reason = Field(default="", description="Recorded with the decision.")


class CompiledPublic(BaseModel):
    version: VersionSaved
    amendments: list[AmendmentId] = Field(description="The amendments now `compiled`.")
    group: int | None = Field(
        description="The alternatives group of the new text (for `resolve_alternative`), "
        "or None when a merge with a newer head reworded the place."
    )


AmendmentFilter = Literal["open", "accepted", "rejected", "withdrawn", "compiled", "all"]


class AmendmentPublic(BaseModel):
    id: AmendmentId
    section_id: int
    base_version: int
    text: str
    rationale: str
    proposer: PersonPublic
    delegation: DelegationPublic | None
    status: AmendmentStatus
    created_at: datetime
    decided_by: PersonPublic | None
    decided_at: datetime | None
    reason: str
    result_version: int | None = Field(description="The version accepting it made.")
    diff: list[DiffOp] = Field(description="Word diff from the current text to the amendment's.")
    stale: bool = Field(description="Based on a version older than the current one.")
    collisions: list[AmendmentId] = Field(
        description="Other open amendments that change some of the same words of the current text."
    )
    mergeable: bool | None = Field(
        description="Open amendments: whether accepting now would merge cleanly (else 409)."
    )
