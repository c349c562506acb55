"""Import a draft from Word or Markdown: checked, read, planned, then written in one transaction.

`plan` reads the file and says what would be created (the dry run answers it as is);
`import_draft` writes the plan: the document, its sections (version 1 each), the tracked changes
turned into amendments of the delegations their authors are mapped to, and Word's comments
anchored to the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sqlmodel import Session

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.config import get_settings
from concord.core.errors import Forbidden, Invalid
from concord.core.text import check_text, content_hash
from concord.deliberation import comments as deliberation_comments
from concord.deliberation.models import Amendment
from concord.deliberation.schemas import AnchorCreate, CommentCreate
from concord.drafting import service as drafting
from concord.drafting.models import Document, DocumentKind, SectionKind
from concord.drafting.schemas import DocumentCreate, SectionCreate
from concord.export import templates
from concord.export.errors import TemplateTooLarge
from concord.identity import service as identity
from concord.identity.access import Viewer, require_writer
from concord.identity.errors import UnknownDelegation
from concord.wordin import compose, mdreader, reader

Changes = Literal["accept", "reject", "amend"]
MAX_SECTIONS = 5_000


@dataclass
class PlannedSection:
    kind: Literal["heading", "paragraph"]
    level: int | None
    text: str


@dataclass
class PlannedAmendment:
    section: int  # index into the plan's sections
    author: str
    delegation: str | None  # the code the author is mapped to
    text: str


@dataclass
class PlannedComment:
    section: int
    author: str
    body: str
    quote: str
    prefix: str
    suffix: str


@dataclass
class Plan:
    title: str
    sections: list[PlannedSection]
    amendments: list[PlannedAmendment] = field(default_factory=list)
    comments: list[PlannedComment] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)  # authors of tracked changes
    footnotes: int = 0
    numbers_left_out: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class Options:
    title: str | None = None
    kind: DocumentKind = DocumentKind.other
    working_group_id: int | None = None
    changes: Changes = "accept"
    authors: dict[str, str] = field(default_factory=dict)  # Word author -> delegation code


def max_upload() -> int:
    return get_settings().max_body_bytes


def refuse_kind(filename: str) -> None:
    raise Invalid(
        "Import a Word file (.docx) or a Markdown file (.md).",
        code="unsupported_file_type",
        details={"field": "file", "name": filename[:200]},
    )


def plan(filename: str, data: bytes, options: Options) -> Plan:
    """What the file would become; refuses a hostile or unreadable file before anything else."""
    name = filename.lower()
    if name.endswith(".md") or name.endswith(".markdown") or name.endswith(".txt"):
        return _plan_markdown(filename, data, options)
    if name.endswith(".docx") or data.startswith(b"PK\x03\x04"):
        return plan_docx(filename, data, options)
    refuse_kind(filename)
    raise AssertionError  # unreachable


def _stem(filename: str) -> str:
    stem = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    return stem.rsplit(".", 1)[0].strip() or "Imported draft"


def _plan_markdown(filename: str, data: bytes, options: Options) -> Plan:
    if len(data) > max_upload():
        raise TemplateTooLarge(
            f"Files are limited to {max_upload()} bytes here.",
            details={"limit": max_upload(), "size": len(data)},
        )
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Invalid(
            "A Markdown file must be UTF-8.", code="not_utf8", details={"field": "file"}
        ) from error
    source = check_text(source, field="file")
    draft = mdreader.read(source)
    sections = [
        PlannedSection("heading" if s.kind == "heading" else "paragraph", s.level, s.text)
        for s in draft.sections
    ]
    title = options.title or draft.title or _first_heading(sections) or _stem(filename)
    return Plan(
        title=title,
        sections=sections,
        footnotes=sum(s.text.count("\n[^") for s in sections),
        numbers_left_out=draft.numbers_left_out,
        warnings=draft.warnings,
    )


def _first_heading(sections: list[PlannedSection]) -> str | None:
    return next((s.text for s in sections if s.kind == "heading"), None)


def plan_docx(filename: str, data: bytes, options: Options) -> Plan:
    parts = templates.check_package(data, max_bytes=max_upload(), hyperlinks=True)
    word = reader.read(parts)
    grouping = compose.group(word)
    base_keep = compose.accept if options.changes == "accept" else compose.reject
    labels: dict[int, int] = {}
    notes_text: dict[int, str] = {}
    result = Plan(title="", sections=[], warnings=list(dict.fromkeys(word.warnings)))
    authors = _authors(word)
    result.authors = authors
    for section in grouping.sections:
        composed = compose.compose(section.blocks, base_keep, labels)
        _note_texts(word, composed.notes, base_keep, labels, notes_text)
        text = compose.with_notes(composed, notes_text, labels)
        if not text.strip():
            if (
                options.changes == "amend"
                and compose.compose(section.blocks, compose.accept, dict(labels)).text.strip()
            ):
                result.warnings.append(
                    "A paragraph inserted with tracked changes has no text to amend; "
                    "it was left out (accept the insertion in Word to keep it)."
                )
            continue
        index = len(result.sections)
        result.sections.append(
            PlannedSection(section.kind, section.level if section.kind == "heading" else None, text)
        )
        for number, (start, end) in composed.comments.items():
            found = word.comments.get(number)
            if found is None or not found.text:
                continue
            result.comments.append(
                PlannedComment(
                    index,
                    found.author,
                    found.text,
                    text[start:end],
                    text[max(0, start - 32) : start],
                    text[end : end + 32],
                )
            )
        if options.changes == "amend":
            for author in authors:
                keep = compose.only(author)
                mine = compose.compose(section.blocks, keep, dict(labels))
                mine_notes = dict(notes_text)
                _note_texts(word, mine.notes, keep, labels, mine_notes)
                proposed = compose.with_notes(mine, mine_notes, dict(labels, **{}))
                if proposed != text:
                    result.amendments.append(
                        PlannedAmendment(index, author, options.authors.get(author), proposed)
                    )
    result.footnotes = len(labels)
    result.numbers_left_out = grouping.numbers_left_out
    result.title = (
        options.title or grouping.title or _first_heading(result.sections) or _stem(filename)
    )
    if len(result.sections) > MAX_SECTIONS:
        raise Invalid(
            f"A draft has at most {MAX_SECTIONS} sections.",
            code="too_many_sections",
            details={"limit": MAX_SECTIONS, "found": len(result.sections)},
        )
    return result


def _note_texts(
    word: reader.WordFile,
    notes: list[int],
    keep: compose.Keep,
    labels: dict[int, int],
    into: dict[int, str],
) -> None:
    for number in notes:
        if number in into:
            continue
        pieces = word.footnotes.get(number, [])
        paragraph = reader.Paragraph(kind="body", pieces=pieces)
        into[number] = compose.compose([paragraph], keep, labels).text.replace("\n", " ")


def _authors(word: reader.WordFile) -> list[str]:
    found: dict[str, None] = {}
    for paragraph in word.paragraphs:
        for piece in paragraph.pieces:
            if piece.change is not None:
                found.setdefault(piece.author)
        for row in paragraph.rows:
            for cell in row:
                for piece in cell:
                    if piece.change is not None:
                        found.setdefault(piece.author)
    return list(found)


# --- writing -------------------------------------------------------------------------------------


def require_importer(viewer: Viewer, options: Options) -> None:
    require_writer(viewer)
    if not (viewer.secretariat or viewer.chairs(options.working_group_id)):
        raise Forbidden(
            "Only the secretariat, or the chair of the working group, imports a draft.",
            code="secretariat_or_chair_only",
        )


def _delegations(session: Session, viewer: Viewer, plan: Plan) -> dict[str, int]:
    """The delegation of each mapped author, as this viewer may know of it."""
    found: dict[str, int] = {}
    for code in {a.delegation for a in plan.amendments if a.delegation}:
        try:
            delegation = identity.delegation_by_code(session, code)
        except Exception:
            delegation = None
        if delegation is None or delegation.id is None or not viewer.sees_delegation(delegation.id):
            raise UnknownDelegation(
                "Unknown delegation in authors.", details={"field": "authors", "code": code[:40]}
            )
        found[code] = delegation.id
    return found


def check_authors(plan: Plan, options: Options) -> None:
    if options.changes != "amend":
        return
    missing = sorted({a.author for a in plan.amendments if not a.delegation})
    if missing:
        raise Invalid(
            "Map every author of tracked changes to a delegation (or accept or reject them).",
            code="unmapped_author",
            details={"field": "authors", "authors": missing[:50]},
        )


def import_draft(
    session: Session, viewer: Viewer, plan: Plan, options: Options
) -> tuple[Document, list[int]]:
    """Write the plan: the document and its sections, then amendments and comments."""
    require_importer(viewer, options)
    check_authors(plan, options)
    delegations = _delegations(session, viewer, plan)
    document = drafting.create_document(
        session,
        viewer,
        DocumentCreate(
            title=plan.title[:500], kind=options.kind, working_group_id=options.working_group_id
        ),
        chair_may=True,
    )
    created = drafting.append_sections(
        session,
        viewer,
        document,
        [
            SectionCreate(
                text=s.text,
                kind=SectionKind.heading if s.kind == "heading" else SectionKind.paragraph,
                level=s.level,
            )
            for s in plan.sections
        ],
    )
    for planned in plan.amendments:
        section = drafting.get_section(session, created[planned.section])
        amendment = Amendment(
            section_id=section.id or 0,
            base_version=1,
            text=check_text(planned.text, field="text"),
            rationale=f"Tracked change by {planned.author} in the imported Word file.",
            proposer_id=viewer.id,
            delegation_id=delegations[planned.delegation or ""],
        )
        session.add(amendment)
        session.flush()
        audit.log(
            session,
            Action.AMENDMENT_PROPOSE,
            "amendment",
            amendment.id,
            {
                "section_id": amendment.section_id,
                "base_version": 1,
                "content_hash": content_hash(amendment.text),
            },
        )
    for comment in plan.comments:
        section = drafting.get_section(session, created[comment.section])
        body = f"{comment.author}: {comment.body}" if comment.author else comment.body
        deliberation_comments.create_comment(
            session,
            viewer,
            section,
            CommentCreate(
                body=body[:20_000],
                version=1,
                anchor=AnchorCreate(
                    quote=comment.quote[:2000], prefix=comment.prefix, suffix=comment.suffix
                ),
            ),
        )
    return document, created
