"""Comments and amendments: the business rules of deliberation.

Who: anyone who may read a document may comment and propose, except observers. Everything
goes on in every status but `adopted` and `withdrawn`; accepting an amendment edits the text,
so it needs `drafting`. What a viewer sees: internal comments only within the author's
delegation (not even the secretariat sees them), and nothing at all by members of a delegation
the viewer may not know of — such comments and amendments are absent, not masked.

Every function runs inside the caller's transaction and only flushes; the audit event is
appended last.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, or_, true
from sqlalchemy.orm import Mapped, aliased
from sqlmodel import Session, col, select

from concord.audit import service as audit
from concord.consensus import lifecycle
from concord.core.clock import now
from concord.core.config import get_settings
from concord.core.errors import Invalid
from concord.core.text import check_text, content_hash
from concord.deliberation import anchors
from concord.deliberation.errors import (
    AmendmentClosed,
    AmendmentNotFound,
    AmendmentUnchanged,
    AnchorAmbiguous,
    AnchorNotFound,
    CannotResolve,
    CommentNotFound,
    EmptyText,
    NoDelegation,
    NotTheAuthor,
    NotTheProposer,
    ObserverReadOnly,
    ParentElsewhere,
    ReasonRequired,
    ReplyNotResolvable,
    UnknownParent,
    UnknownVersion,
    VisibilityMismatch,
)
from concord.deliberation.models import (
    Amendment,
    AmendmentStatus,
    Comment,
    CommentEdit,
    CommentVisibility,
)
from concord.deliberation.schemas import (
    AmendmentCreate,
    AmendmentFilter,
    AmendmentPublic,
    AnchorCreate,
    AnchorPublic,
    CommentCreate,
    CommentEditPublic,
    CommentPublic,
)
from concord.drafting import policy, views
from concord.drafting import service as drafting
from concord.drafting.diff import Change, changes, tokenize, word_diff
from concord.drafting.errors import (
    DocumentFrozen,
    SectionNotFound,
    SectionRetired,
    UnknownBaseVersion,
)
from concord.drafting.merge import EditConflict, merge3
from concord.drafting.models import Document, DocumentStatus, Section, Version
from concord.identity.access import Viewer
from concord.identity.models import User

CLOSED_FOR_GOOD = frozenset({DocumentStatus.adopted, DocumentStatus.withdrawn})

# --- who may write --------------------------------------------------------------------------


def _require_participant(viewer: Viewer) -> None:
    if viewer.observer:
        raise ObserverReadOnly("Observers read; they do not comment or propose.")


def _require_open(document: Document) -> None:
    if document.status in CLOSED_FOR_GOOD:
        raise DocumentFrozen(
            f"The document is {document.status}; deliberation on it has ended.",
            details={"status": document.status},
        )


def _require_live(section: Section) -> None:
    if section.retired_at is not None:
        raise SectionRetired("The section has been retired.")


def _text(value: str, field: str) -> str:
    clean = check_text(value, field=field)
    if not clean.strip():
        raise EmptyText(f"{field} is empty.", details={"field": field})
    return clean


# --- visibility, as SQL ---------------------------------------------------------------------


def _not_hidden(
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


def _sees_comment(viewer: Viewer, table: type[Comment]) -> ColumnElement[bool]:
    public = col(table.visibility) == CommentVisibility.all
    own = (
        or_(public, col(table.delegation_id) == viewer.delegation_id)
        if viewer.delegation_id is not None
        else public
    )
    return and_(own, _not_hidden(viewer, col(table.delegation_id), col(table.author_id)))


def _visible_comments(viewer: Viewer) -> ColumnElement[bool]:
    """A comment is visible when it and its thread's root are (a thread started by a hidden
    delegation stays hidden whole, whoever replied)."""
    root = aliased(Comment)
    return and_(
        _sees_comment(viewer, Comment),
        or_(
            col(Comment.parent_id).is_(None),
            exists(
                select(root.id).where(root.id == Comment.parent_id, _sees_comment(viewer, root))
            ),
        ),
    )


def _visible_amendments(viewer: Viewer) -> ColumnElement[bool]:
    return _not_hidden(viewer, col(Amendment.delegation_id), col(Amendment.proposer_id))


def _readable(session: Session, viewer: Viewer, section_id: int) -> tuple[Section, Document]:
    section = drafting.get_section(session, section_id)
    document = drafting.get_document(session, section.document_id)
    drafting.readable_section(session, viewer, section, document)
    return section, document


def visible_comment(
    session: Session, viewer: Viewer, comment_id: int, *, lock: bool = False
) -> tuple[Comment, Section, Document]:
    """The comment, its section and document, or 404 when the viewer may not see it."""
    query = select(Comment).where(Comment.id == comment_id, _visible_comments(viewer))
    comment = session.exec(query.with_for_update() if lock else query).first()
    if comment is None:
        raise CommentNotFound("No such comment.")
    try:
        section, document = _readable(session, viewer, comment.section_id)
    except SectionNotFound:
        raise CommentNotFound("No such comment.") from None
    return comment, section, document


def visible_amendment(
    session: Session, viewer: Viewer, amendment_id: int, *, lock: bool = False
) -> tuple[Amendment, Section, Document]:
    query = select(Amendment).where(Amendment.id == amendment_id, _visible_amendments(viewer))
    amendment = session.exec(query.with_for_update() if lock else query).first()
    if amendment is None:
        raise AmendmentNotFound("No such amendment.")
    try:
        section, document = _readable(session, viewer, amendment.section_id)
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
            col(Comment.parent_id).is_(None),
            col(Comment.resolved_at).is_(None),
            _visible_comments(viewer),
        )
        .group_by(col(Comment.section_id))
    ).all()
    return {section_id: int(count) for section_id, count in rows}


# --- comments: presenting -------------------------------------------------------------------


@dataclass
class _Texts:
    """The current text and the anchored versions' texts of one section, with the word diffs
    between them computed once per version."""

    head: Version
    older: dict[int, str]
    diffs: dict[int, list[tuple[int, str]]]

    def expected(self, version: int, offset: int) -> int:
        if version == self.head.number or version not in self.older:
            return offset
        if version not in self.diffs:
            self.diffs[version] = word_diff(self.older[version], self.head.text)
        return anchors.map_offset(self.diffs[version], offset)


def _texts(session: Session, section: Section, versions: Iterable[int]) -> _Texts:
    head = drafting.get_version(session, section, section.head)
    wanted = set(versions) - {head.number}
    older = {}
    if wanted:
        rows = session.exec(
            select(Version.number, Version.text).where(
                Version.section_id == section.id, col(Version.number).in_(wanted)
            )
        ).all()
        older = dict(rows)
    return _Texts(head, older, {})


def _anchor(comment: Comment, texts: _Texts) -> AnchorPublic:
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


def present_comments(
    session: Session, viewer: Viewer, section: Section, comments: Sequence[Comment]
) -> list[CommentPublic]:
    """Comments re-anchored in the current text: a constant number of statements."""
    texts = _texts(session, section, (c.version for c in comments if c.quote))
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
    anchored: dict[tuple[int, str, str, str, int | None], AnchorPublic] = {}
    out: list[CommentPublic] = []
    for c in comments:
        assert c.id is not None
        key = (c.version, c.quote, c.prefix, c.suffix, c.start)
        if key not in anchored:
            anchored[key] = _anchor(c, texts)
        out.append(
            CommentPublic(
                id=c.id,
                section_id=c.section_id,
                version=c.version,
                parent_id=c.parent_id,
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


def list_comments(session: Session, viewer: Viewer, section: Section) -> list[CommentPublic]:
    found = session.exec(
        select(Comment)
        .where(Comment.section_id == section.id, _visible_comments(viewer))
        .order_by(col(Comment.id))
    ).all()
    return present_comments(session, viewer, section, found)


def comment_view(session: Session, viewer: Viewer, comment: Comment) -> CommentPublic:
    section = drafting.get_section(session, comment.section_id)
    return present_comments(session, viewer, section, [comment])[0]


# --- comments: writing ----------------------------------------------------------------------


def _anchor_on(session: Session, section: Section, number: int, given: AnchorCreate) -> Comment:
    version = session.exec(
        select(Version).where(Version.section_id == section.id, Version.number == number)
    ).first()
    if version is None:
        raise UnknownVersion(
            f"Section {section.id} has no version {number}.",
            details={"field": "version", "current": section.head},
        )
    quote = check_text(given.quote, field="anchor.quote")
    try:
        anchor = anchors.capture(
            version.text,
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
        version=number,
        quote=anchor.quote,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        start=None if anchor.whole_section else anchor.start,
        author_id=0,
        body="",
    )


def _reply_to(
    session: Session, viewer: Viewer, section: Section, data: CommentCreate, parent_id: int
) -> Comment:
    found = session.exec(
        select(Comment).where(Comment.id == parent_id, _visible_comments(viewer))
    ).first()
    if found is None:
        raise UnknownParent("No such comment to reply to.", details={"field": "parent_id"})
    if found.section_id != section.id:
        raise ParentElsewhere(
            "Replies go on the same section as their thread.", details={"field": "parent_id"}
        )
    if data.visibility is not None and data.visibility != found.visibility:
        raise VisibilityMismatch(
            f"A reply takes its thread's visibility ({found.visibility}).",
            details={"field": "visibility", "thread": found.visibility},
        )
    return Comment(
        section_id=found.section_id,
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
    _require_participant(viewer)
    _require_open(document)
    _require_live(section)
    body = _text(data.body, "body")
    if data.parent_id is not None:
        comment = _reply_to(session, viewer, section, data, data.parent_id)
    else:
        if data.version is None:
            raise Invalid(
                "Name the version the comment is on.",
                code="version_required",
                details={"field": "version"},
            )
        comment = _anchor_on(session, section, data.version, data.anchor or AnchorCreate())
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
        "comment.create",
        "comment",
        comment.id,
        {
            "section_id": comment.section_id,
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
    _require_participant(viewer)
    if comment.author_id != viewer.id:
        raise NotTheAuthor("Only the author edits a comment.")
    _require_open(document)
    text = _text(body, "body")
    if text == comment.body:
        return comment
    session.add(CommentEdit(comment_id=comment.id or 0, body=comment.body))
    comment.body = text
    comment.edited_at = now()
    session.add(comment)
    session.flush()
    audit.log(session, "comment.edit", "comment", comment.id, {"section_id": comment.section_id})
    return comment


def resolve_comment(
    session: Session, viewer: Viewer, comment: Comment, document: Document, resolved: bool
) -> Comment:
    """Resolve or reopen a thread: its author, the chair or the secretariat. Holds its lock."""
    _require_participant(viewer)
    if not (
        comment.author_id == viewer.id
        or viewer.secretariat
        or viewer.chairs(document.working_group_id)
    ):
        raise CannotResolve("Only the author, the chair or the secretariat resolves a thread.")
    if comment.parent_id is not None:
        raise ReplyNotResolvable(
            "Resolve the thread, not a reply.", details={"thread": comment.parent_id}
        )
    _require_open(document)
    if resolved == (comment.resolved_at is not None):
        return comment
    comment.resolved_at = now() if resolved else None
    comment.resolved_by = viewer.id if resolved else None
    session.add(comment)
    session.flush()
    action = "comment.resolve" if resolved else "comment.reopen"
    audit.log(session, action, "comment", comment.id, {"section_id": comment.section_id})
    return comment


# --- amendments -----------------------------------------------------------------------------


def propose(session: Session, viewer: Viewer, section: Section, data: AmendmentCreate) -> Amendment:
    """A new option on the table; in silence, proposing breaks the silence."""
    document = drafting.get_document(session, section.document_id)
    _require_participant(viewer)
    _require_open(document)
    _require_live(section)
    text = check_text(data.text, field="text", max_bytes=get_settings().max_section_bytes)
    rationale = _text(data.rationale, "rationale")
    if data.base_version > section.head:
        raise UnknownBaseVersion(
            f"Section {section.id} has no version {data.base_version} (current is {section.head}).",
            details={"field": "base_version", "current": section.head},
        )
    base = drafting.get_version(session, section, data.base_version)
    if content_hash(text) == base.content_hash:
        raise AmendmentUnchanged("The text is the same as its base.", details={"field": "text"})
    amendment = Amendment(
        section_id=section.id or 0,
        base_version=data.base_version,
        text=text,
        rationale=rationale,
        proposer_id=viewer.id,
        delegation_id=viewer.delegation_id,
    )
    session.add(amendment)
    session.flush()
    if document.status == DocumentStatus.silence:
        lifecycle.break_silence(session, viewer, document, reason=f"amendment {amendment.id}")
    audit.log(
        session,
        "amendment.propose",
        "amendment",
        amendment.id,
        {
            "section_id": amendment.section_id,
            "base_version": amendment.base_version,
            "content_hash": content_hash(text),
        },
    )
    return amendment


def _require_undecided(amendment: Amendment) -> None:
    if amendment.status != AmendmentStatus.open:
        raise AmendmentClosed(
            f"The amendment is already {amendment.status}.", details={"status": amendment.status}
        )


def _close(
    session: Session, viewer: Viewer, amendment: Amendment, status: AmendmentStatus, reason: str
) -> None:
    amendment.status = status
    amendment.decided_by = viewer.id
    amendment.decided_at = now()
    amendment.reason = reason
    session.add(amendment)
    session.flush()


def accept(
    session: Session, viewer: Viewer, amendment: Amendment, document: Document, reason: str
) -> Amendment:
    """The chair or the secretariat makes the amendment the section's new version, merged
    three-way when its base moved (409 `edit_conflict`, nothing changed, when it cannot be).
    Holds the amendment's lock; `save_version` takes the section's."""
    policy.require_pen(viewer, document)
    _require_undecided(amendment)
    if document.status != DocumentStatus.drafting:
        raise DocumentFrozen(
            f"The document is {document.status}; amendments are accepted only while drafting.",
            details={"status": document.status},
        )
    note = check_text(reason, field="reason")
    version, created = drafting.save_version(
        session, viewer, amendment.section_id, amendment.text, amendment.base_version
    )
    amendment.result_version = version.number
    _close(session, viewer, amendment, AmendmentStatus.accepted, note)
    audit.log(
        session,
        "amendment.accept",
        "amendment",
        amendment.id,
        {
            "section_id": amendment.section_id,
            "result_version": version.number,
            "created": created,
            "merged": version.merged if created else False,
        },
    )
    return amendment


def reject(
    session: Session, viewer: Viewer, amendment: Amendment, document: Document, reason: str
) -> Amendment:
    """The chair or the secretariat turns the amendment down, saying why."""
    policy.require_pen(viewer, document)
    _require_undecided(amendment)
    _require_open(document)
    note = check_text(reason, field="reason")
    if not note.strip():
        raise ReasonRequired("Say why the amendment is rejected.", details={"field": "reason"})
    _close(session, viewer, amendment, AmendmentStatus.rejected, note)
    audit.log(
        session, "amendment.reject", "amendment", amendment.id, {"section_id": amendment.section_id}
    )
    return amendment


def withdraw(
    session: Session, viewer: Viewer, amendment: Amendment, document: Document, reason: str
) -> Amendment:
    """The proposer takes the amendment off the table."""
    if amendment.proposer_id != viewer.id:
        raise NotTheProposer("Only the proposer withdraws an amendment.")
    _require_undecided(amendment)
    _require_open(document)
    note = check_text(reason, field="reason")
    _close(session, viewer, amendment, AmendmentStatus.withdrawn, note)
    audit.log(
        session,
        "amendment.withdraw",
        "amendment",
        amendment.id,
        {"section_id": amendment.section_id},
    )
    return amendment


# --- amendments: presenting -----------------------------------------------------------------


def _effect(base: str, current: str, proposed: str) -> tuple[str, bool]:
    """What accepting would make of the current text, and whether it merges cleanly.

    An amendment on an older base leaves alone what changed since; comparing its raw text
    with the current one would count those changes as its own (and make false collisions)."""
    try:
        return merge3(base, current, proposed), True
    except EditConflict:
        return proposed, False


def _meet(ours: Sequence[Change], theirs: Sequence[Change]) -> bool:
    """Closed token ranges meet, as in merge: an insertion at the edge of a replaced range
    clashes too, since nobody agreed on an order."""
    return any(a.start <= b.end and b.start <= a.end for a in ours for b in theirs)


def collisions(ranges: dict[int, list[Change]]) -> dict[int, list[int]]:
    """For each amendment, the others whose changes (in current-text token coordinates) meet."""
    found: dict[int, list[int]] = {key: [] for key in ranges}
    keys = sorted(ranges)
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if _meet(ranges[a], ranges[b]):
                found[a].append(b)
                found[b].append(a)
    return found


def _visible_of_section(session: Session, viewer: Viewer, section: Section) -> list[Amendment]:
    return list(
        session.exec(
            select(Amendment)
            .where(Amendment.section_id == section.id, _visible_amendments(viewer))
            .order_by(col(Amendment.id))
        ).all()
    )


def present_amendments(
    session: Session,
    viewer: Viewer,
    section: Section,
    shown: Sequence[Amendment],
    every: Sequence[Amendment],
) -> list[AmendmentPublic]:
    """`shown` with diffs against the current text; collisions among the open ones of `every`
    (the viewer's visible amendments of the section)."""
    on_table = [a for a in every if a.status == AmendmentStatus.open]
    texts = _texts(session, section, (a.base_version for a in on_table))
    current = texts.head.text
    current_tokens = tokenize(current)
    ranges: dict[int, list[Change]] = {}
    mergeable: dict[int, bool] = {}
    for a in on_table:
        assert a.id is not None
        base = current if a.base_version == texts.head.number else texts.older[a.base_version]
        effect, mergeable[a.id] = _effect(base, current, a.text)
        ranges[a.id] = changes(current_tokens, tokenize(effect))
    clashes = collisions(ranges)
    people = views.People.load(
        session,
        viewer,
        [a.proposer_id for a in shown] + [a.decided_by for a in shown if a.decided_by],
        (a.delegation_id for a in shown),
    )
    out: list[AmendmentPublic] = []
    for a in shown:
        assert a.id is not None
        out.append(
            AmendmentPublic(
                id=a.id,
                section_id=a.section_id,
                base_version=a.base_version,
                text=a.text,
                rationale=a.rationale,
                proposer=people.person(a.proposer_id),
                delegation=people.delegation(a.delegation_id),
                status=a.status,
                created_at=a.created_at,
                decided_by=people.person(a.decided_by) if a.decided_by else None,
                decided_at=a.decided_at,
                reason=a.reason,
                result_version=a.result_version,
                diff=word_diff(current, a.text),
                stale=a.base_version != texts.head.number,
                collisions=clashes.get(a.id, []),
                mergeable=mergeable.get(a.id),
            )
        )
    return out


def list_amendments(
    session: Session, viewer: Viewer, section: Section, status: AmendmentFilter
) -> list[AmendmentPublic]:
    every = _visible_of_section(session, viewer, section)
    shown = [a for a in every if status == "all" or a.status == status]
    return present_amendments(session, viewer, section, shown, every)


def amendment_view(session: Session, viewer: Viewer, amendment: Amendment) -> AmendmentPublic:
    section = drafting.get_section(session, amendment.section_id)
    every = _visible_of_section(session, viewer, section)
    return present_amendments(session, viewer, section, [amendment], every)[0]
