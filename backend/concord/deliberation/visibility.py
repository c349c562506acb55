"""Comments and amendments: who may write, and what each viewer may see.

Who: anyone who may read a document may comment and propose, except observers. Everything
goes on in every status but `adopted` and `withdrawn`; accepting an amendment edits the text,
so it needs `drafting`. What a viewer sees: internal comments only within the author's
delegation (not even the secretariat sees them), and nothing at all by members of a delegation
the viewer may not know of — such comments and amendments are absent, not masked.

Every function runs inside the caller's transaction and only flushes; the audit event is
appended last.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, or_, true
from sqlalchemy.orm import Mapped, aliased
from sqlmodel import Session, col, select

from concord.core.text import check_text
from concord.deliberation import anchors
from concord.deliberation.errors import (
    AmendmentNotFound,
    CommentNotFound,
    EmptyText,
)
from concord.deliberation.models import (
    Amendment,
    Comment,
    CommentVisibility,
)
from concord.drafting import service as drafting
from concord.drafting.diff import word_diff
from concord.drafting.errors import (
    DocumentFrozen,
    SectionNotFound,
    SectionRetired,
    VersionNotFound,
)
from concord.drafting.models import Document, DocumentStatus, Section, Version
from concord.identity.access import Viewer, require_writer
from concord.identity.models import User
from concord.translation import service as translation
from concord.translation.models import Translation

CLOSED_FOR_GOOD = frozenset({DocumentStatus.adopted, DocumentStatus.withdrawn})

# --- who may write --------------------------------------------------------------------------


def require_participant(viewer: Viewer) -> None:
    require_writer(viewer)


def require_open(document: Document) -> None:
    if document.status in CLOSED_FOR_GOOD:
        raise DocumentFrozen(
            f"The document is {document.status}; deliberation on it has ended.",
            details={"status": document.status},
        )


def require_live(section: Section) -> None:
    if section.retired_at is not None:
        raise SectionRetired("The section has been retired.")


def text(value: str, field: str) -> str:
    clean = check_text(value, field=field)
    if not clean.strip():
        raise EmptyText(f"{field} is empty.", details={"field": field})
    return clean


# --- visibility, as SQL ---------------------------------------------------------------------


def not_hidden(
    viewer: Viewer, delegation: Mapped[int | None], person: Mapped[int]
) -> ColumnElement[bool]:
    """Neither the attributed delegation nor the person's own is one the viewer may not know."""
    hidden = viewer.hidden_delegations
    if not hidden:
        return true()
    return and_(
        or_(delegation.is_(None), delegation.not_in(hidden)),
        person.not_in(select(User.id).where(col(User.delegation_id).in_(hidden))),
    )


def sees_comment(viewer: Viewer, table: type[Comment]) -> ColumnElement[bool]:
    public = col(table.visibility) == CommentVisibility.all
    own = (
        or_(public, col(table.delegation_id) == viewer.delegation_id)
        if viewer.delegation_id is not None
        else public
    )
    return and_(own, not_hidden(viewer, col(table.delegation_id), col(table.author_id)))


def visible_comments(viewer: Viewer) -> ColumnElement[bool]:
    """A comment is visible when it and its thread's root are (a thread started by a hidden
    delegation stays hidden whole, whoever replied)."""
    root = aliased(Comment)
    return and_(
        sees_comment(viewer, Comment),
        or_(
            col(Comment.parent_id).is_(None),
            exists(select(root.id).where(root.id == Comment.parent_id, sees_comment(viewer, root))),
        ),
    )


def visible_amendments(viewer: Viewer) -> ColumnElement[bool]:
    return not_hidden(viewer, col(Amendment.delegation_id), col(Amendment.proposer_id))


def readable(session: Session, viewer: Viewer, section_id: int) -> tuple[Section, Document]:
    section = drafting.get_section(session, section_id)
    document = drafting.get_document(session, section.document_id)
    drafting.readable_section(session, viewer, section, document)
    return section, document


def visible_comment(
    session: Session, viewer: Viewer, public_id: str, *, lock: bool = False
) -> tuple[Comment, Section, Document]:
    """The comment, its section and document, or 404 when the viewer may not see it (the
    same answer as for an id nobody has)."""
    query = select(Comment).where(Comment.public_id == public_id, visible_comments(viewer))
    comment = session.exec(query.with_for_update() if lock else query).first()
    if comment is None:
        raise CommentNotFound("No such comment.")
    try:
        section, document = readable(session, viewer, comment.section_id)
    except SectionNotFound:
        raise CommentNotFound("No such comment.") from None
    return comment, section, document


