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
    # A section that moved is in a redline twice: where it stood in the older text ("from",
    # its older text and number, to be moved away; `number` says where it went) and where it
    # stands ("to", with its changes); `move` says who moved it and when.
    old_text: str | None = None
    old_number: int | None = None
    steps: tuple[Step, ...] = ()
    removed: Step | None = None
    # Bilingual: the section in the second language, shown beside `text`.
    beside_text: str | None = None
    moved: Literal["from", "to"] | None = None
    # Bracketed copy: who holds a bracket, as (how many `]` the text has up to and including
    # the bracket's own, the holders' names this viewer may see), shown as a footnote on it.
    holders: tuple[tuple[int, str], ...] = ()
    move: Step | None = None

    def redline_numbers(self) -> tuple[int | None, int | None]:
        """(older, newer) number as a redline shows them: a removed paragraph has only its
        older number, an added one only its newer; an unknown older number of a paragraph in
        both texts counts as unchanged. Headings have none."""
        if self.kind != "paragraph":
            return None, None
        if self.moved == "to":  # its older number stands where it was moved from
            return self.number, self.number
        new = None if self.removed is not None or self.moved == "from" else self.number
        old = None if self.old_text is None else self.old_number
        if self.removed is None and self.old_text is not None and old is None:
            old = new
        return old, new


@dataclass(frozen=True)
class AnnexPledge:
    """One commitment as the annex lists it, already in words for the viewer."""

    pledgers: str  # the pledging delegations the reader may know of (or "Not named")
    amount: str  # "1,500,000.00": the sum of the shares shown
    currency: str
    kind: str
    period: str  # "2025–2027"


@dataclass(frozen=True)
class AnnexProject:
    title: str
    description: str
    partners: str  # partner delegations the reader may know of, then civil-society partners
    pledges: tuple[AnnexPledge, ...]


@dataclass(frozen=True)
class CommitmentsAnnex:
    """The communiqué's annex of commitments, generated from the register for one reader and
    one variant (clean: announced commitments; bracketed: confirmed ones too), in the
    export's language."""

    language: str  # ISO 639-1 code of the labels
    direction: Literal["ltr", "rtl"]
    heading: str
    note: str
    labels: tuple[str, str, str, str, str]  # project, pledged by, amount, kind, period
    total_label: str
    projects: tuple[AnnexProject, ...]
    totals: tuple[tuple[str, str], ...]  # (currency, amount) in currency order


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
    # Another language: what the title block says of it ("Arabic translation of the English
    # text; 1 section not yet translated, shown in English").
    language_note: str | None = None
    # A bilingual export: the two columns' languages (each section's `beside_text` on the right).
    columns: tuple[str, str] | None = None
    # The annex of commitments, when the register holds any this reader may see for this text.
    commitments: CommitmentsAnnex | None = None

    @property
    def draft(self) -> bool:
        """Not the adopted text (which carries its manifest hash instead)."""
        return self.adopted_hash is None

    @property
    def standing(self) -> str:
        """What the text is, as every format's title block, header and footer say it: "Draft"
        while it is drafted (or changed since it was circulated), "Rev.N — circulated <date>"
        once circulated, "Withdrawn", or the adopted text with its manifest hash."""
        if self.adopted_hash is not None:
            return f"Adopted text. Manifest hash: {self.adopted_hash}"
        if self.status == "withdrawn":
            return "Withdrawn"
        if self.status in ("circulated", "silence") and self.revision_label.startswith("Rev."):
            return f"{self.revision_label} — circulated {long_date(self.date)}"
        return "Draft"

    @property
    def circulated(self) -> bool:
        return self.standing.startswith(self.revision_label + " — circulated")


def long_date(at: datetime) -> str:
    """ "17 May 2024", in English whatever the locale."""
    return f"{at.day} {_MONTHS[at.month - 1]} {at.year}"


_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
