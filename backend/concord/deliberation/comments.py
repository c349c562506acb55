"""Comments: anchored to a quote, re-anchored on every later version, threaded."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.audit.actions import Action
from concord.core.clock import now
from concord.core.errors import Invalid
from concord.core.text import check_text
from concord.deliberation import anchors
from concord.deliberation import visibility as rules
from concord.deliberation.errors import (
    AnchorAmbiguous,
    AnchorNotFound,
    CannotResolve,
    LanguageMismatch,
    NoDelegation,
    NotTheAuthor,
    ParentElsewhere,
    ReplyNotResolvable,
    UnknownParent,
    UnknownVersion,
    VisibilityMismatch,
)
from concord.deliberation.models import (
    Comment,
    CommentEdit,
    CommentVisibility,
)
from concord.deliberation.schemas import (
    AnchorCreate,
    AnchorPublic,
    CommentCreate,
    CommentEditPublic,
    CommentPublic,
)
from concord.drafting import service as drafting
from concord.drafting import views
from concord.drafting.models import Document, DocumentStatus, Section, Version
from concord.identity.access import Viewer
from concord.translation import service as translation
from concord.translation.models import Translation

CLOSED_FOR_GOOD = frozenset({DocumentStatus.adopted, DocumentStatus.withdrawn})


# --- comments: presenting -------------------------------------------------------------------


def _anchor(comment: Comment, texts: rules.SectionTexts) -> AnchorPublic:
    anchor = anchors.Anchor(comment.quote, comment.prefix, comment.suffix, comment.start or 0)
    expected = texts.expected(comment.version, anchor.start)
    found = anchors.relocate(anchor, texts.head.text, expected)
    return AnchorPublic(
        quote=comment.quote,
        start=found.start,
        end=found.end,
        version=texts.head.number,
        status=found.status,
    )


def _public_ids(session: Session, ids: set[int]) -> dict[int, str]:
    """The public ids of these comments (threads' first comments): one statement."""
    if not ids:
        return {}
    rows = session.exec(
        select(Comment.id, Comment.public_id).where(col(Comment.id).in_(sorted(ids)))
    ).all()
    return {row_id: public_id for row_id, public_id in rows if row_id is not None}


def present_comments(
    session: Session, viewer: Viewer, section: Section, comments: Sequence[Comment]
) -> list[CommentPublic]:
    """Comments re-anchored in the current text they are on (the negotiating text, or a
    translation's): a constant number of statements per language."""
    return present_sections(session, viewer, [(section, comments)])


def present_sections(
    session: Session, viewer: Viewer, groups: Sequence[tuple[Section, Sequence[Comment]]]
) -> list[CommentPublic]:
    """The comments of several sections, section after section, as `present_comments` presents
    each: the people, edits, threads and negotiating texts of all of them read at once (only a
    translation's texts are read section by section)."""
    comments = [c for _, found in groups for c in found]
    people = views.People.load(
        session,
        viewer,
        [c.author_id for c in comments] + [c.resolved_by for c in comments if c.resolved_by],
        (c.delegation_id for c in comments),
    )
    edits: dict[int, list[CommentEditPublic]] = defaultdict(list)
    if comments:
        for edit in session.exec(
            select(CommentEdit)
            .where(col(CommentEdit.comment_id).in_([c.id for c in comments]))
            .order_by(col(CommentEdit.id))
        ).all():
            edits[edit.comment_id].append(
                CommentEditPublic(body=edit.body, replaced_at=edit.replaced_at)
            )
    threads = _public_ids(session, {c.parent_id for c in comments if c.parent_id is not None})
    negotiating = rules.negotiating_texts(
        session,
        (
            (section, (c.version for c in found if c.quote and c.language is None))
            for section, found in groups
            if any(c.language is None for c in found)
        ),
    )
    out: list[CommentPublic] = []
    for section, found in groups:
        texts = {
            language: negotiating[section.id or 0]
            if language is None
            else rules.section_texts(
                session,
                section,
                (c.version for c in found if c.quote and c.language == language),
                language,
            )
            for language in {c.language for c in found}
        }
        anchored: dict[tuple[str | None, int, str, str, str, int | None], AnchorPublic] = {}
        for c in found:
            assert c.id is not None
            key = (c.language, c.version, c.quote, c.prefix, c.suffix, c.start)
            if key not in anchored:
                anchored[key] = _anchor(c, texts[c.language])
            out.append(
                CommentPublic(
                    id=c.public_id,
                    section_id=c.section_id,
                    language=c.language,
                    version=c.version,
                    parent_id=threads[c.parent_id] if c.parent_id is not None else None,
                    author=people.person(c.author_id),
                    delegation=people.delegation(c.delegation_id),
                    visibility=c.visibility,
                    body=c.body,
                    anchor=anchored[key],
                    created_at=c.created_at,
                    edited_at=c.edited_at,
                    resolved=c.resolved_at is not None,
                    resolved_at=c.resolved_at,
                    resolved_by=people.person(c.resolved_by) if c.resolved_by else None,
                    edits=edits[c.id],
                )
            )
    return out


def list_comments(
    session: Session, viewer: Viewer, section: Section, language: str | None = None
) -> list[CommentPublic]:
    """The comments on the section's negotiating text, or on its translation into `language`."""
    if language is not None:
        document = drafting.get_document(session, section.document_id)
        language = _commented_language(session, document, language)
    found = session.exec(
        select(Comment)
        .where(
            Comment.section_id == section.id,
            col(Comment.language).is_(None)
            if language is None
            else col(Comment.language) == language,
            rules.visible_comments(viewer),
        )
        .order_by(col(Comment.id))
    ).all()
    return present_comments(session, viewer, section, found)


def document_comments(session: Session, viewer: Viewer, document: Document) -> list[CommentPublic]:
    """The comments on the negotiating text of the document's live sections that the viewer may
    see, in reading order (by section, then oldest first), each re-anchored in its section's
    current text: what the document page's margins show, in one request."""
    rows = session.exec(
        select(Comment, Section)
        .join(Section, col(Section.id) == col(Comment.section_id))
        .where(
            Section.document_id == document.id,
            col(Section.retired_at).is_(None),
            col(Comment.language).is_(None),
            rules.visible_comments(viewer),
        )
        .order_by(col(Section.position), col(Comment.id))
    ).all()
    by_section: dict[int, tuple[Section, list[Comment]]] = {}
    for comment, section in rows:
        by_section.setdefault(comment.section_id, (section, []))[1].append(comment)
    return present_sections(session, viewer, list(by_section.values()))


def comment_view(session: Session, viewer: Viewer, comment: Comment) -> CommentPublic:
    section = drafting.get_section(session, comment.section_id)
    return present_comments(session, viewer, section, [comment])[0]


# --- comments: writing ----------------------------------------------------------------------


def _commented_language(session: Session, document: Document, code: str) -> str | None:
    """A language of the document to comment in: None for the negotiating one, else one of
    its other languages (404 `language_not_in_document`, 422 for a code nobody knows)."""
    if code == document.language:
        return None
    return translation.document_language(session, document, code).language


def _text_of(session: Session, section: Section, language: str | None, number: int) -> str:
    if language is None:
        text = session.exec(
            select(Version.text).where(Version.section_id == section.id, Version.number == number)
        ).first()
        current = section.head
    else:
        text = session.exec(
            select(Translation.text).where(
                Translation.section_id == section.id,
                Translation.language == language,
                Translation.number == number,
            )
        ).first()
        latest = translation.latest(session, section.id or 0, language)
        current = latest.number if latest else 0
    if text is None:
        where = "" if language is None else f" in {language!r}"
        raise UnknownVersion(
            f"Section {section.id} has no version {number}{where}.",
            details={"field": "version", "current": current},
        )
    return text


def _anchor_on(
    session: Session, section: Section, language: str | None, number: int, given: AnchorCreate
) -> Comment:
    text = _text_of(session, section, language, number)
    quote = check_text(given.quote, field="anchor.quote")
    try:
        anchor = anchors.capture(
            text,
            quote,
            check_text(given.prefix, field="anchor.prefix"),
            check_text(given.suffix, field="anchor.suffix"),
        )
    except anchors.AnchorNotFound:
        raise AnchorNotFound(
            f"The quote does not occur in version {number}.", details={"field": "anchor.quote"}
        ) from None
    except anchors.AnchorAmbiguous as error:
        raise AnchorAmbiguous(
            f"The quote occurs {error.count} times in version {number}; add a prefix or suffix.",
            details={"field": "anchor.quote", "occurrences": error.count},
        ) from None
    return Comment(
        section_id=section.id or 0,
        language=language,
        version=number,
        quote=anchor.quote,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        start=None if anchor.whole_section else anchor.start,
        author_id=0,
        body="",
    )


def _reply_to(
    session: Session,
    viewer: Viewer,
    section: Section,
    data: CommentCreate,
    parent_id: str,
    language: str | None,
) -> Comment:
    found = session.exec(
        select(Comment).where(Comment.public_id == parent_id, rules.visible_comments(viewer))
    ).first()
    if found is None:
        raise UnknownParent("No such comment to reply to.", details={"field": "parent_id"})
    if found.section_id != section.id:
        raise ParentElsewhere(
            "Replies go on the same section as their thread.", details={"field": "parent_id"}
        )
    if data.language is not None and language != found.language:
        raise LanguageMismatch(
            f"A reply is on its thread's text ({found.language or 'the negotiating text'}).",
            details={"field": "language", "thread": found.language},
        )
    if data.visibility is not None and data.visibility != found.visibility:
        raise VisibilityMismatch(
            f"A reply takes its thread's visibility ({found.visibility}).",
            details={"field": "visibility", "thread": found.visibility},
        )
    return Comment(
        section_id=found.section_id,
        language=found.language,
        version=found.version,
        parent_id=found.parent_id or found.id,
        quote=found.quote,
        prefix=found.prefix,
        suffix=found.suffix,
        start=found.start,
        visibility=found.visibility,
        author_id=0,
        body="",
    )


def create_comment(
    session: Session, viewer: Viewer, section: Section, data: CommentCreate
) -> Comment:
    """Comment on a quote of a version (or the whole section), or reply to a thread."""
    document = drafting.get_document(session, section.document_id)
    rules.require_participant(viewer)
    rules.require_open(document)
    rules.require_live(section)
    body = rules.text(data.body, "body")
    language = (
        None if data.language is None else _commented_language(session, document, data.language)
    )
    if data.parent_id is not None:
        comment = _reply_to(session, viewer, section, data, data.parent_id, language)
    else:
        if data.version is None:
            raise Invalid(
                "Name the version the comment is on.",
                code="version_required",
                details={"field": "version"},
            )
        language = (
            None if data.language is None else _commented_language(session, document, data.language)
        )
        comment = _anchor_on(
            session, section, language, data.version, data.anchor or AnchorCreate()
        )
        comment.visibility = data.visibility or CommentVisibility.all
    if comment.visibility == CommentVisibility.delegation and viewer.delegation_id is None:
        raise NoDelegation(
            "Only members of a delegation can write internal comments.",
            details={"field": "visibility"},
        )
    comment.author_id = viewer.id
    comment.delegation_id = viewer.delegation_id
    comment.body = body
    session.add(comment)
    session.flush()
    audit.log(
        session,
        Action.COMMENT_CREATE,
        "comment",
        comment.id,
        {
            "section_id": comment.section_id,
            "language": comment.language,
            "version": comment.version,
            "parent_id": comment.parent_id,
            "visibility": comment.visibility,
        },
    )
    return comment


def edit_comment(
    session: Session, viewer: Viewer, comment: Comment, document: Document, body: str
) -> Comment:
    """The author rewrites their comment; the earlier text is kept. Holds the comment's lock."""
    rules.require_participant(viewer)
    if comment.author_id != viewer.id:
        raise NotTheAuthor("Only the author edits a comment.")
    rules.require_open(document)
    text = rules.text(body, "body")
    if text == comment.body:
        return comment
    session.add(CommentEdit(comment_id=comment.id or 0, body=comment.body))
    comment.body = text
    comment.edited_at = now()
    session.add(comment)
    session.flush()
    audit.log(
        session, Action.COMMENT_EDIT, "comment", comment.id, {"section_id": comment.section_id}
    )
    return comment


def resolve_comment(
    session: Session, viewer: Viewer, comment: Comment, document: Document, resolved: bool
) -> Comment:
    """Resolve or reopen a thread: its author, the chair or the secretariat. Holds its lock."""
    rules.require_participant(viewer)
    if not (
        comment.author_id == viewer.id
        or viewer.secretariat
        or viewer.chairs(document.working_group_id)
    ):
        raise CannotResolve("Only the author, the chair or the secretariat resolves a thread.")
    if comment.parent_id is not None:
        thread = _public_ids(session, {comment.parent_id})[comment.parent_id]
        raise ReplyNotResolvable("Resolve the thread, not a reply.", details={"thread": thread})
    rules.require_open(document)
    if resolved == (comment.resolved_at is not None):
        return comment
    comment.resolved_at = now() if resolved else None
    comment.resolved_by = viewer.id if resolved else None
    session.add(comment)
    session.flush()
    action = Action.COMMENT_RESOLVE if resolved else Action.COMMENT_REOPEN
    audit.log(session, action, "comment", comment.id, {"section_id": comment.section_id})
    return comment
