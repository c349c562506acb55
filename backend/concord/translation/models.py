"""A document's other languages, their translators, and versioned translations of sections."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from concord.core.clock import now
from concord.core.db import UTCDateTime


class DocumentLanguage(SQLModel, table=True):
    """A language the document is published in besides the one it is negotiated in."""

    __tablename__ = "document_language"

    document_id: int = Field(foreign_key="document.id", primary_key=True)
    language: str = Field(primary_key=True, max_length=8)
    # An authentic text is equally binding: by default adoption waits for it to be current.
    authentic: bool = False
    # Adoption is refused while a section's translation into this language is missing or out of
    # date (the document's setting for this language; defaults to `authentic`).
    required_for_adoption: bool = False
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)


class Translator(SQLModel, table=True):
    """A person the secretariat named to translate a document into one of its languages."""

    document_id: int = Field(foreign_key="document.id", primary_key=True)
    language: str = Field(primary_key=True, max_length=8)
    user_id: int = Field(foreign_key="user.id", primary_key=True, index=True)


class Translation(SQLModel, table=True):
    """One immutable version of a section's text in a language, bound to the exact version of
    the source it translates (its number and content hash)."""

    __table_args__ = (UniqueConstraint("section_id", "language", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    section_id: int = Field(foreign_key="section.id", index=True)
    language: str = Field(max_length=8)
    number: int
    text: str = Field(sa_type=Text)
    content_hash: str = Field(max_length=64)
    source_version: int
    source_hash: str = Field(max_length=64)
    author_id: int = Field(foreign_key="user.id")
    delegation_id: int | None = Field(default=None, foreign_key="delegation.id")
    created_at: datetime = Field(default_factory=now, sa_type=UTCDateTime)
