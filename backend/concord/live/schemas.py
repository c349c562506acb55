"""The data of each server-sent event (`event:` name → model), and the presence heartbeat.

Events name what changed and carry only what the subscriber could read through the API at
that moment: people are masked as the API masks them, and an event whose existence would
reveal something hidden from the subscriber is not sent to them at all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from concord.consensus.models import Decision
from concord.core.dependencies import MAX_ID
from concord.core.public_ids import AmendmentId, CommentId
from concord.deliberation.models import AmendmentStatus, CommentVisibility
from concord.drafting.models import DocumentStatus, SectionKind
from concord.identity.schemas import DelegationPublic, PersonPublic

PresenceState = Literal["viewing", "editing"]


class PresenceUpdate(BaseModel):
    """`POST /documents/{id}/presence`: renew at least every `presence_seconds` (30 s)."""

    section_id: Annotated[int, Field(ge=1, le=MAX_ID)] | None = Field(
        default=None, description="The section looked at or edited; null: the whole document."
    )
    state: PresenceState = "viewing"


class Ready(BaseModel):
    """`ready`: sent first on every connection."""

    document_id: int
    status: DocumentStatus
    heartbeat_seconds: float
    presence_seconds: float


class VersionEvent(BaseModel):
    """`version`: a section has a new version (a save, or an accepted amendment)."""

    document_id: int
    section_id: int
    number: int
    base_version: int | None
    merged: bool
    content_hash: str
    author: PersonPublic
    delegation: DelegationPublic | None


class TranslationEvent(BaseModel):
    """`translation`: a section's translation into one of the document's languages has a new
    version (its author unnamed, as everywhere, to those who may not know their delegation)."""

    document_id: int
    section_id: int
    language: str
    number: int
    source_version: int = Field(description="The version of the negotiating text it translates.")
    content_hash: str
    author: PersonPublic
    delegation: DelegationPublic | None


class SectionEvent(BaseModel):
    """`section`: inserted, moved, updated (kind or level) or retired."""

    document_id: int
    section_id: int
    action: Literal["inserted", "moved", "updated", "retired"]
    kind: SectionKind
    position: int | None
    actor: PersonPublic | None


class CommentEvent(BaseModel):
    """`comment`: only for comments the subscriber may read (internal ones reach only their
    delegation; a hidden delegation's comments and threads reach no one else)."""

    document_id: int
    section_id: int
    language: str | None = Field(
        description="On the translation into this language; null: on the negotiating text."
    )
    comment_id: CommentId
    parent_id: CommentId | None
    action: Literal["created", "edited", "resolved", "reopened"]
    visibility: CommentVisibility
    resolved: bool
    author: PersonPublic
    actor: PersonPublic | None


class AmendmentEvent(BaseModel):
    """`amendment`: only for amendments the subscriber may see."""

    document_id: int
    section_id: int
    amendment_id: AmendmentId
    action: Literal["proposed", "accepted", "rejected", "withdrawn"]
    status: AmendmentStatus
    result_version: int | None
    proposer: PersonPublic
    delegation: DelegationPublic | None
    actor: PersonPublic | None


class ApprovalEvent(BaseModel):
    """`approval`: a party's position changed; only when the subscriber may know that party."""

    document_id: int
    section_id: int
    version: int
    action: Literal["set", "changed", "confirmed", "withdrawn"]
    delegation: DelegationPublic
    decision: Decision
    withdrawn: bool
    actor: PersonPublic | None


class LifecycleEvent(BaseModel):
    """`lifecycle`: the document changed status, got a revision, or was retitled."""

    document_id: int
    action: Literal[
        "updated",
        "revision_created",
        "circulated",
        "silence_started",
        "silence_broken",
        "adopted",
        "reopened",
    ]
    status: DocumentStatus = Field(description="The document's status now.")
    revision: str | None = Field(default=None, description="Rev.N concerned, if any.")
    deadline: datetime | None = Field(default=None, description="silence_started: its deadline.")
    via: str | None = Field(
        default=None,
        description="adopted: `silence` or `secretariat`. silence_broken: `party`, or "
        "`secretariat` when an unannounced delegation broke it (named only to the secretariat "
        "and that delegation).",
    )
    delegation: DelegationPublic | None = Field(
        default=None, description="silence_broken: the party that broke it, when visible."
    )
    actor: PersonPublic | None = Field(
        description="null: the system (silence ran out), or a silence broken through the "
        "secretariat by someone you may not know of."
    )


class PresencePublic(BaseModel):
    user: PersonPublic
    delegation: DelegationPublic | None
    section_id: int | None
    state: PresenceState


class PresenceEvent(BaseModel):
    """`presence`: everyone present on the document now (sent whenever it changes)."""

    document_id: int
    people: list[PresencePublic]


class EndEvent(BaseModel):
    """`end`: the server closes the stream. `overflow`/`shutdown`: reconnect (and reload);
    `session_expired`/`not_found`: do not."""

    reason: Literal["session_expired", "not_found", "overflow", "shutdown"]
