"""Request and response models of the export API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

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
