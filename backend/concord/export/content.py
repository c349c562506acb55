"""What an export holds, gathered once for one viewer and written by each format's writer.

Everything here is already filtered for the viewer: names of delegations the viewer may not see are
masked (or the rows left out) before a writer ever sees them, so no writer can leak them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Literal

Variant = Literal["clean", "bracketed", "redline"]


class ParagraphStatus(StrEnum):
    agreed = "agreed"  # every party's position on the exact version is approve or reservation
    pending = "pending"  # some party has no current position, or is ad referendum
    objected = "objected"  # some party objects to the exact version


@dataclass(frozen=True)
class Statement:
    """A delegation's reservation or interpretative statement, exported as a footnote."""

    delegation: str  # the name this viewer may see
    decision: str  # "reservation" (or another decision that carried a statement)
    text: str


@dataclass(frozen=True)
class Position:
    """One cell of the approval matrix: a party's position on a section."""

    decision: str  # approve | ad_referendum | reservation | object | abstain
    current: bool  # False when given on an earlier version (stale)


@dataclass(frozen=True)
class Step:
    """One version in a section's history, as a redline attributes it."""

    text: str  # Markdown
    author: str  # the delegation's name (or the person's) as this viewer may see it
    created_at: datetime


@dataclass(frozen=True)
class ExportSection:
    section_id: int
    kind: Literal["heading", "paragraph"]
    level: int | None  # heading level 1-6
    number: int | None  # the paragraph number ("para. 17"); None for headings
    text: str  # Markdown at the exported revision (for a removed section: its last text)
    version: int
    status: ParagraphStatus | None = None  # bracketed variant
    statements: tuple[Statement, ...] = ()  # reservations, as footnotes
    positions: tuple[Position | None, ...] = ()  # aligned with ExportDocument.parties
    # Redline only. `old_text` is the text at `compare_to` (None: the section was added).
    # `steps` are the versions after `compare_to` up to the exported one, oldest first: each
    # change is attributed to the step that introduced it. A section present at `compare_to`
    # but gone from the exported revision has `removed` set to the step that removed it.
    # `old_number` is the paragraph's number at `compare_to` (None: not a numbered paragraph
    # there); a redline shows the newer number and tracks a renumbering as a change.
    old_text: str | None = None
    old_number: int | None = None
    steps: tuple[Step, ...] = ()
    removed: Step | None = None

    def redline_numbers(self) -> tuple[int | None, int | None]:
        """(older, newer) number as a redline shows them: a removed paragraph has only its
        older number, an added one only its newer; an unknown older number of a paragraph in
        both texts counts as unchanged. Headings have none."""
        if self.kind != "paragraph":
            return None, None
        new = None if self.removed is not None else self.number
        old = None if self.old_text is None else self.old_number
        if self.removed is None and self.old_text is not None and old is None:
            old = new
        return old, new


@dataclass(frozen=True)
class ExportDocument:
    document_id: int
    title: str
    kind: str
    status: str  # drafting | circulated | silence | adopted | withdrawn
    organisation: str  # document creator property; never a participant, never "python-docx"
    revision_label: str  # "Rev.2", or "Current text" for head
    date: datetime  # the revision's time (or now, for head)
    place: str | None
    variant: Variant
    sections: tuple[ExportSection, ...]
    parties: tuple[str, ...] = ()  # the matrix columns this viewer may see (bracketed)
    party_codes: tuple[str, ...] = ()  # their short codes ("ALP"), aligned with `parties`
    compare_label: str | None = None  # redline: "Rev.1"
    adopted_hash: str | None = None  # the adoption manifest hash when this text was adopted

    @property
    def draft(self) -> bool:
        """Marked "Draft — not for circulation" until adopted."""
        return self.adopted_hash is None
