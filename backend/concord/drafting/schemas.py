"""Request and response models of the drafting API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints

from concord.core.dependencies import MAX_ID
from concord.drafting.models import DocumentKind, DocumentStatus, SectionKind
from concord.identity.schemas import DelegationPublic, PersonPublic

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Place = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
Level = Annotated[int, Field(ge=1, le=6)]
# [op, text] with op -1 (deleted), 0 (kept) or 1 (inserted), as diff-match-patch.
DiffOp = tuple[int, str]


class DocumentCreate(BaseModel):
    title: Title
    kind: DocumentKind = DocumentKind.other
    place: Place | None = Field(default=None, description="Where the text is negotiated.")
    working_group_id: Id | None = None
    parties: list[Id] = Field(default_factory=list, max_length=500)


class DocumentUpdate(BaseModel):
    title: Title | None = None
    kind: DocumentKind | None = None
    place: Place | None = Field(default=None, description="An empty string clears the place.")


class Brackets(BaseModel):
    """Negotiation brackets still in the text: what is not yet agreed."""

    spans: int
    bracketed_words: int
    total_words: int
    share: float = Field(description="Share of words inside brackets, 0..1.")
    unbalanced: list[int] = Field(description="Positions of unmatched brackets (per section).")


class VersionPublic(BaseModel):
    number: int
    text: str
    html: str
    content_hash: str
    author: PersonPublic
    delegation: DelegationPublic | None
    created_at: datetime
    base_version: int | None
    merged: bool


class VersionSaved(VersionPublic):
    created: bool = Field(description="False when the text equals the current version.")


class SectionPublic(BaseModel):
    id: int
    document_id: int
    kind: SectionKind
    level: int | None
    position: int | None
    number: int | None = Field(description="Paragraph number ('para. 17'); None for headings.")
    retired: bool
    current: VersionPublic
    brackets: Brackets
    comments: int = Field(default=0, description="Open comment threads visible to you.")


class DocumentSummary(BaseModel):
    id: int
    title: str
    kind: DocumentKind
    place: str | None = Field(default=None, description="Printed in the export's title block.")
    status: DocumentStatus
    working_group_id: int | None
    created_at: datetime
    updated_at: datetime


class DocumentPublic(DocumentSummary):
    parties: list[DelegationPublic]
    sections: list[SectionPublic]
    brackets: Brackets


class SectionCreate(BaseModel):
    text: str
    kind: SectionKind = SectionKind.paragraph
    level: Level | None = None
    after: Id | None = Field(
        default=None,
        description="Insert after this section; null inserts first; omitted appends at the end.",
    )


class SectionUpdate(BaseModel):
    after: Id | None = Field(default=None, description="Move after this section; null moves first.")
    kind: SectionKind | None = None
    level: Level | None = None


class VersionCreate(BaseModel):
    text: str
    base_version: Id


class SectionDiff(BaseModel):
    section_id: int
    from_version: int
    to_version: int
    diff: list[DiffOp]


class RevisionEntryPublic(BaseModel):
    section_id: int
    version: int
    position: int
    kind: SectionKind
    level: int | None
    number: int | None


class RevisionPublic(BaseModel):
    id: int
    number: int
    label: str
    created_at: datetime
    created_by: PersonPublic
    sections: list[RevisionEntryPublic]


class RevisionCreate(BaseModel):
    pass


SectionChangeStatus = Literal["added", "removed", "changed", "unchanged"]


class SectionChange(BaseModel):
    section_id: int
    status: SectionChangeStatus
    moved: bool
    kind: SectionKind
    from_version: int | None
    to_version: int | None
    from_number: int | None
    to_number: int | None
    diff: list[DiffOp] | None = Field(description="Word diff when the text changed.")


class DocumentDiff(BaseModel):
    document_id: int
    from_revision: str
    to_revision: str
    added: int
    removed: int
    changed: int
    moved: int
    sections: list[SectionChange]
