"""Documents, sections, immutable versions and revisions (Rev.N snapshots)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from concord.core.clock import now
from concord.core.db import UTCDateTime


class DocumentKind(StrEnum):
    principles = "principles"
    analysis = "analysis"
    statement = "statement"
    communique = "communique"
    other = "other"


class DocumentStatus(StrEnum):
    drafting = "drafting"
    circulated = "circulated"
    silence = "silence"
    adopted = "adopted"
    withdrawn = "withdrawn"


class SectionKind(StrEnum):
    heading = "heading"
    paragraph = "paragraph"


class Document(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=500)
    # Where the text is negotiated or adopted ("Amman"): printed in the export's title block.
    place: str | None = Field(default=None, max_length=200)
    kind: DocumentKind = Field(sa_type=String(20))
    # The language the text is negotiated in (ISO 639-1); translations follow it (translation/).
    language: str = Field(default="en", max_length=8, sa_column_kwargs={"server_default": "en"})
    status: DocumentStatus = Field(default=DocumentStatus.drafting, sa_type=String(20))
    working_group_id: int | None = Field(default=None, foreign_key="workinggroup.id", index=True)
    created_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class DocumentParty(SQLModel, table=True):
    """A delegation whose approval the document needs."""

    document_id: int = Field(foreign_key="document.id", primary_key=True)
    delegation_id: int = Field(foreign_key="delegation.id", primary_key=True, index=True)


class Section(SQLModel, table=True):
    """A heading or paragraph with a stable identity; `position` orders the live ones (0-based).

    `head` is the number of the current version; it is also the row writers lock.
    """

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    kind: SectionKind = Field(sa_type=String(20))
    level: int | None = None
    position: int | None = None
    head: int = 1
    created_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
    retired_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Version(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("section_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    section_id: int = Field(foreign_key="section.id")
    number: int
    text: str = Field(sa_type=Text)
    content_hash: str = Field(max_length=64)
    author_id: int = Field(foreign_key="user.id")
    delegation_id: int | None = Field(default=None, foreign_key="delegation.id")
    base_version: int | None = None
    merged: bool = False
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class Revision(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id")
    number: int
    created_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)

    @property
    def label(self) -> str:
        return f"Rev.{self.number}"


class RevisionEntry(SQLModel, table=True):
    """Which version of a section a revision holds, where, and as what kind."""

    revision_id: int = Field(foreign_key="revision.id", primary_key=True)
    section_id: int = Field(foreign_key="section.id", primary_key=True)
    version: int
    position: int
    kind: SectionKind = Field(sa_type=String(20))
    level: int | None = None


class BracketHolder(SQLModel, table=True):
    """A delegation holding a bracket of a section (it proposed the bracketed text, or insists
    on it): recorded when the bracket comes in through its amendment or a compilation, or set
    by the chair. The current state; the audit log keeps who set what, when and why.

    A bracket is named by its text, brackets included (`span_hash`), and which occurrence of
    that text it is in the section (`occurrence`, from 0): edits elsewhere in the paragraph
    keep its holders, a change to the bracketed words makes it another bracket."""

    __table_args__ = (UniqueConstraint("section_id", "span_hash", "occurrence", "delegation_id"),)

    id: int | None = Field(default=None, primary_key=True)
    section_id: int = Field(foreign_key="section.id", index=True)
    span_hash: str = Field(max_length=64)
    occurrence: int = 0
    delegation_id: int = Field(foreign_key="delegation.id")
    source: str = Field(max_length=20)  # amendment, compile or chair
    version: int  # the section's version when it was recorded
    recorded_by: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
