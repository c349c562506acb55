"""Request and response models of the drafting API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, model_validator

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
    language: str = Field(
        default="en",
        min_length=2,
        max_length=8,
        description="The language the text is negotiated in (ISO 639-1): translations follow it.",
    )


class DocumentUpdate(BaseModel):
    title: Title | None = None
    kind: DocumentKind | None = None
    place: Place | None = Field(default=None, description="An empty string clears the place.")


class BracketAt(BaseModel):
    """A bracket the document leaves open: where it stands."""

    section_id: int
    offset: int = Field(description="Offset of the bracket in the section's current text.")
    bracket: Literal["[", "]"]


class Brackets(BaseModel):
    """Negotiation brackets still in the text: what is not yet agreed. A document's brackets are
    matched over the whole text in order, so a span may open and close in different paragraphs."""

    spans: int = Field(description="Outermost spans.")
    bracketed_words: int
    total_words: int
    share: float = Field(description="Share of words inside brackets, 0..1.")
    unbalanced: list[int] = Field(
        description="Offsets of brackets the text leaves open (a section on its own; for a "
        "document, each in its own section: see `unmatched`)."
    )
    crossing: int = Field(default=0, description="Spans that open and close in different sections.")
    unmatched: list[BracketAt] = Field(
        default_factory=list, description="Brackets the whole document leaves open (documents)."
    )


class SpanMark(BaseModel):
    """A span that crosses sections, as one of the sections it covers sees it."""

    span: int = Field(description="The span's number in the document (order of opening).")
    role: Literal["opens", "inside", "closes"]
    depth: int = Field(description="0 for an outermost span.")
    first_section_id: int
    last_section_id: int
    start: int = Field(description="Offset of the span's `[` in the first section's current text.")
    end: int = Field(description="Offset of the span's `]` in the last section's current text.")


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
    spans: list[SpanMark] = Field(
        default_factory=list,
        description="Spans crossing sections that cover this one (document views only).",
    )
    alternatives: list[AlternativesPublic] = Field(default_factory=list)
    options: list[OptionPublic] = Field(
        default_factory=list, description="`Option 1:` / `Alt 2:` lines of the paragraph."
    )
    holders: list[HeldBracket] = Field(
        default_factory=list,
        description="Brackets of the current text and the delegations holding them (those "
        "you may know of).",
    )
    pairs: list[BracketPair] = Field(
        default_factory=list,
        description="The brackets opened and closed in the current text, in order of opening.",
    )


class BracketPair(BaseModel):
    """A bracket of the text (`start`..`end`, brackets included; `depth` 0 when outermost)."""

    start: int
    end: int
    depth: int


class HeldBracket(BaseModel):
    """A bracket (`start`..`end` in the current text, brackets included) and its holders."""

    start: int
    end: int
    delegations: list[DelegationPublic]


class HoldersUpdate(BaseModel):
    """The chair sets who holds the bracket opening at `start` of the current version."""

    version: Id = Field(description="The version `start` refers to: it must be the current one.")
    start: int = Field(ge=0, le=10_000_000, description="Offset of the bracket's `[`.")
    delegation_ids: list[Id] = Field(max_length=200)
    reason: str = Field(default="", max_length=2_000, description="Recorded in the audit log.")


class DocumentSummary(BaseModel):
    id: int
    title: str
    kind: DocumentKind
    place: str | None = Field(default=None, description="Printed in the export's title block.")
    language: str = Field(description="The language the text is negotiated in (ISO 639-1).")
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


class SectionAt(BaseModel):
    """A section at the version the caller saw."""

    section_id: Id
    version: Id


class BracketDecision(BaseModel):
    """The chair's decision on a section's brackets, applied to the text of `base_version` and saved
    as a new version (merged three-way if the section moved on since)."""

    action: Literal["resolve_alternative", "resolve_option", "clean", "delete"] = Field(
        description="`resolve_alternative`: keep choice `choice` of alternatives group `group`; "
        "`resolve_option`: keep option `choice`; `clean`: remove the brackets of the span "
        "opening at `start`; `delete`: remove that span with its text."
    )
    base_version: Id
    group: int | None = Field(default=None, ge=0, le=100_000)
    choice: int | None = Field(default=None, ge=0, le=100_000)
    start: int | None = Field(
        default=None, ge=0, le=10_000_000, description="Offset of the span's `[`."
    )
    reason: str = Field(default="", max_length=2_000, description="Recorded in the audit log.")
    through: list[SectionAt] | None = Field(
        default=None,
        max_length=10_000,
        description="For a span that closes in a later section: every later section it covers, "
        "up to the closing one, at the version you saw (`delete` needs it; any change since "
        "refuses the decision with `span_changed`).",
    )

    @model_validator(mode="after")
    def _needs(self) -> BracketDecision:
        needed = {
            "resolve_alternative": ("group", "choice"),
            "resolve_option": ("choice",),
            "clean": ("start",),
            "delete": ("start",),
        }[self.action]
        missing = [name for name in needed if getattr(self, name) is None]
        if missing:
            raise ValueError(f"{self.action} needs {', '.join(missing)}")
        return self


class AlternativesPublic(BaseModel):
    """Adjacent bracketed groups (`[shall][should]`): one is to be kept."""

    group: int = Field(description="Its number in the section, for `resolve_alternative`.")
    start: int
    end: int
    choices: list[str]


class OptionPublic(BaseModel):
    label: str
    text: str


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
    from_position: int | None = Field(description="Place in the older text, from 0.")
    to_position: int | None = Field(description="Place in the newer text, from 0.")
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
