"""Request and response models of the consensus API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, Field, StringConstraints

from concord.consensus.models import Decision
from concord.core.dependencies import MAX_ID
from concord.drafting.models import DocumentStatus, SectionKind
from concord.drafting.schemas import Brackets
from concord.identity.schemas import DelegationPublic, PersonPublic

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
# A statement is printed as a footnote; a reason explains an objection. Short texts, not sections.
Statement = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
PositionState = Literal["current", "stale", "withdrawn"]


class PositionSet(BaseModel):
    version: Id = Field(description="The version the position is on; must be the current one.")
    decision: Decision
    statement: Statement | None = Field(
        default=None, description="Required for `reservation` (the footnote) and `object` (why)."
    )


class ApprovalPublic(BaseModel):
    """A delegation's position on one exact version of a section."""

    section_id: int
    version: int
    content_hash: str
    delegation: DelegationPublic | None
    decision: Decision
    statement: str
    set_by: PersonPublic
    set_at: datetime
    withdrawn_at: datetime | None
    state: PositionState
    changed: bool = Field(description="False when the request changed nothing (same position).")


class ApproverPublic(BaseModel):
    delegation_id: int
    user: PersonPublic
    allowed: bool
    allowed_at: datetime | None


class CellPublic(BaseModel):
    """One party's standing position on one section: its latest, current or stale."""

    delegation_id: int
    decision: Decision | None
    version: int | None
    state: Literal["current", "stale", "none"]
    statement: str
    set_by: PersonPublic | None
    set_at: datetime | None


class SectionApprovals(BaseModel):
    section_id: int
    kind: SectionKind
    number: int | None
    version: int = Field(description="The current version, the only one positions count for.")
    content_hash: str
    positions: list[CellPublic]


class ApprovalSummary(BaseModel):
    """Progress towards adoption, over the parties the caller may see; paragraphs only."""

    paragraphs: int
    agreed: int = Field(
        description="Paragraphs every party approves on their current text "
        "(approve, reservation or abstain; ad referendum counts once confirmed)."
    )
    objected: int = Field(description="Paragraphs with a standing objection.")
    pending: int = Field(description="Paragraphs neither agreed nor objected.")
    ad_referendum: int = Field(description="Paragraphs waiting only for capitals' confirmation.")
    brackets: Brackets


class ApprovalMatrix(BaseModel):
    document_id: int
    status: DocumentStatus
    parties: list[DelegationPublic]
    sections: list[SectionApprovals]
    summary: ApprovalSummary


class SilenceCreate(BaseModel):
    deadline: AwareDatetime = Field(description="ISO 8601 with an offset, e.g. 2026-12-01T12:00Z.")


class SilenceBreak(BaseModel):
    reason: Reason


class LifecycleCreate(BaseModel):
    pass


class ReopenCreate(BaseModel):
    reason: Statement = Field(
        default="", description="Why the text goes back to drafting; kept in the audit log."
    )


class SilencePublic(BaseModel):
    id: int
    revision: str
    started_at: datetime
    deadline: datetime
    status: str
    broken_by: PersonPublic | None = Field(
        description="Who broke it; null when it was broken through the secretariat for you."
    )
    broken_delegation: DelegationPublic | None
    broken_through: Literal["party", "secretariat"] | None = Field(
        description="`party`: a delegation broke it in its own name. `secretariat`: an "
        "unannounced delegation broke it; only the secretariat and that delegation are told "
        "who, and why. null: not broken."
    )
    broken_at: datetime | None
    broken_reason: str


class AdoptionPublic(BaseModel):
    revision: str
    via: str
    manifest_hash: str
    adopted_at: datetime
    reopened_at: datetime | None


class LifecyclePublic(BaseModel):
    """Where the document stands after a lifecycle step."""

    document_id: int
    status: DocumentStatus
    revision: str | None = Field(description="The latest revision, e.g. `Rev.2`.")
    silence: SilencePublic | None = Field(description="The latest silence procedure.")
    adoption: AdoptionPublic | None = Field(description="The latest adoption.")