def visible_amendment(
    session: Session, viewer: Viewer, public_id: str, *, lock: bool = False
) -> tuple[Amendment, Section, Document]:
    query = select(Amendment).where(Amendment.public_id == public_id, visible_amendments(viewer))
    amendment = session.exec(query.with_for_update() if lock else query).first()
    if amendment is None:
        raise AmendmentNotFound("No such amendment.")
    try:
        section, document = readable(session, viewer, amendment.section_id)
    except SectionNotFound:
        raise AmendmentNotFound("No such amendment.") from None
    return amendment, section, document


def comment_counts(session: Session, viewer: Viewer, section_ids: Iterable[int]) -> dict[int, int]:
    """Open (unresolved) threads visible to the viewer, per section: one statement.

    The caller has checked that the viewer may read these sections."""
    wanted = sorted(set(section_ids))
    if not wanted:
        return {}
    rows = session.exec(
        select(Comment.section_id, func.count())
        .where(
            col(Comment.section_id).in_(wanted),
            col(Comment.language).is_(None),
            col(Comment.parent_id).is_(None),
            col(Comment.resolved_at).is_(None),
            visible_comments(viewer),
        )
        .group_by(col(Comment.section_id))
    ).all()
    return {section_id: int(count) for section_id, count in rows}


@dataclass(frozen=True)
class Text:
    """One version of a section's text: in the negotiating language, or a translation's."""

    number: int
    text: str


@dataclass
class SectionTexts:
    """The current text and the anchored versions' texts of one section (or of one of its
    translations), with the word diffs between them computed once per version."""

    head: Text
    older: dict[int, str]
    diffs: dict[int, list[tuple[int, str]]]

    def expected(self, version: int, offset: int) -> int:
        if version == self.head.number or version not in self.older:
            return offset
        if version not in self.diffs:
            self.diffs[version] = word_diff(self.older[version], self.head.text)
        return anchors.map_offset(self.diffs[version], offset)


def section_texts(
    session: Session, section: Section, versions: Iterable[int], language: str | None = None
) -> SectionTexts:
    """The texts comments and amendments are anchored in: the negotiating text, or (with a
    language) the section's translation into it, empty while there is none."""
    if language is None:
        found = drafting.get_version(session, section, section.head)
        head = Text(found.number, found.text)
    else:
        latest = translation.latest(session, section.id or 0, language)
        head = Text(latest.number, latest.text) if latest else Text(0, "")
    wanted = set(versions) - {head.number}
    older: dict[int, str] = {}
    if wanted and language is None:
        older = dict(
            session.exec(
                select(Version.number, Version.text).where(
                    Version.section_id == section.id, col(Version.number).in_(wanted)
                )
            ).all()
        )
    elif wanted:
        older = dict(
            session.exec(
                select(Translation.number, Translation.text).where(
                    Translation.section_id == section.id,
                    Translation.language == language,
                    col(Translation.number).in_(wanted),
                )
            ).all()
        )
    return SectionTexts(head, older, {})


def negotiating_texts(
    session: Session, wanted: Iterable[tuple[Section, Iterable[int]]]
) -> dict[int, SectionTexts]:
    """`section_texts` of several sections' negotiating texts, by section id: one statement."""
    pairs = list(wanted)
    heads = {section.id or 0: section.head for section, _ in pairs}
    need = {section.id or 0: {section.head, *versions} for section, versions in pairs}
    if not need:
        return {}
    texts: dict[int, dict[int, str]] = {section_id: {} for section_id in need}
    for section_id, number, text in session.exec(
        select(Version.section_id, Version.number, Version.text).where(
            col(Version.section_id).in_(sorted(need)),
            col(Version.number).in_(sorted(set().union(*need.values()))),
        )
    ).all():
        if number in need[section_id]:
            texts[section_id][number] = text
    out: dict[int, SectionTexts] = {}
    for section_id, head in heads.items():
        older = texts[section_id]
        if head not in older:
            raise VersionNotFound(f"Section {section_id} has no version {head}.")
        out[section_id] = SectionTexts(Text(head, older.pop(head)), older, {})
    return out
