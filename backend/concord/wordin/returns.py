"""A delegation's Word copy comes back as its amendments and comments.

Concord's clean and bracketed exports put a hidden bookmark around each section (`_cs12v3`:
section 12 at version 3). A delegation edits its copy in Word, with Track Changes on or not, and
uploads it. For each bookmarked section the text with every change made is compared with the
text without them and with the version the copy was made from: a difference is the
delegation's amendment, based on that version (so merges and collisions work as for any
amendment). The edit is carried onto the version's own Markdown by a three-way merge, so what
Word cannot show (a line break inside a paragraph) is kept. A paragraph inserted after a
section amends that section; a deleted one is a proposal to delete it (an empty text). Word
comments become the delegation's comments on the quoted words. What cannot be placed is
listed, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlmodel import Session

from concord.core.errors import Invalid
from concord.deliberation import amendments as deliberation_amendments
from concord.deliberation import comments as deliberation_comments
from concord.deliberation import visibility as rules
from concord.deliberation.schemas import AmendmentCreate, AnchorCreate, CommentCreate
from concord.drafting import service as drafting
from concord.drafting.merge import EditConflict, merge3
from concord.drafting.models import Document, Section
from concord.export import templates
from concord.identity.access import Viewer
from concord.wordin import compose, reader
from concord.wordin.service import max_upload


@dataclass
class Placed:
    section_id: int
    amendment_id: int
    base_version: int
    tracked: bool  # False: edited without Track Changes, found by comparing


@dataclass
class PlacedComment:
    section_id: int
    comment_id: int
    quote: str


@dataclass
class Unplaced:
    text: str
    reason: str


@dataclass
class ReturnResult:
    amendments: list[Placed] = field(default_factory=list)
    comments: list[PlacedComment] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)


@dataclass
class _Edit:
    section: Section
    version: int
    original: str  # the version's text
    text: str  # the delegation's text (Markdown)
    tracked: bool


_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)")
_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])")


def _words(text: str) -> list[str]:
    """What a reader sees of a Markdown text, near enough to tell an edit from none: the
    words, without emphasis marks, escapes or link destinations."""
    plain = _ESCAPE.sub("", _LINK.sub(r"\1", text))
    return plain.replace("**", "").replace("*", "").replace("_", "").split()


def receive(
    session: Session, viewer: Viewer, document: Document, filename: str, data: bytes
) -> ReturnResult:
    """Read a delegation's edited copy of `document` into its amendments and comments."""
    rules.require_participant(viewer)
    rules.require_open(document)
    if viewer.delegation_id is None:
        raise Invalid(
            "Only a member of a delegation returns a Word copy: the amendments are its own.",
            code="no_delegation",
        )
    if not filename.lower().endswith(".docx") and not data.startswith(b"PK\x03\x04"):
        raise Invalid("Return the Word file (.docx).", code="unsupported_file_type")
    parts = templates.check_package(data, max_bytes=max_upload(), hyperlinks=True)
    word = reader.read(parts)
    exported_from = word.properties.get("ConcordDocumentId")
    if exported_from != str(document.id):
        raise Invalid(
            "This Word file is not a copy of this document exported by Concord.",
            code="not_a_copy_of_this_document",
            details={"field": "file"},
        )
    grouping = compose.group(word)
    result = ReturnResult()
    edits: list[_Edit] = []
    labels: dict[int, int] = {}
    notes: dict[int, str] = {}
    for section in grouping.sections:
        accepted = compose.compose(section.blocks, compose.accept, labels)
        for number in accepted.notes:
            notes.setdefault(number, _note(word, number, labels))
        new_text = compose.with_notes(accepted, notes, labels)
        tracked = any(p.change is not None for b in section.blocks for p in b.pieces) or any(
            b.mark is not None for b in section.blocks
        )
        if section.identity is None:
            _inserted(edits, result, new_text)
            continue
        found = _section(session, document, section.identity)
        if found is None:
            result.unplaced.append(
                Unplaced(new_text[:500], "The paragraph is not a section of this document.")
            )
            continue
        target, number = found
        original = drafting.get_version(session, target, number).text
        rejected = compose.compose(section.blocks, compose.reject, dict(labels))
        base_text = compose.with_notes(rejected, notes, labels)
        edit = _Edit(target, number, original, original, tracked)
        if tracked and _words(new_text) != _words(base_text):
            edit.text = _carry(original, base_text, new_text)
        elif not tracked and _words(new_text) != _words(original):
            edit.text = new_text  # edited without tracking: Word's text is all there is
        edits.append(edit)
        _comments(session, viewer, result, word, target, number, original, rejected)
    for edit in edits:
        if edit.text == edit.original:
            continue
        amendment = deliberation_amendments.propose(
            session,
            viewer,
            edit.section,
            AmendmentCreate(
                text=edit.text,
                base_version=edit.version,
                rationale="Returned in the delegation's Word copy"
                + (" (tracked changes)." if edit.tracked else " (edited without tracking)."),
            ),
        )
        result.amendments.append(
            Placed(edit.section.id or 0, amendment.id or 0, edit.version, edit.tracked)
        )
    return result


def _note(word: reader.WordFile, number: int, labels: dict[int, int]) -> str:
    paragraph = reader.Paragraph(kind="body", pieces=word.footnotes.get(number, []))
    return compose.compose([paragraph], compose.accept, labels).text.replace("\n", " ")


def _section(
    session: Session, document: Document, identity: tuple[int, int]
) -> tuple[Section, int] | None:
    """The bookmarked section, only if it is a live section of this very document (a bookmark
    is input like any other: it never reaches another document's sections)."""
    section = session.get(Section, identity[0])
    if (
        section is None
        or section.document_id != document.id
        or section.retired_at is not None
        or not 1 <= identity[1] <= section.head
    ):
        return None
    return section, identity[1]


def _carry(original: str, base: str, edited: str) -> str:
    """The edit from `base` (the copy as exported, read back) to `edited`, made on the
    version's own Markdown; where that cannot be done cleanly, the edited text itself."""
    if not edited.strip():
        return ""
    try:
        return merge3(base, original, edited)
    except EditConflict:
        return edited


def _inserted(edits: list[_Edit], result: ReturnResult, text: str) -> None:
    """A paragraph with no bookmark, added in Word: it amends the section before it."""
    if not text.strip():
        return
    if not edits:
        result.unplaced.append(
            Unplaced(text[:500], "A paragraph added before the first section has no place.")
        )
        return
    edits[-1].text = (edits[-1].text + "\n\n" + text) if edits[-1].text else text


def _comments(
    session: Session,
    viewer: Viewer,
    result: ReturnResult,
    word: reader.WordFile,
    section: Section,
    number: int,
    original: str,
    rejected: compose.Composed,
) -> None:
    for comment_id, (start, end) in rejected.comments.items():
        found = word.comments.get(comment_id)
        if found is None or not found.text:
            continue
        quote = rejected.text[start:end].strip()
        if quote and original.count(quote) != 1:
            quote = ""  # gone or ambiguous in the version's Markdown: the whole section
        comment = deliberation_comments.create_comment(
            session,
            viewer,
            section,
            CommentCreate(
                body=found.text[:20_000],
                version=number,
                anchor=AnchorCreate(quote=quote[:2000]),
            ),
        )
        result.comments.append(PlacedComment(section.id or 0, comment.id or 0, quote))
