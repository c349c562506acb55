"""Request and response models of the export API."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from concord.deliberation.schemas import AmendmentPublic
from concord.export.templates import TemplateInfo


class TemplatePublic(BaseModel):
    id: int
    name: str
    size: int = Field(description="Bytes.")
    sha256: str
    default: bool = Field(description="Used by every Word export that names no template.")
    created_at: datetime

    @classmethod
    def from_info(cls, info: TemplateInfo) -> TemplatePublic:
        return cls(
            id=info.id,
            name=info.name,
            size=info.size,
            sha256=info.sha256,
            default=info.default,
            created_at=info.created_at,
        )


class TrackedSection(BaseModel):
    section_id: int
    status: Literal["added", "removed", "changed", "moved"] = Field(
        description="`moved`: moved, its text unchanged (a moved and changed one is `changed`)."
    )
    from_version: int | None
    to_version: int | None
    html: str = Field(
        description="The section as tracked changes over its rendered text: <ins> and <del>."
    )
    moved: bool = Field(
        default=False, description="Moved: its place among the others is not the one it had."
    )
    from_number: int | None = Field(
        default=None, description="A moved paragraph's number in the older text."
    )


class TrackedChanges(BaseModel):
    document_id: int
    since: str = Field(description="`Rev.N`, or `approval` (each section's last approved version).")
    until: str = Field(description="`Rev.N`, or `head` (the current text).")
    count: int = Field(description="How many sections changed.")
    sections: list[TrackedSection] = Field(description="The changed sections, in document order.")


class SuggestionPublic(BaseModel):
    amendment: AmendmentPublic
    current_version: int = Field(description="The section's current version it is shown over.")
    html: str = Field(
        description="What accepting it would make of the current text, as tracked changes over "
        "the rendered text, attributed to the delegation's code."
    )
