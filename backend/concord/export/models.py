"""Word templates uploaded by the secretariat (letterhead, fonts, named styles)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

from concord.core.clock import now
from concord.core.db import UTCDateTime


class ExportTemplate(SQLModel, table=True):
    """A checked .docx template. `default_slot` is 1 on the default template and NULL on every
    other: the unique constraint makes "at most one default" an invariant of the database."""

    __table_args__ = (UniqueConstraint("default_slot"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    size: int
    sha256: str = Field(max_length=64)
    content: bytes = Field(sa_type=LargeBinary)
    default_slot: int | None = None
    uploaded_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
